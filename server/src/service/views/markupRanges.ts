import type { OffsetRange, NewsDocument } from '../parse/model';

/**
 * The markup of each annotation, which the editor dims (attache.editor.dimAttributes): its `[`, and its `]` with the
 * attribute block `{...}`. In document order; source offsets.
 */
export function markupRanges(parsed: NewsDocument): OffsetRange[] {
	const ranges: OffsetRange[] = [];
	for (const a of parsed.annotations) {
		ranges.push({ start: a.range.start, end: a.range.start + 1 });
		ranges.push({ start: a.contentRange.end, end: a.attributesRange.end });
	}
	// An enclosing annotation's `]{...}` comes after the `[` of the ones it holds.
	return ranges.sort((x, y) => x.start - y.start);
}
