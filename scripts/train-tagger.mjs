#!/usr/bin/env node
// Trains the name recognizer's statistical tagger (an averaged structured perceptron over BIO tags, features in
// server/src/service/recognize/names/features.ts) on WikiGold (../shared/train/wikigold.conll.txt, CC BY 4.0,
// Balasuriya et al. 2009) and Universal NER English-EWT (../shared/train/uner-en-ewt-*.iob2, CC BY-SA 4.0,
// Mayhew et al. 2024), and writes the pruned, quantized weights to server/data/names-tagger.json. Deterministic: the
// same data and options give the same bytes.
// Run scripts/build-gazetteer.mjs first: the features use the lists.
//
//   node scripts/train-tagger.mjs [--epochs N] [--runs N] [--seed N] [--holdout] [--min W] [--wikigold-only]
//   --holdout: train on 85% of the documents and report span F1 on the rest (no artifact written)
//
// The functions below are also what `bench/cv-eval.mjs` trains its cross-validation folds with.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TRAIN_DIR = path.resolve(ROOT, '../shared/train');
export const WIKIGOLD = path.join(TRAIN_DIR, 'wikigold.conll.txt');
export const UNER = ['uner-en-ewt-dev.iob2', 'uner-en-ewt-test.iob2'].map((f) => path.join(TRAIN_DIR, f));
const OUT = path.join(ROOT, 'server/data/names-tagger.json');
/** The defaults of the shipped model: several perceptrons averaged over enough epochs. */
export const DEFAULTS = { epochs: 12, runs: 5, seed: 12345, min: 1 };

const load = async (f) => {
	const m = await tsImport(path.join(ROOT, 'server/src/service/recognize/names', f), import.meta.url);
	return m.default && !m.makeContext && !m.makeFeaturizer ? m.default : m;
};
const { makeContext } = await load('context.ts');
const { NameScratch } = await load('nameScratch.ts');
/** The lists' lookups of every document, cached in one recognizer's scratch as `attache recognize` does. */
const scratch = new NameScratch();
const { makeFeaturizer, viterbi, LABELS, NLABELS, HASH_BITS, MAX_FEATURES } = await load('features.ts');
const LABEL_INDEX = Object.fromEntries(LABELS.map((l, i) => [l, i]));

// --- the corpora: documents of sentences of [token, tag] with tags as PER / ORG / LOC / MISC in IOB ----------------
/** WikiGold (CoNLL IOB1: I- inside or starting, B- only where two entities of one type touch). */
export function readWikiGold(file = WIKIGOLD) {
	const docs = [];
	let doc = null;
	let sent = [];
	const end = () => {
		if (sent.length && doc) doc.sents.push(sent);
		sent = [];
	};
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		const l = line.trim();
		if (!l) {
			end();
			continue;
		}
		const sp = l.lastIndexOf(' ');
		const word = l.slice(0, sp);
		const tag = l.slice(sp + 1);
		if (word === '-DOCSTART-') {
			end();
			doc = { id: `wikigold/${docs.length}`, genre: 'wiki', sents: [] };
			docs.push(doc);
			continue;
		}
		sent.push([word, tag === 'O' ? 'O' : tag]);
	}
	end();
	return docs.map(toDocument);
}

/** Universal NER (IOB2, `id token tag - annotator`, `# newdoc id =` between documents). */
export function readUner(files = UNER) {
	const docs = [];
	for (const file of files) {
		let doc = null;
		let sent = [];
		const end = () => {
			if (sent.length) {
				if (!doc) docs.push((doc = { id: `uner/${path.basename(file)}/${docs.length}`, genre: 'web', sents: [] }));
				doc.sents.push(sent);
			}
			sent = [];
		};
		for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
			const newdoc = /^# newdoc id = (.+)/.exec(line);
			if (newdoc) {
				end();
				docs.push((doc = { id: `uner/${newdoc[1].trim()}`, genre: 'web', sents: [] }));
				continue;
			}
			if (line.startsWith('#')) continue;
			if (!line.trim()) {
				end();
				continue;
			}
			const f = line.split('\t');
			if (f.length < 3 || f[0].includes('-') || f[0].includes('.')) continue;
			// IOB2 to the IOB1 reading of toDocument: a B- always starts an entity there too
			sent.push([
				f[1],
				f[2] === 'O' || !/^[BI]-(PER|ORG|LOC|MISC)$/.test(f[2])
					? 'O'
					: f[2].startsWith('B-')
						? `B-${f[2].slice(2)}`
						: f[2],
			]);
		}
		end();
	}
	return docs.map(toDocument);
}

