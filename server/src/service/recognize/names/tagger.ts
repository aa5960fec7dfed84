import model from '../../../../data/names-tagger.json';
import { type Ctx, isCommonWord } from './context';
import { L } from './flags';
import { fromBase64, readVarint } from './base64';
import { allowed, HASH_BITS, LABELS, makeFeaturizer, MAX_FEATURES, NLABELS, viterbi } from './features';
import type { Candidate } from './types';

/** The trained weights: hashed feature -> row of NLABELS weights, through a direct index over the hash space. */
interface Weights {
	/** row offset + 1 into `values` for each hash, 0 if the feature has no weights */
	readonly index: Int32Array;
	readonly values: Float32Array;
	readonly trans: Float32Array;
}

let weights: Weights | undefined;

function loadWeights(): Weights {
	if (weights) return weights;
	const m = model as { hashBits?: number; count?: number; scale?: number; keys?: string; weights?: string; transitions?: number[] };
	if (m.hashBits !== HASH_BITS) throw new Error('names-tagger.json does not match the features: run node scripts/train-tagger.mjs');
	const count = m.count ?? 0;
	const scale = m.scale ?? 0;
	const keyBytes = fromBase64(m.keys ?? '');
	const wb = fromBase64(m.weights ?? '');
	const index = new Int32Array(1 << HASH_BITS);
	const values = new Float32Array(count * NLABELS);
	const pos = { p: 0 };
	let h = 0;
	for (let k = 0; k < count; k++) {
		h += readVarint(keyBytes, pos);
		index[h] = k * NLABELS + 1;
		for (let l = 0; l < NLABELS; l++) {
			const b = 2 * (k * NLABELS + l);
			// little-endian int16
			values[k * NLABELS + l] = ((((wb[b] as number) | ((wb[b + 1] as number) << 8)) << 16) >> 16) * scale;
		}
	}
	weights = { index, values, trans: Float32Array.from(m.transitions ?? new Array<number>(NLABELS * NLABELS).fill(0)) };
	return weights;
}

const TYPE_OF: Record<string, Candidate['type']> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'misc' };
/** The entity type of each label (B-PER and I-PER alike), O apart. */
const TYPE_INDEX: readonly string[] = LABELS.map((l) => l.slice(2));

/**
 * Candidates from the statistical tagger, for the runs of capitalized words: what no list or pattern knows
 * ("Jeenbek Kulubayev"). Confidence grows with the margin of the best label over the runner-up, at most 0.8.
 */
export function modelCandidates(ctx: Ctx): Candidate[] {
	const W = loadWeights();
	const fz = makeFeaturizer(ctx);
	const { tokens } = ctx;
	const n = tokens.length;
	const out: Candidate[] = [];
	const feats = new Int32Array(MAX_FEATURES);
	// buffers for the longest run, reused
	let maxRun = 1;
	for (let i = 0, run = 0; i < n; i++) {
		run = fz.eligible[i] ? run + 1 : 0;
		if (run > maxRun) maxRun = run;
	}
	const emitBuf = new Float64Array(maxRun * NLABELS);
	const predBuf = new Int32Array(maxRun);
	const scratch = { score: new Float64Array(maxRun * NLABELS), back: new Int8Array(maxRun * NLABELS) };
	for (let i = 0; i < n; i++) {
		if (!fz.eligible[i]) continue;
		let j = i;
		while (j < n && fz.eligible[j] && (j === i || !tokens[j]?.sentStart)) j++;
		const len = j - i;
		const emit = emitBuf;
		emit.fill(0, 0, len * NLABELS);
		for (let t = 0; t < len; t++) {
			const c = fz.features(i + t, feats);
			const row = t * NLABELS;
			for (let k = 0; k < c; k++) {
				const r = (W.index[feats[k] as number] as number) - 1;
				if (r < 0) continue;
				for (let l = 0; l < NLABELS; l++) emit[row + l] = (emit[row + l] as number) + (W.values[r + l] as number);
			}
		}
		const pred = predBuf;
		viterbi(emit, len, W.trans, pred, scratch);
		let t = 0;
		while (t < len) {
			const lab = LABELS[pred[t] as number] as string;
			if (lab === 'O') {
				t++;
				continue;
			}
			const type = lab.slice(2);
			let e = t + 1;
			while (e < len && LABELS[pred[e] as number] === `I-${type}`) e++;
			// margin: the chosen label's score over the best other, averaged over the span
			let margin = 0;
			for (let k = t; k < e; k++) {
				const chosen = pred[k] as number;
				const prev = k > 0 ? (pred[k - 1] as number) : 0;
				let other = -Infinity;
				for (let l = 0; l < NLABELS; l++) {
					if (TYPE_INDEX[l] === TYPE_INDEX[chosen] || !allowed(prev, l)) continue;
					other = Math.max(other, (emit[k * NLABELS + l] as number) + (W.trans[prev * NLABELS + l] as number));
				}
				margin += (emit[k * NLABELS + chosen] as number) + (W.trans[prev * NLABELS + chosen] as number) - other;
			}
			margin /= e - t;
			const confidence = 0.4 + 0.4 * (1 - Math.exp(-Math.max(0, margin) / 8));
			// months, weekdays, pronouns and the like are never a name alone
			const single = e - t === 1;
			const tk = tokens[i + t];
			const article = tokens[i + t - 1]?.lower;
			// "a VBIED", "an IED": a thing, not a name; a lone letter neither
			const thing = single && (article === 'a' || article === 'an' || (tk?.text.length ?? 0) < 2);
			// "Talks", "Officials" opening a sentence: a common word, unless the article capitalizes it elsewhere
			const common = single && tk !== undefined && tk.sentStart && !ctx.capSeen.has(tk.lower) && isCommonWord(ctx, i + t);
			if (common) {
				t = e;
				continue;
			}
			const tf = ctx.flags[i + t] ?? 0;
			const nationality = single && (tf & L.DEMONYM) !== 0 && (tf & (L.COUNTRY | L.CAPITAL | L.CITY_L)) === 0;
			if (!thing && !nationality && !(single && tf & L.NEVER)) out.push({ from: i + t, to: i + e, type: TYPE_OF[type] ?? 'misc', source: 'model', confidence });
			t = e;
		}
		i = j - 1;
	}
	return vote(ctx, out);
}

/**
 * One name, one type in an article: the occurrences of the same words vote with their confidence, and each takes the
 * type with the most ("Cherating" after "travel to" and "at" is a place everywhere).
 */
function vote(ctx: Ctx, cands: Candidate[]): Candidate[] {
	const sums = new Map<string, Map<Candidate['type'], { sum: number; n: number }>>();
	const keyOf = (c: Candidate): string => ctx.tokens.slice(c.from, c.to).map((t) => t.lower).join(' ');
	for (const c of cands) {
		const k = keyOf(c);
		const byType = sums.get(k) ?? new Map<Candidate['type'], { sum: number; n: number }>();
		const s = byType.get(c.type) ?? { sum: 0, n: 0 };
		s.sum += c.confidence;
		s.n++;
		byType.set(c.type, s);
		sums.set(k, byType);
	}
	for (const c of cands) {
		const byType = sums.get(keyOf(c));
		if (!byType || byType.size < 2) continue;
		let best: Candidate['type'] = c.type;
		let bestSum = -1;
		for (const [type, s] of byType) if (s.sum > bestSum) [best, bestSum] = [type, s.sum];
		if (best !== c.type) {
			const s = byType.get(best);
			c.type = best;
			if (s) c.confidence = s.sum / s.n;
		}
	}
	return cands;
}
