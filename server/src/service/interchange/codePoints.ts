/**
 * Offsets in Unicode code points (brat, Python tools) against UTF-16 code units (JavaScript, LSP): an astral
 * character such as an emoji is one code point but two UTF-16 units.
 */
export class CodePointOffsets {
	readonly #text: string;
	/** UTF-16 offsets of the astral characters, ascending; empty for most texts. */
	readonly #astral: number[] = [];

	constructor(text: string) {
		this.#text = text;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
				const d = text.charCodeAt(i + 1);
				if (d >= 0xdc00 && d <= 0xdfff) {
					this.#astral.push(i);
					i++;
				}
			}
		}
	}

	/** The code-point offset of a UTF-16 offset (one inside a surrogate pair maps to the pair's start). */
	toCodePoints(utf16: number): number {
		return utf16 - countBelow(this.#astral, utf16 - 1);
	}

	/** The UTF-16 offset of a code-point offset; past the end maps to the end. */
	toUtf16(codePoints: number): number {
		// Each astral character before the offset adds one UTF-16 unit.
		let lo = 0;
		let hi = this.#astral.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			// astral[mid] stands at code point astral[mid] - mid.
			if (this.#astral[mid]! - mid < codePoints) lo = mid + 1;
			else hi = mid;
		}
		return Math.min(codePoints + lo, this.#text.length);
	}

	/** The length of the text in code points. */
	get length(): number {
		return this.#text.length - this.#astral.length;
	}
}

/** How many sorted values are <= limit. */
function countBelow(sorted: readonly number[], limit: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= limit) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
