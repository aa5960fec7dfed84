/**
 * A set of words that answers most "no"s without hashing the word: it first checks that some word of the set has the
 * same length and first letter. The recognizer asks such sets about every word of an article, nearly always in vain.
 */
export class WordSet {
	readonly #words: ReadonlySet<string>;
	/** per length (the last slot for all longer words): bit c - 97 for a first letter a-z, bit 26 for any other */
	readonly #firsts = new Uint32Array(MAX_LENGTH + 1);

	constructor(words: Iterable<string>) {
		this.#words = new Set(words);
		for (const w of this.#words) this.#firsts[Math.min(w.length, MAX_LENGTH)]! |= firstBit(w);
	}

	has(word: string): boolean {
		return ((this.#firsts[Math.min(word.length, MAX_LENGTH)] as number) & firstBit(word)) !== 0 && this.#words.has(word);
	}
}

const MAX_LENGTH = 24;

function firstBit(word: string): number {
	const c = word.charCodeAt(0) - 97;
	return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}
