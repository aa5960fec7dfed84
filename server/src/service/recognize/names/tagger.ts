import model from '../../../../data/names-tagger.json';
import { type Ctx, isCommonWord, phraseKey } from './context';
import { L } from './flags';
import { fromBase64, readVarint } from './base64';
import { allowed, HASH_BITS, LABELS, makeFeaturizer, MAX_FEATURES, NLABELS, viterbi } from './features';
import type { Candidate } from './types';

/**
 * The trained weights: for each hashed feature that has some, a row of NLABELS weights. The features are found in an
 * open-addressing table of one number a slot, small enough to stay in the processor's cache (a direct index over the
 * hash space would not).
 */
interface Weights {
	/** slot -> the feature's row << HASH_BITS | its hash (as 32 bits); -1 for an empty slot */
	readonly slots: Int32Array;
	/** the quantized weights, NLABELS a row; a weight is `values[i] * scale`, rounded to 32-bit float as trained */
	readonly values: Int16Array;
	readonly scale: number;
	readonly trans: Float32Array;
}

let weights: Weights | undefined;
const SLOT_BITS = 15;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const HASH_MASK = (1 << HASH_BITS) - 1;
const slotOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);

function loadWeights(): Weights {
	if (weights) return weights;
	const m = model as { hashBits?: number; count?: number; scale?: number; keys?: string; weights?: string; transitions?: number[] };
	if (m.hashBits !== HASH_BITS) throw new Error('names-tagger.json does not match the features: run node scripts/train-tagger.mjs');
	const count = m.count ?? 0;
	// a slot holds the row in its top 32 - HASH_BITS bits; all bits set is the empty slot
	if (count * 2 > SLOT_MASK || count >= (1 << (32 - HASH_BITS)) - 1) throw new Error('names-tagger.json has more features than the weight table holds');
	const keyBytes = fromBase64(m.keys ?? '');
	const wb = fromBase64(m.weights ?? '');
	const slots = new Int32Array(1 << SLOT_BITS).fill(-1);
	const pos = { p: 0 };
	let h = 0;
	for (let k = 0; k < count; k++) {
		h += readVarint(keyBytes, pos);
		let slot = slotOf(h);
		while (slots[slot] !== -1) slot = (slot + 1) & SLOT_MASK;
		slots[slot] = (k << HASH_BITS) | h;
	}
	// little-endian int16
	const values = new Int16Array(count * NLABELS);
	for (let i = 0; i < values.length; i++) values[i] = (wb[2 * i] as number) | ((wb[2 * i + 1] as number) << 8);
	weights = { slots, values, scale: m.scale ?? 0, trans: Float32Array.from(m.transitions ?? new Array<number>(NLABELS * NLABELS).fill(0)) };
	return weights;
}

/** Adds the weights of feature `hash` to the NLABELS scores at `emit[at]`. */
function addWeights(W: Weights, hash: number, emit: Float64Array, at: number): void {
	const { slots } = W;
	for (let slot = slotOf(hash); ; slot = (slot + 1) & SLOT_MASK) {
		const v = slots[slot] as number;
		if (v === -1) return;
		if ((v & HASH_MASK) !== hash) continue;
		const row = (v >>> HASH_BITS) * NLABELS;
		for (let l = 0; l < NLABELS; l++) emit[at + l] = (emit[at + l] as number) + Math.fround((W.values[row + l] as number) * W.scale);
		return;
	}
}

const TYPE_OF: Record<string, Candidate['type']> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'misc' };
/** The entity type of each label (B-PER and I-PER alike; '' for O). */
const TYPE_NAME: readonly string[] = LABELS.map((l) => l.slice(2));
/** The same as a number, for comparing labels in the loops. */
const TYPE_INDEX = Int8Array.from(TYPE_NAME, (t) => [...new Set(TYPE_NAME)].indexOf(t));
const INSIDE = Int8Array.from(LABELS, (l) => LABELS.indexOf(`I-${l.slice(2)}` as (typeof LABELS)[number]));

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
			for (let k = 0; k < c; k++) addWeights(W, feats[k] as number, emit, row);
		}
		const pred = predBuf;
		viterbi(emit, len, W.trans, pred, scratch);
		let t = 0;
		while (t < len) {
			const lab = pred[t] as number;
			if (lab === 0) {
				t++;
				continue;
			}
			const type = TYPE_NAME[lab] as string;
			let e = t + 1;
			while (e < len && pred[e] === INSIDE[lab]) e++;
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
	const keys = cands.map((c) => phraseKey(ctx.tokens, c.from, c.to));
	for (let i = 0; i < cands.length; i++) {
		const c = cands[i] as Candidate;
		const k = keys[i] as string;
		const byType = sums.get(k) ?? new Map<Candidate['type'], { sum: number; n: number }>();
		const s = byType.get(c.type) ?? { sum: 0, n: 0 };
		s.sum += c.confidence;
		s.n++;
		byType.set(c.type, s);
		sums.set(k, byType);
	}
	for (let i = 0; i < cands.length; i++) {
		const c = cands[i] as Candidate;
		const byType = sums.get(keys[i] as string);
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
