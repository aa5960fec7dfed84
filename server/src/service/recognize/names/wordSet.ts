/**
 * A set of words that answers most "no"s without hashing the word: it first checks that some word of the set has the
 * same length and first two letters. The recognizer asks such sets about every word of an article, nearly always in
 * vain (with the first letter alone, half of an article's words got to the hashing for the title words).
 */
export class WordSet {
	readonly #words: ReadonlySet<string>;
	/**
	 * per length (the last for all longer words) and first letter (a-z, then any other): bit c - 97 for a second
	 * letter a-z, bit 26 for any other or none
	 */
	readonly #seconds = new Uint32Array((MAX_LENGTH + 1) * LETTERS);

	constructor(words: Iterable<string>) {
		this.#words = new Set(words);
		for (const w of this.#words) this.#seconds[slotOf(w)]! |= secondBit(w);
	}

	has(word: string): boolean {
		return ((this.#seconds[slotOf(word)] as number) & secondBit(word)) !== 0 && this.#words.has(word);
	}
}

const MAX_LENGTH = 24;
const LETTERS = 27;

function slotOf(word: string): number {
	return Math.min(word.length, MAX_LENGTH) * LETTERS + letterOf(word.length > 0 ? word.charCodeAt(0) : -1);
}

/** (not reading past the end: V8's optimized code would start over the first time it did) */
function secondBit(word: string): number {
	return 1 << letterOf(word.length > 1 ? word.charCodeAt(1) : -1);
}

/** 0-25 for a-z, 26 for any other code. */
function letterOf(c: number): number {
	const k = c - 97;
	return k >= 0 && k < 26 ? k : 26;
}
