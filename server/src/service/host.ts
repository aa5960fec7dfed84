import type { AttacheSettings } from '../shared/settings';

/** What a host (the LSP server, the CLI, a test) hands the pure service. */
export interface AttacheHost {
	/** The settings in force; read on every request, so a change takes effect at once. */
	getSettings(): AttacheSettings;
	/**
	 * Whether the host makes the suggestions in the background, driving `startSuggestions` between requests (the LSP
	 * server): then no request runs the recognizer, each answers with the suggestions ready so far. Otherwise (the CLI,
	 * tests) a request recognizes what it needs at once.
	 */
	readonly backgroundSuggestions?: boolean;
}

/** The part of an LSP CancellationToken the service reads. */
export interface CancellationToken {
	readonly isCancellationRequested: boolean;
}

export const noCancellation: CancellationToken = Object.freeze({ isCancellationRequested: false });
