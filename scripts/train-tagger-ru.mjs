#!/usr/bin/env node
// Trains the Russian tagger (the averaged structured perceptron of scripts/train-tagger.mjs, over the features of
// server/src/service/recognize/ru/features.ts) on NEREL v1.1's training part (../shared/train/ru-nerel.train.jsonl:
// 746 Russian Wikinews articles, Loukachevitch et al. 2021) and writes the pruned, quantized weights to
// server/data/names-tagger-ru.json. NEREL's PERSON, ORG and PLACE (countries, cities, regions, districts, locations)
// are the tagger's PER, ORG and LOC; its DATE takes the slot of MISC, so that the tagger also marks NEREL's durations
// and dates the grammar has no rule for. The features read the word clusters of server/data/clusters-ru.json: run
// scripts/build-clusters-ru.mjs first when the tokenizer or the stems change. Deterministic: the same data and
// options give the same bytes.
//
//   node scripts/train-tagger-ru.mjs [--epochs N] [--runs N] [--seed N] [--out FILE]
//
// The functions below are also what bench/cv-eval-ru.mjs trains its cross-validation folds with.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { trainAveraged, serialize } from './train-tagger.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NEREL_TRAIN = path.resolve(ROOT, '../shared/train/ru-nerel.train.jsonl');
const OUT = path.join(ROOT, 'server/data/names-tagger-ru.json');
/** Fewer epochs and runs than the English tagger: NEREL is five times WikiGold, and every token is tagged. */
export const DEFAULTS = { epochs: 12, runs: 3, seed: 12345 };
const load = (f) => tsImport(path.join(ROOT, 'server/src/service/recognize', f), import.meta.url);
const { tokenizeRussian } = await load('ru/tokenize.ts');
const { matchLists } = await load('ru/listMatch.ts');
const { readArticle, ruFeatures, MAX_RU_FEATURES, RU_HASH_BITS } = await load('ru/features.ts');
const { RussianScratch } = await load('ru/scratch.ts');
const { LABELS } = await load('names/features.ts');
/** The stems and shapes of every document, cached in one recognizer's scratch as `attache recognize` does. */
const scratch = new RussianScratch();
const LABEL_INDEX = Object.fromEntries(LABELS.map((l, i) => [l, i]));
const TAG_OF = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', DATE: 'MISC' };

export function readNerel(file = NEREL_TRAIN) {
	return fs
		.readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => ({ ...JSON.parse(l), genre: 'news' }));
}

/** The runs (sentences) of a document with their features and gold labels, as trainAveraged takes them. */
export function prepareRu(doc) {
	const tokens = tokenizeRussian(doc.text);
	const article = readArticle(tokens, matchLists(tokens, scratch), scratch);
	const n = tokens.length;
	const gold = new Int8Array(n);
	const ents = doc.entities.filter((e) => TAG_OF[e.type]).sort((a, b) => a.start - b.start);
	let k = 0;
	for (const e of ents) {
		while (k < n && tokens[k].end <= e.start) k++;
		let first = true;
		for (let j = k; j < n && tokens[j].start < e.end; j++) {
			if (tokens[j].start < e.start || tokens[j].end > e.end || gold[j] !== 0) continue;
			gold[j] = LABEL_INDEX[(first ? 'B-' : 'I-') + TAG_OF[e.type]];
			first = false;
		}
	}
	const runs = [];
	const feats = new Int32Array(MAX_RU_FEATURES);
	for (let i = 0; i < n;) {
		let j = i + 1;
		while (j < n && !tokens[j].sentStart) j++;
		const f = [];
		const g = new Int8Array(j - i);
		for (let t = i; t < j; t++) {
			const c = ruFeatures(article, t, feats);
			f.push(Int32Array.from(feats.subarray(0, c)));
			let lab = gold[t];
			if (t === i && LABELS[lab].startsWith('I-')) lab = LABEL_INDEX['B-' + LABELS[lab].slice(2)];
			g[t - i] = lab;
		}
		runs.push({ f, g, from: i });
		i = j;
	}
	return { runs, genre: 'news', tokens: n };
}

/** Quantized weights small enough for the table of the tagger (at most 65,535 features): the least weights pruned. */
export function serializeRu(model, comment = '') {
	for (let min = 1; ; min *= 1.5) {
		const out = serialize(model, min, comment);
		if (out.count <= 65000) return out;
	}
}

export function trainRu(prepared, options = {}) {
	return trainAveraged(prepared, { ...DEFAULTS, ...options, quiet: true, hashBits: RU_HASH_BITS });
}

async function main() {
	const args = process.argv.slice(2);
	const opt = (n, d) => {
		const i = args.indexOf(n);
		return i >= 0 ? Number(args[i + 1]) : d;
	};
	if (!fs.existsSync(NEREL_TRAIN)) {
		console.log(`train-tagger-ru: skipped: ${NEREL_TRAIN} is absent (../shared/train beside the repository)`);
		return;
	}
	const t0 = Date.now();
	const prepared = readNerel().map(prepareRu);
	console.log(
		`${prepared.length} documents, ${prepared.reduce((a, p) => a + p.tokens, 0)} tokens (${Date.now() - t0} ms)`,
	);
	const model = trainRu(prepared, {
		epochs: opt('--epochs', DEFAULTS.epochs),
		runs: opt('--runs', DEFAULTS.runs),
		seed: opt('--seed', DEFAULTS.seed),
	});
	const out = serializeRu(
		model,
		'Averaged perceptron Russian tagger trained by scripts/train-tagger-ru.mjs on NEREL v1.1 (Loukachevitch et al. 2021; texts Russian Wikinews, CC BY 2.5); labels: MISC stands for DATE; see server/data/SOURCES.md.',
	);
	const o = args.indexOf('--out');
	const file = o >= 0 ? path.resolve(args[o + 1]) : OUT;
	fs.writeFileSync(file, JSON.stringify(out) + '\n');
	console.log(
		`kept ${out.count} features; wrote ${path.relative(ROOT, file)} (${fs.statSync(file).size} bytes) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
