import type { Annotation, OffsetRange } from '../parse/model';
import { attributeItem, closingMarkup } from '../text/annotationMarkup';
import { deleteRange, insertAt, type OffsetEdit } from './edits';

export interface SpanAttributes {
	readonly ref?: string | undefined;
	readonly value?: string | undefined;
}

/** `[` before the range and `]{...}` after it (the text in the range is already markup: it stays as it is). */
export function wrapEdits(range: OffsetRange, type: string, attrs: SpanAttributes = {}): OffsetEdit[] {
	return [insertAt(range.start, '['), insertAt(range.end, closingMarkup(type, attrs))];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The range of an attribute together with the white space that separates it from its neighbours. */
function withSpace(source: string, range: OffsetRange): OffsetRange {
	let s = range.start;
	while (isBlank(source[s - 1])) s--;
	if (source[s - 1] === '{') {
		let e = range.end;
		while (isBlank(source[e])) e++;
		return { start: range.start, end: e };
	}
	return { start: s, end: range.end };
}

/** Sets `key=value` on the annotation (replacing it where it is), or removes it when value is undefined. */
export function setAttributeEdits(source: string, a: Annotation, key: string, value: string | undefined): OffsetEdit[] {
	const existing = a.attributes.filter((x) => x.key === key);
	if (value === undefined)
		return existing.map((x) => withSpace(source, x.range)).map((r) => deleteRange(r.start, r.end));
	if (existing.length) {
		const [first, ...rest] = existing;
		return [
			{ start: first!.range.start, end: first!.range.end, text: attributeItem(key, value) },
			...rest.map((x) => withSpace(source, x.range)).map((r) => deleteRange(r.start, r.end)),
		];
	}
	const close = a.attributesRange.end - 1;
	// A space even after `{`: a class may be inserted there by the same edit.
	return [insertAt(close, `${isBlank(source[close - 1]) ? '' : ' '}${attributeItem(key, value)}`)];
}

/**
 * Makes the annotation's type `type`: its first class is replaced (or one is added). A date keeps or gets its value
 * (`value` when it has none); any other type loses the value, which only dates have.
 */
export function retypeEdits(source: string, a: Annotation, type: string, value: string | undefined): OffsetEdit[] {
	const cls = a.classes[0];
	const edits: OffsetEdit[] = [];
	if (cls) edits.push({ start: cls.range.start, end: cls.range.end, text: `.${type}` });
	else {
		const at = a.attributesRange.start + 1;
		edits.push(insertAt(at, `.${type}${source[at] === '}' || isBlank(source[at]) ? '' : ' '}`));
	}
	if (type === 'date') {
		if (a.value === undefined && value !== undefined) edits.push(...setAttributeEdits(source, a, 'value', value));
	} else if (a.attributes.some((x) => x.key === 'value')) {
		edits.push(...setAttributeEdits(source, a, 'value', undefined));
	}
	return edits;
}
