// The corpus at scale, through the real server code path:
//  1. indexing a generated workspace of 10,000 articles of 5 KB (plus a knowledge base) with the language server
//     (server/src/lsp/server.ts on an in-memory connection: walk + read + index, the progress notification and
//     `attache/indexChanged` at the end), in a fresh process; target < 30 s and peak memory < 400 MB (RSS; the heap
//     is reported too). Peer in the same run: walking and reading the same files with fs.readFile alone.
//     Then entity queries on that index: references, workspace symbols, the Entities view.
// Accept All on a 1 MB article is bench/acceptAll.mjs (the command itself, in process and in the real server).
// The articles are generated here from fictional names; nothing is read from elsewhere. No assertion: numbers only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from './bundle.mjs';
import { article, knowledgeBase } from './corpusText.mjs';

const ARTICLES = 10_000;
const INDEX_TARGET_MS = 30_000;
const MEMORY_TARGET_MB = 400;
const self = fileURLToPath(import.meta.url);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

// ---- child: the peer (walk + fs.readFile of the same files) ----
async function peer(dir) {
	const t0 = performance.now();
	const files = [];
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.isDirectory()) walk(path.join(d, e.name));
			else if (e.name.endsWith('.news') || e.name === 'entities.yaml') files.push(path.join(d, e.name));
		}
	};
	walk(dir);
	let bytes = 0;
	for (let i = 0; i < files.length; i += 32)
		for (const t of await Promise.all(files.slice(i, i + 32).map((f) => readFile(f, 'utf8')))) bytes += t.length;
	return { ms: performance.now() - t0, files: files.length, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

// ---- child: the language server indexing the workspace ----
async function index(dir) {
	const require = createRequire(import.meta.url);
	const { startServer } = load('server/src/lsp/server.ts');
	const { nodeServerHost } = load('server/src/node/nodeServerHost.ts');
	const { createConnection } = require('vscode-languageserver/node');
	const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
	const toServer = new PassThrough();
	const toClient = new PassThrough();
	startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), nodeServerHost);
	const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
	const progress = [];
	const logs = [];
	let done;
	const indexed = new Promise((resolve) => (done = resolve));
	client.onRequest('window/workDoneProgress/create', () => null);
	client.onRequest('workspace/configuration', (p) => p.items.map(() => ({ suggestions: { enabled: false } })));
	client.onRequest('client/registerCapability', () => null);
	client.onNotification('$/progress', (p) => progress.push(p.value.kind));
	client.onNotification('window/logMessage', (p) => logs.push(p.message));
	client.onNotification('attache/indexChanged', (p) => {
		if (!p.indexing) done(p);
	});
	client.listen();
	let peakRss = 0;
	let peakHeap = 0;
	const sample = () => {
		const m = process.memoryUsage();
		peakRss = Math.max(peakRss, m.rss);
		peakHeap = Math.max(peakHeap, m.heapUsed);
	};
	globalThis.gc?.();
	sample();
	const rssBefore = process.memoryUsage().rss;
	const sampler = setInterval(sample, 20);
	const rootUri = pathToFileURL(dir).toString();
	await client.sendRequest('initialize', {
		processId: null,
		rootUri,
		workspaceFolders: [{ uri: rootUri, name: 'bench' }],
		capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
	});
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	await client.sendNotification('initialized', {});
	const state = await indexed;
	const ms = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	clearInterval(sampler);
	sample();
	globalThis.gc?.();
	const retainedHeap = process.memoryUsage().heapUsed;

	// Entity queries on the full index, as an analyst makes them.
	const uri = pathToFileURL(path.join(dir, 'd000', 'a00000.news')).toString();
	const text = await readFile(fileURLToPath(uri), 'utf8');
	await client.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'annotated-news', version: 1, text },
	});
	const lines = text.split('\n');
	const line = lines.findIndex((l) => l.includes('{.person'));
	const position = { line, character: lines[line].indexOf('{.person') - 3 };
	const time = async (f) => {
		const t = performance.now();
		const c = process.cpuUsage();
		const r = await f();
		const used = process.cpuUsage(c);
		return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, r };
	};
	const refs = await time(() =>
		client.sendRequest('textDocument/references', {
			textDocument: { uri },
			position,
			context: { includeDeclaration: true },
		}),
	);
	const place = lines.findIndex((l) => l.includes('{.place'));
	const placeRefs = await time(() =>
		client.sendRequest('textDocument/references', {
			textDocument: { uri },
			position: { line: place, character: lines[place].indexOf('{.place') - 2 },
			context: { includeDeclaration: true },
		}),
	);
	const symbols = await time(() => client.sendRequest('workspace/symbol', { query: 'lind' }));
	const view = await time(() => client.sendRequest('attache/entities', { limit: 500 }));
	client.dispose();
	return {
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		articles: state.articles,
		progress: `${progress[0]} ${progress.filter((k) => k === 'report').length}x report ${progress.at(-1)}`,
		log: logs.find((l) => l.startsWith('Indexed')),
		rssBeforeMb: rssBefore / 1024 / 1024,
		peakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024,
		peakHeapMb: peakHeap / 1024 / 1024,
		retainedHeapMb: retainedHeap / 1024 / 1024,
		queries: {
			references: [refs.ms, refs.cpuMs, refs.r.length],
			placeReferences: [placeRefs.ms, placeRefs.cpuMs, placeRefs.r.length],
			workspaceSymbols: [symbols.ms, symbols.cpuMs, symbols.r.length],
			entitiesView: [view.ms, view.cpuMs, view.r.groups.reduce((n, g) => n + g.total, 0)],
		},
	};
}

