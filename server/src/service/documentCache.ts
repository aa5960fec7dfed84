import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseNews } from './parse/document';
import type { NewsDocument } from './parse/model';

/** Parses each document version once: every provider of a request shares the parse. */
export class DocumentCache {
	readonly #entries = new Map<string, { readonly version: number; readonly parsed: NewsDocument }>();
	readonly #capacity: number;

	constructor(capacity = 64) {
		this.#capacity = capacity;
	}

	get(document: TextDocument): NewsDocument {
		const hit = this.#entries.get(document.uri);
		if (hit && hit.version === document.version) return hit.parsed;
		// Let go of the last version first: on a long article its ~25k annotations would otherwise be copied about by
		// the garbage collector while the new version is parsed.
		this.#entries.delete(document.uri);
		const parsed = parseNews(document.getText());
		this.#entries.set(document.uri, { version: document.version, parsed });
		if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
		return parsed;
	}

	forget(uri: string): void {
		this.#entries.delete(uri);
	}
}
