import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type {
	AcceptAllParams,
	AcceptAllResult,
	CommandResult,
	CommandTarget,
	NavigateResult,
	TypeCount,
} from '../../shared/commandProtocol';
import type { EntityTypes } from '../entityTypes';
import type { CancellationToken } from '../host';
import type { NewsDocument } from '../parse/model';
import { toRange } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { normalizeEntityText } from '../workspace/entityKey';
import { LineCursor } from '../text/lineCursor';
import { caretAfter, documentEdit, toTextEdits, workspaceEdit, type FileEdits, type OffsetEdit } from './edits';
import { closingMarkup } from '../text/annotationMarkup';
import { wrapEdits } from './markup';
import { annotationAtCursor, cursorOf, suggestionAt, type Article } from './target';

/** A `.news` file of the workspace that is not the command's own document. */
export interface WorkspaceText {
	readonly uri: string;
	readonly text: string;
	/** The version of an open document; undefined for a file on disk. */
	readonly version?: number;
}

/** Parses a workspace file and finds its suggestions (the service knows the knowledge bases and the corpus). */
export type SuggestionsOf = (uri: string, parsed: NewsDocument) => readonly Suggestion[];

const describe = (s: Suggestion): string =>
	`"${s.text.replace(/\s+/g, ' ')}" (${s.type === 'org' ? 'organization' : s.type})`;

/** The edits that annotate each suggestion, skipping any that overlaps one taken before it. */
export function acceptEdits(suggestions: readonly Suggestion[]): OffsetEdit[] {
	const edits: OffsetEdit[] = [];
	let end = -1;
	for (const s of inOrder(suggestions)) {
		if (s.range.start < end) continue;
		edits.push(...wrapEdits(s.range, s.type, s));
		end = s.range.end;
	}
	return edits;
}

/** Annotates the suggestion under the cursor; the cursor goes after its `]{...}`. */
export function acceptAt(article: Article, params: CommandTarget): CommandResult {
	const s = suggestionAt(article.suggestions, cursorOf(article, params));
	if (!s) return { error: 'There is no suggestion at the cursor: go to one with Attache: Next Suggestion.' };
	const offsetEdits = wrapEdits(s.range, s.type, s);
	return {
		edit: documentEdit(article.document, offsetEdits),
		selection: caretAfter(article.document, offsetEdits, s.range.end),
	};
}

/**
 * Annotates every suggestion of the article; the cursor stays on the same text. One replacement per line that holds
 * suggestions (from its first suggestion to its last), made straight into LSP edits: a 1 MB article has tens of
 * thousands of suggestions, and an edit each would be as many objects to make, send and apply.
 */
export function acceptAll(
	article: Article,
	params: AcceptAllParams,
	types: EntityTypes,
	token: CancellationToken,
): AcceptAllResult {
	const wanted = params.types?.length ? new Set(params.types) : undefined;
	const chosen = wanted ? article.suggestions.filter((s) => wanted.has(s.type)) : article.suggestions;
	if (!chosen.length)
		return {
			message: wanted
				? `This article has no ${[...wanted].map((t) => types.get(t)?.label ?? t).join(' or ')} suggestions left.`
				: 'This article has no suggestions left.',
			total: 0,
			counts: [],
		};
	const { document } = article;
	const edits =
		acceptAllEdits(document, chosen, params.position) ??
		acceptAllEdits(
			document,
			[...chosen].sort((a, b) => a.range.start - b.range.start),
			params.position,
		)!;
	if (token.isCancellationRequested) return {};
	const { count, character } = edits;
	const counts = [...edits.perType]
		.map(([type, n]) => ({ type, count: n }))
		.sort((a, b) => b.count - a.count || typeOrder(types, a.type) - typeOrder(types, b.type));
	const summary = counts.map((c) => countOf(types, c)).join(', ');
	return {
		edit: workspaceEdit([{ uri: document.uri, version: document.version, edits: edits.edits }]),
		selection: { start: { line: params.position.line, character }, end: { line: params.position.line, character } },
		message: `Annotated ${count} suggestion${count === 1 ? '' : 's'}: ${summary}.`,
		counts,
		summary,
		total: count,
	};
}

