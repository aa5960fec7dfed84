// Cross-validation of the recognizer: every document it may learn from (WikiGold and Universal NER English-EWT in
// ../shared/train) and every development document (../shared/eval: IEER, re3d, TempEval-3) is put in one of k folds;
// for each fold the tagger is trained on the training documents of the other folds (scripts/train-tagger.mjs, with
// the same settings as the shipped model) and the whole recognizer, rules and lists included, recognizes the
// fold's documents with it. The development documents are never trained on (their licences are for measurement);
// `--train-dev` trains on the other folds' IEER and re3d names too, to see what more news would give.
//
//   node bench/cv-eval.mjs [--k 5] [--epochs N] [--runs N] (the shipped model's by default) [--train-dev] [--wikigold-only]
// or through `npm run bench:recognition`, which prints these figures beside the development-set ones.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { buildSync } from 'esbuild';
import { errorKinds } from './error-kinds-eval.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '../shared/eval');
export const DEV_SETS = ['ieer.dev.jsonl', 're3d.dev.jsonl', 'te3.dev.jsonl'];
const readJsonl = (f) =>
	fs
		.readFileSync(f, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l));

/** Whether the data for cross-validation is present beside the repository. */
export function cvDataPresent() {
	return (
		DEV_SETS.every((f) => fs.existsSync(path.join(EVAL, f))) &&
		fs.existsSync(path.resolve(ROOT, '../shared/train/wikigold.conll.txt'))
	);
}

/**
 * Runs the cross-validation; returns per corpus ('wikigold', 'uner', 'ieer', 're3d', 'te3') the gold documents, the
 * predictions by id, and score.mjs's JSON figures, plus the error kinds over all folds.
 */
