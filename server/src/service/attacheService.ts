import type {
	CodeAction,
	CodeLens,
	CompletionList,
	Diagnostic,
	DocumentSymbol,
	FoldingRange,
	Hover,
	InlayHint,
	Location,
	Position,
	Range,
	SemanticTokens,
	SymbolInformation,
	WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	EntitiesParams,
	EntitiesResult,
	EntityArticleItem,
	EntityArticlesParams,
	EntityMentionItem,
	EntityMentionsParams,
} from '../shared/entitiesView';
import type { MarkupRangesResult, PreviewResult } from '../shared/preview';
import type { NetworkData, NetworkParams, TimelineData, TimelineParams } from '../shared/views';
import type { CommandService } from './commands/commandService';
import type { CancellationToken } from './host';
import type { ExportedArticle } from './interchange/articleJson';
import type { NewsDocument } from './parse/model';
import type { RenamePlaceholder, RenameRefusal } from './providers/rename';
import type { RecognizedEntity, RecognizeOptions, Suggestion } from './recognize/suggestions';
import type { SuggestionJob } from './suggestionJob';
import type { KnowledgeEntry } from './workspace/knowledgeBase';
import type { WorkspaceFileKind } from './workspace/workspaceIndex';

/**
 * The language service, declared once: one method per feature, each taking the cancellation token last. Every host
 * (the LSP server, the CLI, the web worker) reaches it through `createAttacheService`; the modules that implement a
 * group of features (assistance.ts, corpusProviders.ts, views/viewProviders.ts) return a `Pick` of it.
 */
export interface AttacheService {
	// --- one article ----------------------------------------------------------------------------------------------
	parse(document: TextDocument): NewsDocument;
	/** Entities the recognizer finds that no annotation covers. */
	getSuggestions(document: TextDocument, token: CancellationToken): readonly Suggestion[];
	/**
	 * The recognition of the document's version, for a host that makes suggestions in the background
	 * (`AttacheHost.backgroundSuggestions`): it calls `step` between requests until done, then asks the editor to fetch
	 * what showed fewer suggestions. The same job until the document, the workspace or the settings change.
	 */
	startSuggestions(document: TextDocument): SuggestionJob;
	getDiagnostics(document: TextDocument, token: CancellationToken): Diagnostic[];
	getSemanticTokens(document: TextDocument, token: CancellationToken): SemanticTokens;
	getHover(document: TextDocument, position: Position, token: CancellationToken): Hover | null;
	getDocumentSymbols(document: TextDocument, token: CancellationToken): DocumentSymbol[];
	getCodeActions(document: TextDocument, range: Range, token: CancellationToken): CodeAction[];
	getFoldingRanges(document: TextDocument, token: CancellationToken): FoldingRange[];
	/** The editing commands (Annotate Selection as..., Accept Suggestion, Link to Entity...), each computing one edit. */
	readonly commands: CommandService;
	exportJson(document: TextDocument, token: CancellationToken): ExportedArticle;
	/** Drops what is cached for a closed document. */
	forget(uri: string): void;

	// --- editor assistance (assistance.ts) ------------------------------------------------------------------------
	/** Inside the `{...}` of an annotation: types, `ref=` ids, `value=` dates. */
	getCompletions(document: TextDocument, position: Position, token: CancellationToken): CompletionList | null;
	/** The value of each date after it (setting `attache.inlayHints.dateValues`). */
	getInlayHints(document: TextDocument, range: Range, token: CancellationToken): InlayHint[];
	/** Entity and suggestion counts on the first line (setting `attache.codeLens.enabled`). */
	getCodeLenses(document: TextDocument, token: CancellationToken): CodeLens[];

	// --- the article preview and the dimmed markup (views/) -------------------------------------------------------
	/** The article preview: the article as HTML without markup, entities coloured by type, suggestions apart. */
	getPreview(document: TextDocument, token: CancellationToken): PreviewResult;
	/** The annotations' markup (`[` and `]{...}`) that the editor dims off the cursor's lines. */
	getMarkupRanges(document: TextDocument, token: CancellationToken): MarkupRangesResult;

