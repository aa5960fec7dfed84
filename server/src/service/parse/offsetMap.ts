import { doubled } from '../text/int32Columns';

/**
 * Maps between offsets in a `.news` file (source) and offsets in its plain text (the body with all markup removed).
 * The plain text is a sequence of runs copied verbatim from the source; markup between runs maps to a single point.
 */
export class OffsetMap {
	/** Run i copies source[sourceStarts[i], sourceStarts[i] + lengths[i]) to plain[plainStarts[i], ...). */
	readonly #sourceStarts: Int32Array;
	readonly #plainStarts: Int32Array;
	readonly #lengths: Int32Array;
	readonly #plainLength: number;

	private constructor(sourceStarts: Int32Array, plainStarts: Int32Array, lengths: Int32Array) {
		this.#sourceStarts = sourceStarts;
		this.#plainStarts = plainStarts;
		this.#lengths = lengths;
		const last = lengths.length - 1;
		this.#plainLength = last < 0 ? 0 : plainStarts[last]! + lengths[last]!;
	}

	/**
	 * The map of a source whose characters from `from` on are copied to the plain text unless `markup` flags them
	 * (1).
	 */
	static fromMarkup(markup: Uint8Array, from: number): OffsetMap {
		return new OffsetMapBuilder().addMarkupRuns(markup.subarray(from), from).build();
	}

	/** @internal for OffsetMapBuilder */
	static of(sourceStarts: Int32Array, plainStarts: Int32Array, lengths: Int32Array): OffsetMap {
		return new OffsetMap(sourceStarts, plainStarts, lengths);
	}

