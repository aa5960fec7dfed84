import {
	CodeActionKind,
	DidChangeConfigurationNotification,
	TextDocumentSyncKind,
	TextDocuments,
	type Connection,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService } from './service';
import { semanticTokensLegend } from './shared/semanticTokens';
import { defaultSettings, normalizeSettings, type AttacheSettings } from './shared/settings';

declare const ATTACHE_VERSION: string | undefined;

/** Wires the language service to an LSP connection: each handler finds the document and delegates. */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	let settings: AttacheSettings = defaultSettings;
	let canPullConfiguration = false;
	let canRefreshTokens = false;
	const service = createAttacheService({ getSettings: () => settings });

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				hoverProvider: true,
				documentSymbolProvider: { label: 'Attache' },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
				foldingRangeProvider: true,
				semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: false },
			},
			serverInfo: { name: 'Attache', version: typeof ATTACHE_VERSION === 'string' ? ATTACHE_VERSION : undefined },
		};
	});

	connection.onInitialized(async () => {
		if (canPullConfiguration) {
			await connection.client.register(DidChangeConfigurationNotification.type, { section: 'attache' });
			await refreshSettings();
		}
	});

	async function refreshSettings(): Promise<void> {
		settings = normalizeSettings(await connection.workspace.getConfiguration('attache'));
		for (const document of documents.all()) validate(document);
		if (canRefreshTokens) await connection.languages.semanticTokens.refresh();
	}

	connection.onDidChangeConfiguration(async (change) => {
		if (canPullConfiguration) await refreshSettings();
		else settings = normalizeSettings((change.settings as { attache?: unknown } | undefined)?.attache);
	});

	function validate(document: TextDocument): void {
		void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: service.getDiagnostics(document, { isCancellationRequested: false }) });
	}

	documents.onDidChangeContent(({ document }) => validate(document));
	documents.onDidClose(({ document }) => {
		service.forget(document.uri);
		void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
	});

	connection.onHover(({ textDocument, position }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return null;
		return service.getHover(document, position, token);
	});

	connection.onDocumentSymbol(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getDocumentSymbols(document, token);
	});

	connection.onCodeAction(({ textDocument, range }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getCodeActions(document, range, token);
	});

	connection.onFoldingRanges(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return [];
		return service.getFoldingRanges(document, token);
	});

	connection.languages.semanticTokens.on(({ textDocument }, token) => {
		const document = documents.get(textDocument.uri);
		if (!document) return { data: [] };
		return service.getSemanticTokens(document, token);
	});

	documents.listen(connection);
	connection.listen();
}
