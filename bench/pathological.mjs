// Pathological inputs over `attache lsp --stdio`, as any editor talks to the server: a 10 MB article on one line, 1 MB
// of `[`, 2 MB of binary bytes and the like. Per input, a fresh server (dist/cli.js, so `node scripts/build.mjs`
// first): didOpen, then at once semantic tokens, hover, document symbols and folding, each timed from the didOpen, and
// the diagnostics published; then a hover on a small normal article (the server still answers) and the server's peak
// RSS (VmHWM). The product's rule: no request keeps the editor waiting more than a second, whatever the file. The peer
// in the same run: the same requests on a 10 KB normal article, first in each server; ratios are against it.
// The server's CPU time for the requests of each input is printed too: on a shared machine the wall-clock figures
// stretch with the load. Requests that do not answer within LIMIT_MS are cancelled and shown as `>LIMIT`; the run is bounded.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node.js';
import { startStdioServer } from './stdioServer.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
	console.log('pathological bench: dist/cli.js is missing; run `node scripts/build.mjs` first');
	process.exit(1);
}
const LIMIT_MS = Number(process.env.ATTACHE_BENCH_LIMIT_MS ?? 15_000);
const TARGET_MS = 1000;

/** A seeded generator, so that every run measures the same bytes. */
function random(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const sentence = (i) =>
	`[Foreign Minister]{.role} [Anna Lindqvist]{.person} of [Norland]{.place} met Tomas Brenner in Vienna on March ${(i % 28) + 1}, ` +
	`where the Danube Valley Commission (DVC) discussed the treaty of 2019. Сергей Лавров 🇷🇺 attended.`;
const header = '---\ndate: 2024-03-14\ntitle: Pathological benchmark article\n---\n';
function article(size, separator) {
	const parts = [header];
	let length = header.length;
	for (let i = 0; length < size; i++) {
		const s = sentence(i) + separator;
		parts.push(s);
		length += s.length;
	}
	return parts.join('');
}
const repeat = (unit, size) => unit.repeat(Math.ceil(size / unit.length));
function binary(size) {
	const next = random(7);
	const bytes = Buffer.alloc(size);
	for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
	// As an editor hands a binary file to the server: decoded as UTF-8, invalid bytes become U+FFFD.
	return bytes.toString('utf8');
}
const MB = 1_000_000;
const inputs = [
	// Just under the default attache.limits.suggestionsMaxFileSize: the most the recognizer runs on.
	['0.49 MB article', () => article(0.49 * MB, '\n\n')],
	['10 MB article, one line', () => article(10 * MB, ' ')],
	['10 MB article, many lines', () => article(10 * MB, '\n\n')],
	['1 MB of [', () => repeat('[', MB)],
	// Just under the default attache.limits.maxFileSize: the most markup the parse reads.
	['1.99 MB of [', () => repeat('[', 1.99 * MB)],
	['1 MB of {', () => repeat('{', MB)],
	['1 MB of [a]{', () => repeat('[a]{', MB)],
	['2 MB binary bytes', () => binary(2 * MB)],
	['5 MB one annotation', () => `[${article(5 * MB, ' ').slice(header.length)}]{.org}`],
	['deep nesting 100k', () => `${'['.repeat(100_000)}x${']{.org}'.repeat(100_000)}`],
];
const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : undefined;
const small = article(10_000, '\n\n');

/** A fresh server over stdio, and a client connection to it. */
async function startServer() {
	const published = new Map();
	const waiters = new Map();
	const { child, connection } = await startStdioServer([cli, 'lsp', '--stdio'], {
		onDiagnostics: (p) => {
			if (!published.has(p.uri)) published.set(p.uri, { at: performance.now(), count: p.diagnostics.length });
			waiters.get(p.uri)?.();
		},
	});
	/** Milliseconds from `since` to the first diagnostics of `uri`, or undefined past the limit. */
	const diagnostics = (uri, since) =>
		new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				waiters.delete(uri);
				const p = published.get(uri);
				resolve({ ms: p.at - since, count: p.count });
			};
			const timer = setTimeout(
				() => {
					waiters.delete(uri);
					resolve(undefined);
				},
				Math.max(0, LIMIT_MS - (performance.now() - since)),
			);
			if (published.has(uri)) done();
			else waiters.set(uri, done);
		});
	return { child, connection, diagnostics };
}

/** Milliseconds from `since` to the answer, or undefined (the request cancelled) past the limit. */
function timed(connection, method, params, since) {
	const source = new CancellationTokenSource();
	return new Promise((resolve) => {
		const timer = setTimeout(
			() => {
				source.cancel();
				resolve(undefined);
			},
			Math.max(0, LIMIT_MS - (performance.now() - since)),
		);
		connection.sendRequest(method, params, source.token).then(
			(result) => {
				clearTimeout(timer);
				resolve({ ms: performance.now() - since, result });
			},
			() => {
				clearTimeout(timer);
				resolve({ ms: performance.now() - since, result: null });
			},
		);
	});
}

/** CPU milliseconds the server process has used (user + system, in clock ticks of 10 ms): on a shared machine, the
 * figure that other work does not stretch. */
