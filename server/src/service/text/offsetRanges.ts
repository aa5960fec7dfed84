import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotation, NewsDocument, OffsetRange } from '../parse/model';

export function toRange(document: TextDocument, range: OffsetRange): Range {
	return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

/** The innermost annotation whose markup or text holds the offset. */
export function annotationAt(parsed: NewsDocument, offset: number): Annotation | undefined {
	let found: Annotation | undefined;
	for (const a of parsed.annotations) {
		if (a.range.start > offset) break;
		if (offset < a.range.end && (!found || a.depth > found.depth)) found = a;
	}
	return found;
}

/** White space that `displayText` changes: any but a single space between words. */
const LOOSE_SPACE = /[^\S ]| {2}|^ | $/;

/** Collapses white space (line breaks inside an annotation) for display. */
export function displayText(text: string): string {
	// nearly every name has none: tested natively, without a new string
	return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