const typeOrder = (types: EntityTypes, type: string): number => types.all.findIndex((t) => t.name === type);

/** "12 people", "1 organization". */
function countOf(types: EntityTypes, c: TypeCount): string {
	const info = types.get(c.type);
	return `${c.count} ${c.count === 1 ? (info?.label ?? c.type) : (info?.plural.toLowerCase() ?? c.type)}`;
}

/**
 * The edits of Accept All for suggestions in document order (undefined when they are not: sort them and ask again;
 * checking as it goes saves a pass over tens of thousands of objects), and the cursor's new character.
 */
function acceptAllEdits(
	document: TextDocument,
	suggestions: readonly Suggestion[],
	cursor: Position,
): { edits: TextEdit[]; count: number; perType: Map<string, number>; character: number } | undefined {
	const source = document.getText();
	const at = new LineCursor(document);
	const edits: TextEdit[] = [];
	/** Markup without attributes, by type: most suggestions need no more. */
	const closeOfType = new Map<string, string>();
	let character = cursor.character;
	let count = 0;
	const perType = new Map<string, number>();
	let end = -1;
	let previousStart = -1;
	// The line being gathered: where it starts, its new text, and where its last suggestion ends.
	let editStart: Position | undefined;
	let newText = '';
	let lastLine = -1;
	let lastCharacter = 0;
	let lastEnd = 0;
	const flush = (): void => {
		if (editStart)
			edits.push({ range: { start: editStart, end: { line: lastLine, character: lastCharacter } }, newText });
	};
	for (const s of suggestions) {
		const { start, end: stop } = s.range;
		if (start < previousStart) return undefined;
		previousStart = start;
		if (start < end) continue;
		const close =
			s.ref === undefined && s.value === undefined
				? (closeOfType.get(s.type) ?? setClose(closeOfType, s.type))
				: closingMarkup(s.type, s);
		at.moveTo(start);
		const startLine = at.line;
		const startCharacter = at.character;
		if (editStart && startLine === lastLine) {
			newText += `${source.slice(lastEnd, start)}[${source.slice(start, stop)}${close}`;
		} else {
			flush();
			editStart = { line: startLine, character: startCharacter };
			newText = `[${source.slice(start, stop)}${close}`;
		}
		at.moveTo(stop);
		lastLine = at.line;
		lastCharacter = at.character;
		lastEnd = stop;
		end = stop;
		count++;
		perType.set(s.type, (perType.get(s.type) ?? 0) + 1);
		// On the cursor's line, what is inserted before the cursor moves it (suggestions hold no line breaks).
		if (startLine === cursor.line && startCharacter < cursor.character)
			character += lastLine === cursor.line && lastCharacter <= cursor.character ? 1 + close.length : 1;
	}
	flush();
	return { edits, count, perType, character };
}

function setClose(cache: Map<string, string>, type: string): string {
	const close = closingMarkup(type);
	cache.set(type, close);
	return close;
}

function inOrder(suggestions: readonly Suggestion[]): readonly Suggestion[] {
	for (let i = 1; i < suggestions.length; i++)
		if (suggestions[i - 1]!.range.start > suggestions[i]!.range.start)
			return [...suggestions].sort((a, b) => a.range.start - b.range.start);
	return suggestions;
}

/** The next (or previous) suggestion from the cursor, wrapping around the article like Go to Next Problem. */
export function navigate(article: Article, params: CommandTarget & { direction: 'next' | 'previous' }): NavigateResult {
	const all = [...article.suggestions].sort((a, b) => a.range.start - b.range.start);
	if (!all.length) return { index: 0, total: 0 };
	const cursor = cursorOf(article, params);
	let i: number;
	if (params.direction === 'next') {
		i = all.findIndex((s) => s.range.start > cursor);
		if (i < 0) i = 0;
	} else {
		i = all.length - 1;
		while (i >= 0 && all[i]!.range.start >= cursor) i--;
		if (i < 0) i = all.length - 1;
	}
	const s = all[i]!;
	return { range: toRange(article.document, s.range), index: i + 1, total: all.length, label: describe(s) };
}