// ---- main ----
const [mode, arg] = process.argv.slice(2);
if (mode === '--peer') console.log(JSON.stringify(await peer(arg)));
else if (mode === '--index') console.log(JSON.stringify(await index(arg)));
else {
	// ATTACHE_BENCH_CORPUS=DIR writes the corpus there and keeps it (for profiling: node bench/corpus.mjs --index DIR).
	const keep = process.env.ATTACHE_BENCH_CORPUS;
	const dir = keep
		? (mkdirSync(keep, { recursive: true }), keep)
		: mkdtempSync(path.join(os.tmpdir(), 'attache-corpus-bench-'));
	try {
		const t0 = performance.now();
		let bytes = 0;
		writeFileSync(path.join(dir, 'entities.yaml'), knowledgeBase());
		for (let i = 0; i < ARTICLES; i++) {
			const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
			if (i % 100 === 0) mkdirSync(sub, { recursive: true });
			const text = article(i);
			bytes += Buffer.byteLength(text);
			writeFileSync(path.join(sub, `a${String(i).padStart(5, '0')}.news`), text);
		}
		console.log(
			`corpus: ${ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / ARTICLES / 1000).toFixed(1)} KB each) in 100 folders, written in ${((performance.now() - t0) / 1000).toFixed(1)} s to ${dir}`,
		);
		console.log(
			`machine: ${os.cpus().length} cores, load average ${os
				.loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`,
		);
		const child = (flag) => {
			const r = spawnSync(process.execPath, ['--expose-gc', self, flag, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
			if (r.status !== 0) throw new Error(`${flag} failed: ${r.stderr}`);
			return JSON.parse(r.stdout.trim().split('\n').at(-1));
		};
		// The peer first and last, so that both see the same page cache; the better of the two counts.
		const peerA = child('--peer');
		const idx = child('--index');
		const peerB = child('--peer');
		const p = peerA.ms < peerB.ms ? peerA : peerB;
		const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
		console.log(
			`index: ${idx.articles} articles + knowledge base through the language server (walk + read + index, in a fresh process): ${(idx.ms / 1000).toFixed(2)} s ` +
				`(CPU ${(idx.cpuMs / 1000).toFixed(2)} s) ` +
				`(target < ${INDEX_TARGET_MS / 1000} s: ${verdict(idx.ms < INDEX_TARGET_MS)}); progress: ${idx.progress}`,
		);
		console.log(`  server log: ${idx.log}`);
		console.log(
			`  memory: peak RSS ${idx.peakRssMb.toFixed(0)} MB (target < ${MEMORY_TARGET_MB} MB: ${verdict(idx.peakRssMb < MEMORY_TARGET_MB)}; ${idx.rssBeforeMb.toFixed(0)} MB before indexing), ` +
				`peak heap ${idx.peakHeapMb.toFixed(0)} MB, heap kept by the index after GC ${idx.retainedHeapMb.toFixed(0)} MB`,
		);
		console.log(
			`peer: walk + fs.readFile of the same ${p.files} files (${mb(p.bytes)} MB of text): ${(p.ms / 1000).toFixed(2)} s, peak RSS ${p.maxRssMb.toFixed(0)} MB`,
		);
		console.log(`ratio: indexing takes ${(idx.ms / p.ms).toFixed(1)}x the time of reading the files alone`);
		const q = idx.queries;
		const fmt = ([wall, cpuMs, n], what) => `${wall.toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms; ${n} ${what})`;
		console.log(
			`queries on the full index, over LSP: references of a person ${fmt(q.references, 'locations')}, of a place ${fmt(q.placeReferences, 'locations')}, ` +
				`workspace symbols ${fmt(q.workspaceSymbols, 'symbols')}, Entities view ${fmt(q.entitiesView, 'entities')}`,
		);
	} finally {
		if (!keep) rmSync(dir, { recursive: true, force: true });
	}
}
