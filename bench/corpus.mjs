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

const ARTICLES = 10_000;
const ARTICLE_BYTES = 5_000;
const INDEX_TARGET_MS = 30_000;
const MEMORY_TARGET_MB = 400;
const self = fileURLToPath(import.meta.url);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

// ---- generated text (fictional) ----
function random(seed) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const FIRST = ['Anna', 'Tomas', 'Marta', 'Ilse', 'Oskar', 'Ada', 'Jonas', 'Leila', 'Pavel', 'Sofia', 'Emil', 'Nadia', 'Viktor', 'Greta', 'Anton', 'Mira', 'Karl', 'Yusuf', 'Olga', 'Timur'];
const LAST = ['Lindqvist', 'Brenner', 'Oyelaran', 'Halvorsen', 'Petrov', 'Berg', 'Aaltonen', 'Karimova', 'Novak', 'Ferreira', 'Dahl', 'Sorensen', 'Ibrahim', 'Kovacs', 'Marek', 'Tanaka', 'Quist', 'Rahimov', 'Weiss', 'Zhakupov'];
const PLACES = ['Norland', 'Riverland', 'Halvik', 'Ostmark', 'Vellin', 'Karsk', 'Dunmore', 'Sarova', 'Tallis', 'Brennmark', 'Eskeby', 'Lorvik', 'Marrow Bay', 'Quillford', 'Amberlee', 'Novarsk'];
const ORG_HEADS = ['Ministry of Foreign Affairs of', 'Water Board of', 'Trade Council of', 'Central Bank of', 'Parliament of', 'Port Authority of'];
const ROLES = ['Foreign Minister', 'Prime Minister', 'Ambassador', 'Trade Envoy', 'President'];
const VERBS = ['met', 'called', 'thanked', 'criticised', 'welcomed', 'received', 'wrote to'];
const FILLER = [
	'The talks covered water sharing, transit fees and the new rail corridor along the river.',
	'Both sides agreed to meet again before the end of the year, officials said.',
	'The statement did not mention the disputed border crossing.',
	'Observers noted that the tone was warmer than at the previous meeting.',
	'A joint commission will report on the progress of the programme.',
	'Journalists were not allowed to attend the closed session.',
	'Встреча прошла в дружественной атмосфере, сообщили дипломаты. 🤝',
];
const person = (r) => `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`;
const idOf = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pick = (r, list) => list[Math.floor(r() * list.length)];

function knowledgeBase() {
	const lines = [];
	for (const f of FIRST) for (const l of LAST.slice(0, 5)) lines.push(`${idOf(`${f} ${l}`)}:\n  type: person\n  name: ${f} ${l}\n  aliases: [${l} ${f[0]}.]\n  description: A fictional minister`);
	for (const p of PLACES) lines.push(`${idOf(p)}:\n  type: place\n  name: ${p}`);
	for (const h of ORG_HEADS) for (const p of PLACES.slice(0, 4)) lines.push(`${idOf(`${h} ${p}`)}:\n  type: org\n  name: ${h} ${p}`);
	return `${lines.join('\n')}\n`;
}

function article(i) {
	const r = random(i + 1);
	const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
	let text = `---\ndate: ${day}\ntitle: Talks in ${pick(r, PLACES)}, number ${i}\nsource: Attache Bench Wire\n---\n`;
	while (text.length < ARTICLE_BYTES) {
		const a = person(r);
		const b = person(r);
		const place = pick(r, PLACES);
		const org = `${pick(r, ORG_HEADS)} ${pick(r, PLACES)}`;
		const aRef = LAST.slice(0, 5).includes(a.split(' ')[1]) ? ` ref=${idOf(a)}` : '';
		const placeType = r() < 0.03 ? 'org' : 'place';
		text +=
			`[${pick(r, ROLES)}]{.role} [${a}]{.person${aRef}} ${pick(r, VERBS)} ${b} in [${place}]{.${placeType}${r() < 0.5 ? ` ref=${idOf(place)}` : ''}} ` +
			`on [${day}]{.date value=${day}}, and the [${org}]{.org} said so. ${pick(r, FILLER)} ${pick(r, FILLER)}\n\n`;
	}
	return text;
}

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
	for (let i = 0; i < files.length; i += 32) for (const t of await Promise.all(files.slice(i, i + 32).map((f) => readFile(f, 'utf8')))) bytes += t.length;
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
	await client.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } } });
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
	await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'annotated-news', version: 1, text } });
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
	const refs = await time(() => client.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
	const place = lines.findIndex((l) => l.includes('{.place'));
	const placeRefs = await time(() => client.sendRequest('textDocument/references', { textDocument: { uri }, position: { line: place, character: lines[place].indexOf('{.place') - 2 }, context: { includeDeclaration: true } }));
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
	const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(path.join(os.tmpdir(), 'attache-corpus-bench-'));
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
		console.log(`corpus: ${ARTICLES} articles, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / ARTICLES / 1000).toFixed(1)} KB each) in 100 folders, written in ${((performance.now() - t0) / 1000).toFixed(1)} s to ${dir}`);
		console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
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
		console.log(`peer: walk + fs.readFile of the same ${p.files} files (${mb(p.bytes)} MB of text): ${(p.ms / 1000).toFixed(2)} s, peak RSS ${p.maxRssMb.toFixed(0)} MB`);
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