	// --- the workspace: its files, its knowledge bases, recognition with what it knows ---------------------------
	/**
	 * Tells the service the content of a workspace file (`entities.yaml`, `.news`), from disk or an editor. Without
	 * `kind`, the file name says which it is (`entities.yaml`/`.yml`, `*.news`).
	 */
	setWorkspaceFile(uri: string, text: string, kind?: WorkspaceFileKind): void;
	deleteWorkspaceFile(uri: string): void;
	/** The problems of a knowledge base (`entities.yaml`) the workspace index holds. */
	getKnowledgeBaseDiagnostics(uri: string): Diagnostic[];
	/** The entry of a knowledge-base id, and every entry, from the knowledge bases the index holds. */
	getKnowledgeEntry(id: string): KnowledgeEntry | undefined;
	getKnowledgeEntries(): readonly KnowledgeEntry[];
	/**
	 * Recognizes the entities of a plain text (no markup), with the names of the knowledge bases and articles the
	 * index holds, as `attache recognize` does for each line: `date` is the article date the dates resolve against.
	 */
	recognizeText(text: string, options: RecognizeTextOptions, token: CancellationToken): RecognizedEntity[];
	/** The knowledge bases in the index: their diagnostics change with the workspace. */
	getKnowledgeBaseUris(): string[];
	/** How far the index is: `entitiesVersion` changes when what it says of entities changes, not when text merely moves. */
	getIndexState(): IndexState;

	// --- the corpus (corpusProviders.ts) --------------------------------------------------------------------------
	/** Find All References of the entity at `position`: its annotations in every article (and its knowledge-base entry). */
	getReferences(
		document: TextDocument,
		position: Position,
		includeDeclaration: boolean,
		token: CancellationToken,
	): Location[];
	/** Go to Definition: the knowledge-base entry, else the first annotation. */
	getDefinition(document: TextDocument, position: Position, token: CancellationToken): Location[];
	/** What Rename Symbol would rename at `position`; a refusal says why it cannot; null where there is no entity. */
	prepareRename(
		document: TextDocument,
		position: Position,
		token: CancellationToken,
	): RenamePlaceholder | RenameRefusal | null;
	getRenameEdits(
		document: TextDocument,
		position: Position,
		newName: string,
		token: CancellationToken,
	): WorkspaceEdit | RenameRefusal | null;
	getWorkspaceSymbols(query: string, token: CancellationToken): SymbolInformation[];
	/** The Entities view: types and entities, the articles of an entity, its mentions in an article. */
	getEntities(params: EntitiesParams, token: CancellationToken): EntitiesResult;
	getEntityArticles(params: EntityArticlesParams, token: CancellationToken): EntityArticleItem[];
	getEntityMentions(params: EntityMentionsParams, token: CancellationToken): EntityMentionItem[];

	// --- the corpus views (views/viewProviders.ts) ----------------------------------------------------------------
	getNetwork(params: NetworkParams, token: CancellationToken): NetworkData;
	getTimeline(params: TimelineParams, token: CancellationToken): TimelineData;
	/**
	 * Reads ahead the facts of at most `articles` indexed articles whose facts are missing or of an older version, so
	 * that the first view request does not read 10,000 articles at once; true while some are still missing. A big
	 * article counts as one for each part of it read (64 sentences), so that one call stays short whatever the
	 * article. The host calls it between its messages (the service has no clock: the host picks the slice size).
	 */
	readViewFactsAhead(articles: number, token: CancellationToken): boolean;
}

export interface RecognizeTextOptions extends Omit<RecognizeOptions, 'covered' | 'recognizer'> {
	/** The article date, YYYY-MM-DD. */
	readonly date?: string;
}

export interface IndexState {
	readonly entitiesVersion: number;
	readonly articles: number;
	readonly knowledgeBases: number;
}
