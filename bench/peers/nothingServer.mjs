// The do-nothing peer of bench/lspLatency.mjs: a `vscode-languageserver` server that keeps its documents in sync
// (incremental, as Attache's) and answers semantic tokens, document symbols and hover with nothing. What it costs is
// the floor of any server on the same connection: JSON-RPC, the text edits, the event loop.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({
	capabilities: {
		textDocumentSync: TextDocumentSyncKind.Incremental,
		hoverProvider: true,
		documentSymbolProvider: true,
		semanticTokensProvider: { legend: { tokenTypes: ['variable'], tokenModifiers: [] }, full: true },
	},
}));
connection.onHover(({ textDocument }) => (documents.get(textDocument.uri) ? null : null));
connection.onDocumentSymbol(({ textDocument }) => (documents.get(textDocument.uri) ? [] : []));
connection.languages.semanticTokens.on(({ textDocument }) => ({ data: documents.get(textDocument.uri) ? [] : [] }));
documents.listen(connection);
connection.listen();
