#!/usr/bin/env node
// Trains the name recognizer's statistical tagger (an averaged structured perceptron over BIO tags, features in
// server/src/service/recognize/names/features.ts) on WikiGold (../shared/train/wikigold.conll.txt, CC BY 4.0,
// Balasuriya et al. 2009) and writes the pruned, quantized weights to server/data/names-tagger.json.
// Run scripts/build-gazetteer.mjs first: the features use the lists.
//
//   node scripts/train-tagger.mjs [--epochs N] [--runs N] [--seed N] [--holdout] [--min W]
//   --holdout: train on 85% of the documents and report span F1 on the rest (no artifact written)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRAIN = path.resolve(ROOT, '../shared/train/wikigold.conll.txt');
const OUT = path.join(ROOT, 'server/data/names-tagger.json');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? Number(args[i + 1]) : d; };
const EPOCHS = opt('--epochs', 12);
const MIN_WEIGHT = opt("--min", 1);
const HOLDOUT = args.includes('--holdout');
const SEED = opt('--seed', 12345);
const RUNS = opt('--runs', 5);

if (!fs.existsSync(TRAIN)) {
	console.log(`train-tagger: skipped: ${TRAIN} is absent (../shared/train beside the repository)`);
	process.exit(0);
}
const load = async (f) => {
	const m = await tsImport(path.join(ROOT, 'server/src/service/recognize/names', f), import.meta.url);
	return m.default && !m.makeContext && !m.makeFeaturizer ? m.default : m;
};
const { makeContext } = await load('context.ts');
const { makeFeaturizer, viterbi, LABELS, NLABELS, HASH_BITS, MAX_FEATURES } = await load('features.ts');
const TYPE = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const LABEL_INDEX = Object.fromEntries(LABELS.map((l, i) => [l, i]));

// --- read WikiGold: documents of sentences of [token, IOB1 tag] ------------------------------------------------------
const docs = [];
let doc = null;
let sent = [];
for (const line of fs.readFileSync(TRAIN, 'utf8').split('\n')) {
	const l = line.trim();
	if (!l) {
		if (sent.length && doc) doc.push(sent);
		sent = [];
		continue;
	}
	const sp = l.lastIndexOf(' ');
	const word = l.slice(0, sp);
	const tag = l.slice(sp + 1);
	if (word === '-DOCSTART-') {
		if (sent.length && doc) doc.push(sent);
		sent = [];
		doc = [];
		docs.push(doc);
		continue;
	}
	sent.push([word, tag]);
}
if (sent.length && doc) doc.push(sent);

/** A document as text (a sentence a line) with its entity spans, tokenized and labelled as the recognizer would. */
function prepare(d) {
	let text = '';
	const ents = [];
	for (const s of d) {
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
	const ctx = makeContext(text);
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
	return { ctx, gold, runs, ents };
}

// --- averaged structured perceptron -----------------------------------------------------------------------------------
const SIZE = (1 << HASH_BITS) * NLABELS;
/** Several perceptrons trained on different shuffles, their weights averaged: steadier than one. */
function trainAveraged(prepared, epochs, runs) {
	const sum = { w: new Float32Array(SIZE), tw: new Float64Array(NLABELS * NLABELS) };
	for (let r = 0; r < runs; r++) {
		const m = train(prepared, epochs, SEED + r * 7919);
		for (let i = 0; i < SIZE; i++) sum.w[i] += m.w[i] / runs;
		for (let i = 0; i < sum.tw.length; i++) sum.tw[i] += m.tw[i] / runs;
	}
	return sum;
}

function train(prepared, epochs, seed0) {
	const w = new Float32Array(SIZE);
	const u = new Float32Array(SIZE);
	const tw = new Float64Array(NLABELS * NLABELS);
	const tu = new Float64Array(NLABELS * NLABELS);
	let c = 1;
	const runs = prepared.flatMap((p) => p.runs);
	let seed = seed0;
	const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
	for (let ep = 0; ep < epochs; ep++) {
		for (let i = runs.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[runs[i], runs[j]] = [runs[j], runs[i]];
		}
		let errors = 0;
		for (const r of runs) {
			const len = r.g.length;
			const emit = new Float64Array(len * NLABELS);
			for (let t = 0; t < len; t++) for (const h of r.f[t]) for (let l = 0; l < NLABELS; l++) emit[t * NLABELS + l] += w[h * NLABELS + l];
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
						w[h * NLABELS + g] += 1; u[h * NLABELS + g] += c;
						w[h * NLABELS + p] -= 1; u[h * NLABELS + p] -= c;
					}
				}
				if (g !== p || gp !== pp) {
					tw[gp * NLABELS + g] += 1; tu[gp * NLABELS + g] += c;
					tw[pp * NLABELS + p] -= 1; tu[pp * NLABELS + p] -= c;
				}
			}
			if (wrong) errors++;
			c++;
		}
		if (ep === epochs - 1) process.stdout.write(`seed ${seed0}: ${errors} of ${runs.length} runs wrong in the last epoch\n`);
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
		for (let t = 0; t < len; t++) for (const h of r.f[t]) for (let l = 0; l < NLABELS; l++) emit[t * NLABELS + l] += model.w[h * NLABELS + l];
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

