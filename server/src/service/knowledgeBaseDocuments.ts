import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Commands, languageId } from '../shared/commands';
import type { AttacheSettings } from '../shared/settings';
import type { EntityTypes } from './entityTypes';
import { provideKnowledgeBaseCodeLenses } from './providers/knowledgeBaseCodeLens';
import { provideKnowledgeBaseHover } from './providers/knowledgeBaseHover';
import {
	prepareKnowledgeBaseRename,
	provideKnowledgeBaseReferences,
	provideKnowledgeBaseRename,
} from './providers/knowledgeBaseReferences';
import type { AttacheService } from './attacheService';
import { finishedJob } from './suggestionJob';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/**
 * What a document is to the service: an article (`.news`, or any document in the Annotated News language), a
 * knowledge base (a file that the index holds as one: the host decides which, by the setting
 * attache.knowledgeBase.glob, and feeds it the editor's text), or another YAML file, which is none of its business.
 */
export type DocumentKind = 'article' | 'knowledge-base' | 'other';

export function documentKind(document: TextDocument, index: WorkspaceIndex): DocumentKind {
	if (document.languageId === languageId) return 'article';
	if (index.knowledgeFile(document.uri)) return 'knowledge-base';
	if (document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri)) return 'other';
	return 'article';
}

/** The methods of the service whose first parameter is a document: each must decide what it gives a knowledge base. */
type DocumentMethodName = {
	[K in keyof AttacheService]: AttacheService[K] extends (...args: infer A) => unknown
		? A[0] extends TextDocument
			? K
			: never
		: never;
}[keyof AttacheService];
type DocumentMethods = Pick<AttacheService, DocumentMethodName>;

export interface KnowledgeBaseDependencies {
	readonly index: WorkspaceIndex;
	readonly settings: () => AttacheSettings;
	readonly types: () => EntityTypes;
}

/**
 * The service with knowledge bases as first-class documents: in an `entities.yaml`, Find All References, Rename
 * Symbol (on an id), hover and code lenses work on the entries, and diagnostics are the knowledge base's own; the
 * features of articles (tokens, symbols, folding, completion...) give nothing there, nor in other YAML files.
 * Every method of the service that takes a document is routed here: one forgotten is a compile error.
 */
export function withKnowledgeBases(service: AttacheService, deps: KnowledgeBaseDependencies): AttacheService {
	const { index } = deps;
	const kind = (document: TextDocument): DocumentKind => documentKind(document, index);
	const article = (document: TextDocument): boolean => kind(document) === 'article';
	const knowledgeBase = (document: TextDocument): boolean => kind(document) === 'knowledge-base';
	const routed: DocumentMethods = {
		// Asked only for articles (the commands, the JSON export): a knowledge base reads as an article without markup.
		parse: (document) => service.parse(document),
		exportJson: (document, token) => service.exportJson(document, token),
		getSuggestions: (document, token) => (article(document) ? service.getSuggestions(document, token) : []),
		startSuggestions: (document) => (article(document) ? service.startSuggestions(document) : finishedJob),
		getDiagnostics: (document, token) => {
			if (article(document)) return service.getDiagnostics(document, token);
			return knowledgeBase(document) && !token.isCancellationRequested
				? service.getKnowledgeBaseDiagnostics(document.uri)
				: [];
		},
		getSemanticTokens: (document, token) =>
			article(document) ? service.getSemanticTokens(document, token) : { data: [] },
		getHover: (document, position, token) => {
			if (article(document)) return service.getHover(document, position, token);
			return knowledgeBase(document) && !token.isCancellationRequested
				? provideKnowledgeBaseHover(document, index, deps.types(), document.offsetAt(position))
				: null;
		},
		getDocumentSymbols: (document, token) => (article(document) ? service.getDocumentSymbols(document, token) : []),
		getCodeActions: (document, range, token) =>
			article(document) ? service.getCodeActions(document, range, token) : [],
		getFoldingRanges: (document, token) => (article(document) ? service.getFoldingRanges(document, token) : []),
		getPreview: (document, token) =>
			article(document)
				? service.getPreview(document, token)
				: { version: document.version, title: '', html: '', lineCount: document.lineCount },
		getMarkupRanges: (document, token) =>
			article(document) ? service.getMarkupRanges(document, token) : { version: document.version, ranges: [] },
		getCompletions: (document, position, token) =>
			article(document) ? service.getCompletions(document, position, token) : null,
		getInlayHints: (document, range, token) => (article(document) ? service.getInlayHints(document, range, token) : []),
		getCodeLenses: (document, token) => {
			if (article(document)) return service.getCodeLenses(document, token);
			if (!knowledgeBase(document) || token.isCancellationRequested || !deps.settings().codeLens.enabled) return [];
			return provideKnowledgeBaseCodeLenses(document, index, Commands.showReferences);
		},
		getReferences: (document, position, includeDeclaration, token) => {
			if (article(document)) return service.getReferences(document, position, includeDeclaration, token);
			return knowledgeBase(document) && !token.isCancellationRequested
				? provideKnowledgeBaseReferences(document, index, document.offsetAt(position), includeDeclaration)
				: [];
		},
		getDefinition: (document, position, token) =>
			article(document) ? service.getDefinition(document, position, token) : [],
		prepareRename: (document, position, token) => {
			if (article(document)) return service.prepareRename(document, position, token);
			return knowledgeBase(document) && !token.isCancellationRequested
				? prepareKnowledgeBaseRename(document, index, document.offsetAt(position))
				: null;
		},
		getRenameEdits: (document, position, newName, token) => {
			if (article(document)) return service.getRenameEdits(document, position, newName, token);
			return knowledgeBase(document) && !token.isCancellationRequested
				? provideKnowledgeBaseRename(document, index, document.offsetAt(position), newName)
				: null;
		},
	};
	return Object.freeze<AttacheService>({ ...service, ...routed });
}
