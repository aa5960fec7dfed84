// The Russian recognizer measured: NEREL's development part (../shared/eval/ru-nerel.dev.jsonl) recognized by the
// built CLI (`attache recognize --jsonl`, a whole process, with the shipped tagger), and a 5-fold cross-validation
// over NEREL's training part (../shared/train/ru-nerel.train.jsonl): for each fold the Russian tagger is trained on
// the other four (scripts/train-tagger-ru.mjs, the shipped settings) and the whole Russian recognizer, lists and
// grammar included, recognizes the fold. Names are scored exactly (PERSON, ORG, PLACE); NEREL's DATE covers
// prepositions ("в январе") and durations ("два года"), where this product follows TimeML (the preposition outside,
// durations no date), so DATE is scored by overlap. Then throughput on about 2 MB of Russian text, from CPU time, beside
// the English recognizer on as much English text in the same run.
//
//   node bench/ru-eval.mjs [--k 5] [--no-cv]    (also the last part of `npm run bench:recognition`)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.resolve(ROOT, '../shared/eval/ru-nerel.dev.jsonl');
const TRAIN = path.resolve(ROOT, '../shared/train/ru-nerel.train.jsonl');
const SCORE = path.resolve(ROOT, '../shared/eval/score.mjs');
const ENGLISH = ['ieer.dev.jsonl', 're3d.dev.jsonl'].map((f) => path.resolve(ROOT, '../shared/eval', f));
const CLI = path.join(ROOT, 'dist/cli.js');
const readJsonl = (f) =>
	fs
		.readFileSync(f, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));
const pct = (v) => (v === undefined || v === null ? '-' : (100 * v).toFixed(1));

function scoreJson(gold, pred, types) {
	const text = execFileSync(
		process.execPath,
		[SCORE, '--gold', gold, '--pred', pred, '--json', ...(types ? ['--types', types] : [])],
		{ encoding: 'utf8' },
	);
	return JSON.parse(text.split('\n')[0]);
}

function attache(input) {
	const r = spawnSync(process.execPath, [CLI, 'recognize', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
	if (r.status !== 0) throw new Error(`attache recognize failed: ${r.stderr}`);
	return r.stdout;
}

/** The figures of one run: names exact (micro and per type), DATE overlap and exact. */
function rows(gold, pred) {
	const names = scoreJson(gold, pred, 'PERSON,ORG,PLACE');
	const all = scoreJson(gold, pred);
	return [
		['names exact micro F1 (PERSON, ORG, PLACE)', pct(names.ALL.exact.f)],
		[
			'  PERSON / ORG / PLACE exact F1',
			`${pct(names.PERSON.exact.f)} / ${pct(names.ORG.exact.f)} / ${pct(names.PLACE.exact.f)}`,
		],
		['  names overlap micro F1', pct(names.ALL.overlap.f)],
		['DATE overlap F1 (NEREL extents include prepositions)', pct(all.DATE.overlap.f)],
		['  DATE exact F1', pct(all.DATE.exact.f)],
	];
}

/** The recognizer, as the product builds it. */
function recognizerBundle() {
	const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'attache-ru-cv-')), 'bundle.cjs');
	const contents = [
		"export { recognize } from './server/src/service/recognize/suggestions';",
		"export { Recognizer } from './server/src/service/recognize/recognizer';",
		"export { defaultSettings } from './server/src/shared/settings';",
	].join('\n');
	buildSync({
		stdin: { contents, resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		outfile,
		logLevel: 'error',
	});
	return createRequire(import.meta.url)(outfile);
}