function score(model, prepared) {
	const per = {};
	for (const p of prepared) {
		const key = (e) => `${e.start}:${e.end}:${e.type}`;
		const pred = decodeSpans(model, p);
		const g = new Set(p.ents.map(key));
		const pk = new Set(pred.map(key));
		for (const t of ['PER', 'ORG', 'LOC', 'MISC', 'ALL']) per[t] ??= { tp: 0, fp: 0, fn: 0 };
		for (const e of pred) { const x = per[e.type]; if (g.has(key(e))) { x.tp++; per.ALL.tp++; } else { x.fp++; per.ALL.fp++; } }
		for (const e of p.ents) if (!pk.has(key(e))) { per[e.type].fn++; per.ALL.fn++; }
	}
	for (const [t, x] of Object.entries(per)) {
		const pr = x.tp / (x.tp + x.fp || 1), rc = x.tp / (x.tp + x.fn || 1);
		console.log(`${t.padEnd(5)} P ${(100 * pr).toFixed(1)} R ${(100 * rc).toFixed(1)} F1 ${(200 * pr * rc / (pr + rc || 1)).toFixed(1)}`);
	}
}

const t0 = Date.now();
const prepared = docs.map(prepare);
console.log(`${docs.length} documents, ${prepared.reduce((a, p) => a + p.ctx.tokens.length, 0)} tokens, ${prepared.reduce((a, p) => a + p.runs.length, 0)} runs (${Date.now() - t0} ms)`);
if (HOLDOUT) {
	const cut = Math.floor(prepared.length * 0.85);
	const model = trainAveraged(prepared.slice(0, cut), EPOCHS, RUNS);
	console.log('held-out documents:');
	score(model, prepared.slice(cut));
	process.exit(0);
}
const model = trainAveraged(prepared, EPOCHS, RUNS);

// --- prune and quantize: keep the features with some weight, as int8 per feature with one scale ----------------------
const buckets = [];
let maxAbs = 0;
for (let h = 0; h < 1 << HASH_BITS; h++) {
	let keep = false;
	for (let l = 0; l < NLABELS; l++) if (Math.abs(model.w[h * NLABELS + l]) >= MIN_WEIGHT) keep = true;
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
	while (d >= 0x80) { keyBytes.push((d & 0x7f) | 0x80); d >>>= 7; }
	keyBytes.push(d);
}
const weights = new Int16Array(buckets.length * NLABELS);
buckets.forEach((h, k) => { for (let l = 0; l < NLABELS; l++) weights[k * NLABELS + l] = Math.max(-32767, Math.min(32767, Math.round(model.w[h * NLABELS + l] / scale))); });
const out = {
	$comment: 'Averaged perceptron name tagger trained by scripts/train-tagger.mjs on WikiGold (CC BY 4.0, Balasuriya et al. 2009, "Named entity recognition in Wikipedia"); see server/data/SOURCES.md.',
	labels: LABELS,
	hashBits: HASH_BITS,
	count: buckets.length,
	scale,
	transitions: Array.from(model.tw, (x) => Math.round(x * 1000) / 1000),
	keys: Buffer.from(keyBytes).toString('base64'),
	weights: Buffer.from(weights.buffer).toString('base64'),
};
fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`kept ${buckets.length} features; wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log('training documents (resubstitution):');
score(model, prepared);
