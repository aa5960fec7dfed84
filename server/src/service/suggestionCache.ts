import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheSettings } from '../shared/settings';
import type { DocumentCache } from './documentCache';
import { suggest, type Suggestion } from './recognize/suggestions';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/** Recognizes each document version once per state of the workspace and the settings. */
export class SuggestionCache {
	readonly #entries = new Map<string, { version: number; workspace: number; settings: AttacheSettings; suggestions: readonly Suggestion[] }>();
	readonly #documents: DocumentCache;
	readonly #workspace: WorkspaceIndex;

	constructor(documents: DocumentCache, workspace: WorkspaceIndex) {
		this.#documents = documents;
		this.#workspace = workspace;
	}

	get(document: TextDocument, settings: AttacheSettings): readonly Suggestion[] {
		const cached = this.#cached(document, settings);
		if (cached) return cached;
		this.#entries.delete(document.uri); // let the old ones go before making new ones (see DocumentCache)
		const suggestions = suggest(this.#documents.get(document), { entries: this.#workspace.entries, corpus: this.#workspace.corpusNames(document.uri) }, settings.suggestions);
		this.#entries.set(document.uri, { version: document.version, workspace: this.#workspace.version, settings, suggestions });
		return suggestions;
	}

	#cached(document: TextDocument, settings: AttacheSettings): readonly Suggestion[] | undefined {
		const hit = this.#entries.get(document.uri);
		return hit && hit.version === document.version && hit.workspace === this.#workspace.version && hit.settings === settings ? hit.suggestions : undefined;
	}

	forget(uri: string): void {
		this.#entries.delete(uri);
	}
}
