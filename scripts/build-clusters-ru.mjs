#!/usr/bin/env node
// Builds the Russian tagger's word clusters (server/data/clusters-ru.json) from the text of NEREL's training part
// (../shared/train/ru-nerel.train.jsonl; the text only, no label): each frequent stem (ru/inflection.ts, lower case)
// is described by the stems next to it, left and right, weighted by positive pointwise mutual information; spherical
// k-means groups the stems into COARSE clusters, and each of those into FINE sub-clusters. A stem's cluster says what
// kind of word it is where the training data never saw it labelled ("Свазиленд" beside the stems of other countries).
// Deterministic: the same text gives the same bytes (fixed seeds, stable orders).
//
//   node scripts/build-clusters-ru.mjs [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEREL_TRAIN = path.resolve(ROOT, '../shared/train/ru-nerel.train.jsonl');
const OUT = path.join(ROOT, 'server/data/clusters-ru.json');
/** Stems seen fewer times have too few neighbours to be placed. */
const MIN_COUNT = 2;
/** The commonest stems are the neighbours a stem is described by. */
const CONTEXTS = 3000;
const COARSE = 64;
const FINE = 16;
const ITERATIONS = 12;

const load = (f) => tsImport(path.join(ROOT, 'server/src/service/recognize', f), import.meta.url);
const { tokenizeRussian } = await load('ru/tokenize.ts');
const { stemOf } = await load('ru/inflection.ts');
const { fnv1a } = await load('../text/fnv.ts');

/** A token's key: a word's stem, a number's or a sign's class. */
const keyOf = (t, stems) => (t.kind === 'word' ? stemOf(t.lower, stems) : t.kind === 'number' ? '<num>' : t.text);

function readSentences() {
	const stems = new Map();
	const out = [];
	for (const line of fs.readFileSync(NEREL_TRAIN, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const tokens = tokenizeRussian(JSON.parse(line).text);
		let sent = [];
		for (const t of tokens) {
			if (t.sentStart && sent.length) {
				out.push(sent);
				sent = [];
			}
			sent.push(keyOf(t, stems));
		}
		if (sent.length) out.push(sent);
	}
	return out;
}

/** A deterministic generator of numbers in [0, 1). */
function random(seed) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Sparse unit vectors: `idx[i]` the dimensions of vector i, `val[i]` their values. */
function vectors(sentences) {
	const count = new Map();
	for (const s of sentences) for (const k of s) count.set(k, (count.get(k) ?? 0) + 1);
	const byCount = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const context = new Map(byCount.slice(0, CONTEXTS).map(([k], i) => [k, i]));
	const words = byCount.filter(([k, c]) => c >= MIN_COUNT && /[а-яёa-z]/.test(k)).map(([k]) => k);
	const index = new Map(words.map((k, i) => [k, i]));
	const rows = words.map(() => new Map());
	for (const s of sentences)
		for (let i = 0; i < s.length; i++) {
			const w = index.get(s[i]);
			if (w === undefined) continue;
			const left = i > 0 ? context.get(s[i - 1]) : CONTEXTS;
			const right = i + 1 < s.length ? context.get(s[i + 1]) : CONTEXTS;
			const row = rows[w];
			if (left !== undefined) row.set(left, (row.get(left) ?? 0) + 1);
			if (right !== undefined) row.set(CONTEXTS + 1 + right, (row.get(CONTEXTS + 1 + right) ?? 0) + 1);
		}
	const dims = 2 * (CONTEXTS + 1);
	const colSum = new Float64Array(dims);
	let total = 0;
	for (const row of rows)
		for (const [d, c] of row) {
			colSum[d] += c;
			total += c;
		}
	const idx = [];
	const val = [];
	for (const row of rows) {
		let rowSum = 0;
		for (const c of row.values()) rowSum += c;
		const entries = [...row].sort((a, b) => a[0] - b[0]);
		const v = entries.map(([d, c]) => Math.max(0, Math.log((c * total) / (rowSum * colSum[d]))));
		const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
		idx.push(Int32Array.from(entries, ([d]) => d));
		val.push(Float64Array.from(v, (x) => x / norm));
	}
	return { words, idx, val, dims };
}

/** Spherical k-means of the vectors `members` into k clusters (k-means++ seeding); the cluster of each member. */
function kmeans({ idx, val, dims }, members, k, seed) {
	const rand = random(seed);
	const n = members.length;
	const assign = new Int32Array(n);
	if (n <= k) return assign.map((_, i) => i);
	const centroids = Array.from({ length: k }, () => new Float64Array(dims));
	const dot = (m, c) => {
		const ix = idx[m];
		const vx = val[m];
		let s = 0;
		for (let j = 0; j < ix.length; j++) s += vx[j] * c[ix[j]];
		return s;
	};
	const setTo = (c, m) => {
		c.fill(0);
		for (let j = 0; j < idx[m].length; j++) c[idx[m][j]] = val[m][j];
	};
	setTo(centroids[0], members[Math.floor(rand() * n)]);
	const best = new Float64Array(n).fill(-Infinity);
	for (let c = 1; c < k; c++) {
		let sum = 0;
		const far = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			best[i] = Math.max(best[i], dot(members[i], centroids[c - 1]));
			far[i] = Math.max(0, 1 - best[i]);
			sum += far[i];
		}
		let r = rand() * sum;
		let pick = n - 1;
		for (let i = 0; i < n; i++)
			if ((r -= far[i]) <= 0) {
				pick = i;
				break;
			}
		setTo(centroids[c], members[pick]);
	}
	for (let it = 0; it < ITERATIONS; it++) {
		for (let i = 0; i < n; i++) {
			let top = -Infinity;
			for (let c = 0; c < k; c++) {
				const s = dot(members[i], centroids[c]);
				if (s > top) [top, assign[i]] = [s, c];
			}
		}
		for (const c of centroids) c.fill(0);
		for (let i = 0; i < n; i++) {
			const m = members[i];
			const c = centroids[assign[i]];
			for (let j = 0; j < idx[m].length; j++) c[idx[m][j]] += val[m][j];
		}
		for (const c of centroids) {
			let norm = 0;
			for (let d = 0; d < dims; d++) norm += c[d] * c[d];
			norm = Math.sqrt(norm) || 1;
			for (let d = 0; d < dims; d++) c[d] /= norm;
		}
	}
	return assign;
}

