/**
 * What was found in pieces of text (an article's lines, its paragraphs) lately, by their text, for a recognizer that
 * reads versions of the same articles (the editor's): two generations, the older dropped once the newer holds `limit`
 * characters, so that the pieces of the articles being edited stay and those of closed ones go.
 */
export class TextCache<T> {
	#recent = new Map<string, T>();
	#older = new Map<string, T>();
	#chars = 0;
	readonly #limit: number;

	constructor(limit = 500_000) {
		this.#limit = limit;
	}

	get(text: string): T | undefined {
		const hit = this.#recent.get(text);
		if (hit !== undefined) return hit;
		const old = this.#older.get(text);
		return old === undefined ? undefined : this.put(text, old);
	}

	put(text: string, entry: T): T {
		if (this.#chars + text.length > this.#limit) {
			this.#older = this.#recent;
			this.#recent = new Map();
			this.#chars = 0;
		}
		this.#recent.set(text, entry);
		this.#chars += text.length;
		return entry;
	}
}
