import { PassThrough } from 'node:stream';
import {
	createMessageConnection,
	StreamMessageReader,
	StreamMessageWriter,
	type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/lsp/server';
import type { ServerHost } from '../../server/src/lsp/serverHost';
import { nodeServerHost } from '../../server/src/node/nodeServerHost';

/** The real language server (server.ts) on an in-memory connection, and a client talking LSP to it. */
export class InMemoryLsp {
	readonly client: MessageConnection;
	readonly #diagnostics = new Map<string, PublishDiagnosticsParams>();
	readonly #waiters: Array<() => void> = [];
	settings: unknown = {};

	/** `host`: the Node host, or one a test changed (to hold the read-ahead of the corpus views). */
	constructor(host: ServerHost = nodeServerHost) {
		const toServer = new PassThrough();
		const toClient = new PassThrough();
		startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), host);
		this.client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
		this.client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
			this.#diagnostics.set(p.uri, p);
			for (const w of this.#waiters.splice(0)) w();
		});
		this.client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
			p.items.map(() => this.settings),
		);
		this.client.onRequest('client/registerCapability', () => null);
		this.client.onRequest('workspace/semanticTokens/refresh', () => null);
		this.client.listen();
	}

	/** `workspace`: client capabilities beside configuration, such as `semanticTokens: { refreshSupport: true }`. */
	async initialize(workspace: Record<string, unknown> = {}): Promise<InitializeResult> {
		const result = await this.client.sendRequest<InitializeResult>('initialize', {
			processId: null,
			rootUri: null,
			capabilities: {
				workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, ...workspace },
			},
		});
		await this.client.sendNotification('initialized', {});
		return result;
	}

	async open(uri: string, text: string, version = 1): Promise<void> {
		await this.client.sendNotification('textDocument/didOpen', {
			textDocument: { uri, languageId: 'annotated-news', version, text },
		});
	}

	/** The diagnostics published for `uri` at `version` (waits for them). */
	async diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
		for (;;) {
			const p = this.#diagnostics.get(uri);
			if (p && p.version === version) return p.diagnostics;
			await new Promise<void>((resolve) => this.#waiters.push(resolve));
		}
	}

	/** The next diagnostics published for `uri`, whatever the version. */
	nextDiagnostics(uri: string): Promise<Diagnostic[]> {
		const before = this.#diagnostics.get(uri);
		return (async () => {
			for (;;) {
				await new Promise<void>((resolve) => this.#waiters.push(resolve));
				const p = this.#diagnostics.get(uri);
				if (p && p !== before) return p.diagnostics;
			}
		})();
	}

	/** The first diagnostics published for `uri` that `accept` takes (the server republishes when settings arrive). */
	async diagnosticsWhere(uri: string, accept: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
		for (;;) {
			const p = this.#diagnostics.get(uri);
			if (p && accept(p.diagnostics)) return p.diagnostics;
			await new Promise<void>((resolve) => this.#waiters.push(resolve));
		}
	}

	request<R>(method: string, params: unknown): Promise<R> {
		return this.client.sendRequest<R>(method, params);
	}

	dispose(): void {
		this.client.dispose();
	}
}