/** k-fold cross-validation over NEREL train; returns the rows and the seconds it took. */
export async function crossValidateRu({ k = 5, log = () => {} } = {}) {
	const t0 = Date.now();
	const trainer = await import('../scripts/train-tagger-ru.mjs');
	const { recognize, Recognizer, defaultSettings } = recognizerBundle();
	const docs = trainer.readNerel(TRAIN);
	const prepared = docs.map((d) => trainer.prepareRu(d));
	const predictions = new Map();
	for (let f = 0; f < k; f++) {
		const model = trainer.trainRu(prepared.filter((_, i) => i % k !== f));
		const recognizer = new Recognizer({ russianTaggerModel: trainer.serializeRu(model) });
		docs.forEach((d, i) => {
			if (i % k !== f) return;
			const found = recognize(d.text, undefined, { entries: [], corpus: [] }, defaultSettings.suggestions, {
				language: 'ru',
				recognizer,
			});
			predictions.set(
				d.id,
				found.map(({ start, end, type }) => ({ start, end, type })),
			);
		});
		log(`  fold ${f + 1}/${k}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	}
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-ru-cv-'));
	const pred = path.join(tmp, 'pred.jsonl');
	fs.writeFileSync(
		pred,
		docs.map((d) => JSON.stringify({ id: d.id, entities: predictions.get(d.id) ?? [] })).join('\n') + '\n',
	);
	return { rows: rows(TRAIN, pred), seconds: (Date.now() - t0) / 1000 };
}

/** CPU seconds of the child processes this process has waited for (Linux), or undefined where that is not readable. */
function childrenCpu() {
	try {
		const f = fs.readFileSync('/proc/self/stat', 'utf8');
		const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		return (Number(fields[13]) + Number(fields[14])) / ticks;
	} catch {
		return undefined;
	}
}

/** MB/s of `attache recognize --jsonl` on about `mb` MB of JSON lines made of `docs`, from CPU time (wall time where unreadable); median of 3. */
function throughput(docs, mb) {
	let big = '';
	for (let n = 0; Buffer.byteLength(big) < mb * 1e6; n++)
		big += JSON.stringify({ id: `d${n}`, text: docs[n % docs.length].text }) + '\n';
	const bytes = Buffer.byteLength(big);
	const secs = [0, 1, 2].map(() => {
		const c0 = childrenCpu();
		const t0 = process.hrtime.bigint();
		attache(big);
		const wall = Number(process.hrtime.bigint() - t0) / 1e9;
		const c1 = childrenCpu();
		return c0 !== undefined && c1 !== undefined ? c1 - c0 : wall;
	});
	return bytes / 1e6 / secs.sort((a, b) => a - b)[1];
}

export async function main(args = process.argv.slice(2)) {
	if (!fs.existsSync(DEV) || !fs.existsSync(SCORE)) {
		console.log(`ru-eval: skipped: ${DEV} is absent (../shared/eval beside the repository)`);
		return;
	}
	if (!fs.existsSync(CLI)) {
		console.error('ru-eval: dist/cli.js is missing: run `npm run build` first');
		process.exitCode = 2;
		return;
	}
	const dev = readJsonl(DEV);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-ru-'));
	const pred = path.join(tmp, 'ru-nerel.dev.pred.jsonl');
	fs.writeFileSync(pred, attache(dev.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n'));
	console.log(`\n=== ru-nerel.dev.jsonl: Attache (attache recognize --jsonl, language read from the text)`);
	console.log(execFileSync(process.execPath, [SCORE, '--gold', DEV, '--pred', pred], { encoding: 'utf8' }).trimEnd());
	const devRows = rows(DEV, pred);
	const i = args.indexOf('--k');
	const k = i >= 0 ? Number(args[i + 1]) : 5;
	const cv = !args.includes('--no-cv') && fs.existsSync(TRAIN) ? await crossValidateRu({ k }) : undefined;
	console.log(
		`\n=== Russian (NEREL): ${cv ? `cross-validated over the training part (k = ${k}, ${cv.seconds.toFixed(0)} s) beside ` : ''}the development part (shipped tagger)`,
	);
	console.log(`${'measure'.padEnd(56)}${(cv ? 'CV' : '').padStart(22)}${'dev'.padStart(22)}  target`);
	const targets = ['>= 85', '', '', '>= 90', ''];
	devRows.forEach(([label, v], r) =>
		console.log(`${label.padEnd(56)}${(cv ? cv.rows[r][1] : '').padStart(22)}${v.padStart(22)}  ${targets[r]}`),
	);
	const english = ENGLISH.filter((f) => fs.existsSync(f)).flatMap(readJsonl);
	const ru = throughput(dev, 2);
	const en = english.length ? throughput(english, 2) : undefined;
	console.log(`\n=== Russian throughput (about 2 MB of JSON lines, whole process, MB/s from CPU time, median of 3)`);
	console.log(`Attache, Russian (NEREL dev texts): ${ru.toFixed(2)} MB/s (target >= 1)`);
	if (en)
		console.log(
			`Attache, English (IEER + re3d dev texts), same run: ${en.toFixed(2)} MB/s; ratio Russian / English ${(ru / en).toFixed(2)}`,
		);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
