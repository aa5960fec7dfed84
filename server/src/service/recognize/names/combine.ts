import type { Candidate, NameSource } from './types';

const SOURCE_RANK: Record<NameSource, number> = { 'knowledge-base': 6, corpus: 5, pattern: 4, article: 3, list: 2, model: 1 };

/**
 * Chooses non-overlapping candidates: the most confident first, then the longest, then the most trusted source.
 * A candidate of type `none` or `misc` claims its tokens and emits nothing. Returns the chosen ones sorted.
 */
export function combine(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
	const order = candidates
		.filter((c) => c.to > c.from)
		.sort((a, b) => b.confidence - a.confidence || (b.to - b.from) - (a.to - a.from) || SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || a.from - b.from);
	const taken = new Uint8Array(tokenCount + 1);
	const chosen: Candidate[] = [];
	outer: for (const c of order) {
		for (let i = c.from; i < c.to; i++) if (taken[i]) continue outer;
		for (let i = c.from; i < c.to; i++) taken[i] = 1;
		chosen.push(c);
	}
	return chosen.sort((a, b) => a.from - b.from);
}
