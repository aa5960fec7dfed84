#!/usr/bin/env node
// Measures the DATE recognizer (server/src/service/recognize/dates) against the shared evaluation data, and
// chrono-node on the same data for comparison.
//
//   node bench/dates-eval.mjs                 tables for TE3, IEER, re3d (dev) and TimeBank (train), speed in MB/s
//   node bench/dates-eval.mjs --policies      also: value accuracy of each way of placing dates without a year
//   node bench/dates-eval.mjs --errors te3    also: the misses and false alarms on one dataset (to the console only)
//
// The data is read from ../shared (beside the repository) at run time and never copied into the project; without it
// the benchmark says so and exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const scorer = path.join(shared, 'eval/score.mjs');
if (!fs.existsSync(scorer)) {
	console.log(`dates-eval: skipped, the evaluation data is not there (${shared} has no eval/score.mjs).`);
	process.exit(0);
}

const args = process.argv.slice(2);
const { findDates } = await tsImport(
	path.join(repoRoot, 'server/src/service/recognize/dates/index.ts'),
	import.meta.url,
);
const { DateScratch } = await tsImport(
	path.join(repoRoot, 'server/src/service/recognize/dates/scratch.ts'),
	import.meta.url,
);
/** One recognizer's scratch for every document, as the service keeps it. */
const scratch = new DateScratch();

const DATASETS = [
	{ name: 'te3', file: path.join(shared, 'eval/te3.dev.jsonl'), style: 'timeml' },
	{ name: 'ieer', file: path.join(shared, 'eval/ieer.dev.jsonl'), style: 'muc' },
	{ name: 're3d', file: path.join(shared, 'eval/re3d.dev.jsonl'), style: 'timeml' },
	{ name: 'timebank', file: path.join(shared, 'train/timebank-aquaint.jsonl'), style: 'timeml' },
].filter((d) => fs.existsSync(d.file));

const readJsonl = (f) =>
	fs
		.readFileSync(f, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));
const dctOf = (doc) =>
	typeof doc.dct === 'string' && /^\d{4}-\d{2}-\d{2}/.test(doc.dct) ? doc.dct.slice(0, 10) : undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-dates-'));

