import type { Int32Scratch } from './scratch';
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
	return (
		b.confidence - a.confidence ||
		b.to - b.from - (a.to - a.from) ||
		sourceRank(b.source) - sourceRank(a.source) ||
		a.from - b.from
	);
}

/** Candidates that span some token, in `preference` order (stable: equal ones keep their order). */
export function rank(candidates: readonly Candidate[]): Candidate[] {
	const kept: Candidate[] = [];
	for (let k = 0; k < candidates.length; k++) {
		const c = candidates[k] as Candidate;
		if (c.to > c.from) kept.push(c);
	}
	return sortByPreference(kept);
}

/** Runs this long are sorted by insertion before they are merged. */
const RUN = 8;

/**
 * `a.sort(preference)`, equal ones in their order as there: a merge sort that V8 compiles with `preference` inlined,
 * where the built-in sort calls it, a few thousand times an article. Sorts `a` in place or returns a new array.
 */
function sortByPreference(a: Candidate[]): Candidate[] {
	const n = a.length;
	for (let lo = 0; lo < n; lo += RUN) {
		const hi = Math.min(lo + RUN, n);
		for (let i = lo + 1; i < hi; i++) {
			const x = a[i] as Candidate;
			let j = i - 1;
			while (j >= lo && preference(a[j] as Candidate, x) > 0) {
				a[j + 1] = a[j] as Candidate;
				j--;
			}
			a[j + 1] = x;
		}
	}
	if (n <= RUN) return a;
	let src = a;
	let dst = new Array<Candidate>(n);
	for (let width = RUN; width < n; width *= 2) {
		for (let lo = 0; lo < n; lo += 2 * width) {
			const mid = Math.min(lo + width, n);
			const hi = Math.min(lo + 2 * width, n);
			let i = lo;
			let j = mid;
			let k = lo;
			while (i < mid && j < hi)
				dst[k++] =
					preference(src[i] as Candidate, src[j] as Candidate) <= 0 ? (src[i++] as Candidate) : (src[j++] as Candidate);
			while (i < mid) dst[k++] = src[i++] as Candidate;
			while (j < hi) dst[k++] = src[j++] as Candidate;
		}
		const t = src;
		src = dst;
		dst = t;
	}
	return src;
}

/**
 * Chooses non-overlapping candidates: the most confident first, then the longest, then the most trusted source.
 * A candidate of type `none` or `misc` claims its tokens and emits nothing. Returns the chosen ones sorted.
 */
export function combine(candidates: readonly Candidate[], tokenCount: number, scratch: Int32Scratch): Candidate[] {
	return choose(rank(candidates), tokenCount, scratch);
}

/**
 * `combine([...first, ...more])` given `ranked`, the `rank` of `first`: only `more` is sorted, then merged in (on a
 * tie, `first` comes first, as in the stable sort of both).
 */
export function combineMore(
	ranked: readonly Candidate[],
	more: readonly Candidate[],
	tokenCount: number,
	scratch: Int32Scratch,
): Candidate[] {
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
	return choose(order, tokenCount, scratch);
}

/**
 * The candidates in `order` (as `rank` sorts them) that overlap none chosen before, sorted by position; `scratch`
 * holds, per token, what is put there (`NameScratch.chosen`).
 */
export function choose(order: readonly Candidate[], tokenCount: number, scratch: Int32Scratch): Candidate[] {
	// per token, 1 + the index in `order` of the candidate chosen that starts there; -1 inside one
	const at = scratch.zeroed(tokenCount + 1);
	let count = 0;
	outer: for (let k = 0; k < order.length; k++) {
		const c = order[k] as Candidate;
		for (let i = c.from; i < c.to; i++) if (at[i]) continue outer;
		at[c.from] = k + 1;
		for (let i = c.from + 1; i < c.to; i++) at[i] = -1;
		count++;
	}
	const chosen: Candidate[] = [];
	for (let i = 0; i < at.length && chosen.length < count; i++)
		if ((at[i] as number) > 0) chosen.push(order[(at[i] as number) - 1] as Candidate);
	return chosen;
}