/**
 * A document as text (a sentence a line, tokens joined by spaces) with its entity spans as the eval files give them:
 * {id, genre, text, entities: [{start, end, type: PERSON | ORG | PLACE}], ignore: MISC spans}.
 */
function toDocument(d) {
	let text = '';
	const ents = [];
	const TYPE = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };
	for (const s of d.sents) {
		if (text) text += '\n';
		let cur = null;
		s.forEach(([w, tag], k) => {
			if (k > 0) text += ' ';
			const start = text.length;
			text += w;
			const type = tag === 'O' ? null : TYPE[tag.slice(2)];
			if (type && cur && cur.type === type && !tag.startsWith('B-')) cur.end = text.length;
			else {
				if (cur) ents.push(cur);
				cur = type ? { start, end: text.length, type } : null;
			}
		});
		if (cur) ents.push(cur);
	}
	const named = (e) => ({ ...e, text: text.slice(e.start, e.end) });
	return {
		id: d.id,
		genre: d.genre,
		text,
		entities: ents.filter((e) => e.type !== 'MISC').map(named),
		ignore: ents.filter((e) => e.type === 'MISC').map(named),
	};
}

const TAG_OF = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', MISC: 'MISC' };

/** A document tokenized and labelled as the recognizer would tokenize it, in runs of the tokens the tagger looks at. */
export function prepare(doc) {
	const { text } = doc;
	const ents = [...doc.entities, ...(doc.ignore ?? []).filter((e) => e.type === 'MISC')]
		.filter((e) => TAG_OF[e.type])
		.map((e) => ({ start: e.start, end: e.end, type: TAG_OF[e.type] }));
	const ctx = makeContext(text, scratch);
	const fz = makeFeaturizer(ctx);
	const n = ctx.tokens.length;
	const gold = new Int8Array(n);
	for (const e of ents) {
		let first = true;
		for (let i = 0; i < n; i++) {
			const t = ctx.tokens[i];
			if (t.start >= e.start && t.end <= e.end) {
				gold[i] = LABEL_INDEX[(first ? 'B-' : 'I-') + e.type];
				first = false;
			}
		}
	}
	// runs of tokens the tagger looks at, with their features
	const runs = [];
	const feats = new Int32Array(MAX_FEATURES);
	for (let i = 0; i < n; i++) {
		if (!fz.eligible[i]) continue;
		let j = i;
		while (j < n && fz.eligible[j] && (j === i || !ctx.tokens[j].sentStart)) j++;
		const f = [];
		const g = new Int8Array(j - i);
		for (let k = i; k < j; k++) {
			const c = fz.features(k, feats);
			f.push(Int32Array.from(feats.subarray(0, c)));
			let lab = gold[k];
			if (k === i && LABELS[lab].startsWith('I-')) lab = LABEL_INDEX['B-' + LABELS[lab].slice(2)];
			g[k - i] = lab;
		}
		runs.push({ f, g, from: i });
		i = j - 1;
	}
	return { ctx, gold, runs, ents, genre: doc.genre };
}

/**
 * How often a genre's sentences are seen an epoch: WikiGold's edited prose twice, UNER's web text once. Chosen by the
 * cross-validation (bench/cv-eval.mjs): WikiGold +1.1, UNER -0.3, IEER and re3d unchanged against equal weights.
 */
const GENRE_WEIGHT = { wiki: 2, web: 1 };

// --- averaged structured perceptron -----------------------------------------------------------------------------------
/** The weights of a hash space of `bits` bits (the Russian tagger has a larger one: it has more features). */
const sizeOf = (bits) => (1 << bits) * NLABELS;
/** Several perceptrons trained on different shuffles, their weights averaged: steadier than one. */
export function trainAveraged(
	prepared,
	{ epochs = DEFAULTS.epochs, runs = DEFAULTS.runs, seed = DEFAULTS.seed, quiet = false, hashBits = HASH_BITS } = {},
) {
	const SIZE = sizeOf(hashBits);
	const sum = { w: new Float32Array(SIZE), tw: new Float64Array(NLABELS * NLABELS), hashBits };
	for (let r = 0; r < runs; r++) {
		const m = train(prepared, epochs, seed + r * 7919, quiet, SIZE);
		for (let i = 0; i < SIZE; i++) sum.w[i] += m.w[i] / runs;
		for (let i = 0; i < sum.tw.length; i++) sum.tw[i] += m.tw[i] / runs;
	}
	return sum;
}

