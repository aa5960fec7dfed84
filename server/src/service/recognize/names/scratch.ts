/** Texts up to this many tokens share scratch memory kept from one article to the next; a longer one gets its own. */
const KEEP_TOKENS = 1 << 16;

/**
 * Numbers reused from one article to the next, a fixed count per token: a view of one array kept between calls is
 * cheaper than a new typed array, whose memory V8 allocates and frees outside its heap.
 */
export class Int32Scratch {
	#array: Int32Array;
	readonly #keep: number;

	constructor(perToken: number) {
		this.#keep = perToken * KEEP_TOKENS;
		this.#array = new Int32Array(perToken * 1024);
	}

	/** `length` numbers, as left by the last use. */
	view(length: number): Int32Array {
		if (this.#array.length < length) {
			if (length > this.#keep) return new Int32Array(length);
			this.#array = new Int32Array(Math.min(this.#keep, Math.max(length, 2 * this.#array.length)));
		}
		return this.#array.subarray(0, length);
	}

	/** `length` numbers, all 0. */
	zeroed(length: number): Int32Array {
		const view = this.view(length);
		view.fill(0);
		return view;
	}
}
