import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheSettings } from '../shared/settings';
import type { DocumentCache } from './documentCache';
import type { Recognizer } from './recognize/recognizer';
import type { Suggestion } from './recognize/suggestions';
import { ChunkedSuggestions, type ReusableChunks } from './suggestionJob';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

interface Entry {
	readonly version: number;
	readonly workspace: number;
	readonly settings: AttacheSettings;
	readonly job: ChunkedSuggestions;
	/** The last version's suggestions when its text is this one's (only the workspace or the settings changed): shown until the job is done. */
	readonly before: readonly Suggestion[] | undefined;
}

/**
 * Recognizes each document version once per state of the workspace and the settings, a chunk at a time (see
 * suggestionJob.ts): `get` runs the job to its end, `ready` gives what is done without running it, and a new version
 * keeps the results of the chunks it has unchanged.
 */
export class SuggestionCache {
	readonly #entries = new Map<string, Entry>();
	readonly #documents: DocumentCache;
	readonly #workspace: WorkspaceIndex;
	readonly #recognizer: Recognizer;

	constructor(documents: DocumentCache, workspace: WorkspaceIndex, recognizer: Recognizer) {
		this.#documents = documents;
		this.#workspace = workspace;
		this.#recognizer = recognizer;
	}

	/** Every suggestion of the document, recognizing what is not yet. */
	get(document: TextDocument, settings: AttacheSettings): readonly Suggestion[] {
		return this.job(document, settings).finish();
	}

	/** The suggestions recognized so far (the last version's while only the workspace or settings changed); runs nothing. */
	ready(document: TextDocument, settings: AttacheSettings): readonly Suggestion[] {
		const entry = this.#entry(document, settings);
		if (entry.job.done) return entry.job.ready();
		entry.job.answeredEarlyNow();
		return entry.before ?? entry.job.ready();
	}

	/** The job of the document's version, started if need be (with the chunks of the last version that are unchanged). */
	job(document: TextDocument, settings: AttacheSettings): ChunkedSuggestions {
		return this.#entry(document, settings).job;
	}

	#entry(document: TextDocument, settings: AttacheSettings): Entry {
		const hit = this.#entries.get(document.uri);
		if (
			hit &&
			hit.version === document.version &&
			hit.workspace === this.#workspace.version &&
			hit.settings === settings
		)
			return hit;
		// Let the old version go before making the new one (see DocumentCache): keep only what the new one reuses.
		let previous: ReusableChunks | undefined;
		let before: readonly Suggestion[] | undefined;
		if (hit) {
			if (hit.version === document.version) before = hit.job.done ? hit.job.ready() : hit.before;
			hit.job.supersede();
			previous = hit.job.reusable();
			this.#entries.delete(document.uri);
		}
		const workspace = { entries: this.#workspace.entries, corpus: this.#workspace.corpusNames(document.uri) };
		const job = new ChunkedSuggestions(
			this.#documents.get(document),
			workspace,
			settings.suggestions,
			previous,
			this.#recognizer,
		);
		const entry: Entry = { version: document.version, workspace: this.#workspace.version, settings, job, before };
		this.#entries.set(document.uri, entry);
		return entry;
	}

	forget(uri: string): void {
		this.#entries.get(uri)?.job.supersede();
		this.#entries.delete(uri);
	}
}