function serverCpu(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return NaN;
	}
}

function peakRss(pid) {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) / 1024 : NaN;
	} catch {
		return NaN;
	}
}

/** Opens `text` and asks what an editor asks at once; each figure from the didOpen. */
async function openAndAsk(server, uri, text) {
	const middle = Math.floor(text.length / 2);
	const lines = text.split('\n', 100_000);
	let line = 0;
	let consumed = 0;
	while (line < lines.length - 1 && consumed + lines[line].length + 1 <= middle) consumed += lines[line++].length + 1;
	const position = { line, character: Math.min(middle - consumed, lines[line].length) };
	const t0 = performance.now();
	await server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'annotated-news', version: 1, text },
	});
	const doc = { textDocument: { uri } };
	const [tokens, hover, symbols, folding, diagnostics] = await Promise.all([
		timed(server.connection, 'textDocument/semanticTokens/full', doc, t0),
		timed(server.connection, 'textDocument/hover', { ...doc, position }, t0),
		timed(server.connection, 'textDocument/documentSymbol', doc, t0),
		timed(server.connection, 'textDocument/foldingRange', doc, t0),
		server.diagnostics(uri, t0),
	]);
	return { tokens, hover, symbols, folding, diagnostics };
}

const cell = (r) => (r ? `${Math.round(r.ms)}` : `>${LIMIT_MS / 1000}s`);
const ratio = (r, peer) => (r ? `${(r.ms / Math.max(peer, 0.5)).toFixed(0)}x` : '-');
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

const rows = [];
for (const [name, make] of inputs) {
	if (only && !only.test(name)) continue;
	const text = make();
	const server = await startServer();
	// The peer first: the same requests on a small normal article, in this very server.
	const peer = await openAndAsk(server, 'file:///bench/peer.news', small);
	const peerMs = Math.max(
		...[peer.tokens, peer.hover, peer.symbols, peer.folding, peer.diagnostics].map((r) => r?.ms ?? LIMIT_MS),
	);
	const cpu0 = serverCpu(server.child.pid);
	const big = await openAndAsk(server, 'file:///bench/pathological.news', text);
	const cpu = serverCpu(server.child.pid) - cpu0;
	// Afterwards: does the server still answer a hover on a normal article, and how fast?
	const afterText = small.replace('Pathological', 'Afterwards');
	const t0 = performance.now();
	await server.connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri: 'file:///bench/after.news', languageId: 'annotated-news', version: 1, text: afterText },
	});
	const after = await timed(
		server.connection,
		'textDocument/hover',
		{ textDocument: { uri: 'file:///bench/after.news' }, position: { line: 4, character: 30 } },
		t0,
	);
	const rss = peakRss(server.child.pid);
	const answered = after?.result?.contents ? 'yes' : after ? 'empty' : 'no';
	rows.push({ name, mb: (Buffer.byteLength(text) / MB).toFixed(1), big, peerMs, after, answered, rss, cpu });
	server.connection.dispose();
	server.child.kill('SIGKILL');
	await new Promise((resolve) => server.child.once('exit', resolve));
}

const worst = (row) =>
	Math.max(
		...[row.big.tokens, row.big.hover, row.big.symbols, row.big.folding, row.big.diagnostics, row.after].map(
			(r) => r?.ms ?? Infinity,
		),
	);
console.log(
	`Pathological inputs over attache lsp --stdio (ms from didOpen; limit ${LIMIT_MS / 1000} s; target < ${TARGET_MS} ms each)`,
);
console.log(
	`node ${process.version}, ${os.cpus().length} cores, load ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`,
);
console.log(
	"cpu: the server's CPU ms for all the requests of the input (10 ms ticks), which the load of other work does not stretch",
);
console.log(
	`${pad('input', 26)}${padl('MB', 6)}${padl('tokens', 9)}${padl('hover', 9)}${padl('symbols', 9)}${padl('folding', 9)}${padl('diags', 9)}${padl('#diag', 7)}` +
		`${padl('cpu', 7)}${padl('after', 8)}${padl('answers', 9)}${padl('peak MB', 9)}${padl('peer', 7)}${padl('worst/peer', 12)}`,
);
for (const r of rows) {
	const w = worst(r);
	console.log(
		`${pad(r.name, 26)}${padl(r.mb, 6)}${padl(cell(r.big.tokens), 9)}${padl(cell(r.big.hover), 9)}${padl(cell(r.big.symbols), 9)}${padl(cell(r.big.folding), 9)}` +
			`${padl(cell(r.big.diagnostics), 9)}${padl(r.big.diagnostics?.count ?? '-', 7)}${padl(r.cpu, 7)}${padl(cell(r.after), 8)}${padl(r.answered, 9)}${padl(r.rss.toFixed(0), 9)}` +
			`${padl(Math.round(r.peerMs), 7)}${padl(Number.isFinite(w) ? ratio({ ms: w }, r.peerMs) : '-', 12)}`,
	);
}
const over = rows.filter((r) => worst(r) > TARGET_MS).map((r) => r.name);
console.log(over.length ? `over ${TARGET_MS} ms: ${over.join(', ')}` : `every request under ${TARGET_MS} ms`);