	/** Adds to `into` the runs of source[from, to), moved `by` in the source. */
	copyRuns(into: OffsetMapBuilder, from: number, to: number, by: number): void {
		let i = Math.max(0, lastAtOrBefore(this.#sourceStarts, from));
		for (; i < this.#sourceStarts.length && this.#sourceStarts[i]! < to; i++) {
			const start = Math.max(from, this.#sourceStarts[i]!);
			const end = Math.min(to, this.#sourceStarts[i]! + this.#lengths[i]!);
			into.add(start + by, end - start);
		}
	}

	/** The plain text of [from, to) of the plain offsets: the runs' source there, joined. */
	plainSlice(source: string, from: number, to: number): string {
		let text = '';
		let i = Math.max(0, lastAtOrBefore(this.#plainStarts, from));
		for (; i < this.#plainStarts.length && this.#plainStarts[i]! < to; i++) {
			const start = Math.max(from, this.#plainStarts[i]!);
			const end = Math.min(to, this.#plainStarts[i]! + this.#lengths[i]!);
			if (end > start) {
				const at = this.#sourceStarts[i]! + (start - this.#plainStarts[i]!);
				text += source.slice(at, at + end - start);
			}
		}
		return text;
	}

	get plainLength(): number {
		return this.#plainLength;
	}

	/**
	 * The plain-text offset of a source offset. Offsets inside markup map to the plain offset where the markup
	 * stands (the end of the text before it), so a range that covers markup only is empty.
	 */
	toPlain(sourceOffset: number): number {
		const i = lastAtOrBefore(this.#sourceStarts, sourceOffset);
		if (i < 0) return 0;
		const within = sourceOffset - this.#sourceStarts[i]!;
		return this.#plainStarts[i]! + Math.min(within, this.#lengths[i]!);
	}

	/**
	 * The source offset of a plain-text offset. At a boundary between two runs, `bias` chooses the end of the
	 * earlier run ('left', for range ends) or the start of the later one ('right', for range starts).
	 */
	toSource(plainOffset: number, bias: 'left' | 'right' = 'right'): number {
		const n = this.#plainStarts.length;
		if (n === 0) return 0;
		const p = Math.max(0, Math.min(plainOffset, this.#plainLength));
		let i = lastAtOrBefore(this.#plainStarts, p);
		if (i < 0) i = 0;
		if (bias === 'left' && i > 0 && this.#plainStarts[i] === p) i--;
		// Empty runs never exist, so the left run ends exactly at p when we stepped back.
		return this.#sourceStarts[i]! + (p - this.#plainStarts[i]!);
	}

	/**
	 * How far the source moved where the plain range [from, to] maps as `other` maps it `plainShift` earlier: the
	 * `sourceShift` for which `toSource(p, bias) === other.toSource(p - plainShift, bias) + sourceShift` for the
	 * offsets of ranges inside it (starts in [from, to) with the right bias, ends in (from, to] with the left), or
	 * undefined where the runs differ there (markup added, removed or moved). Plain runs are contiguous, so the two
	 * maps agree when the runs over the range start at the same places and each is moved by the same amount.
	 */
	shiftFrom(other: OffsetMap, from: number, to: number, plainShift: number): number | undefined {
		if (this.#plainStarts.length === 0 || other.#plainStarts.length === 0) return undefined;
		if (to > this.#plainLength || to - plainShift > other.#plainLength) return undefined;
		let i = Math.max(0, lastAtOrBefore(this.#plainStarts, from));
		let j = Math.max(0, lastAtOrBefore(other.#plainStarts, from - plainShift));
		const moved = (k: number, l: number): number =>
			this.#sourceStarts[k]! - this.#plainStarts[k]! - (other.#sourceStarts[l]! - other.#plainStarts[l]!);
		const sourceShift = moved(i, j) + plainShift;
		for (;;) {
			if (moved(i, j) + plainShift !== sourceShift) return undefined;
			const nextHere = i + 1 < this.#plainStarts.length ? this.#plainStarts[i + 1]! : Infinity;
			const nextThere = j + 1 < other.#plainStarts.length ? other.#plainStarts[j + 1]! + plainShift : Infinity;
			// a run that starts at `to` is read only with the left bias, which takes the run before it
			if (nextHere >= to && nextThere >= to) return sourceShift;
			if (nextHere !== nextThere) return undefined;
			i++;
			j++;
		}
	}

	/** The plain text of `source`: its runs joined. */
	plainText(source: string): string {
		// Concatenation builds a rope; reading a character makes V8 flatten it. Flattening every few thousand
		// characters lets the rope's pieces die young, which the garbage collector likes better than one join.
		let text = '';
		let chunk = '';
		for (let i = 0; i < this.#lengths.length; i++) {
			chunk += source.slice(this.#sourceStarts[i]!, this.#sourceStarts[i]! + this.#lengths[i]!);
			if (chunk.length > 4096) {
				chunk.charCodeAt(0);
				text += chunk;
				chunk = '';
			}
		}
		text += chunk;
		text.charCodeAt(0);
		return text;
	}

	/** The runs, for tests and exporters: [sourceStart, plainStart, length]. */
	*runs(): IterableIterator<readonly [number, number, number]> {
		for (let i = 0; i < this.#lengths.length; i++)
			yield [this.#sourceStarts[i]!, this.#plainStarts[i]!, this.#lengths[i]!];
	}
}

/** Index of the last element <= value in an ascending array, or -1. */
function lastAtOrBefore(sorted: Int32Array, value: number): number {
	let lo = 0;
	let hi = sorted.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= value) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return found;
}

/** The runs of an offset map in source order; a run that starts where the last one ends joins it, as one run. */
export class OffsetMapBuilder {
	#sourceStarts = new Int32Array(1024);
	#plainStarts = new Int32Array(1024);
	#lengths = new Int32Array(1024);
	#count = 0;
	#plain = 0;

	add(sourceStart: number, length: number): this {
		if (length <= 0) return this;
		const last = this.#count - 1;
		if (last >= 0 && this.#sourceStarts[last]! + this.#lengths[last]! === sourceStart) {
			this.#lengths[last]! += length;
		} else {
			if (this.#count === this.#sourceStarts.length) {
				this.#sourceStarts = doubled(this.#sourceStarts);
				this.#plainStarts = doubled(this.#plainStarts);
				this.#lengths = doubled(this.#lengths);
			}
			this.#sourceStarts[this.#count] = sourceStart;
			this.#plainStarts[this.#count] = this.#plain;
			this.#lengths[this.#count++] = length;
		}
		this.#plain += length;
		return this;
	}

	/**
	 * Adds the characters that `markup` does not flag (1), `markup[0]` being the source's `from`. Typed-array
	 * `indexOf` finds the ends of the runs natively.
	 */
	addMarkupRuns(markup: Uint8Array, from: number): this {
		for (let at = 0; at < markup.length;) {
			const found = markup.indexOf(1, at);
			const markupStart = found < 0 ? markup.length : found;
			this.add(from + at, markupStart - at);
			if (found < 0) break;
			const next = markup.indexOf(0, markupStart);
			if (next < 0) break;
			at = next;
		}
		return this;
	}

	build(): OffsetMap {
		const n = this.#count;
		return OffsetMap.of(
			this.#sourceStarts.subarray(0, n),
			this.#plainStarts.subarray(0, n),
			this.#lengths.subarray(0, n),
		);
	}
}
