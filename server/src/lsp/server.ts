import {
	CodeActionKind,
	CodeLensRefreshRequest,
	DidChangeConfigurationNotification,
	TextDocumentSyncKind,
	TextDocuments,
	type Connection,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterPendingMessages } from './afterPendingMessages';
import { BackgroundSuggestions } from './backgroundSuggestions';
import { corpusCapabilities, startCorpusServer } from './corpusServer';
import { registerEditingCommands } from './editingCommands';
import { SemanticTokensResults } from './semanticTokensDelta';
import type { ServerHost } from './serverHost';
import { completionTriggerCharacters, createAttacheService } from '../service';
import { MarkupRangesRequest, PreviewRequest } from '../shared/protocol';
import { semanticTokensLegend } from '../shared/semanticTokens';
import { defaultSettings, normalizeSettings, type AttacheSettings } from '../shared/settings';

declare const ATTACHE_VERSION: string | undefined;

/**
 * Wires the language service to an LSP connection: each handler finds the document and delegates. The host reads the
 * workspace (Node: the disk; the browser: the client) and adds the requests only it can answer.
 */
export function startServer(connection: Connection, host: ServerHost): void {
	const documents = new TextDocuments(TextDocument);
	let settings: AttacheSettings = defaultSettings;
	let canPullConfiguration = false;
	let canRefreshTokens = false;
	let canRefreshInlayHints = false;
	let canRefreshCodeLenses = false;
	let workspaceFolders: string[] = [];
	const service = createAttacheService({ getSettings: () => settings, backgroundSuggestions: true });
	const suggestions = new BackgroundSuggestions(service, {
		publish: (document) => validate(document),
		refresh: () => {
			if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
			refreshAssistance();
		},
		log: (message) => connection.console.error(message),
	});
	const tokenResults = new SemanticTokensResults();
	const corpus = startCorpusServer(connection, documents, service, {
		host,
		folders: () => workspaceFolders,
		knowledgeBaseGlob: () => settings.knowledgeBase.glob,
		refreshOpenDocuments: () => refreshOpenDocuments(),
	});

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
		canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
		canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
		workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).map((f) => f.uri);
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				hoverProvider: true,
				documentSymbolProvider: { label: 'Attache' },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
				foldingRangeProvider: true,
				completionProvider: { triggerCharacters: [...completionTriggerCharacters] },
				inlayHintProvider: true,
				codeLensProvider: { resolveProvider: false },
				semanticTokensProvider: { legend: semanticTokensLegend, full: { delta: true }, range: false },
				...corpusCapabilities,
			},
			serverInfo: { name: 'Attache', version: typeof ATTACHE_VERSION === 'string' ? ATTACHE_VERSION : undefined },
		};
	});

	connection.onInitialized(async () => {
		suggestions.warmUp();
		if (canPullConfiguration) {
			await connection.client.register(DidChangeConfigurationNotification.type, { section: 'attache' });
			await refreshSettings();
		}
		await indexWorkspace();
	});

	/**
	 * Reads every knowledge base and article of the workspace into the service, in the background with a progress
	 * notification (the host's indexing: server/src/node/workspaceIndexer.ts on Node); open documents are refreshed when it is done.
	 */
	async function indexWorkspace(): Promise<void> {
		await corpus.indexer().indexAll();
	}

	function refreshOpenDocuments(): void {
		for (const document of documents.all()) suggestions.changed(document);
		if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
		refreshAssistance();
	}

	/** Inlay hints and code lenses depend on settings and on the workspace: ask the editor to fetch them again. */
	function refreshAssistance(): void {
		if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
		if (canRefreshCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
	}

	connection.onDidChangeWatchedFiles(async ({ changes }) => {
		await corpus.indexer().filesChanged(changes);
	});

	async function refreshSettings(): Promise<void> {
		settings = normalizeSettings(await connection.workspace.getConfiguration('attache'));
		void corpus.indexer().setGlob(settings.knowledgeBase.glob);
		for (const document of documents.all()) suggestions.changed(document);
		if (canRefreshTokens) await connection.languages.semanticTokens.refresh();
		refreshAssistance();
	}

	connection.onDidChangeConfiguration(async (change) => {
		if (canPullConfiguration) await refreshSettings();
		else settings = normalizeSettings((change.settings as { attache?: unknown } | undefined)?.attache);
	});

	/**
	 * Publishes a document's diagnostics. It runs from timers too (the workspace index refreshes open documents): a
	 * document that breaks the service, such as one a client opened with a number for its text, is logged and skipped,
	 * or it would end the server and every editor's features with it.
	 */
	function validate(document: TextDocument): void {
		let diagnostics;
		try {
			diagnostics = service.getDiagnostics(document, { isCancellationRequested: false });
		} catch (e) {
			connection.console.error(
				`Cannot check ${document.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
			);
			return;
		}
		void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
	}

	documents.onDidChangeContent(({ document }) => {
		corpus.indexer().documentChanged(document.uri, document.getText());
		suggestions.changed(document);
	});
	documents.onDidClose(({ document }) => {
		suggestions.closed(document.uri);
		tokenResults.forget(document.uri);
		service.forget(document.uri);
		void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
		// What is on disk counts again once the editor closes.
		void corpus.indexer().documentClosed(document.uri);
	});

	connection.onHover(({ textDocument, position }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return null;
		return afterPendingMessages(document, token, () => service.getHover(document, position, token));
	});

	connection.onDocumentSymbol(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return afterPendingMessages(document, token, () => service.getDocumentSymbols(document, token));
	});

	connection.onCodeAction(({ textDocument, range }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getCodeActions(document, range, token);
	});

	connection.onCompletion(({ textDocument, position }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return null;
		return service.getCompletions(document, position, token);
	});

	connection.languages.inlayHint.on(({ textDocument, range }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return afterPendingMessages(document, token, () => service.getInlayHints(document, range, token));
	});

	connection.onCodeLens(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return afterPendingMessages(document, token, () => service.getCodeLenses(document, token));
	});

	connection.onFoldingRanges(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return afterPendingMessages(document, token, () => service.getFoldingRanges(document, token));
	});

	connection.languages.semanticTokens.on(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return { data: [] };
		return afterPendingMessages(document, token, () =>
			tokenResults.full(document.uri, service.getSemanticTokens(document, token)),
		);
	});

	connection.languages.semanticTokens.onDelta(({ textDocument, previousResultId }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return { data: [] };
		return afterPendingMessages(document, token, () =>
			tokenResults.delta(document.uri, previousResultId, service.getSemanticTokens(document, token)),
		);
	});

	connection.onRequest(PreviewRequest.type, ({ uri }, token) => {
		const document = documents.get(uri);
		if (!document) return { version: -1, title: '', html: '', lineCount: 0 };
		return service.getPreview(document, token);
	});

	connection.onRequest(MarkupRangesRequest.type, ({ uri }, token) => {
		const document = documents.get(uri);
		if (!document) return { version: -1, ranges: [] };
		return service.getMarkupRanges(document, token);
	});

	registerEditingCommands(connection, documents, service, () => workspaceFolders);
	host.registerFileRequests?.(connection, documents, () => settings);

	documents.listen(connection);
	connection.listen();
}
