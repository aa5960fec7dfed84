import { TextDocument } from 'vscode-languageserver-textdocument';
import { doubled } from '../text/int32Columns';
import { fnv1a } from '../text/fnv';
import type { AttributeSink } from '../parse/attributes';
import { parseNews } from '../parse/document';
import type { NewsDocument } from '../parse/model';
import { isEntityType, normalizeEntityText } from './entityKey';
import { parseKnowledgeBase, type KnowledgeEntry, type KnowledgeFile, type KnowledgeName } from './knowledgeBase';
import { toMention, type Mention } from './mentions';

/** A name annotated somewhere in the workspace. */
export interface CorpusName {
	readonly text: string;
	readonly type: string;
	readonly ref: string | undefined;
	/** One article that has it. */
	readonly uri: string;
}

/** An indexed `.news` file: its text (for positions and the lines shown in the Entities view) and its mentions. */
export interface IndexedArticle {
	readonly uri: string;
	readonly document: TextDocument;
	readonly title: string | undefined;
	/** Made on each call: the index keeps mentions packed. */
	readonly mentions: readonly Mention[];
	readonly mentionCount: number;
	/** A hash of what the mentions say (entity, type, text) regardless of where they stand. */
	readonly signature: number;
}

/** What the index knows of one entity (entityKey), kept current file by file. */
export interface EntityStats {
	readonly key: string;
	readonly mentions: number;
	/** Articles that mention it. */
	readonly articles: number;
	/** type as annotated -> number of mentions. */
	readonly types: ReadonlyMap<string, number>;
	/** text as annotated -> number of mentions. */
	readonly texts: ReadonlyMap<string, number>;
}

/**
 * What a set of mentions says, interned: every mention of the workspace points to one of these, so that 600,000
 * mentions of a large corpus cost a few numbers each.
 */
export interface MentionKind {
	readonly id: number;
	readonly key: string;
	readonly type: string;
	readonly text: string;
	readonly normalized: string;
	readonly ref: string | undefined;
	readonly value: string | undefined;
	/** Mentions of this kind in the index. */
	readonly count: number;
	/** One article that has it. */
	readonly uri: string;
}

type MutableKind = { -readonly [K in keyof MentionKind]: MentionKind[K] };

interface MutableEntity {
	readonly key: string;
	mentions: number;
	articles: number;
	readonly types: Map<string, number>;
	readonly texts: Map<string, number>;
	/** The kinds whose key this is. */
	readonly kinds: Set<MutableKind>;
}

export type WorkspaceFileKind = 'knowledge-base' | 'article';

/** Markups remembered for their kinds, at most (a corpus of 10,000 articles has some 10,000). */
const MAX_MARKUPS = 200_000;
/**
 * The longest annotation the workspace index takes as a mention of an entity. Names are short; an annotation around a
 * whole article, or thousands nested in one another, would make the index copy its text once for each, which is
 * quadratic (100k nested brackets froze the server for minutes). Such an annotation is still parsed, highlighted and
 * listed in its own file.
 */
const MAX_MENTION_LENGTH = 2000;
/** Numbers per mention in an article's packed data. */
const STRIDE = 8;
const [KIND, RANGE_START, RANGE_END, CONTENT_START, CONTENT_END, REF_START, REF_END, ANNOTATION] = [
	0, 1, 2, 3, 4, 5, 6, 7,
] as const;

/**
 * What the workspace knows: every knowledge base and every `.news` file with its annotations. The host feeds it file
 * contents (from disk or from open editors); it reads nothing itself. Entity statistics are updated file by file, so
 * that a change costs the size of that file, not of the corpus; mentions are kept packed in typed arrays.
 */
