import type { AttacheSettings } from '../shared/settings';

/** What a host (the LSP server, the CLI, a test) hands the pure service. */
export interface AttacheHost {
	/** The settings in force; read on every request, so a change takes effect at once. */
	getSettings(): AttacheSettings;
}

/** The part of an LSP CancellationToken the service reads. */
export interface CancellationToken {
	readonly isCancellationRequested: boolean;
}

export const noCancellation: CancellationToken = Object.freeze({ isCancellationRequested: false });
