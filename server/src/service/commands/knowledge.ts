import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	AddToKnowledgeBaseParams,
	CommandResult,
	CommandTarget,
	EntityProposal,
	KnowledgeChoice,
	LinkEntityParams,
} from '../../shared/commandProtocol';
import type { Annotation } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import { parseKnowledgeBase, type KnowledgeEntry, type KnowledgeFile } from '../workspace/knowledgeBase';
import { hasCyrillic, romanize, sameAcrossScripts } from '../workspace/transliteration';
import { annotateTarget, type CommandKnowledge } from './annotate';
import { caretAfter, sortEdits, toTextEdits, workspaceEdit, type FileEdits, type OffsetEdit } from './edits';
import { setAttributeEdits, wrapEdits } from './markup';
import { annotationAtCursor, cursorOf, findTarget, plainTextOf, suggestionAt, type Article } from './target';
import { appendEntry, appendsAsEntry, ID_PATTERN, slugId, uniqueId, type NewEntry } from './yamlEntry';

/**
 * The knowledge base a command writes to: the nearest `entities.yaml`, or a new one (text undefined). When it is open
 * in the editor, `text` is the editor's, saved or not, and `version` its version: the client applies the edit only to
 * that version.
 */
export interface KnowledgeTarget {
	readonly uri: string;
	readonly text: string | undefined;
	/** The version of the knowledge base when it is open in the editor. */
	readonly version?: number;
	/** `text` read as a knowledge base, when the index has read it already (else it is read here). */
	readonly file?: KnowledgeFile;
}

const norm = (text: string): string => displayText(text).toLowerCase();
const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** An annotation or a suggestion, as the knowledge-base commands see it. */
type Mention =
	| { readonly kind: 'annotation'; readonly annotation: Annotation }
	| { readonly kind: 'suggestion'; readonly suggestion: Suggestion };

const mentionText = (m: Mention): string =>
	displayText(m.kind === 'annotation' ? m.annotation.text : m.suggestion.text);
const mentionType = (m: Mention): string | undefined =>
	m.kind === 'annotation' ? m.annotation.type : m.suggestion.type;

/** The annotation or suggestion selected or under the cursor. */
function mentionAt(article: Article, params: CommandTarget): Mention | undefined {
	const { document } = article;
	if (params.range && document.offsetAt(params.range.start) !== document.offsetAt(params.range.end)) {
		const target = findTarget(article, params);
		if (target.error !== undefined) return undefined;
		if (target.annotation) return { kind: 'annotation', annotation: target.annotation };
		return target.suggestion ? { kind: 'suggestion', suggestion: target.suggestion } : undefined;
	}
	const cursor = cursorOf(article, params);
	const annotation = annotationAtCursor(article.parsed, cursor);
	if (annotation) return { kind: 'annotation', annotation };
	const suggestion = suggestionAt(article.suggestions, cursor);
	return suggestion ? { kind: 'suggestion', suggestion } : undefined;
}

/** The text a knowledge-base command acts on, and the type it has there. */
function textAt(article: Article, params: CommandTarget): { text: string; type: string | undefined } | undefined {
	const mention = mentionAt(article, params);
	if (mention) return { text: mentionText(mention), type: mentionType(mention) };
	const target = findTarget(article, params);
	return target.error === undefined ? { text: plainTextOf(article.parsed, target.range), type: undefined } : undefined;
}

/** The entities one can link to, those whose name or alias is the text at the cursor first. */
export function knowledgeChoices(
	article: Article,
	params: CommandTarget,
	entries: readonly KnowledgeEntry[],
): KnowledgeChoice[] {
	const at = textAt(article, params);
	const wanted = at ? norm(at.text) : undefined;
	const seen = new Set<string>();
	const choices: KnowledgeChoice[] = [];
	for (const e of entries) {
		if (e.type === 'none' || seen.has(e.id)) continue;
		seen.add(e.id);
		const matches =
			wanted !== undefined &&
			(at?.type === undefined || at.type === e.type) &&
			[e.name, ...e.aliases].some((n) => norm(n) === wanted || sameAcrossScripts(n, at?.text ?? ''));
		choices.push({
			id: e.id,
			type: e.type,
			name: e.name,
			aliases: e.aliases,
			description: e.description,
			wikidata: e.wikidata,
			matches,
		});
	}
	return choices.sort((a, b) => Number(b.matches) - Number(a.matches) || a.name.localeCompare(b.name));
}

