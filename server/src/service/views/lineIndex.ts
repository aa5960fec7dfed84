/** Line numbers of UTF-16 offsets of a text (lines end at LF; a CR before it belongs to the line). */
export class LineIndex {
	readonly #starts: number[] = [0];

	constructor(text: string) {
		for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.#starts.push(at + 1);
	}

	get count(): number {
		return this.#starts.length;
	}

	/** The zero-based line of `offset`. */
	lineOf(offset: number): number {
		const starts = this.#starts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}
}
