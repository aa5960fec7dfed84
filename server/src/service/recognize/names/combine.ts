import type { Candidate, NameSource } from './types';

/** How much a source is trusted (a switch, not a lookup by name, which V8 does slowly when the names vary). */
function sourceRank(source: NameSource): number {
	switch (source) {
		case 'knowledge-base':
			return 6;
		case 'corpus':
			return 5;
		case 'pattern':
			return 4;
		case 'article':
			return 3;
		case 'list':
			return 2;
		default:
			return 1;
	}
}

/** The order in which candidates are chosen: the most confident first, then the longest, then the most trusted source. */
function preference(a: Candidate, b: Candidate): number {
	return b.confidence - a.confidence || b.to - b.from - (a.to - a.from) || sourceRank(b.source) - sourceRank(a.source) || a.from - b.from;
}

/** Candidates that span some token, in `preference` order (stable: equal ones keep their order). */
export function rank(candidates: readonly Candidate[]): Candidate[] {
	return candidates.filter((c) => c.to > c.from).sort(preference);
}

/**
 * Chooses non-overlapping candidates: the most confident first, then the longest, then the most trusted source.
 * A candidate of type `none` or `misc` claims its tokens and emits nothing. Returns the chosen ones sorted.
 */
export function combine(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
	return choose(rank(candidates), tokenCount);
}

/**
 * `combine([...first, ...more])` given `ranked`, the `rank` of `first`: only `more` is sorted, then merged in (on a
 * tie, `first` comes first, as in the stable sort of both).
 */
export function combineMore(ranked: readonly Candidate[], more: readonly Candidate[], tokenCount: number): Candidate[] {
	const other = rank(more);
	const order: Candidate[] = [];
	let i = 0;
	let j = 0;
	while (i < ranked.length && j < other.length) {
		if (preference(ranked[i] as Candidate, other[j] as Candidate) <= 0) order.push(ranked[i++] as Candidate);
		else order.push(other[j++] as Candidate);
	}
	while (i < ranked.length) order.push(ranked[i++] as Candidate);
	while (j < other.length) order.push(other[j++] as Candidate);
	return choose(order, tokenCount);
}

/** The candidates in `order` (as `rank` sorts them) that overlap none chosen before, sorted by position. */
export function choose(order: readonly Candidate[], tokenCount: number): Candidate[] {
	// per token, 1 + the index in `order` of the candidate chosen that starts there; -1 inside one
	const at = new Int32Array(tokenCount + 1);
	let count = 0;
	outer: for (let k = 0; k < order.length; k++) {
		const c = order[k] as Candidate;
		for (let i = c.from; i < c.to; i++) if (at[i]) continue outer;
		at[c.from] = k + 1;
		for (let i = c.from + 1; i < c.to; i++) at[i] = -1;
		count++;
	}
	const chosen: Candidate[] = [];
	for (let i = 0; i < at.length && chosen.length < count; i++) if ((at[i] as number) > 0) chosen.push(order[(at[i] as number) - 1] as Candidate);
	return chosen;
}
