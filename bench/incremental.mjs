// An edit of one paragraph in a 200 KB article, to its refreshed suggestions, against a full recognition in the same
// run. Over `attache lsp --stdio` (dist/cli.js, so `node scripts/build.mjs` first), as an editor talks to the server:
// open the article and ask for semantic tokens (answered at once, without suggestions), then time until the server's
// workspace/semanticTokens/refresh and tokens with every suggestion: the full recognition in the background. Then
// edit one paragraph in the middle, ask for tokens at once (the unchanged chunks keep their suggestions), and time
// until the refreshed tokens have the new text's suggestions. In-process too (the bundled service): a full synchronous
// recognition, and the steps after the edit with the chunks they recognized. Each edit is timed EDITS times (the median
// is printed); the server's CPU time is printed beside the wall-clock time, which the load of other work stretches.
// ATTACHE_BENCH_DEBUG=1 prints each refresh whose tokens do not yet have every suggestion.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { load } from './bundle.mjs';
import { startStdioServer } from './stdioServer.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
	console.log('incremental bench: dist/cli.js is missing; run `node scripts/build.mjs` first');
	process.exit(1);
}
const EDITS = 5;
const { createAttacheService } = load('server/src/service/index.ts');
const { defaultSettings, semanticTokensLegend } = {
	...load('server/src/shared/settings.ts'),
	...load('server/src/shared/semanticTokens.ts'),
};

const CAPITALS = ['Vienna', 'Oslo', 'Geneva', 'Helsinki', 'Warsaw', 'Prague', 'Lisbon', 'Dublin'];
const paragraph = (i, tag) =>
	`[Foreign Minister]{.role} [Anna Lindqvist]{.person} of [Norland]{.place} met Tomas Brenner ${tag}${i} in ${CAPITALS[i % CAPITALS.length]} on March ${(i % 28) + 1}, ` +
	`where the Danube Valley Commission (DVC) discussed the treaty of ${1990 + (i % 30)}. Сергей Лавров 🇷🇺 attended.\n\n`;
function article(size, tag) {
	const parts = ['---\ndate: 2024-03-14\ntitle: Incremental benchmark article\n---\n'];
	let length = parts[0].length;
	for (let i = 0; length < size; i++) {
		parts.push(paragraph(i, tag));
		length += parts.at(-1).length;
	}
	return parts.join('');
}
const warmUpText = article(200_000, 'w');
const text = article(200_000, '');
/** The n-th edit: a name put in the middle paragraph. */
const editText = (n) => `the Halvik Forum ${n} and `;

// In process: the synchronous recognition (as the CLI makes it), and the steps after an edit. The service holds the
// same workspace as the server will (the open articles teach each other their annotated names).
const none = { isCancellationRequested: false };
const sync = createAttacheService({ getSettings: () => defaultSettings });
let syncVersion = 0;
/** The suggestions of `body` as `uri`, the workspace holding it too, as the server's. */
const suggestionsOf = (uri, body) => {
	sync.setWorkspaceFile(uri, body);
	return sync.getSuggestions(TextDocument.create(uri, 'annotated-news', ++syncVersion, body), none).length;
};
const WARM_URI = 'file:///bench/warm.news';
const URI = 'file:///bench/article.news';
const expectedWarm = suggestionsOf(WARM_URI, warmUpText);
sync.setWorkspaceFile(URI, text);
let t0 = performance.now();
const expected = sync.getSuggestions(TextDocument.create(URI, 'annotated-news', ++syncVersion, text), none).length;
const fullInProcess = performance.now() - t0;
const background = createAttacheService({ getSettings: () => defaultSettings, backgroundSuggestions: true });
let doc = TextDocument.create('file:///bench/steps.news', 'annotated-news', 1, text);
for (let job = background.startSuggestions(doc); !job.step(););
const stepTimes = [];
let report;
const editedTexts = [];
for (let n = 0; n < EDITS; n++) {
	const at = doc.getText().indexOf('Tomas Brenner ', doc.getText().length >> 1);
	doc = TextDocument.update(
		doc,
		[{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: editText(n) }],
		doc.version + 1,
	);
	editedTexts.push(doc.getText());
	t0 = performance.now();
	const job = background.startSuggestions(doc);
	while (!job.step());
	stepTimes.push(performance.now() - t0);
	report = job.report;
}
const expectedAfter = editedTexts.map((t) => suggestionsOf(URI, t));

