import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultLimits, type LimitSettings } from '../shared/settings';
import { looksLikeText, skipsParsing, standingOf, type FileStanding } from './fileLimits';
import { parseNews } from './parse/document';
import type { NewsDocument } from './parse/model';

/** What a file that is not read parses as: its text, and nothing in it (the one diagnostic says why). */
function unread(source: string): NewsDocument {
	return { ...parseNews(''), source };
}

interface Entry {
	version: number;
	readonly parsed: NewsDocument;
	/** Whether the text reads as text (it does not change with the settings), and what the parse was made for. */
	readonly isText: boolean;
	readonly standing: FileStanding;
}

/**
 * Parses each document version once: every provider of a request shares the parse, and so does the workspace index,
 * which reads an open document's text as it changes (see `parseText`).
 */
export class DocumentCache {
	readonly #entries = new Map<string, Entry>();
	readonly #capacity: number;
	readonly #limits: () => LimitSettings;

	constructor(limits: () => LimitSettings = () => defaultLimits, capacity = 64) {
		this.#limits = limits;
		this.#capacity = capacity;
	}

	/** What the service does with the document (settings `attache.limits.*`). */
	standing(document: TextDocument): FileStanding {
		this.get(document);
		return standingOf(document.getText(), this.#limits(), this.#entries.get(document.uri)!.isText);
	}

	#parse(text: string, known?: Entry): Entry {
		const isText = known && known.parsed.source === text ? known.isText : looksLikeText(text);
		const standing = standingOf(text, this.#limits(), isText);
		return {
			version: -1,
			// (a version that was not read has no parse to take paragraphs from)
			parsed: skipsParsing(standing)
				? unread(text)
				: parseNews(text, known && !skipsParsing(known.standing) ? known.parsed : undefined),
			isText,
			standing,
		};
	}

	get(document: TextDocument): NewsDocument {
		const cached = this.#cached(document.uri, document.getText(), document.version);
		if (cached) return cached;
		// Let go of the last version first (and hold no reference to it here): on a long article its ~25k annotations
		// would otherwise be copied about by the garbage collector while the new version is parsed.
		const known = this.#entries.get(document.uri);
		this.#entries.delete(document.uri);
		const entry = this.#parse(document.getText(), known);
		entry.version = document.version;
		this.#entries.set(document.uri, entry);
		if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
		return entry.parsed;
	}

	/**
	 * A parse of `text`, the content of `uri`: the cached one when it is of this very text. Kept for the document's
	 * next `get` when the document is one the cache holds (an open one), so that an edit is parsed once, not twice.
	 */
	parseText(uri: string, text: string): NewsDocument {
		const cached = this.#cached(uri, text, undefined);
		if (cached) return cached;
		const known = this.#entries.get(uri);
		const held = this.#entries.delete(uri);
		const entry = this.#parse(text, known);
		if (held) this.#entries.set(uri, entry);
		return entry.parsed;
	}

	/** The parse held for `uri` if it is of `version`, or of this very `text` (then it becomes that version's). */
	#cached(uri: string, text: string, version: number | undefined): NewsDocument | undefined {
		const hit = this.#entries.get(uri);
		if (!hit) return undefined;
		// A change of the limits may read a file that was skipped, or skip one that was read.
		if (skipsParsing(hit.standing) !== skipsParsing(standingOf(text, this.#limits(), hit.isText))) return undefined;
		if (hit.version === version) return hit.parsed;
		if (hit.parsed.source !== text) return undefined;
		if (version !== undefined) hit.version = version;
		return hit.parsed;
	}

	forget(uri: string): void {
		this.#entries.delete(uri);
	}
}