/** Sets `ref` on the annotation at the cursor; a suggestion, selection or word is annotated with the entity's type. */
export function linkEntity(article: Article, params: LinkEntityParams, knowledge: CommandKnowledge): CommandResult {
	const entry = knowledge.entries.find((e) => e.id === params.id && e.type !== 'none');
	if (!entry)
		return { error: `The knowledge base has no entity "${params.id}": add it with Attache: Add to Knowledge Base.` };
	const mention = mentionAt(article, params);
	if (mention?.kind === 'annotation') {
		const a = mention.annotation;
		if (a.ref === entry.id) return { message: `"${displayText(a.text)}" is linked to ${entry.name} already.` };
		const edits = sortEdits(setAttributeEdits(article.parsed.source, a, 'ref', entry.id));
		return {
			edit: workspaceEdit([
				{ uri: article.document.uri, version: article.document.version, edits: toTextEdits(article.document, edits) },
			]),
		};
	}
	const type = knowledge.types.get(entry.type)
		? entry.type
		: mention?.kind === 'suggestion'
			? mention.suggestion.type
			: undefined;
	if (!type)
		return {
			error: `${entry.name} has the type "${entry.type}", which is no entity type here: declare it in the setting attache.customTypes.`,
		};
	const target =
		mention?.kind === 'suggestion'
			? { range: mention.suggestion.range, suggestion: mention.suggestion }
			: findTarget(article, params);
	return annotateTarget(article, target, type, { ref: entry.id }, knowledge);
}

const words = (text: string): string[] => norm(text).split(' ');

/** Whether `short` is the last words of the longer `long`: a surname for the full name ("Lavrov" of "Sergey Lavrov"). */
function isSurnameOf(short: string, long: string): boolean {
	const s = words(short);
	const l = words(long);
	return s.length < l.length && s.every((w, j) => l[l.length - s.length + j] === w);
}

interface Cluster {
	readonly name: string;
	readonly type: string;
	readonly aliases: string[];
	/** The annotations of the article that name the entity. */
	readonly annotations: Annotation[];
}

/**
 * The entity a mention names in its article: the longest name among the mentions of the same type that it ends
 * (people: "Lavrov" of "Sergey Lavrov"), or the full name a suggestion stands for (an acronym's expansion).
 */
function clusterOf(article: Article, mention: Mention): Cluster | undefined {
	const type = mentionType(mention);
	if (!type || type === 'role') return undefined;
	const all: { text: string; canonical?: string | undefined; annotation?: Annotation }[] = [
		...article.parsed.annotations
			.filter((a) => a.type === type && a.text.trim())
			.map((a) => ({ text: displayText(a.text), annotation: a })),
		...article.suggestions
			.filter((s) => s.type === type)
			.map((s) => ({ text: displayText(s.text), canonical: s.canonical })),
	];
	const own = mentionText(mention);
	const canonical =
		mention.kind === 'suggestion'
			? mention.suggestion.canonical
			: all.find((m) => norm(m.text) === norm(own) && m.canonical)?.canonical;
	let name = canonical ? displayText(canonical) : own;
	if (type === 'person') for (const m of all) if (isSurnameOf(name, m.text)) name = m.text;
	// A person's short names are surnames (a first name alone would make a poor alias); other short names are what the
	// recognizer expanded (an acronym).
	const related = (m: { text: string; canonical?: string | undefined }): boolean =>
		norm(m.text) === norm(name) ||
		norm(m.text) === norm(own) ||
		(type === 'person' ? isSurnameOf(m.text, name) : m.canonical !== undefined && norm(m.canonical) === norm(name));
	const ownRef = mention.kind === 'annotation' ? mention.annotation.ref : undefined;
	// An annotation linked elsewhere names another entity.
	const members = all.filter((m) => related(m) && (m.annotation?.ref === undefined || m.annotation.ref === ownRef));
	const aliases: string[] = [];
	for (const m of [{ text: own }, ...members]) {
		if (norm(m.text) !== norm(name) && !aliases.some((x) => norm(x) === norm(m.text))) aliases.push(m.text);
	}
	// two scripts, one entity: a Cyrillic name is recorded in Latin letters too, and a person's surname with it
	if (hasCyrillic(name)) {
		const words = name.split(' ');
		for (const latin of [
			romanize(name),
			...(type === 'person' && words.length > 1 ? [romanize(words.at(-1) as string)] : []),
		]) {
			if (!aliases.some((x) => norm(x) === norm(latin))) aliases.push(latin);
		}
	}
	return { name, type, aliases, annotations: members.flatMap((m) => (m.annotation ? [m.annotation] : [])) };
}

