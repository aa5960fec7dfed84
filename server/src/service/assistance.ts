import type { AttacheService } from './attacheService';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands } from '../shared/commands';
import type { AttacheSettings } from '../shared/settings';
import type { EntityTypes } from './entityTypes';
import type { NewsDocument } from './parse/model';
import { provideCodeLenses } from './providers/codeLens';
import { provideCompletion } from './providers/completion';
import { provideInlayHints } from './providers/inlayHints';
import type { Suggestion } from './recognize/suggestions';
import type { KnowledgeEntry } from './workspace/knowledgeBase';

/** Editor assistance: completion in annotations, date values as inlay hints, the counts above the article. */
export type AssistanceProviders = Pick<AttacheService, 'getCompletions' | 'getInlayHints' | 'getCodeLenses'>;

/** What the providers need from the service: its caches and the settings in force. */
export interface AssistanceDependencies {
	readonly settings: () => AttacheSettings;
	readonly parse: (document: TextDocument) => NewsDocument;
	readonly types: () => EntityTypes;
	readonly suggestions: (document: TextDocument) => readonly Suggestion[];
	readonly entries: () => readonly KnowledgeEntry[];
}

/** The counts open VS Code's outline view; the suggestion count goes to the next suggestion. */
const LENS_COMMANDS = { outline: 'outline.focus', nextSuggestion: Commands.nextSuggestion };

export function createAssistanceProviders(deps: AssistanceDependencies): AssistanceProviders {
	return {
		getCompletions: (document, position, token) =>
			token.isCancellationRequested
				? null
				: provideCompletion(
						document,
						deps.parse(document),
						{ types: deps.types(), entries: deps.entries() },
						document.offsetAt(position),
					),
		getInlayHints: (document, range, token) => {
			if (token.isCancellationRequested || !deps.settings().inlayHints.dateValues) return [];
			const offsets = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
			return provideInlayHints(document, deps.parse(document), deps.suggestions(document), offsets);
		},
		getCodeLenses: (document, token) =>
			token.isCancellationRequested || !deps.settings().codeLens.enabled
				? []
				: provideCodeLenses(
						document.uri,
						deps.parse(document),
						deps.types(),
						deps.suggestions(document),
						LENS_COMMANDS,
					),
	};
}