function train(prepared, epochs, seed0, quiet, SIZE = sizeOf(HASH_BITS)) {
	const w = new Float32Array(SIZE);
	const u = new Float32Array(SIZE);
	const tw = new Float64Array(NLABELS * NLABELS);
	const tu = new Float64Array(NLABELS * NLABELS);
	let c = 1;
	// (the weights only between genres: WikiGold alone, as --wikigold-only trains, is seen once an epoch)
	const mixed = prepared.some((p) => p.genre === 'web');
	const runs = prepared.flatMap((p) => (mixed && GENRE_WEIGHT[p.genre] === 2 ? [...p.runs, ...p.runs] : p.runs));
	let seed = seed0;
	const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
	for (let ep = 0; ep < epochs; ep++) {
		for (let i = runs.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[runs[i], runs[j]] = [runs[j], runs[i]];
		}
		let errors = 0;
		for (const r of runs) {
			const len = r.g.length;
			const emit = new Float64Array(len * NLABELS);
			for (let t = 0; t < len; t++)
				for (const h of r.f[t]) for (let l = 0; l < NLABELS; l++) emit[t * NLABELS + l] += w[h * NLABELS + l];
			const pred = new Int8Array(len);
			viterbi(emit, len, tw, pred);
			let wrong = false;
			for (let t = 0; t < len; t++) {
				const g = r.g[t];
				const p = pred[t];
				const gp = t > 0 ? r.g[t - 1] : 0;
				const pp = t > 0 ? pred[t - 1] : 0;
				if (g !== p) {
					wrong = true;
					for (const h of r.f[t]) {
						w[h * NLABELS + g] += 1;
						u[h * NLABELS + g] += c;
						w[h * NLABELS + p] -= 1;
						u[h * NLABELS + p] -= c;
					}
				}
				if (g !== p || gp !== pp) {
					tw[gp * NLABELS + g] += 1;
					tu[gp * NLABELS + g] += c;
					tw[pp * NLABELS + p] -= 1;
					tu[pp * NLABELS + p] -= c;
				}
			}
			if (wrong) errors++;
			c++;
		}
		if (ep === epochs - 1 && !quiet)
			process.stdout.write(`seed ${seed0}: ${errors} of ${runs.length} runs wrong in the last epoch\n`);
	}
	for (let i = 0; i < SIZE; i++) w[i] -= u[i] / c;
	for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
	return { w, tw };
}

function decodeSpans(model, p) {
	const spans = [];
	for (const r of p.runs) {
		const len = r.g.length;
		const emit = new Float64Array(len * NLABELS);
		for (let t = 0; t < len; t++)
			for (const h of r.f[t]) for (let l = 0; l < NLABELS; l++) emit[t * NLABELS + l] += model.w[h * NLABELS + l];
		const pred = new Int8Array(len);
		viterbi(emit, len, model.tw, pred);
		let cur = null;
		for (let t = 0; t < len; t++) {
			const lab = LABELS[pred[t]];
			const tok = p.ctx.tokens[r.from + t];
			if (lab.startsWith('I-') && cur) cur.end = tok.end;
			else {
				if (cur) spans.push(cur);
				cur = lab === 'O' ? null : { start: tok.start, end: tok.end, type: lab.slice(2) };
			}
		}
		if (cur) spans.push(cur);
	}
	return spans;
}

export function score(model, prepared) {
	const per = {};
	for (const p of prepared) {
		const key = (e) => `${e.start}:${e.end}:${e.type}`;
		const pred = decodeSpans(model, p);
		const g = new Set(p.ents.map(key));
		const pk = new Set(pred.map(key));
		for (const t of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) per[t] ??= { tp: 0, fp: 0, fn: 0 };
		for (const e of pred) {
			const x = per[e.type];
			if (g.has(key(e))) {
				x.tp++;
				per.ALL.tp++;
			} else {
				x.fp++;
				per.ALL.fp++;
			}
		}
		for (const e of p.ents)
			if (!pk.has(key(e))) {
				per[e.type].fn++;
				per.ALL.fn++;
			}
	}
	for (const [t, x] of Object.entries(per)) {
		const pr = x.tp / (x.tp + x.fp || 1),
			rc = x.tp / (x.tp + x.fn || 1);
		console.log(
			`${t.padEnd(5)} P ${(100 * pr).toFixed(1)} R ${(100 * rc).toFixed(1)} F1 ${((200 * pr * rc) / (pr + rc || 1)).toFixed(1)}`,
		);
	}
}