/** What Add to Knowledge Base would create for the mention at the cursor (the id is the analyst's to change). */
export function proposeEntity(
	article: Article,
	params: CommandTarget,
	entries: readonly KnowledgeEntry[],
): { proposal?: EntityProposal; error?: string } {
	const mention = mentionAt(article, params);
	if (!mention)
		return { error: 'Put the cursor on an annotation or a suggestion to add its entity to the knowledge base.' };
	const cluster = clusterOf(article, mention);
	if (!cluster)
		return {
			error:
				'Only people, organizations, places and other entities go into the knowledge base; annotate the mention with its type first.',
		};
	const known = entries.find(
		(e) =>
			e.type === cluster.type &&
			[e.name, ...e.aliases].some((n) => norm(n) === norm(cluster.name) || sameAcrossScripts(n, cluster.name)),
	);
	if (known)
		return {
			error: `${cluster.name} is in the knowledge base already as "${known.id}": link to it with Attache: Link to Entity.`,
		};
	const taken = (id: string): boolean => entries.some((e) => e.id === id);
	const ref = mention.kind === 'annotation' ? mention.annotation.ref : undefined;
	const id = ref && ID_PATTERN.test(ref) && !taken(ref) ? ref : uniqueId(slugId(cluster.name), taken);
	return { proposal: { id, type: cluster.type, name: cluster.name, aliases: cluster.aliases } };
}

/**
 * The entry appended to the knowledge base, or why it cannot be: a file that does not read as a knowledge base (say,
 * an entry typed halfway and not saved) is not written to, lest the new entry be lost in it.
 */
function knowledgeFileEdits(
	kb: KnowledgeTarget,
	entry: NewEntry,
): { file: FileEdits; error?: undefined } | { error: string } {
	const document = TextDocument.create(kb.uri, 'yaml', kb.version ?? 0, kb.text ?? '');
	const where = fileName(kb.uri);
	if (kb.text !== undefined) {
		const read = kb.file?.text === kb.text ? kb.file : parseKnowledgeBase(kb.uri, kb.text);
		const fatal = read.problems.find((p) => p.fatal);
		if (fatal)
			return {
				error: `${where} cannot be read (line ${document.positionAt(fatal.range.start).line + 1}: ${fatal.message}): correct it, then run the command again.`,
			};
		if (!appendsAsEntry(kb.text))
			return {
				error: `Attache adds entries at the end of ${where}, whose ids are not at the left margin of one YAML document: add "${entry.id}" by hand.`,
			};
	}
	const insert = appendEntry(kb.text, entry);
	const at = document.positionAt(insert.offset);
	return {
		file: {
			uri: kb.uri,
			version: kb.version ?? null,
			edits: [{ range: { start: at, end: at }, newText: insert.text }],
			...(kb.text === undefined && { create: true }),
		},
	};
}