export class WorkspaceIndex {
	readonly #knowledge = new Map<string, KnowledgeFile>();
	readonly #knowledgeDocuments = new Map<string, TextDocument>();
	readonly #articles = new Map<string, Article>();
	readonly #entities = new Map<string, MutableEntity>();
	readonly #kinds = new KindTable();
	#version = 0;
	#entitiesVersion = 0;
	#entriesCache:
		| { version: number; entries: readonly KnowledgeEntry[]; byId: ReadonlyMap<string, readonly KnowledgeEntry[]> }
		| undefined;
	#corpusCache: { version: number; names: readonly CorpusName[] } | undefined;
	#namesCache: { version: number; byName: ReadonlyMap<string, readonly NamedEntry[]> } | undefined;
	readonly #parse: (uri: string, text: string) => NewsDocument;
	readonly #articleListeners: ((uri: string) => void)[] = [];

	/** `parse`: how to parse an article's text (the service shares the parses of open documents with its providers). */
	constructor(parse: (uri: string, text: string) => NewsDocument = (_uri, text) => parseNews(text)) {
		this.#parse = parse;
	}

	/** Bumped on every change, so that callers can cache what they derive. */
	get version(): number {
		return this.#version;
	}

	/**
	 * Bumped when what the workspace says of its entities changes: a knowledge base, an article's mentions (not
	 * merely where they stand, as when text is typed before them), an article added or removed.
	 */
	get entitiesVersion(): number {
		return this.#entitiesVersion;
	}

	/**
	 * Calls `listener` with the URI of each article added, replaced or removed from now on: what the corpus views'
	 * read-ahead keeps its queue of articles to read by, instead of walking every URI to find them.
	 */
	onArticleChanged(listener: (uri: string) => void): void {
		this.#articleListeners.push(listener);
	}

