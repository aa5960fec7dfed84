import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser } from 'playwright-core';

/**
 * The language server as VS Code for the web runs it: bundled for the browser (server/src/browser/main.ts, as
 * scripts/build.mjs bundles it) and started in a web worker of headless Chromium. The page plays the client: it
 * initializes the server, answers its requests for the workspace's files (a knowledge base), opens an article and
 * asks for semantic tokens, hover, symbols and diagnostics, over JSON-RPC through postMessage.
 */
const root = path.resolve(__dirname, '../..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const KB = 'ada-berg:\n  type: person\n  name: Ada Berg\n  description: Foreign Minister of Norland\n';
const ARTICLE =
	'---\r\ndate: 2025-01-22\r\n---\r\nПривет 🤝 [Ada Berg]{.person ref=ada-berg} met [Tomas Brenner]{.person} in [Halvik]{.place} on [May 9]{.date value=2025-05-09}.\r\n';

/** What the page's client does, in the page: returns what the server answered. */
const CLIENT = `
async function run(kb, article) {
	const worker = new Worker('/server.js');
	let next = 1;
	const pending = new Map();
	const notifications = [];
	const requested = [];
	worker.onmessage = (event) => {
		const m = event.data;
		if (m.id !== undefined && m.method === undefined) { pending.get(m.id)?.(m); pending.delete(m.id); return; }
		if (m.method && m.id !== undefined) {
			requested.push(m.method);
			const result = m.method === 'attache/workspaceFiles' ? [{ uri: 'file:///ws/entities.yaml', text: kb, kind: 'knowledge-base' }] : null;
			worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
			return;
		}
		notifications.push(m);
	};
	const request = (method, params) => new Promise((resolve) => { const id = next++; pending.set(id, resolve); worker.postMessage({ jsonrpc: '2.0', id, method, params }); });
	const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
	const waitFor = async (test) => { while (!notifications.some(test)) await new Promise((r) => setTimeout(r, 20)); return notifications.find(test); };
	const init = await request('initialize', { processId: null, rootUri: 'file:///ws', workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }], capabilities: {} });
	notify('initialized', {});
	// The index has read the knowledge base through the client when the server says so.
	await waitFor((m) => m.method === 'attache/indexChanged' && !m.params.indexing);
	const uri = 'file:///ws/a.news';
	notify('textDocument/didOpen', { textDocument: { uri, languageId: 'annotated-news', version: 1, text: article } });
	const diagnostics = await waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
	const tokens = await request('textDocument/semanticTokens/full', { textDocument: { uri } });
	const hover = await request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 12 } });
	const symbols = await request('textDocument/documentSymbol', { textDocument: { uri } });
	worker.terminate();
	return { capabilities: Object.keys(init.result.capabilities), serverInfo: init.result.serverInfo, requested, diagnostics: diagnostics.params.diagnostics, tokens: tokens.result.data, hover: hover.result, symbols: symbols.result.map((s) => s.name), errors: [tokens, hover, symbols].filter((r) => r.error).map((r) => r.error.message) };
}
`;

suite('The language server in a web worker (VS Code for the web)', function () {
	this.timeout(120_000);
	let browser: Browser | undefined;
	let server: Server | undefined;
	let origin = '';

	suiteSetup(async function () {
		if (!existsSync(chromiumPath)) {
			if (process.env.CI)
				assert.fail(`no Chromium at ${chromiumPath}: npm test installs it (apt-get install chromium)`);
			console.log(
				`note: no Chromium at ${chromiumPath} (apt-get install chromium), so the server is not tried in a web worker`,
			);
			return this.skip();
		}
		const dir = mkdtempSync(path.join(tmpdir(), 'attache-browser-'));
		const bundle = path.join(dir, 'server.js');
		buildSync({
			bundle: true,
			platform: 'browser',
			target: 'es2022',
			format: 'iife',
			logLevel: 'error',
			entryPoints: [path.join(root, 'server/src/browser/main.ts')],
			outfile: bundle,
		});
		server = createServer((req, res) => {
			if (req.url === '/server.js') {
				res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
			} else {
				res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>Attache worker</title>');
			}
		});
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
		});
	});

	suiteTeardown(async () => {
		await browser?.close();
		server?.close();
	});

	test('initializes, reads the knowledge base through the client, and answers tokens, hover, symbols and diagnostics', async () => {
		const page = await browser!.newPage();
		const pageErrors: string[] = [];
		page.on('pageerror', (e) => pageErrors.push(e.message));
		await page.goto(origin);
		const result = (await page.evaluate(
			`(${CLIENT.trim().replace(/^async function run/, 'async function')})(${JSON.stringify(KB)}, ${JSON.stringify(ARTICLE)})`,
		)) as {
			capabilities: string[];
			serverInfo: { name: string };
			requested: string[];
			diagnostics: unknown[];
			tokens: number[];
			hover: { contents: { value: string } } | null;
			symbols: string[];
			errors: string[];
		};
		assert.deepEqual(pageErrors, []);
		assert.deepEqual(result.errors, []);
		assert.equal(result.serverInfo.name, 'Attache');
		for (const c of ['hoverProvider', 'semanticTokensProvider', 'documentSymbolProvider', 'referencesProvider'])
			assert.ok(result.capabilities.includes(c), c);
		assert.ok(result.requested.includes('attache/workspaceFiles'), JSON.stringify(result.requested));
		assert.deepEqual(result.diagnostics, []);
		// Decoded (relative lines and starts): "Ada Berg" starts on line 3 after "Привет 🤝 [" (11 UTF-16 units), 8 long.
		const starts: [number, number, number][] = [];
		for (let i = 0, line = 0, char = 0; i < result.tokens.length; i += 5) {
			line += result.tokens[i]!;
			char = result.tokens[i]! === 0 ? char + result.tokens[i + 1]! : result.tokens[i + 1]!;
			starts.push([line, char, result.tokens[i + 2]!]);
		}
		assert.ok(
			starts.some(([l, c, length]) => l === 3 && c === 11 && length === 8),
			JSON.stringify(starts),
		);
		assert.match(result.hover!.contents.value, /Ada Berg/);
		assert.match(
			result.hover!.contents.value,
			/Foreign Minister of Norland/,
			'the knowledge base the client handed over',
		);
		assert.deepEqual(result.symbols, ['Header', 'People', 'Places', 'Dates']);
	});
});
