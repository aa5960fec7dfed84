import type { TextDocument } from 'vscode-languageserver-textdocument';
import { noCancellation, type AttacheService } from '../service';
import { nextTurn } from './afterPendingMessages';

/** A line with a name, an acronym, a place and a date: what loads each part of the recognizer. */
const WARM_UP = 'Foreign Minister Sergey Lavrov met the Danube Valley Commission (DVC) in Vienna on March 3.';

/**
 * How long the recognizer runs before the server reads its messages again: a request that arrives meanwhile waits
 * this, plus one chunk (see service/suggestionChunks.ts), plus once the recognizer's warm-up.
 */
const SLICE_MS = 20;
/**
 * The pause between slices: a timer, not `setImmediate`, so that every message read meanwhile is handled first (the
 * JSON-RPC connection handles one message per turn of the event loop, each with a `setImmediate`).
 */
const PAUSE_MS = 1;
/**
 * How long a long article (more than one chunk) waits before its recognition starts: the editor asks for tokens,
 * outline, folding and lenses right after opening or editing, and those answer first. A normal article is recognized
 * at once, and its first answers have every suggestion.
 */
const QUIET_MS = 100;

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
		// The first slice before any request read after the change (those wait a turn, see afterPendingMessages.ts):
		// a normal article's first answers have every suggestion.
		nextTurn(() => this.#slice(document, run, true));
	}

	/**
	 * Runs the recognizer once on a line of text, so that its first article does not pay for the loading of its lists
	 * and model (some 0.1-0.5 s, on the first open).
	 */
	warmUp(): void {
		setTimeout(() => {
			try {
				this.#service.recognizeText(WARM_UP, { language: 'en' }, noCancellation);
			} catch (e) {
				this.#hooks.log(`Cannot run the recognizer: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
			}
		}, PAUSE_MS);
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
			if (first && !job.done && job.report.chunks > 1) {
				this.#hooks.publish(document);
				setTimeout(() => this.#slice(document, run, false), QUIET_MS);
				return;
			}
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
			setTimeout(() => this.#slice(document, run, false), PAUSE_MS);
			return;
		}
		this.#runs.delete(document.uri);
		if (early) this.#hooks.refresh();
	}
}
