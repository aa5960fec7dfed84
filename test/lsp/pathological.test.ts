import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
	CancellationTokenSource,
	createMessageConnection,
	ResponseError,
	StreamMessageReader,
	StreamMessageWriter,
	type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { DiagnosticCode } from '../../server/src/service';
import { startServer } from '../../server/src/lsp/server';
import { nodeServerHost } from '../../server/src/node/nodeServerHost';
import { InMemoryLsp } from '../helpers/lspClient';

const NORMAL_URI = 'file:///work/articles/normal.news';
const NORMAL =
	'---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [Sergey Lavrov]{.person} met [Kulubayev]{.person} in [Bishkek]{.place}.\r\n';
const ON_LAVROV = { line: 3, character: NORMAL.split('\r\n')[3]!.indexOf('Sergey') + 2 };

/** The hover text on Sergey Lavrov in the normal article: the proof that the server still answers, and rightly. */
async function hoverOnNormal(client: MessageConnection): Promise<string> {
	const hover = await client.sendRequest<Hover | null>('textDocument/hover', {
		textDocument: { uri: NORMAL_URI },
		position: ON_LAVROV,
	});
	return JSON.stringify(hover?.contents ?? null);
}

/** A 5 MB article on one line, above the default attache.limits.maxFileSize of 2 MB. */
function hugeOneLine(): string {
	const sentence =
		'[Foreign Minister]{.role} [Anna Lindqvist]{.person} of [Norland]{.place} met Tomas Brenner in Vienna. ';
	return `---\ndate: 2024-03-14\n---\n${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}`;
}

suite('LSP: pathological files over a real connection', () => {
	let lsp: InMemoryLsp;
	suiteSetup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: true } };
		await lsp.initialize();
		await lsp.open(NORMAL_URI, NORMAL);
		await lsp.diagnostics(NORMAL_URI, 1);
	});
	suiteTeardown(() => lsp.dispose());

	test('a 5 MB article on one line: one warning naming attache.limits.maxFileSize, no tokens; then a correct hover on a normal article', async () => {
		const uri = 'file:///work/articles/huge.news';
		await lsp.open(uri, hugeOneLine());
		const diagnostics = await lsp.diagnostics(uri, 1);
		assert.deepEqual(
			diagnostics.map((d) => [d.code, d.range]),
			[[DiagnosticCode.FileTooLarge, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }]],
		);
		assert.match(diagnostics[0]!.message, /attache\.limits\.maxFileSize/);
		const tokens = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.deepEqual(tokens.data, []);
		assert.deepEqual(await lsp.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
		assert.match(await hoverOnNormal(lsp.client), /Sergey Lavrov/);
	});

	test('binary bytes opened as an article: "does not look like a text article" alone; then a correct hover on a normal article', async () => {
		const uri = 'file:///work/articles/binary.news';
		const bytes = Buffer.alloc(200_000);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
		await lsp.open(uri, bytes.toString('utf8'));
		const diagnostics = await lsp.diagnostics(uri, 1);
		assert.deepEqual(
			diagnostics.map((d) => d.code),
			[DiagnosticCode.NotText],
		);
		assert.match(diagnostics[0]!.message, /does not look like a text article/);
		assert.deepEqual(
			(await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data,
			[],
		);
		assert.deepEqual(await lsp.request('textDocument/foldingRange', { textDocument: { uri } }), []);
		assert.match(await hoverOnNormal(lsp.client), /Sergey Lavrov/);
	});

	test('100,000 unclosed [: 1000 diagnostics and the count of the rest, and the server goes on answering', async () => {
		const uri = 'file:///work/articles/brackets.news';
		await lsp.open(uri, '['.repeat(100_000));
		const diagnostics = await lsp.diagnostics(uri, 1);
		assert.equal(diagnostics.length, 1001);
		assert.equal(diagnostics[1000]!.code, DiagnosticCode.TooManyProblems);
		assert.match(diagnostics[1000]!.message, /^99001 more problems are not shown/);
		assert.match(await hoverOnNormal(lsp.client), /Sergey Lavrov/);
	});

	test('requests for a document that was never opened answer empty', async () => {
		const textDocument = { uri: 'file:///work/articles/never-opened.news' };
		const position = { line: 0, character: 0 };
		assert.equal(await lsp.request('textDocument/hover', { textDocument, position }), null);
		assert.deepEqual(await lsp.request('textDocument/documentSymbol', { textDocument }), []);
		assert.deepEqual(await lsp.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
		assert.deepEqual(await lsp.request('textDocument/foldingRange', { textDocument }), []);
		assert.deepEqual(await lsp.request('textDocument/codeLens', { textDocument }), []);
		assert.deepEqual(
			await lsp.request('textDocument/inlayHint', { textDocument, range: { start: position, end: position } }),
			[],
		);
		assert.equal(await lsp.request('textDocument/completion', { textDocument, position }), null);
		assert.match(await hoverOnNormal(lsp.client), /Sergey Lavrov/);
	});

	test('a request cancelled as soon as it is sent is answered RequestCancelled, not computed', async () => {
		const source = new CancellationTokenSource();
		const answer = lsp.client.sendRequest(
			'textDocument/semanticTokens/full',
			{ textDocument: { uri: NORMAL_URI } },
			source.token,
		);
		source.cancel();
		await assert.rejects(answer, (e: unknown) => e instanceof ResponseError && e.code === -32800);
		assert.match(await hoverOnNormal(lsp.client), /Sergey Lavrov/);
	});
});