	/** Adds or replaces a file. Without `kind`, `entities.yaml`/`.yml` is a knowledge base and `*.news` an article. */
	setFile(uri: string, text: string, kind: WorkspaceFileKind | undefined = kindOf(uri)): void {
		if (kind === 'knowledge-base') {
			if (this.#removeArticle(uri)) this.#articleChanged(uri);
			this.#knowledge.set(uri, parseKnowledgeBase(uri, text));
			this.#knowledgeDocuments.delete(uri);
			this.#entitiesVersion++;
		} else if (kind === 'article') {
			const wasKnowledge = this.#knowledge.delete(uri);
			const old = this.#articles.get(uri);
			// The new article takes its kinds before the old one lets go of them: unchanged mentions keep their kinds.
			const article = this.#readArticle(uri, text);
			if (old) this.#removeArticle(uri);
			this.#articles.set(uri, article);
			this.#count(article, 1);
			if (wasKnowledge || old?.signature !== article.signature) this.#entitiesVersion++;
			this.#articleChanged(uri);
		} else return;
		this.#version++;
	}

	deleteFile(uri: string): void {
		const wasKnowledge = this.#knowledge.delete(uri);
		this.#knowledgeDocuments.delete(uri);
		const wasArticle = this.#removeArticle(uri);
		if (wasArticle) this.#articleChanged(uri);
		if (wasArticle || wasKnowledge) {
			this.#version++;
			this.#entitiesVersion++;
		}
	}

	/** Every indexed file, knowledge bases and articles. */
	get uris(): readonly string[] {
		return [...this.#knowledge.keys(), ...this.#articles.keys()];
	}

	knowledgeFile(uri: string): KnowledgeFile | undefined {
		return this.#knowledge.get(uri);
	}

	get knowledgeFiles(): readonly KnowledgeFile[] {
		return [...this.#knowledge.values()];
	}

	/** A knowledge base as a text document, for positions. */
	knowledgeDocument(uri: string): TextDocument | undefined {
		const file = this.#knowledge.get(uri);
		if (!file) return undefined;
		let document = this.#knowledgeDocuments.get(uri);
		if (!document) this.#knowledgeDocuments.set(uri, (document = TextDocument.create(uri, 'yaml', 0, file.text)));
		return document;
	}

	get hasKnowledgeBase(): boolean {
		return this.#knowledge.size > 0;
	}

	get entries(): readonly KnowledgeEntry[] {
		return this.#entryTables().entries;
	}

	entry(id: string): KnowledgeEntry | undefined {
		return this.#entryTables().byId.get(id)?.[0];
	}

	/** Every entry with this id (an id defined in two knowledge bases has two). */
	entriesWithId(id: string): readonly KnowledgeEntry[] {
		return this.#entryTables().byId.get(id) ?? [];
	}

	/** Entries that a name or alias names, by normalized name (normalizeEntityText). */
	entriesNamed(normalized: string): readonly NamedEntry[] {
		if (this.#namesCache?.version !== this.#version) {
			const byName = new Map<string, NamedEntry[]>();
			for (const entry of this.entries) {
				for (const name of entry.names ?? [
					{ text: entry.name, range: entry.idRange, alias: false },
					...entry.aliases.map((a) => ({ text: a, range: entry.idRange, alias: true })),
				]) {
					const key = normalizeEntityText(name.text);
					if (!key) continue;
					const list = byName.get(key) ?? byName.set(key, []).get(key)!;
					list.push({ entry, name });
				}
			}
			this.#namesCache = { version: this.#version, byName };
		}
		return this.#namesCache.byName.get(normalized) ?? [];
	}

	article(uri: string): IndexedArticle | undefined {
		return this.#articles.get(uri);
	}

	get articleCount(): number {
		return this.#articles.size;
	}

	entity(key: string): EntityStats | undefined {
		return this.#entities.get(key);
	}

	get entities(): IterableIterator<EntityStats> {
		return this.#entities.values();
	}

	/** Every mention of an entity in the indexed articles, by file. */
	mentionsOf(key: string): Mention[] {
		const entity = this.#entities.get(key);
		if (!entity) return [];
		const out: Mention[] = [];
		const wanted = this.#kinds.flags(entity.kinds);
		for (const article of this.#articles.values()) article.collect(wanted, out);
		return out;
	}

	/** The first mention of each entity (by file, then position); one pass over the index for all of them. */
	firstMentions(keys: Iterable<string>): Map<string, Mention> {
		const kinds: MentionKind[] = [];
		for (const key of keys) kinds.push(...(this.#entities.get(key)?.kinds ?? []));
		const best = new Map<string, Mention>();
		if (!kinds.length) return best;
		const wanted = this.#kinds.flags(kinds);
		const found: Mention[] = [];
		for (const article of this.#articles.values()) article.collect(wanted, found);
		for (const m of found) {
			const current = best.get(m.key);
			if (!current || m.uri < current.uri || (m.uri === current.uri && m.range.start < current.range.start))
				best.set(m.key, m);
		}
		return best;
	}

	/** The articles that mention an entity, with how often. */
	articlesOf(key: string): Map<string, number> {
		const entity = this.#entities.get(key);
		const out = new Map<string, number>();
		if (!entity) return out;
		const wanted = this.#kinds.flags(entity.kinds);
		for (const article of this.#articles.values()) {
			const n = article.count(wanted);
			if (n) out.set(article.uri, n);
		}
		return out;
	}

	/** The kinds of mention whose text normalizes to `normalized` (one per type, ref and spelling). */
	kindsNamed(normalized: string): readonly MentionKind[] {
		return this.#kinds.named(normalized);
	}

	/** For each kind, the articles that have it; one pass over the index for all of them. */
	articlesWithKinds(kinds: readonly MentionKind[]): Map<number, string[]> {
		const out = new Map<number, string[]>(kinds.map((k) => [k.id, []]));
		if (!kinds.length) return out;
		const wanted = this.#kinds.flags(kinds);
		for (const article of this.#articles.values()) article.eachKind(wanted, (id) => out.get(id)!.push(article.uri));
		return out;
	}

	/** The names annotated in the workspace (each once), but those only `exceptUri` has; for suggestions. */
	corpusNames(exceptUri?: string): readonly CorpusName[] {
		if (this.#corpusCache?.version !== this.#version) {
			const names: CorpusName[] = [];
			for (const kind of this.#kinds.all()) if (isEntityType(kind.type) && kind.text.length >= 2) names.push(kind);
			this.#corpusCache = { version: this.#version, names };
		}
		const except = exceptUri === undefined ? undefined : this.#articles.get(exceptUri);
		if (!except) return this.#corpusCache.names;
		const own = except.kindCounts();
		return this.#corpusCache.names.filter((n) => (n as MentionKind).count > (own.get((n as MentionKind).id) ?? 0));
	}

	#entryTables(): { entries: readonly KnowledgeEntry[]; byId: ReadonlyMap<string, readonly KnowledgeEntry[]> } {
		if (this.#entriesCache?.version !== this.#version) {
			const entries = [...this.#knowledge.values()].flatMap((f) => f.entries);
			const byId = new Map<string, KnowledgeEntry[]>();
			for (const e of entries) (byId.get(e.id) ?? byId.set(e.id, []).get(e.id)!).push(e);
			this.#entriesCache = { version: this.#version, entries, byId };
		}
		return this.#entriesCache;
	}

	/** Parses an article and packs its mentions; their kinds are held, the statistics not yet counted. */
	#readArticle(uri: string, text: string): Article {
		const parsed = this.#parse(uri, text);
		const title = parsed.header.fields.find((f) => f.key === 'title')?.value;
		const parents = new Set<number>();
		for (const a of parsed.annotations) if (a.parent !== undefined) parents.add(a.parent);
		// Eight numbers a mention, in a typed array: a 1 MB article has ~25k mentions.
		let data = new Int32Array(8 * Math.min(parsed.annotations.length, 4096));
		let length = 0;
		const ref = new RefValueRange();
		let signature = fnv1a(typeof title === 'string' ? title : '');
		for (const a of parsed.annotations) {
			if ((a.type === undefined || a.type === 'role') && a.ref === undefined) continue;
			const range = a.range;
			if (range.end - range.start > MAX_MENTION_LENGTH) continue;
			// The markup decides everything a kind holds: a kind seen before needs no more work.
			const markup = text.slice(range.start, range.end);
			let kind = this.#kinds.byMarkup(markup);
			if (!kind) {
				const m = toMention(uri, a, false);
				if (!m) continue;
				kind = this.#kinds.intern(m, markup);
			}
			this.#kinds.hold(kind, uri);
			signature = Math.imul(signature ^ kind.id, 0x01000193);
			ref.start = ref.end = -1;
			if (kind.ref !== undefined) a.visitAttributes(ref);
			if (length + 8 > data.length) data = doubled(data);
			data[length++] = kind.id;
			data[length++] = range.start;
			data[length++] = range.end;
			data[length++] = range.start + 1;
			data[length++] = a.contentRange.end;
			data[length++] = ref.start;
			data[length++] = ref.end;
			data[length++] = a.index * 2 + (parents.has(a.index) ? 1 : 0);
		}
		return new Article(
			uri,
			TextDocument.create(uri, 'annotated-news', 0, text),
			typeof title === 'string' ? fresh(title) : undefined,
			signature >>> 0,
			data.slice(0, length),
			this.#kinds,
		);
	}

	#articleChanged(uri: string): void {
		for (const listener of this.#articleListeners) listener(uri);
	}

	#removeArticle(uri: string): boolean {
		const old = this.#articles.get(uri);
		if (!old) return false;
		this.#articles.delete(uri);
		this.#count(old, -1);
		old.releaseKinds();
		return true;
	}

	/** Adds (or takes away) an article's mentions to the statistics of their entities. */
	#count(article: Article, delta: 1 | -1): void {
		const seen = new Set<MutableEntity>();
		for (const [id, n] of article.kindCounts()) {
			const kind = this.#kinds.get(id)!;
			let entity = this.#entities.get(kind.key);
			if (!entity) {
				if (delta < 0) continue;
				entity = { key: kind.key, mentions: 0, articles: 0, types: new Map(), texts: new Map(), kinds: new Set() };
				this.#entities.set(kind.key, entity);
			}
			entity.mentions += delta * n;
			bump(entity.types, kind.type, delta * n);
			bump(entity.texts, kind.text, delta * n);
			if (delta > 0) entity.kinds.add(kind);
			else if (kind.count <= n) entity.kinds.delete(kind);
			if (!seen.has(entity)) {
				seen.add(entity);
				entity.articles += delta;
			}
			if (entity.mentions <= 0) this.#entities.delete(kind.key);
		}
	}
}

/** An indexed article: its text and its mentions, packed STRIDE numbers each. */
class Article implements IndexedArticle {
	readonly uri: string;
	readonly document: TextDocument;
	readonly title: string | undefined;
	readonly signature: number;
	readonly #data: Int32Array;
	readonly #kinds: KindTable;

	constructor(
		uri: string,
		document: TextDocument,
		title: string | undefined,
		signature: number,
		data: Int32Array,
		kinds: KindTable,
	) {
		this.uri = uri;
		this.document = document;
		this.title = title;
		this.signature = signature;
		this.#data = data;
		this.#kinds = kinds;
	}

	get mentionCount(): number {
		return this.#data.length / STRIDE;
	}

	get mentions(): Mention[] {
		const out: Mention[] = [];
		for (let o = 0; o < this.#data.length; o += STRIDE) out.push(this.#mention(o));
		return out;
	}

	/** Appends the mentions whose kind is flagged in `wanted`. */
	collect(wanted: Uint8Array, out: Mention[]): void {
		const d = this.#data;
		for (let o = 0; o < d.length; o += STRIDE) if (wanted[d[o + KIND]!]) out.push(this.#mention(o));
	}

	count(wanted: Uint8Array): number {
		const d = this.#data;
		let n = 0;
		for (let o = 0; o < d.length; o += STRIDE) if (wanted[d[o + KIND]!]) n++;
		return n;
	}

	/** Calls `f` once for each flagged kind the article has. */
	eachKind(wanted: Uint8Array, f: (id: number) => void): void {
		const d = this.#data;
		let seen: Set<number> | undefined;
		for (let o = 0; o < d.length; o += STRIDE) {
			const id = d[o + KIND]!;
			if (!wanted[id] || seen?.has(id)) continue;
			(seen ??= new Set()).add(id);
			f(id);
		}
	}

	kindCounts(): Map<number, number> {
		const out = new Map<number, number>();
		const d = this.#data;
		for (let o = 0; o < d.length; o += STRIDE) out.set(d[o + KIND]!, (out.get(d[o + KIND]!) ?? 0) + 1);
		return out;
	}

	releaseKinds(): void {
		for (let o = 0; o < this.#data.length; o += STRIDE) this.#kinds.release(this.#data[o + KIND]!);
	}

	#mention(o: number): Mention {
		const d = this.#data;
		const kind = this.#kinds.get(d[o + KIND]!)!;
		return {
			uri: this.uri,
			annotation: d[o + ANNOTATION]! >> 1,
			key: kind.key,
			type: kind.type,
			text: kind.text,
			normalized: kind.normalized,
			ref: kind.ref,
			value: kind.value,
			range: { start: d[o + RANGE_START]!, end: d[o + RANGE_END]! },
			contentRange: { start: d[o + CONTENT_START]!, end: d[o + CONTENT_END]! },
			refRange: d[o + REF_START]! < 0 ? undefined : { start: d[o + REF_START]!, end: d[o + REF_END]! },
			nested: (d[o + ANNOTATION]! & 1) === 1,
		};
	}
}

/** The interned kinds of mention, by id, with reference counts; ids of unused kinds are reused. */
class KindTable {
	readonly #byId: (MutableKind | undefined)[] = [];
	readonly #byIdentity = new Map<string, MutableKind>();
	/** Annotation markup -> its kind: the same markup is always the same kind. */
	readonly #byMarkup = new Map<string, MutableKind>();
	/** The markups of each kind, to forget them with it. */
	readonly #markups = new Map<MutableKind, string[]>();
	readonly #byNormalized = new Map<string, Set<MutableKind>>();
	readonly #free: number[] = [];

	get(id: number): MutableKind | undefined {
		return this.#byId[id];
	}

	*all(): IterableIterator<MutableKind> {
		for (const k of this.#byId) if (k) yield k;
	}

	named(normalized: string): readonly MentionKind[] {
		return [...(this.#byNormalized.get(normalized) ?? [])];
	}

	/** A flag per id, set for the given kinds. */
	flags(kinds: Iterable<MentionKind>): Uint8Array {
		const out = new Uint8Array(this.#byId.length);
		for (const k of kinds) out[k.id] = 1;
		return out;
	}

	byMarkup(markup: string): MutableKind | undefined {
		return this.#byMarkup.get(markup);
	}

	/** The kind of a mention, made if there is none yet, and remembered for its markup. Not held yet. */
	intern(m: Mention, markup: string): MutableKind {
		const identity = `${m.key}\u0000${m.type}\u0000${m.text}\u0000${m.value ?? ''}`;
		let kind = this.#byIdentity.get(identity);
		if (!kind) {
			const id = this.#free.pop() ?? this.#byId.length;
			// Copies, so that a kind does not keep the whole text of the article it was first read from.
			kind = {
				id,
				key: fresh(m.key),
				type: fresh(m.type),
				text: fresh(m.text),
				normalized: fresh(m.normalized),
				ref: m.ref === undefined ? undefined : fresh(m.ref),
				value: m.value === undefined ? undefined : fresh(m.value),
				count: 0,
				uri: m.uri,
			};
			this.#byId[id] = kind;
			this.#byIdentity.set(fresh(identity), kind);
			if (m.normalized) {
				const set =
					this.#byNormalized.get(kind.normalized) ??
					this.#byNormalized.set(kind.normalized, new Set()).get(kind.normalized)!;
				set.add(kind);
			}
		}
		if (this.#byMarkup.size < MAX_MARKUPS) {
			const copy = fresh(markup);
			this.#byMarkup.set(copy, kind);
			(this.#markups.get(kind) ?? this.#markups.set(kind, []).get(kind)!).push(copy);
		}
		return kind;
	}

	/** One more mention of the kind, in `uri`. */
	hold(kind: MutableKind, uri: string): void {
		kind.count++;
		kind.uri = uri;
	}

	release(id: number): void {
		const kind = this.#byId[id];
		if (!kind || --kind.count > 0) return;
		this.#byId[id] = undefined;
		this.#free.push(id);
		this.#byIdentity.delete(`${kind.key}\u0000${kind.type}\u0000${kind.text}\u0000${kind.value ?? ''}`);
		for (const markup of this.#markups.get(kind) ?? []) this.#byMarkup.delete(markup);
		this.#markups.delete(kind);
		const set = this.#byNormalized.get(kind.normalized);
		set?.delete(kind);
		if (set && !set.size) this.#byNormalized.delete(kind.normalized);
	}
}

/** A knowledge-base entry with one of its names. */
export interface NamedEntry {
	readonly entry: KnowledgeEntry;
	readonly name: KnowledgeName;
}

/** A copy of a string that shares no memory with the text it was cut from. */
function fresh(s: string): string {
	return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

function bump(map: Map<string, number>, key: string, delta: number): void {
	const n = (map.get(key) ?? 0) + delta;
	if (n > 0) map.set(key, n);
	else map.delete(key);
}

/** FNV-1a of a string, continuing from `h`. */
function kindOf(uri: string): WorkspaceFileKind | undefined {
	if (isKnowledgeBase(uri)) return 'knowledge-base';
	if (uri.endsWith('.news')) return 'article';
	return undefined;
}

export function isKnowledgeBase(uri: string): boolean {
	return /(^|\/)entities\.ya?ml$/.test(uri);
}

/** Finds where the value of an annotation's first `ref=` stands, reading its attributes without making objects. */
class RefValueRange implements AttributeSink {
	start = -1;
	end = -1;

	id(): void {}

	class(): void {}

	pair(key: string, _value: string, _start: number, _keyEnd: number, valueStart: number, end: number): void {
		if (key === 'ref' && this.start < 0) {
			this.start = valueStart;
			this.end = end;
		}
	}
}