/**
 * Adds the entity of the mention at the cursor to the knowledge base (created when there is none) and links the
 * mention and the other annotations of the same entity in the article to it, as one edit of both files.
 */
export function addToKnowledgeBase(
	article: Article,
	params: AddToKnowledgeBaseParams,
	kb: KnowledgeTarget,
	knowledge: CommandKnowledge,
): CommandResult {
	const proposed = proposeEntity(article, params, knowledge.entries);
	if (!proposed.proposal) return { error: proposed.error };
	const id = params.id?.trim() || proposed.proposal.id;
	if (!ID_PATTERN.test(id))
		return { error: `"${id}" is not an id: use lower-case letters, digits and -, such as ${proposed.proposal.id}.` };
	if (knowledge.entries.some((e) => e.id === id))
		return { error: `The knowledge base has an entity "${id}" already: choose another id.` };
	const entry = { ...proposed.proposal, id };
	const mention = mentionAt(article, params)!;
	const cluster = clusterOf(article, mention)!;
	const { document, parsed } = article;
	const edits: OffsetEdit[] = [];
	let cursorEnd: number | undefined;
	if (mention.kind === 'suggestion') {
		edits.push(
			...wrapEdits(mention.suggestion.range, mention.suggestion.type, { ref: id, value: mention.suggestion.value }),
		);
		cursorEnd = mention.suggestion.range.end;
	}
	for (const a of cluster.annotations)
		if (a.ref !== id && (a.ref === undefined || (mention.kind === 'annotation' && a === mention.annotation)))
			edits.push(...setAttributeEdits(parsed.source, a, 'ref', id));
	const sorted = sortEdits(edits);
	const appended = knowledgeFileEdits(kb, entry);
	if (appended.error !== undefined) return { error: appended.error };
	const files: FileEdits[] = [appended.file];
	if (sorted.length) files.push({ uri: document.uri, version: document.version, edits: toTextEdits(document, sorted) });
	const where = fileName(kb.uri);
	return {
		edit:
			files.length > 1
				? workspaceEdit(files, {
						label: `Add ${entry.name} to ${where}`,
						description: `as "${id}", and link its mentions`,
					})
				: workspaceEdit(files),
		...(cursorEnd !== undefined && { selection: caretAfter(document, sorted, cursorEnd) }),
		message: `Added ${entry.name} to ${where} as "${id}"${kb.text === undefined ? ' (a new knowledge base at the workspace root)' : ''}.`,
		save: kb.uri,
	};
}

/** Adds a `type: none` entry for the suggestion's text to the knowledge base, so that it is never suggested again. */
export function ignoreSuggestion(
	article: Article,
	params: CommandTarget,
	kb: KnowledgeTarget,
	entries: readonly KnowledgeEntry[],
): CommandResult {
	const cursor = cursorOf(article, params);
	const target =
		params.range && article.document.offsetAt(params.range.start) !== article.document.offsetAt(params.range.end)
			? findTarget(article, params)
			: undefined;
	const suggestion =
		target?.error === undefined && target?.suggestion
			? target.suggestion
			: target
				? undefined
				: suggestionAt(article.suggestions, cursor);
	const text = suggestion
		? displayText(suggestion.text)
		: target?.error === undefined && target && !target.annotation
			? plainTextOf(article.parsed, target.range)
			: undefined;
	if (!text) return { error: 'Put the cursor on a suggestion (or select text) to stop suggesting it.' };
	if (entries.some((e) => e.type === 'none' && [e.name, ...e.aliases].some((n) => norm(n) === norm(text))))
		return { message: `"${text}" is ignored already.` };
	const id = uniqueId(slugId(text), (x) => entries.some((e) => e.id === x));
	const where = fileName(kb.uri);
	const appended = knowledgeFileEdits(kb, { id, type: 'none', name: text });
	if (appended.error !== undefined) return { error: appended.error };
	return {
		edit: workspaceEdit([appended.file]),
		message: `"${text}" will not be suggested again: it is in ${where} as type none.`,
		save: kb.uri,
	};
}
