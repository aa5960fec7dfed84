import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseNews } from './parse/document';
import type { NewsDocument } from './parse/model';

/**
 * Parses each document version once: every provider of a request shares the parse, and so does the workspace index,
 * which reads an open document's text as it changes (see `parseText`).
 */
export class DocumentCache {
	readonly #entries = new Map<string, { version: number; readonly parsed: NewsDocument }>();
	readonly #capacity: number;

	constructor(capacity = 64) {
		this.#capacity = capacity;
	}

	get(document: TextDocument): NewsDocument {
		const cached = this.#cached(document.uri, document.getText(), document.version);
		if (cached) return cached;
		// Let go of the last version first (and hold no reference to it here): on a long article its ~25k annotations
		// would otherwise be copied about by the garbage collector while the new version is parsed.
		this.#entries.delete(document.uri);
		const parsed = parseNews(document.getText());
		this.#entries.set(document.uri, { version: document.version, parsed });
		if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
		return parsed;
	}

	/**
	 * A parse of `text`, the content of `uri`: the cached one when it is of this very text. Kept for the document's
	 * next `get` when the document is one the cache holds (an open one), so that an edit is parsed once, not twice.
	 */
	parseText(uri: string, text: string): NewsDocument {
		const cached = this.#cached(uri, text, undefined);
		if (cached) return cached;
		const held = this.#entries.delete(uri);
		const parsed = parseNews(text);
		if (held) this.#entries.set(uri, { version: -1, parsed });
		return parsed;
	}

	/** The parse held for `uri` if it is of `version`, or of this very `text` (then it becomes that version's). */
	#cached(uri: string, text: string, version: number | undefined): NewsDocument | undefined {
		const hit = this.#entries.get(uri);
		if (!hit) return undefined;
		if (hit.version === version) return hit.parsed;
		if (hit.parsed.source !== text) return undefined;
		if (version !== undefined) hit.version = version;
		return hit.parsed;
	}

	forget(uri: string): void {
		this.#entries.delete(uri);
	}
}
