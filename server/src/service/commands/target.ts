import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { CommandTarget } from '../../shared/commandProtocol';
import type { Annotation, NewsDocument, OffsetRange } from '../parse/model';
import { annotationAt, displayText } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';

/** One article as a command sees it. */
export interface Article {
	readonly document: TextDocument;
	readonly parsed: NewsDocument;
	readonly suggestions: readonly Suggestion[];
}

/** What a command acts on: a range of the source, and the annotation or suggestion it is, if any. */
export type Target =
	| {
			readonly range: OffsetRange;
			readonly annotation?: Annotation;
			readonly suggestion?: Suggestion;
			readonly error?: undefined;
	  }
	| { readonly error: string };

export const cursorOf = (article: Article, params: CommandTarget): number => article.document.offsetAt(params.position);

function offsets(document: TextDocument, range: Range | undefined): OffsetRange | undefined {
	if (!range) return undefined;
	const a = document.offsetAt(range.start);
	const b = document.offsetAt(range.end);
	return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** The range without the white space at its ends. */
export function trimRange(source: string, range: OffsetRange): OffsetRange {
	let { start, end } = range;
	while (start < end && /\s/.test(source[start]!)) start++;
	while (end > start && /\s/.test(source[end - 1]!)) end--;
	return { start, end };
}

/** The suggestion under the cursor (its ends included). */
export function suggestionAt(suggestions: readonly Suggestion[], offset: number): Suggestion | undefined {
	return suggestions.find((s) => s.range.start <= offset && offset <= s.range.end);
}

/** The innermost annotation at the cursor, or the one whose text or markup the cursor touches from its right end. */
export function annotationAtCursor(parsed: NewsDocument, offset: number): Annotation | undefined {
	return annotationAt(parsed, offset) ?? (offset > 0 ? annotationAt(parsed, offset - 1) : undefined);
}

/** The selection if any, else the suggestion under the cursor, else the word under the cursor. */
export function findTarget(article: Article, params: CommandTarget): Target {
	const { document, parsed } = article;
	const selection = offsets(document, params.range);
	const source = parsed.source;
	if (selection && selection.end > selection.start) {
		const range = trimRange(source, selection);
		if (range.end === range.start) return { error: 'The selection is only white space: select the words to annotate.' };
		const annotation = parsed.annotations.find(
			(a) =>
				(a.contentRange.start === range.start && a.contentRange.end === range.end) ||
				(a.range.start === range.start && a.range.end === range.end),
		);
		if (annotation) return { range: annotation.contentRange, annotation };
		const suggestion = article.suggestions.find((s) => s.range.start === range.start && s.range.end === range.end);
		return suggestion ? { range, suggestion } : { range };
	}
	const cursor = cursorOf(article, params);
	const suggestion = suggestionAt(article.suggestions, cursor);
	if (suggestion) return { range: suggestion.range, suggestion };
	const word = offsets(document, params.wordRange);
	if (!word || word.end === word.start)
		return { error: 'Select the text to annotate, or put the cursor on a word or a suggestion.' };
	const annotation = parsed.annotations.find(
		(a) => a.contentRange.start === word.start && a.contentRange.end === word.end,
	);
	return annotation ? { range: annotation.contentRange, annotation } : { range: word };
}

/** Why `range` cannot become an annotation, or undefined when it can. */
export function annotatableProblem(parsed: NewsDocument, range: OffsetRange): string | undefined {
	if (range.end <= range.start) return 'Select the text to annotate, or put the cursor on a word or a suggestion.';
	if (range.start < parsed.bodyStart) return 'The header is not annotated: select text in the article below it.';
	const source = parsed.source;
	const text = source.slice(range.start, range.end);
	if (/\n[ \t]*\r?\n/.test(text)) return 'An annotation cannot span a blank line: select text within one paragraph.';
	const contained: Annotation[] = [];
	for (const a of parsed.annotations) {
		if (a.range.start >= range.end) break;
		if (a.range.end <= range.start) continue;
		if (a.contentRange.start <= range.start && range.end <= a.contentRange.end) continue;
		if (range.start <= a.range.start && a.range.end <= range.end) {
			contained.push(a);
			continue;
		}
		if (a.attributesRange.start <= range.start && range.end <= a.attributesRange.end)
			return 'That is the markup of an annotation: put the cursor on its text, or select the text.';
		return `The selection cuts through the annotation "${displayText(a.text)}": select all of it, or only text inside its brackets.`;
	}
	for (let i = range.start; i < range.end; i++) {
		const c = source[i];
		const attributes = contained.find((a) => a.attributesRange.start === i);
		if (attributes) {
			i = attributes.attributesRange.end - 1;
			continue;
		}
		if (c === '\\') {
			i++;
			continue;
		}
		if ((c === '[' || c === ']') && !contained.some((a) => a.range.start === i || a.contentRange.end === i)) {
			return `The selection holds a bracket ${c} that is not part of an annotation: leave it out, or write it as \\${c}.`;
		}
	}
	return undefined;
}

/** The plain text of a source range, its white space collapsed. */
export function plainTextOf(parsed: NewsDocument, range: OffsetRange): string {
	return displayText(parsed.plainText.slice(parsed.offsets.toPlain(range.start), parsed.offsets.toPlain(range.end)));
}
