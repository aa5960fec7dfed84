import {
	ErrorCodes,
	ResponseError,
	type Connection,
	type ServerCapabilities,
	type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheService } from '../service';
import type { ProgressReporter, ServerHost, WorkspaceIndexing } from './serverHost';
import {
	EntitiesRequest,
	EntityArticlesRequest,
	EntityMentionsRequest,
	IndexChangedNotification,
	NetworkRequest,
	TimelineRequest,
} from '../shared/protocol';
import { finishViewFacts, ViewFactsAhead } from './viewFactsAhead';

/** What the corpus features add to the server's capabilities. */
export const corpusCapabilities = {
	referencesProvider: true,
	definitionProvider: true,
	renameProvider: { prepareProvider: true },
	workspaceSymbolProvider: true,
} as const satisfies ServerCapabilities;

export interface CorpusServerHooks {
	/** How the host reads the workspace. */
	readonly host: ServerHost;
	/** The workspace folders' URIs, known after `initialize`. */
	folders(): readonly string[];
	/** The knowledge-base glob in force (setting attache.knowledgeBase.glob). */
	knowledgeBaseGlob(): string;
	/** Diagnostics, semantic tokens and the rest of the open documents depend on the index: refresh them. */
	refreshOpenDocuments(): void;
}

/**
 * The LSP wiring of the corpus features: references, definition, rename, workspace symbols,
 * the Entities view's requests, and the indexer that keeps the workspace index current. Each handler finds the
 * document and delegates to the service.
 */
export function startCorpusServer(
	connection: Connection,
	documents: TextDocuments<TextDocument>,
	service: AttacheService,
	hooks: CorpusServerHooks,
): { indexer(): WorkspaceIndexing } {
	let indexer: WorkspaceIndexing | undefined;
	const factsAhead = new ViewFactsAhead(
		service,
		(message) => connection.console.log(message),
		hooks.host.viewFactsAhead,
	);
	const getIndexer = (): WorkspaceIndexing =>
		(indexer ??= hooks.host.createIndexing(
			{
				service,
				isOpen: (uri) => documents.get(uri) !== undefined,
				openDocuments: () => documents.all(),
				createProgress: async (): Promise<ProgressReporter> => {
					try {
						return await connection.window.createWorkDoneProgress();
					} catch {
						return { begin: () => undefined, report: () => undefined, done: () => undefined };
					}
				},
				log: (message) => connection.console.log(message),
				indexChanged: (entities) => {
					factsAhead.changed();
					if (entities) {
						hooks.refreshOpenDocuments();
						for (const uri of service.getKnowledgeBaseUris()) publishKnowledgeBase(uri);
					}
					void connection.sendNotification(IndexChangedNotification.type, {
						articles: service.getIndexState().articles,
						indexing: getIndexer().indexing,
					});
				},
				publishKnowledgeBase,
			},
			hooks.folders(),
			hooks.knowledgeBaseGlob(),
		));

	/** A malformed `entities.yaml` is reported in that file, and so is an alias two entities claim. */
	function publishKnowledgeBase(uri: string): void {
		void connection.sendDiagnostics({ uri, diagnostics: service.getKnowledgeBaseDiagnostics(uri) });
	}

	connection.onReferences(({ textDocument, position, context }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getReferences(document, position, context.includeDeclaration, token);
	});

	connection.onDefinition(({ textDocument, position }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getDefinition(document, position, token);
	});

	connection.onPrepareRename(({ textDocument, position }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return null;
		const result = service.prepareRename(document, position, token);
		if (result && 'refusal' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.refusal);
		return result;
	});

	connection.onRenameRequest(({ textDocument, position, newName }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return null;
		const result = service.getRenameEdits(document, position, newName, token);
		if (result && 'refusal' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.refusal);
		return result;
	});

	connection.onWorkspaceSymbol(({ query }, token) => service.getWorkspaceSymbols(query, token));
	connection.onRequest(EntitiesRequest.type, (params, token) => service.getEntities(params, token));
	connection.onRequest(EntityArticlesRequest.type, (params, token) => service.getEntityArticles(params, token));
	connection.onRequest(EntityMentionsRequest.type, (params, token) => service.getEntityMentions(params, token));
	// The facts not yet read ahead are read in slices, hovers and tokens answered between them; then the view has all.
	connection.onRequest(NetworkRequest.type, async (params, token) => {
		await finishViewFacts(service, token);
		return service.getNetwork(params, token);
	});
	connection.onRequest(TimelineRequest.type, async (params, token) => {
		await finishViewFacts(service, token);
		return service.getTimeline(params, token);
	});

	return { indexer: getIndexer };
}