export async function crossValidate({
	k = 5,
	epochs,
	runs,
	trainDev = false,
	wikigoldOnly = false,
	raw = false,
	log = () => {},
} = {}) {
	const t0 = Date.now();
	const trainer = await import('../scripts/train-tagger.mjs');
	const { recognize, Recognizer, defaultSettings } = recognizerBundle();
	const corpora = {};
	// every training corpus is scored; `wikigoldOnly` trains on WikiGold's folds alone (the tagger before UNER)
	for (const d of trainer.trainingDocuments()) (corpora[d.id.split('/')[0]] ??= []).push(d);
	for (const set of DEV_SETS) corpora[set.split('.')[0]] = readJsonl(path.join(EVAL, set));
	const fold = new Map();
	for (const docs of Object.values(corpora)) docs.forEach((d, i) => fold.set(d.id, i % k));
	const trainable = (d) =>
		(d.genre !== undefined && !(wikigoldOnly && d.genre !== 'wiki')) ||
		(trainDev && !d.dates_only && !d.id.startsWith('te3'));
	const prepared = new Map();
	for (const docs of Object.values(corpora))
		for (const d of docs)
			if (trainable(d))
				prepared.set(
					d.id,
					trainer.prepare({
						...d,
						entities: d.entities.filter((e) => e.type !== 'DATE'),
						ignore: d.genre ? d.ignore : [],
					}),
				);
	log(
		`cross-validation: ${[...fold.keys()].length} documents in ${k} folds (${prepared.size} trained on), prepared in ${Date.now() - t0} ms`,
	);
	const predictions = new Map();
	for (let f = 0; f < k; f++) {
		const train = [...prepared].filter(([id]) => fold.get(id) !== f).map(([, p]) => p);
		const model = trainer.trainAveraged(train, {
			epochs: epochs ?? trainer.DEFAULTS.epochs,
			runs: runs ?? trainer.DEFAULTS.runs,
			quiet: true,
		});
		// raw confidences: scripts/fit-calibration.mjs fits the calibration on them, and the bench applies it fold by fold
		const recognizer = new Recognizer({ taggerModel: trainer.serialize(model), ...(raw && { calibration: null }) });
		for (const docs of Object.values(corpora)) {
			for (const d of docs) {
				if (fold.get(d.id) !== f) continue;
				// IEER's dates follow MUC (no "today", "last week"), the others TimeML, as bench/recognition.mjs scores them
				const found = recognize(d.text, d.dct?.slice(0, 10), { entries: [], corpus: [] }, defaultSettings.suggestions, {
					dateStyle: d.id.startsWith('ieer') ? 'muc' : 'timeml',
					recognizer,
				});
				// roles are not scored (no corpus marks them); confidence and source stay for the calibration
				const scored = found.filter((e) => e.type !== 'role');
				predictions.set(
					d.id,
					scored.map(({ start, end, type, value, confidence, source }) =>
						value === undefined
							? { start, end, type, confidence, source }
							: { start, end, type, value, confidence, source },
					),
				);
			}
		}
		log(`  fold ${f + 1}/${k}: trained on ${train.length} documents, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-cv-'));
	const out = {};
	for (const [name, docs] of Object.entries(corpora)) {
		const gold = path.join(tmp, `${name}.gold.jsonl`);
		const pred = path.join(tmp, `${name}.pred.jsonl`);
		fs.writeFileSync(gold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
		fs.writeFileSync(
			pred,
			docs.map((d) => JSON.stringify({ id: d.id, entities: predictions.get(d.id) ?? [] })).join('\n') + '\n',
		);
		out[name] = {
			docs,
			gold,
			pred,
			figures: scoreJson(gold, pred),
			names: docs.some((d) => !d.dates_only) ? scoreJson(gold, pred, 'PERSON,ORG,PLACE') : undefined,
		};
	}
	const news = ['ieer', 're3d', 'te3'].flatMap((c) => corpora[c]);
	const all = Object.values(corpora).flat();
	return {
		corpora: out,
		fold,
		predictions,
		kindsNews: errorKinds(news, (id) => predictions.get(id)),
		kindsAll: errorKinds(all, (id) => predictions.get(id)),
		seconds: (Date.now() - t0) / 1000,
	};
}

/** The recognizer, as the product builds it. */
function recognizerBundle() {
	const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'attache-cv-bundle-')), 'bundle.cjs');
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

/** score.mjs's figures as JSON (its --json line). */
export function scoreJson(gold, pred, types) {
	const text = execFileSync(
		process.execPath,
		[path.join(EVAL, 'score.mjs'), '--gold', gold, '--pred', pred, '--json', ...(types ? ['--types', types] : [])],
		{ encoding: 'utf8' },
	);
	return JSON.parse(text.split('\n')[0]);
}

/** The headline figures of a run (cross-validated or on the development sets), as rows of [label, text]. */
export function summaryRows(c) {
	const pct = (v) => (v === undefined || v === null ? '-' : (100 * v).toFixed(1));
	const rows = [];
	const ieer = c.ieer;
	if (ieer) {
		const nm = ieer.names;
		rows.push(['IEER names exact micro F1', pct(nm?.ALL.exact.f)]);
		rows.push([
			'  PERSON / ORG / PLACE exact F1',
			`${pct(nm?.PERSON.exact.f)} / ${pct(nm?.ORG.exact.f)} / ${pct(nm?.PLACE.exact.f)}`,
		]);
		rows.push(['IEER DATE exact F1 (MUC extents)', pct(ieer.figures.DATE.exact.f)]);
	}
	if (c.te3)
		rows.push([
			'TE3 DATE exact F1 / values right',
			`${pct(c.te3.figures.DATE.exact.f)} / ${pct(c.te3.figures.dateValueAccuracy)}%`,
		]);
	if (c.re3d) rows.push(['re3d overlap micro F1', pct(c.re3d.figures.ALL.overlap.f)]);
	for (const name of ['wikigold', 'uner'])
		rows.push([
			`${name === 'uner' ? 'UNER English-EWT' : 'WikiGold'} names exact micro F1 (MISC ignored)`,
			pct(c[name]?.names?.ALL.exact.f),
		]);
	return rows;
}

async function main() {
	const args = process.argv.slice(2);
	const opt = (n, d) => {
		const i = args.indexOf(n);
		return i >= 0 ? Number(args[i + 1]) : d;
	};
	if (!cvDataPresent()) {
		console.log('cv-eval: skipped: ../shared/eval and ../shared/train are not beside the repository');
		return;
	}
	const cv = await crossValidate({
		k: opt('--k', 5),
		epochs: opt('--epochs', undefined),
		runs: opt('--runs', undefined),
		trainDev: args.includes('--train-dev'),
		wikigoldOnly: args.includes('--wikigold-only'),
		log: console.log,
	});
	for (const [label, v] of summaryRows(cv.corpora)) console.log(`${label.padEnd(50)} ${v}`);
	const { kindsTable } = await import('./error-kinds-eval.mjs');
	console.log(kindsTable({ 'CV news': cv.kindsNews, 'CV all': cv.kindsAll }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
