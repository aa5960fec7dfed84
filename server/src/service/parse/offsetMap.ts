/**
 * Maps between offsets in a `.news` file (source) and offsets in its plain text (the body with all markup removed).
 * The plain text is a sequence of runs copied verbatim from the source; markup between runs maps to a single point.
 */
export class OffsetMap {
	/** Run i copies source[sourceStarts[i], sourceStarts[i] + lengths[i]) to plain[plainStarts[i], ...). */
	readonly #sourceStarts: number[] = [];
	readonly #plainStarts: number[] = [];
	readonly #lengths: number[] = [];
	#plainLength = 0;

	/** Appends `length` characters copied from `sourceStart`. Runs must be appended in source order. */
	copy(sourceStart: number, length: number): void {
		if (length <= 0) return;
		const last = this.#lengths.length - 1;
		if (last >= 0 && this.#sourceStarts[last]! + this.#lengths[last]! === sourceStart) {
			this.#lengths[last]! += length;
		} else {
			this.#sourceStarts.push(sourceStart);
			this.#plainStarts.push(this.#plainLength);
			this.#lengths.push(length);
		}
		this.#plainLength += length;
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

	/** The runs, for tests and exporters: [sourceStart, plainStart, length]. */
	*runs(): IterableIterator<readonly [number, number, number]> {
		for (let i = 0; i < this.#lengths.length; i++) yield [this.#sourceStarts[i]!, this.#plainStarts[i]!, this.#lengths[i]!];
	}
}

/** Index of the last element <= value in an ascending array, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
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