/** Scores predictions `{id, entities}` per document; returns the scorer's JSON and its printed table. */
function score(dataset, rows) {
	const pred = path.join(tmp, `${dataset.name}.pred.jsonl`);
	fs.writeFileSync(pred, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
	const out = execFileSync(
		process.execPath,
		[scorer, '--gold', dataset.file, '--pred', pred, '--types', 'DATE', '--json'],
		{ encoding: 'utf8' },
	);
	const [json, ...table] = out.split('\n');
	return { result: JSON.parse(json), table: table.join('\n').trim() };
}

function predictGrammar(docs, style, policy) {
	return docs.map((doc) => ({
		id: doc.id,
		entities: findDates(doc.text, dctOf(doc), { style, ...(policy ? { policy } : {}) }, scratch).map((d) => ({
			start: d.start,
			end: d.end,
			type: 'DATE',
			value: d.value,
		})),
	}));
}

// chrono-node, with the value of what it is certain of: day (or weekday) -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY.
let chrono;
try {
	chrono = await import('chrono-node');
} catch {
	console.log('dates-eval: chrono-node is not installed; its column is left out.');
}
const pad = (n, w) => String(n).padStart(w, '0');
function chronoValue(c) {
	if (!c) return undefined;
	const y = c.get('year'),
		m = c.get('month'),
		d = c.get('day');
	if (c.isCertain('day') || c.isCertain('weekday')) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
	if (c.isCertain('month')) return `${pad(y, 4)}-${pad(m, 2)}`;
	if (c.isCertain('year')) return pad(y, 4);
	return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
function predictChrono(docs) {
	return docs.map((doc) => {
		const dct = dctOf(doc);
		const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date();
		const entities = chrono.parse(doc.text, ref).map((r) => {
			const a = chronoValue(r.start),
				b = r.end ? chronoValue(r.end) : undefined;
			return { start: r.index, end: r.index + r.text.length, type: 'DATE', value: b && b !== a ? `${a}/${b}` : a };
		});
		return { id: doc.id, entities };
	});
}

const pct = (v) => (v === null || v === undefined ? '  -  ' : (100 * v).toFixed(1).padStart(5));
const rows = [];
for (const ds of DATASETS) {
	const docs = readJsonl(ds.file);
	const gold = docs.reduce((n, d) => n + d.entities.filter((e) => e.type === 'DATE').length, 0);
	const systems = [[`grammar (${ds.style})`, predictGrammar(docs, ds.style)]];
	if (ds.style === 'muc') systems.push(['grammar (timeml)', predictGrammar(docs, 'timeml')]);
	if (ds.style === 'timeml' && ds.name !== 'timebank') systems.push(['grammar (muc)', predictGrammar(docs, 'muc')]);
	if (chrono) systems.push(['chrono-node', predictChrono(docs)]);
	console.log(`\n=== ${ds.name} (${path.relative(repoRoot, ds.file)}, ${docs.length} docs, ${gold} DATEs)`);
	for (const [label, pred] of systems) {
		const { result, table } = score(ds, pred);
		console.log(`--- ${label}\n${table}`);
		const e = result.DATE.exact;
		rows.push({
			dataset: ds.name,
			system: label,
			p: e.p,
			r: e.r,
			f: e.f,
			o: result.DATE.overlap.f,
			v: result.dateValueAccuracy,
		});
	}
}

console.log('\nsummary (DATE): exact P / R / F1, overlap F1, share of exact matches with the gold value');
console.log('dataset   system                 P      R      F1   ovlF1  value');
for (const r of rows)
	console.log(
		`${r.dataset.padEnd(9)} ${r.system.padEnd(20)} ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f)}  ${pct(r.o)}  ${pct(r.v)}`,
	);

if (args.includes('--policies')) {
	// The default, then each setting changed alone.
	const { DEFAULT_POLICY } = await tsImport(
		path.join(repoRoot, 'server/src/service/recognize/dates/resolve.ts'),
		import.meta.url,
	);
	const choices = {
		calendarTense: ['none', 'strong', 'all'],
		weekdayTense: ['none', 'strong', 'all'],
		calendar: ['same-year', 'nearest', 'past', 'future'],
		month: ['same-year', 'nearest', 'past', 'future'],
		weekday: ['nearest', 'past', 'future'],
	};
	const policies = [['default', DEFAULT_POLICY]];
	for (const [key, values] of Object.entries(choices))
		for (const v of values)
			if (DEFAULT_POLICY[key] !== v) policies.push([`${key}=${v}`, { ...DEFAULT_POLICY, [key]: v }]);
	console.log(
		`\nplacing dates without a year (value accuracy on exact matches); default ${JSON.stringify(DEFAULT_POLICY)}`,
	);
	for (const ds of DATASETS.filter((d) => d.name === 'te3' || d.name === 'timebank')) {
		const docs = readJsonl(ds.file);
		for (const [label, policy] of policies) {
			const { result } = score(ds, predictGrammar(docs, ds.style, policy));
			console.log(`${ds.name.padEnd(9)} ${label.padEnd(24)} value ${pct(result.dateValueAccuracy)}`);
		}
	}
}

const errorsOf = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
if (errorsOf) {
	const ds = DATASETS.find((d) => d.name === errorsOf);
	for (const doc of ds ? readJsonl(ds.file) : []) {
		const gold = doc.entities.filter((e) => e.type === 'DATE');
		const pred = findDates(doc.text, dctOf(doc), { style: ds.style }, scratch);
		const key = (x) => `${x.start}:${x.end}`;
		const gk = new Map(gold.map((g) => [key(g), g])),
			pk = new Map(pred.map((p) => [key(p), p]));
		const ctx = (x) =>
			JSON.stringify(
				doc.text.slice(Math.max(0, x.start - 40), x.start) +
					'[' +
					doc.text.slice(x.start, x.end) +
					']' +
					doc.text.slice(x.end, x.end + 25),
			);
		for (const g of gold) if (!pk.has(key(g))) console.log(`MISS ${dctOf(doc)} ${g.value ?? ''} ${ctx(g)}`);
		for (const p of pred)
			if (!gk.has(key(p)) && !(doc.ignore ?? []).some((n) => n.start < p.end && p.start < n.end))
				console.log(`FALSE ${dctOf(doc)} ${p.value ?? ''} ${ctx(p)}`);
		for (const p of pred) {
			const g = gk.get(key(p));
			if (g && g.value && g.value !== p.value)
				console.log(`VALUE ${dctOf(doc)} gold ${g.value} got ${p.value} ${ctx(p)}`);
		}
	}
}

// Speed: about 4 MB of the evaluation and training text, concatenated, through findDates on one core.
{
	const texts = DATASETS.flatMap((d) => readJsonl(d.file).map((doc) => doc.text));
	let corpus = texts.join('\n\n');
	while (corpus.length < 4_000_000) corpus += '\n\n' + corpus;
	corpus = corpus.slice(0, 4_000_000);
	const bytes = Buffer.byteLength(corpus, 'utf8');
	findDates(corpus.slice(0, 200_000), '2025-01-22', {}, scratch); // warm up
	const runs = [];
	let found = 0;
	for (let i = 0; i < 3; i++) {
		const t0 = process.hrtime.bigint();
		found = findDates(corpus, '2025-01-22', {}, scratch).length;
		runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
	}
	const best = Math.min(...runs);
	console.log(
		`\nspeed: ${(bytes / 1e6).toFixed(1)} MB in ${best.toFixed(3)} s (best of 3) = ${(bytes / 1e6 / best).toFixed(1)} MB/s, ${found} dates`,
	);
	if (chrono) {
		const t0 = process.hrtime.bigint();
		chrono.parse(corpus.slice(0, 1_000_000), new Date('2025-01-22T12:00:00Z'));
		const s = Number(process.hrtime.bigint() - t0) / 1e9;
		console.log(`chrono-node: ${(Buffer.byteLength(corpus.slice(0, 1_000_000)) / 1e6 / s).toFixed(2)} MB/s (on 1 MB)`);
	}
}
fs.rmSync(tmp, { recursive: true, force: true });