// Over LSP.
let refreshWaiters = [];
const server = await startStdioServer([cli, 'lsp', '--stdio'], {
	workspace: { semanticTokens: { refreshSupport: true } },
	onRefresh: () => {
		for (const w of refreshWaiters.splice(0)) w();
	},
});
const { connection } = server;
const refreshed = () => new Promise((resolve) => refreshWaiters.push(resolve));
const suggestedBit = 1 << semanticTokensLegend.tokenModifiers.indexOf('suggested');
const suggestedCount = ({ data }) => data.filter((v, i) => i % 5 === 4 && (v & suggestedBit) !== 0).length;
const tokens = async (uri) =>
	suggestedCount(await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }));
const serverCpu = () => server.cpu();
/** Tokens at once, then the time until the refreshed tokens have `count` suggestions; from `since`. */
async function untilSuggested(uri, count, since) {
	let refresh = refreshed();
	const first = await tokens(uri);
	const firstMs = performance.now() - since;
	for (;;) {
		await refresh;
		refresh = refreshed();
		const now = await tokens(uri);
		if (now === count) return { firstMs, first, ms: performance.now() - since };
		if (process.env.ATTACHE_BENCH_DEBUG) console.error(`${uri}: ${now} suggested, waiting for ${count}`);
	}
}
async function openTimed(uri, body, count) {
	const c0 = serverCpu();
	const since = performance.now();
	await connection.sendNotification('textDocument/didOpen', {
		textDocument: { uri, languageId: 'annotated-news', version: 1, text: body },
	});
	const r = await untilSuggested(uri, count, since);
	return { ...r, cpu: serverCpu() - c0 };
}
await openTimed(WARM_URI, warmUpText, expectedWarm);
const full = await openTimed(URI, text, expected);
const edits = [];
let lspDoc = TextDocument.create(URI, 'annotated-news', 1, text);
for (let n = 0; n < EDITS; n++) {
	const at = lspDoc.getText().indexOf('Tomas Brenner ', lspDoc.getText().length >> 1);
	const range = { start: lspDoc.positionAt(at), end: lspDoc.positionAt(at) };
	lspDoc = TextDocument.update(lspDoc, [{ range, text: editText(n) }], lspDoc.version + 1);
	const c0 = serverCpu();
	const since = performance.now();
	await connection.sendNotification('textDocument/didChange', {
		textDocument: { uri: lspDoc.uri, version: lspDoc.version },
		contentChanges: [{ range, text: editText(n) }],
	});
	const r = await untilSuggested(lspDoc.uri, expectedAfter[n], since);
	edits.push({ ...r, cpu: serverCpu() - c0 });
}
server.stop();

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const ms = (v) => `${Math.round(v)} ms`;
console.log(
	`Incremental recognition: one paragraph edited in a ${(text.length / 1000).toFixed(0)} KB article (${expected} suggestions; median of ${EDITS} edits)`,
);
console.log(
	`node ${process.version}, ${os.cpus().length} cores, load ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`,
);
const editSteps = median(stepTimes);
console.log(
	`in process: full recognition ${ms(fullInProcess)}; after an edit ${ms(editSteps)} (${report.recognized} of ${report.chunks} chunks recognized, ${report.reused} reused): ${(editSteps / fullInProcess).toFixed(2)}x the full`,
);
const editMs = median(edits.map((e) => e.ms));
const editFirst = median(edits.map((e) => e.firstMs));
console.log(
	`over LSP: open to refreshed suggestions ${ms(full.ms)} (server cpu ${full.cpu} ms; first tokens ${ms(full.firstMs)} with ${full.first} suggested); ` +
		`edit to refreshed suggestions ${ms(editMs)} (server cpu ${median(edits.map((e) => e.cpu))} ms; first tokens ${ms(editFirst)} with ${median(edits.map((e) => e.first))} suggested): ${(editMs / full.ms).toFixed(2)}x the full`,
);
