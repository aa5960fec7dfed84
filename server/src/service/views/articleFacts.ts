import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InteractionKind, NetworkEvidence } from '../../shared/views';
import type { NewsDocument } from '../parse/model';
import { entityKey, isEntityType, normalizeEntityText } from '../workspace/entityKey';
import { interactionsIn } from './interactions';
import { sentenceSpans } from './sentences';

/** An entity as one article names it: its type as annotated, and its mentions there. */
export interface ArticleEntity {
	readonly type: string;
	readonly count: number;
}

/** Two entities one article names in a sentence: how many sentences, what they say, the first of them. */
export interface ArticlePair {
	/** source NUL target: the pair's key across articles. */
	readonly id: string;
	readonly source: string;
	readonly target: string;
	readonly weight: number;
	/** Sentences by what they say; a plain object, not a Map, as 10,000 articles hold some 200,000 of them. */
	readonly kinds: Readonly<Partial<Record<InteractionKind, number>>>;
	/** At most MAX_EVIDENCE, in the article's order. */
	readonly evidence: readonly NetworkEvidence[];
}

/** An annotated date of an article, with the entities of its sentence. */
export interface DateFact {
	readonly value: string | undefined;
	readonly text: string;
	readonly line: number;
	readonly character: number;
	readonly entities: readonly string[];
}

/**
 * What the corpus views need of one article, computed once per version of its text and small: the network's
 * share (its entities and its pairs, already counted) and the timeline's (its dates), so that a request over
 * 10,000 articles merges counts instead of reading sentences again.
 */
export interface ArticleFacts {
	readonly uri: string;
	readonly title: string | undefined;
	/** The article date (YYYY-MM-DD), when the header has one. */
	readonly date: string | undefined;
	readonly headerLine: number;
	/** The people, organizations and places it names, by entity key. */
	readonly entities: ReadonlyMap<string, ArticleEntity>;
	readonly pairs: readonly ArticlePair[];
	readonly dates: readonly DateFact[];
	/** Every entity it names, dates aside (for the timeline's filter by entity). */
	readonly named: ReadonlySet<string>;
}

/** The types the network can draw. */
const NETWORK_TYPES = new Set(['person', 'org', 'place']);
/** Edges come from the first entities of a sentence only: a list of 500 names would make 125,000 pairs. */
const MAX_ENTITIES_PER_SENTENCE = 30;
export const MAX_EVIDENCE = 20;
/** The kinds of a pair that no sentence says anything of, shared (never written to). */
const NO_KINDS: Readonly<Partial<Record<InteractionKind, number>>> = Object.freeze({});
/** A sentence shown as evidence stops near here, at a word. */
const SENTENCE_CHARS = 300;

/** Sentences read between two pauses of `readArticleFacts`: some 2 ms of work. */
const SENTENCES_PER_PART = 64;

export function articleFacts(uri: string, document: TextDocument, parsed: NewsDocument): ArticleFacts {
	const reading = readArticleFacts(uri, document, parsed);
	for (;;) {
		const next = reading.next();
		if (next.done) return next.value;
	}
}

/**
 * The facts of an article read in parts: it pauses (yields) every SENTENCES_PER_PART sentences and returns the facts
 * at the end, so that the views' read-ahead can answer messages between the parts of a 1 MB article (some 200 ms
 * read at once).
 */
