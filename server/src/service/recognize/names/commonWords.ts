/**
 * The commonest English words (the lists' `common`: words joined by '|'), as a hash table over that one string, so
 * that neither the list nor a word's stems ("delegations" -> "delegation") become strings of their own: a lookup
 * hashes part of the word and compares its characters with the list's.
 */
export class CommonWords {
	readonly #words: string;
	/** three numbers a slot: the word's hash (0: an empty slot), its start in `#words`, its length */
	readonly #slots: Int32Array;
	readonly #mask: number;
	/** every word is made of a-z only: any other character answers "no" at once */
	readonly #lettersOnly: boolean;

	constructor(words: string) {
		this.#words = words;
		// the bars counted by indexOf, the letters checked as they are hashed: one loop over the characters, which runs
		// once, mostly before V8 has compiled it
		let count = 1;
		for (let bar = words.indexOf('|'); bar >= 0; bar = words.indexOf('|', bar + 1)) count++;
		let size = 16;
		while (size < 1.5 * count) size *= 2;
		const mask = size - 1;
		const slots = new Int32Array(3 * size);
		let lettersOnly = true;
		for (let start = 0; start <= words.length;) {
			let end = words.indexOf('|', start);
			if (end < 0) end = words.length;
			let h = SEED;
			for (let k = start; k < end; k++) {
				const c = words.charCodeAt(k);
				if (c < 97 || c > 122) lettersOnly = false;
				h = mix(h, c);
			}
			h = finish(h);
			let slot = h & mask;
			while (slots[3 * slot] !== 0) slot = (slot + 1) & mask;
			slots[3 * slot] = h;
			slots[3 * slot + 1] = start;
			slots[3 * slot + 2] = end - start;
			start = end + 1;
		}
		this.#mask = mask;
		this.#slots = slots;
		this.#lettersOnly = lettersOnly;
	}

	/** Whether `w`'s first `length` characters, then the character `extra` (a code; -1: none), are a common word. */
	has(w: string, length: number, extra: number): boolean {
		let h = SEED;
		for (let k = 0; k < length; k++) {
			const c = w.charCodeAt(k);
			if (this.#lettersOnly && (c < 97 || c > 122)) return false;
			h = mix(h, c);
		}
		const total = extra < 0 ? length : length + 1;
		if (extra >= 0) h = mix(h, extra);
		h = finish(h);
		const slots = this.#slots;
		const words = this.#words;
		for (let slot = h & this.#mask; slots[3 * slot] !== 0; slot = (slot + 1) & this.#mask) {
			if (slots[3 * slot] !== h || slots[3 * slot + 2] !== total) continue;
			const start = slots[3 * slot + 1] as number;
			let k = 0;
			while (k < length && w.charCodeAt(k) === words.charCodeAt(start + k)) k++;
			if (k === length && (extra < 0 || words.charCodeAt(start + length) === extra)) return true;
		}
		return false;
	}
}

const SEED = 0x811c9dc5 | 0;

/**
 * One character into the hash (FNV-1a). The prime is written out: the bundle makes a module's constants `var`s, which
 * optimized code reads and checks at every use.
 */
function mix(h: number, c: number): number {
	return Math.imul(h ^ c, 0x01000193);
}

/** A hash never 0, which marks an empty slot. */
function finish(h: number): number {
	const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d | 0);
	return x ^ (x >>> 13) || 1;
}