suite('LSP: malformed JSON-RPC never stops the server', () => {
	let toServer: PassThrough;
	let client: MessageConnection;
	suiteSetup(async () => {
		toServer = new PassThrough();
		const toClient = new PassThrough();
		startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), nodeServerHost);
		client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
		client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
		client.onRequest('client/registerCapability', () => null);
		client.onRequest('workspace/semanticTokens/refresh', () => null);
		client.listen();
		await client.sendRequest('initialize', {
			processId: null,
			rootUri: null,
			capabilities: { workspace: { configuration: true } },
		});
		await client.sendNotification('initialized', {});
		await client.sendNotification('textDocument/didOpen', {
			textDocument: { uri: NORMAL_URI, languageId: 'annotated-news', version: 1, text: NORMAL },
		});
	});
	suiteTeardown(() => client.dispose());

	/** Writes one framed message of raw bytes, as a broken client would. */
	const raw = (body: string): void => {
		toServer.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	};

	test('a body that is not JSON, JSON that is no message, and a message without a method are skipped', async () => {
		raw('{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": ');
		raw('[1, 2, 3]');
		raw('{"foo": "bar"}');
		raw('{"jsonrpc": "2.0", "id": 100}');
		raw('\u0000\u0001\ufffd');
		assert.match(await hoverOnNormal(client), /Sergey Lavrov/);
	});

	test('requests with missing or wrong params are answered with an error, and the next request with its answer', async () => {
		await assert.rejects(client.sendRequest('textDocument/hover', {}), ResponseError);
		assert.deepEqual(await client.sendRequest('textDocument/semanticTokens/full', { textDocument: 42 }), { data: [] });
		await assert.rejects(
			client.sendRequest('attache/noSuchRequest', {}),
			(e: unknown) => e instanceof ResponseError && e.code === -32601,
		);
		assert.match(await hoverOnNormal(client), /Sergey Lavrov/);
	});

	test('notifications with broken params, and edits of documents never opened, are ignored', async () => {
		await client.sendNotification('textDocument/didOpen', {});
		await client.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///x.news', text: 5 } });
		await client.sendNotification('textDocument/didChange', {
			textDocument: { uri: 'file:///never.news', version: 2 },
			contentChanges: [{ text: 'x' }],
		});
		await client.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never.news' } });
		await client.sendNotification('workspace/didChangeConfiguration', { settings: 'not an object' });
		assert.match(await hoverOnNormal(client), /Sergey Lavrov/);
		// The document opened with a number for its text stays open: a later refresh of every open document (here on a
		// change of the settings) skips it and publishes the others', also those opened after it.
		let published: (version: number) => void = () => {};
		client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
			// Only those of the reopened version: the close publishes none, and the first version's may still be on the way.
			if (p.uri === NORMAL_URI && p.version === 2) published(p.version);
		});
		const publishedFor = (): Promise<number> => new Promise<number>((resolve) => (published = resolve));
		await client.sendNotification('textDocument/didClose', { textDocument: { uri: NORMAL_URI } });
		const reopened = publishedFor();
		await client.sendNotification('textDocument/didOpen', {
			textDocument: { uri: NORMAL_URI, languageId: 'annotated-news', version: 2, text: NORMAL },
		});
		assert.equal(await reopened, 2);
		const refreshed = publishedFor();
		await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		assert.equal(await refreshed, 2);
		assert.match(await hoverOnNormal(client), /Sergey Lavrov/);
	});
});