/** What makes two mentions the same entity: a shared ref, or a shared name (the full name a short one stands for). */
interface EntityKey {
	readonly type: string;
	readonly ref: string | undefined;
	readonly names: ReadonlySet<string>;
	readonly label: string;
}

/** Names compared as the workspace compares entities: Russian case forms are one ("Лаврову", "Лавров"). */
const norm = normalizeEntityText;

function entityKey(
	s: { type: string | undefined; text: string; ref?: string | undefined; canonical?: string | undefined },
	entries: readonly KnowledgeEntry[],
): EntityKey {
	const names = new Set([norm(s.text), ...(s.canonical ? [norm(s.canonical)] : [])]);
	const entry = s.ref ? entries.find((e) => e.id === s.ref) : undefined;
	if (entry) for (const n of [entry.name, ...entry.aliases]) names.add(norm(n));
	return { type: s.type ?? '', ref: s.ref, names, label: entry?.name ?? s.canonical ?? s.text.replace(/\s+/g, ' ') };
}

function sameEntity(key: EntityKey, s: Suggestion): boolean {
	if (s.type !== key.type) return false;
	if (key.ref !== undefined && s.ref !== undefined) return key.ref === s.ref;
	return key.names.has(norm(s.text)) || (s.canonical !== undefined && key.names.has(norm(s.canonical)));
}

/**
 * Annotates every suggestion of the entity at the cursor (a suggestion, or an annotation) in this article and in
 * every other article of the workspace, as one edit that VS Code previews when it touches other files.
 */
export function acceptEntityInWorkspace(
	article: Article,
	params: CommandTarget,
	files: Iterable<WorkspaceText>,
	suggestionsOf: SuggestionsOf,
	parse: (text: string) => NewsDocument,
	entries: readonly KnowledgeEntry[],
	token: CancellationToken,
): CommandResult {
	const cursor = cursorOf(article, params);
	const suggestion = suggestionAt(article.suggestions, cursor);
	const mention = suggestion ?? annotationAtCursor(article.parsed, cursor);
	if (!mention?.type || mention.type === 'role')
		return {
			error:
				'Put the cursor on a suggestion or an annotated entity: its suggestions are then annotated in every article.',
		};
	const key = entityKey(mention, entries);
	const changed: FileEdits[] = [];
	let count = 0;
	const own = acceptEdits(article.suggestions.filter((s) => sameEntity(key, s)));
	let selection: Range | undefined;
	if (own.length) {
		changed.push({
			uri: article.document.uri,
			version: article.document.version,
			edits: toTextEdits(article.document, own),
		});
		count += own.length / 2;
		selection = caretAfter(article.document, own, suggestion ? suggestion.range.end : cursor);
	}
	const needles = [...key.names];
	for (const file of files) {
		if (token.isCancellationRequested) return {};
		if (file.uri === article.document.uri) continue;
		const lower = file.text.toLowerCase().replace(/ё/g, 'е');
		if (!needles.some((n) => n.split(' ').every((w) => lower.includes(w)))) continue;
		const parsed = parse(file.text);
		const edits = acceptEdits(suggestionsOf(file.uri, parsed).filter((s) => sameEntity(key, s)));
		if (!edits.length) continue;
		const document = TextDocument.create(file.uri, 'annotated-news', file.version ?? 0, file.text);
		changed.push({ uri: file.uri, version: file.version ?? null, edits: toTextEdits(document, edits) });
		count += edits.length / 2;
	}
	if (!count) return { message: `No article has a suggestion of ${key.label} left.` };
	const message = `Annotated ${count} mention${count === 1 ? '' : 's'} of ${key.label} in ${changed.length} article${changed.length === 1 ? '' : 's'}.`;
	const others = changed.some((f) => f.uri !== article.document.uri);
	return {
		edit: others
			? workspaceEdit(changed, {
					label: `Annotate ${key.label}`,
					description: 'Accept the suggestions of this entity in every article',
				})
			: workspaceEdit(changed),
		...(selection && { selection }),
		message,
	};
}