// --- prune and quantize: keep the features with some weight, as int16 per feature with one scale --------------------
/** The artifact's JSON object for a trained model (what tagger.ts reads, and `new Recognizer({ taggerModel })` takes). */
export function serialize(model, minWeight = DEFAULTS.min, comment = '') {
	const buckets = [];
	let maxAbs = 0;
	const bits = model.hashBits ?? HASH_BITS;
	for (let h = 0; h < 1 << bits; h++) {
		let keep = false;
		for (let l = 0; l < NLABELS; l++) if (Math.abs(model.w[h * NLABELS + l]) >= minWeight) keep = true;
		if (!keep) continue;
		buckets.push(h);
		for (let l = 0; l < NLABELS; l++) maxAbs = Math.max(maxAbs, Math.abs(model.w[h * NLABELS + l]));
	}
	const scale = maxAbs / 32767;
	const keyBytes = [];
	let prev = 0;
	for (const h of buckets) {
		let d = h - prev;
		prev = h;
		while (d >= 0x80) {
			keyBytes.push((d & 0x7f) | 0x80);
			d >>>= 7;
		}
		keyBytes.push(d);
	}
	const weights = new Int16Array(buckets.length * NLABELS);
	buckets.forEach((h, k) => {
		for (let l = 0; l < NLABELS; l++)
			weights[k * NLABELS + l] = Math.max(-32767, Math.min(32767, Math.round(model.w[h * NLABELS + l] / scale)));
	});
	return {
		$comment: comment,
		labels: LABELS,
		hashBits: bits,
		count: buckets.length,
		scale,
		transitions: Array.from(model.tw, (x) => Math.round(x * 1000) / 1000),
		keys: Buffer.from(keyBytes).toString('base64'),
		weights: Buffer.from(weights.buffer).toString('base64'),
	};
}

/** The training corpora that are present: WikiGold and Universal NER English-EWT. */
export function trainingDocuments({ wikigoldOnly = false } = {}) {
	const docs = [];
	if (fs.existsSync(WIKIGOLD)) docs.push(...readWikiGold());
	if (!wikigoldOnly && UNER.every((f) => fs.existsSync(f))) docs.push(...readUner());
	return docs;
}

async function main() {
	const args = process.argv.slice(2);
	const opt = (n, d) => {
		const i = args.indexOf(n);
		return i >= 0 ? Number(args[i + 1]) : d;
	};
	const options = {
		epochs: opt('--epochs', DEFAULTS.epochs),
		runs: opt('--runs', DEFAULTS.runs),
		seed: opt('--seed', DEFAULTS.seed),
	};
	const minWeight = opt('--min', DEFAULTS.min);
	if (!fs.existsSync(WIKIGOLD)) {
		console.log(`train-tagger: skipped: ${WIKIGOLD} is absent (../shared/train beside the repository)`);
		return;
	}
	const t0 = Date.now();
	const docs = trainingDocuments({ wikigoldOnly: args.includes('--wikigold-only') });
	const prepared = docs.map(prepare);
	console.log(
		`${docs.length} documents, ${prepared.reduce((a, p) => a + p.ctx.tokens.length, 0)} tokens, ${prepared.reduce((a, p) => a + p.runs.length, 0)} runs (${Date.now() - t0} ms)`,
	);
	if (args.includes('--holdout')) {
		// every seventh document held out, from each corpus alike
		const model = trainAveraged(
			prepared.filter((_, i) => i % 7 !== 0),
			options,
		);
		console.log('held-out documents:');
		score(
			model,
			prepared.filter((_, i) => i % 7 === 0),
		);
		return;
	}
	const model = trainAveraged(prepared, options);
	const sources = [...new Set(docs.map((d) => d.genre))].join('+');
	const out = serialize(
		model,
		minWeight,
		`Averaged perceptron name tagger trained by scripts/train-tagger.mjs on ${sources === 'wiki' ? 'WikiGold (CC BY 4.0, Balasuriya et al. 2009)' : 'WikiGold (CC BY 4.0, Balasuriya et al. 2009) and Universal NER English-EWT (CC BY-SA 4.0, Mayhew et al. 2024); these weights are licensed CC BY-SA 4.0'}; see server/data/SOURCES.md.`,
	);
	fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
	console.log(
		`kept ${out.count} features; wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
	console.log('training documents (resubstitution):');
	score(model, prepared);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
