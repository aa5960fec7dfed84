#!/usr/bin/env node
// Measures the name recognizer (server/src/service/recognize/names/) on the development sets in ../shared/eval/:
// runs findNames over IEER and re3d, writes predictions JSONL and scores them with ../shared/eval/score.mjs
// (exact-span micro F1 for IEER, overlap F1 for re3d), then reports the speed on ~4 MB of their text, the load time
// of the artifacts and the heap used. Skips with a message where ../shared is absent.
//
//   node bench/names-eval.mjs [--out DIR] [--no-speed] [--errors]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { unseen } from './unseen.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '../shared/eval');
const args = process.argv.slice(2);
const opt = (n) => {
	const i = args.indexOf(n);
	return i >= 0 ? args[i + 1] : undefined;
};
const SETS = ['ieer.dev.jsonl', 're3d.dev.jsonl'];
if (!SETS.every((f) => fs.existsSync(path.join(EVAL, f))) || !fs.existsSync(path.join(EVAL, 'score.mjs'))) {
	console.log(`names-eval: skipped: the evaluation data is not at ${EVAL} (../shared/eval beside the repository)`);
	process.exit(0);
}
const outDir = opt('--out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'names-eval-'));
fs.mkdirSync(outDir, { recursive: true });

// bundle the module as the server does (JSON artifacts inlined), then time its loading in a fresh process
const bundle = path.join(outDir, 'names.mjs');
await esbuild.build({
	stdin: {
		contents: [
			"export { findNames } from './server/src/service/recognize/names';",
			"export { NameScratch } from './server/src/service/recognize/names/nameScratch';",
		].join('\n'),
		resolveDir: ROOT,
		loader: 'ts',
	},
	bundle: true,
	format: 'esm',
	platform: 'neutral',
	target: 'node20',
	outfile: bundle,
	logLevel: 'warning',
});
const loadScript = `const t0=performance.now();const m=await import(${JSON.stringify(pathToFileURL(bundle).href)});const t1=performance.now();m.findNames('Foreign Minister Sergey Lavrov met Kulubayev in Moscow.');const t2=performance.now();globalThis.gc?.();const h=process.memoryUsage();console.log(JSON.stringify({importMs:t1-t0,firstCallMs:t2-t1,heapMB:h.heapUsed/1048576,rssMB:h.rss/1048576}));`;
const load = JSON.parse(
	execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', loadScript], { encoding: 'utf8' }),
);
console.log(
	`load: import ${load.importMs.toFixed(1)} ms, first call (lists and model built) ${load.firstCallMs.toFixed(1)} ms, heap ${load.heapMB.toFixed(1)} MB, rss ${load.rssMB.toFixed(1)} MB`,
);

const { findNames, NameScratch } = await import(pathToFileURL(bundle).href);
// one recognizer's scratch for every article, as the service keeps it
const scratch = new NameScratch();
const TYPE = { person: 'PERSON', org: 'ORG', place: 'PLACE' };
const texts = [];
for (const set of SETS) {
	const docs = fs
		.readFileSync(path.join(EVAL, set), 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));
	const lines = [];
	for (const d of docs) {
		if (d.dates_only) continue;
		texts.push(d.text);
		const ents = findNames(d.text, [], scratch).map((m) => ({ start: m.start, end: m.end, type: TYPE[m.type] }));
		lines.push(JSON.stringify({ id: d.id, entities: ents }));
		if (args.includes('--errors')) showErrors(d, ents);
	}
	const pred = path.join(outDir, set.replace('.jsonl', '.pred.jsonl'));
	fs.writeFileSync(pred, lines.join('\n') + '\n');
	console.log(
		`\n== ${set} (${set.startsWith('ieer') ? 'target: exact micro F1 >= 85' : 'target: overlap micro F1 >= 80'})`,
	);
	console.log(
		execFileSync(
			process.execPath,
			[path.join(EVAL, 'score.mjs'), '--gold', path.join(EVAL, set), '--pred', pred, '--types', 'PERSON,ORG,PLACE'],
			{ encoding: 'utf8' },
		).trimEnd(),
	);
}

if (!args.includes('--no-speed')) {
	// ~4 MB of the evaluation text, in article-sized pieces
	const pieces = [];
	let size = 0;
	// each repetition new to the recognizer (bench/unseen.mjs), its size as it was
	for (let r = 1; size < 4_000_000; r++)
		for (const t of texts) {
			pieces.push(unseen(t, r));
			size += t.length;
		}
	for (let k = 0; k < 50; k++) findNames(unseen(texts[k % texts.length], 1000 + k), [], scratch); // warm up
	const cpu = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	const t0 = performance.now();
	const c0 = cpu();
	for (const t of pieces) findNames(t, [], scratch);
	const ms = performance.now() - t0;
	const cms = cpu() - c0;
	const mb = size / 1e6;
	console.log(
		`\nspeed: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms = ${(mb / (ms / 1000)).toFixed(2)} MB/s wall, ${(mb / (cms / 1000)).toFixed(2)} MB/s of CPU time (one core; other load on the machine lowers both)`,
	);
}
console.log(`predictions in ${outDir}`);

function showErrors(doc, ents) {
	const key = (e) => `${e.start}:${e.end}:${e.type}`;
	const gold = doc.entities.filter((e) => e.type !== 'DATE');
	const g = new Set(gold.map(key));
	const p = new Set(ents.map(key));
	const ctx = (e) =>
		doc.text.slice(Math.max(0, e.start - 30), e.start).replace(/\n/g, ' ') +
		'[' +
		doc.text.slice(e.start, e.end) +
		']' +
		doc.text.slice(e.end, e.end + 30).replace(/\n/g, ' ');
	for (const e of gold) if (!p.has(key(e))) console.log(`FN ${e.type.padEnd(6)} ${ctx(e)}`);
	for (const e of ents) if (!g.has(key(e))) console.log(`FP ${e.type.padEnd(6)} ${ctx(e)}`);
}
