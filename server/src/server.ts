import {
	CodeActionKind,
	DidChangeConfigurationNotification,
	FileChangeType,
	TextDocumentSyncKind,
	TextDocuments,
	type Connection,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findWorkspaceFiles, isWorkspaceFile } from './node/workspaceFiles';
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
	let workspaceFolders: string[] = [];
	const service = createAttacheService({ getSettings: () => settings });

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		canRefreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
		workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []))
			.filter((f) => f.uri.startsWith('file:'))
			.map((f) => fileURLToPath(f.uri));
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
		await indexWorkspace();
	});

	/** Reads every knowledge base and article of the workspace into the service, for suggestions. */
	async function indexWorkspace(): Promise<void> {
		const started = Date.now();
		let count = 0;
		for (const folder of workspaceFolders) {
			for (const file of await findWorkspaceFiles(folder)) {
				const uri = pathToFileURL(file).toString();
				if (documents.get(uri)) continue;
				await readWorkspaceFile(uri);
				count++;
			}
		}
		if (count) connection.console.log(`Indexed ${count} articles and knowledge bases in ${Date.now() - started} ms.`);
		refreshOpenDocuments();
	}

	async function readWorkspaceFile(uri: string): Promise<void> {
		try {
			service.setWorkspaceFile(uri, await fs.readFile(fileURLToPath(uri), 'utf8'));
		} catch {
			service.deleteWorkspaceFile(uri);
		}
		publishKnowledgeBaseProblems(uri);
	}

	/** A malformed `entities.yaml` is reported in that file. */
	function publishKnowledgeBaseProblems(uri: string): void {
		if (!/entities\.ya?ml$/.test(uri)) return;
		void connection.sendDiagnostics({ uri, diagnostics: service.getKnowledgeBaseDiagnostics(uri) });
	}

	function refreshOpenDocuments(): void {
		for (const document of documents.all()) validate(document);
		if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
	}

	connection.onDidChangeWatchedFiles(async ({ changes }) => {
		for (const change of changes) {
			if (!isWorkspaceFile(change.uri.slice(change.uri.lastIndexOf('/') + 1)) || documents.get(change.uri)) continue;
			if (change.type === FileChangeType.Deleted) service.deleteWorkspaceFile(change.uri);
			else await readWorkspaceFile(change.uri);
		}
		refreshOpenDocuments();
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

	documents.onDidChangeContent(({ document }) => {
		if (document.uri.endsWith('.news')) service.setWorkspaceFile(document.uri, document.getText());
		validate(document);
	});
	documents.onDidClose(({ document }) => {
		service.forget(document.uri);
		void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
		// What is on disk counts again once the editor closes.
		if (document.uri.startsWith('file:') && document.uri.endsWith('.news')) void readWorkspaceFile(document.uri);
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
