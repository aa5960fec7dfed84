import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheService } from '../service';

/**
 * How long the recognizer runs before the server reads its messages again: a request that arrives meanwhile waits
 * this, plus one chunk (see service/suggestionChunks.ts), plus once the recognizer's warm-up.
 */
const SLICE_MS = 30;

export interface BackgroundSuggestionsHooks {
	/** Publishes the document's diagnostics (which count the suggestions ready, with attache.suggestions.showAsDiagnostics). */
	readonly publish: (document: TextDocument) => void;
	/** Asks the editor to fetch again what shows suggestions: semantic tokens, inlay hints, code lenses. */
	readonly refresh: () => void;
	readonly log: (message: string) => void;
}

/**
 * Makes the suggestions of open documents between requests, a slice at a time on the event loop, so that no request
 * waits for the recognizer: each answers with what is ready. The diagnostics are published after the first slice
 * (for a normal article, the whole of it) and again when the suggestions are all made; then, if a request was
 * answered with fewer, the editor is asked to fetch again. An edit stops the work on the old text.
 */
export class BackgroundSuggestions {
	readonly #service: AttacheService;
	readonly #hooks: BackgroundSuggestionsHooks;
	/** The run in progress of each document: a slice of an older run ends it. */
	readonly #runs = new Map<string, object>();

	constructor(service: AttacheService, hooks: BackgroundSuggestionsHooks) {
		this.#service = service;
		this.#hooks = hooks;
	}

	/** The document is new, or its text, the workspace or the settings changed: recognize it (again). */
	changed(document: TextDocument): void {
		const run = {};
		this.#runs.set(document.uri, run);
		setImmediate(() => this.#slice(document, run, true));
	}

	closed(uri: string): void {
		this.#runs.delete(uri);
	}

	#slice(document: TextDocument, run: object, first: boolean): void {
		if (this.#runs.get(document.uri) !== run) return;
		let done: boolean;
		let early: boolean;
		try {
			const job = this.#service.startSuggestions(document);
			const start = performance.now();
			done = job.done;
			while (!done && performance.now() - start < SLICE_MS) done = job.step();
			early = job.answeredEarly;
		} catch (e) {
			// As `validate` does: a document that breaks the service must not end the server.
			this.#runs.delete(document.uri);
			this.#hooks.log(`Cannot recognize ${document.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
			this.#hooks.publish(document);
			return;
		}
		if (first || done) this.#hooks.publish(document);
		if (!done) {
			setImmediate(() => this.#slice(document, run, false));
			return;
		}
		this.#runs.delete(document.uri);
		if (early) this.#hooks.refresh();
	}
}