export function* readArticleFacts(
	uri: string,
	document: TextDocument,
	parsed: NewsDocument,
): Generator<void, ArticleFacts, void> {
	const plain = parsed.plainText;
	// Offsets of the plain text that lie inside an annotation: a sentence never ends there ("Mr. Lavrov" annotated whole).
	const inside = new Uint8Array(plain.length + 1);
	for (const a of parsed.annotations)
		if (a.depth === 0 && a.plainEnd > a.plainStart + 1) inside.fill(1, a.plainStart + 1, a.plainEnd);
	const annotations = [...parsed.annotations].sort((a, b) => a.plainStart - b.plainStart);
	const entities = new Map<string, { type: string; count: number }>();
	const pairs = new Map<
		string,
		{
			id: string;
			source: string;
			target: string;
			weight: number;
			kinds: Partial<Record<InteractionKind, number>>;
			evidence: NetworkEvidence[];
		}
	>();
	const dates: DateFact[] = [];
	const named = new Set<string>();
	const day = parsed.header.date?.day;
	let k = 0;
	let read = 0;
	for (const [start, end] of sentenceSpans(plain, inside)) {
		if (++read % SENTENCES_PER_PART === 0) yield;
		const keys: string[] = [];
		const sentenceDates: { value: string | undefined; text: string; offset: number }[] = [];
		for (; k < annotations.length && annotations[k]!.plainStart < end; k++) {
			const a = annotations[k]!;
			if (a.plainStart < start || !isEntityType(a.type)) continue;
			const text = a.text.replace(/\s+/g, ' ');
			if (a.type === 'date') {
				sentenceDates.push({ value: a.value, text, offset: a.contentRange.start });
				continue;
			}
			if (!normalizeEntityText(text) && !a.ref) continue;
			const key = entityKey(a.type, text, a.ref || undefined, a.value);
			named.add(key);
			if (!NETWORK_TYPES.has(a.type)) continue;
			const known = entities.get(key);
			if (known) known.count++;
			else entities.set(key, { type: a.type, count: 1 });
			if (!keys.includes(key)) keys.push(key);
		}
		// Arrays grown by push keep room for 17 items: the kept ones are copied to their size (a third of the facts).
		const sentenceKeys = sentenceDates.length ? keys.slice() : keys;
		for (const d of sentenceDates) {
			const at = document.positionAt(d.offset);
			dates.push({ value: d.value, text: d.text, line: at.line, character: at.character, entities: sentenceKeys });
		}
		if (keys.length < 2) continue;
		const at = document.positionAt(parsed.offsets.toSource(start));
		const sentence = cut(plain.slice(start, end).replace(/\s+/g, ' '));
		const kinds = interactionsIn(sentence);
		const evidence: NetworkEvidence = {
			uri,
			line: at.line,
			character: at.character,
			sentence,
			kinds,
			...(day && { date: day }),
		};
		const paired = keys.slice(0, MAX_ENTITIES_PER_SENTENCE).sort();
		for (let i = 0; i < paired.length; i++) {
			for (let j = i + 1; j < paired.length; j++) {
				const id = `${paired[i]}\u0000${paired[j]}`;
				const pair =
					pairs.get(id) ??
					pairs
						.set(id, { id, source: paired[i]!, target: paired[j]!, weight: 0, kinds: NO_KINDS, evidence: [] })
						.get(id)!;
				pair.weight++;
				// Counts of its own only for a pair some sentence says something of: most are only named together.
				if (kinds.length && pair.kinds === NO_KINDS) pair.kinds = {};
				for (const kind of kinds) pair.kinds[kind] = (pair.kinds[kind] ?? 0) + 1;
				if (pair.evidence.length < MAX_EVIDENCE) pair.evidence.push(evidence);
			}
		}
	}
	const title = parsed.header.fields.find((f) => f.key === 'title')?.value;
	return {
		uri,
		title: typeof title === 'string' ? title : undefined,
		date: day,
		headerLine: document.positionAt(parsed.header.date?.range.start ?? 0).line,
		entities,
		pairs: Array.from(pairs.values(), (p) => ({ ...p, evidence: p.evidence.slice() })),
		dates,
		named,
	};
}

function cut(sentence: string): string {
	if (sentence.length <= SENTENCE_CHARS) return sentence;
	const space = sentence.lastIndexOf(' ', SENTENCE_CHARS);
	return `${sentence.slice(0, space > SENTENCE_CHARS / 2 ? space : SENTENCE_CHARS)}…`;
}
