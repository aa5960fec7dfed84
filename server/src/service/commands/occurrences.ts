import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { AnnotateOccurrencesParams, CommandResult } from '../../shared/commandProtocol';
import type { CancellationToken } from '../host';
import type { NewsDocument, OffsetRange } from '../parse/model';
import { resolveDate } from '../recognize/dates';
import { normalizeEntityText } from '../workspace/entityKey';
import { knowledgeRef, unknownTypeError, type CommandKnowledge } from './annotate';
import { caretAfter, toTextEdits, workspaceEdit, type FileEdits, type OffsetEdit } from './edits';
import { wrapEdits } from './markup';
import type { WorkspaceText } from './suggestionCommands';
import { annotationAtCursor, cursorOf, findTarget, plainTextOf, type Article } from './target';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The whole-word occurrences of `text` in a plain text (any white space between its words), as plain ranges; a
 * Russian word in any case form ("Лавров" finds "Лаврова", "Лавровым"; "Москва" finds "в Москве"), as the workspace
 * compares entities (normalizeEntityText).
 */
export function findOccurrences(plainText: string, text: string): OffsetRange[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const inflected = words.some((w) => CYRILLIC.test(w));
	// a Cyrillic word is its first three letters and any letters after them; the identity check below keeps its case forms
	const parts = words.map((w) =>
		CYRILLIC.test(w) && w.length >= 4 ? `${escapeRegExp(w.slice(0, 3))}[\\p{L}\\p{M}-]*` : escapeRegExp(w),
	);
	const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
	const key = inflected ? normalizeEntityText(text) : '';
	const out: OffsetRange[] = [];
	for (const m of plainText.matchAll(pattern))
		if (!inflected || normalizeEntityText(m[0]) === key) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/** Whether a file may hold an occurrence of `text`: its first word, or a Russian word's first three letters. */
function mayHold(fileText: string, text: string): boolean {
	const first = text.split(' ')[0]!;
	return fileText.includes(CYRILLIC.test(first) && first.length >= 4 ? first.slice(0, 3) : first);
}

/** The edits that annotate every occurrence no annotation touches. */
function occurrenceEdits(parsed: NewsDocument, text: string, type: string, ref: string | undefined): OffsetEdit[] {
	const spans = parsed.annotations.map((a) => ({ start: a.plainStart, end: a.plainEnd, range: a.range }));
	const edits: OffsetEdit[] = [];
	for (const o of findOccurrences(parsed.plainText, text)) {
		const start = parsed.offsets.toSource(o.start, 'right');
		const end = parsed.offsets.toSource(o.end, 'left');
		// Unannotated: no annotation overlaps it in the plain text nor has markup inside it in the source.
		if (spans.some((a) => (a.start < o.end && o.start < a.end) || (start <= a.range.start && a.range.start < end)))
			continue;
		if (/\n[ \t]*\r?\n/.test(parsed.source.slice(start, end))) continue;
		const value =
			type === 'date' ? resolveDate(parsed.plainText.slice(o.start, o.end), parsed.header.date?.day) : undefined;
		edits.push(...wrapEdits({ start, end }, type, { ref, value }));
	}
	return edits;
}

/**
 * Annotates every unannotated occurrence of the selected text (or of the annotation, suggestion or word at the
 * cursor) as `type`, in the article or in every article of the workspace (one edit, previewed when it touches other
 * files).
 */
export function annotateOccurrences(
	article: Article,
	params: AnnotateOccurrencesParams,
	files: Iterable<WorkspaceText>,
	parse: (text: string) => NewsDocument,
	knowledge: CommandKnowledge,
	token: CancellationToken,
): CommandResult {
	const { parsed, document } = article;
	const selected = params.range && document.offsetAt(params.range.start) !== document.offsetAt(params.range.end);
	const annotation = selected ? undefined : annotationAtCursor(parsed, cursorOf(article, params));
	const target = annotation ? { range: annotation.contentRange, annotation } : findTarget(article, params);
	if (target.error !== undefined)
		return { error: target.error.replace('to annotate', 'whose occurrences to annotate') };
	const text = target.annotation
		? target.annotation.text.replace(/\s+/g, ' ').trim()
		: plainTextOf(parsed, target.range);
	if (!text) return { error: 'Select the text whose occurrences to annotate.' };
	const type = params.type ?? target.annotation?.type ?? target.suggestion?.type;
	if (!type) return { error: 'Choose the type to annotate the occurrences with.' };
	if (!knowledge.types.get(type)) return { error: unknownTypeError(knowledge.types, type) };
	const ref =
		type === 'date' || type === 'role'
			? undefined
			: target.annotation?.type === type && target.annotation.ref
				? target.annotation.ref
				: target.suggestion?.type === type && target.suggestion.ref
					? target.suggestion.ref
					: knowledgeRef(knowledge.entries, type, text);

	const changed: FileEdits[] = [];
	let count = 0;
	let selection: Range | undefined;
	const own = occurrenceEdits(parsed, text, type, ref);
	if (own.length) {
		changed.push({ uri: document.uri, version: document.version, edits: toTextEdits(document, own) });
		count += own.length / 2;
		selection = caretAfter(document, own, cursorOf(article, params));
	}
	if (params.scope === 'workspace') {
		for (const file of files) {
			if (token.isCancellationRequested) return {};
			if (file.uri === document.uri || !mayHold(file.text, text)) continue;
			const edits = occurrenceEdits(parse(file.text), text, type, ref);
			if (!edits.length) continue;
			const other = TextDocument.create(file.uri, 'annotated-news', file.version ?? 0, file.text);
			changed.push({ uri: file.uri, version: file.version ?? null, edits: toTextEdits(other, edits) });
			count += edits.length / 2;
		}
	}
	const label = knowledge.types.get(type)!.label;
	const where = params.scope === 'workspace' ? ` in ${changed.length} article${changed.length === 1 ? '' : 's'}` : '';
	if (!count)
		return {
			message: `Every occurrence of "${text}"${params.scope === 'workspace' ? ' in the workspace' : ''} is annotated already.`,
		};
	const others = changed.some((f) => f.uri !== document.uri);
	return {
		edit: others
			? workspaceEdit(changed, {
					label: `Annotate "${text}" as ${label}`,
					description: 'Annotate all occurrences in the workspace',
				})
			: workspaceEdit(changed),
		...(selection && { selection }),
		message: `Annotated ${count} occurrence${count === 1 ? '' : 's'} of "${text}" as ${label}${where}.`,
	};
}