function main() {
	const args = process.argv.slice(2);
	if (!fs.existsSync(NEREL_TRAIN)) {
		console.log(`build-clusters-ru: skipped: ${NEREL_TRAIN} is absent (../shared/train beside the repository)`);
		return;
	}
	const t0 = Date.now();
	const space = vectors(readSentences());
	const all = space.words.map((_, i) => i);
	const coarse = kmeans(space, all, COARSE, 12345);
	const cluster = new Int32Array(all.length);
	for (let c = 0; c < COARSE; c++) {
		const members = all.filter((i) => coarse[i] === c);
		const fine = kmeans(space, members, FINE, 777 + c);
		members.forEach((m, j) => (cluster[m] = c * FINE + fine[j]));
	}
	// one string a cluster: its stems' hashes (as the tagger computes them), in base 36, in increasing order; no text
	const lists = Array.from({ length: COARSE * FINE }, () => []);
	space.words.forEach((w, i) => lists[cluster[i]].push(fnv1a(w) >>> 0));
	for (const l of lists) l.sort((a, b) => a - b);
	const out = {
		comment:
			'Word clusters of the Russian tagger, built by scripts/build-clusters-ru.mjs from the text of NEREL v1.1 training part (Russian Wikinews, CC BY 2.5); see server/data/SOURCES.md.',
		fine: FINE,
		clusters: lists.map((l) => l.map((h) => h.toString(36)).join(' ')),
	};
	const o = args.indexOf('--out');
	const file = o >= 0 ? path.resolve(args[o + 1]) : OUT;
	fs.writeFileSync(file, JSON.stringify(out) + '\n');
	console.log(
		`${space.words.length} stems in ${COARSE} x ${FINE} clusters; wrote ${path.relative(ROOT, file)} (${fs.statSync(file).size} bytes) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
	);
}

main();
