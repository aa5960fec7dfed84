/**
 * Nesting of disjoint token spans, read from their ends by start token: the Russian recognizer asks, for each span
 * of one kind, whether a span of another lies inside it (a tagged name holding a listed one, a pattern completing a
 * tagged organization), which a scan of every span made quadratic in the article's length.
 */

/**
 * Whether a span of `ends` (per token, the end of the span starting there, 0 for none) lies within [from, to) and is
 * shorter: a scan of the span's own tokens rather than of every span of the article.
 */
export function holdsShorter(ends: Int32Array, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const end = ends[k] as number;
		if (end > 0 && end <= to && end - k < to - from) return true;
	}
	return false;
}
