import type { Annotation, NewsDocument, OffsetRange } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import type { Target } from './target';

/**
 * Annotate Selection snaps a part of a name to the whole one: "Lavrov" selected inside the suggestion "Sergey Lavrov"
 * (or inside the annotated person "Sergey Lavrov") and annotated as a person means the name, not half of it. Another
 * type keeps the part: "Russian" inside the organization "Russian Foreign Ministry" may become a nested place. A
 * selection that cuts through a suggestion is refused with what to select instead.
 */
export interface Snapped {
	readonly target: Target;
	/** Said when the target grew, so that the analyst sees what was annotated. */
	readonly note?: string;
}

const inside = (inner: OffsetRange, outer: OffsetRange): boolean =>
	outer.start <= inner.start && inner.end <= outer.end;
const same = (a: OffsetRange, b: OffsetRange): boolean => a.start === b.start && a.end === b.end;
const name = (text: string): string => displayText(text);

export function snapTarget(
	parsed: NewsDocument,
	suggestions: readonly Suggestion[],
	target: Target,
	type: string,
): Snapped {
	if (target.error !== undefined || target.annotation || target.suggestion) return { target };
	const range = target.range;
	const part = name(parsed.source.slice(range.start, range.end));
	const annotation = innermostAround(parsed, range);
	if (annotation && annotation.type === type && !same(annotation.contentRange, range)) {
		return {
			target: { range: annotation.contentRange, annotation },
			note: `"${part}" is part of "${name(annotation.text)}": the whole name is the annotation.`,
		};
	}
	for (const s of suggestions) {
		if (s.range.end <= range.start || s.range.start >= range.end || same(s.range, range)) continue;
		if (inside(range, s.range)) {
			if (s.type !== type) continue;
			return {
				target: { range: s.range, suggestion: s },
				note: `Annotated the whole name "${name(s.text)}", of which "${part}" is a part.`,
			};
		}
		// A selection that holds the whole suggestion and more is the analyst's choice (a longer name).
		if (inside(s.range, range)) continue;
		return {
			target: {
				error: `The selection cuts through the suggestion "${name(s.text)}": select all of it (or put the cursor on it), or only words inside it.`,
			},
		};
	}
	return { target };
}

/** The innermost annotation whose text holds the range. */
function innermostAround(parsed: NewsDocument, range: OffsetRange): Annotation | undefined {
	let found: Annotation | undefined;
	for (const a of parsed.annotations) {
		if (a.range.start > range.start) break;
		if (inside(range, a.contentRange) && (!found || inside(a.contentRange, found.contentRange))) found = a;
	}
	return found;
}
