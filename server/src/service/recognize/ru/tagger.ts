/**
 * The Russian statistical tagger: the English tagger's weights table and decoding (`../names/tagger.ts`,
 * `../names/features.ts`) over the Russian features, every token of each sentence. Its MISC label is NEREL's DATE.
 */
import model from '../../../../data/names-tagger-ru.json';
import { allowed, LABELS, NLABELS, viterbi } from '../names/features';
import { addWeights, readWeights, type TaggerModel, type Weights } from '../names/tagger';
import type { RuWord } from './words';
import { MAX_RU_FEATURES, RU_HASH_BITS, ruContextFeatures, ruWordFeatures, type RuArticle } from './features';

export type RuTagType = 'person' | 'org' | 'place' | 'date';

export interface RuTagged {
	/** token range [from, to) */
	readonly from: number;
	readonly to: number;
	readonly type: RuTagType;
	readonly confidence: number;
}

/** The weights of a Russian model (its features hashed to RU_HASH_BITS), the shipped one by default (`../data.ts` reads it once). */
export function readRussianWeights(m: TaggerModel = model as TaggerModel): Weights {
	return readWeights(m, RU_HASH_BITS);
}

const TYPE_OF: Record<string, RuTagType> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'date' };
const TYPE: readonly (RuTagType | undefined)[] = LABELS.map((l) => TYPE_OF[l.slice(2)]);
const INSIDE = Int8Array.from(LABELS, (l) => LABELS.indexOf(`I-${l.slice(2)}` as (typeof LABELS)[number]));

/** The tagger's entities in the article's sentences; confidence from the margin of the chosen labels, at most 0.8. */
export function tagRussian(a: RuArticle): RuTagged[] {
	const W = a.scratch.weights;
	const { wordScored, wordPool } = a.scratch;
	const { tokens } = a;
	const n = tokens.length;
	const out: RuTagged[] = [];
	const feats = new Int32Array(MAX_RU_FEATURES);
	let emit = new Float64Array(64 * NLABELS);
	let pred = new Int32Array(64);
	// (one scratch for every sentence's Viterbi: a new one each sentence was a tenth of the tagger's time in collection)
	let scratch = { score: new Float64Array(64 * NLABELS), back: new Int8Array(64 * NLABELS) };
	for (let i = 0; i < n;) {
		let j = i + 1;
		while (j < n && !tokens[j]?.sentStart) j++;
		const len = j - i;
		if (emit.length < len * NLABELS) {
			emit = new Float64Array(len * NLABELS * 2);
			pred = new Int32Array(len * 2);
			scratch = { score: new Float64Array(len * NLABELS * 2), back: new Int8Array(len * NLABELS * 2) };
		}
		for (let t = 0; t < len; t++) {
			const row = t * NLABELS;
			const { slot } = a.words[i + t] as RuWord;
			if (slot < 0) {
				// a word of an article too long for the pool: scored where it is
				emit.fill(0, row, row + NLABELS);
				addWeights(W, feats, ruWordFeatures(a, i + t, feats, 0), emit, row);
			} else {
				const own = slot * NLABELS;
				if (!wordScored[slot]) {
					wordPool.fill(0, own, own + NLABELS);
					addWeights(W, feats, ruWordFeatures(a, i + t, feats, 0), wordPool, own);
					wordScored[slot] = 1;
				}
				for (let l = 0; l < NLABELS; l++) emit[row + l] = wordPool[own + l] as number;
			}
			addWeights(W, feats, ruContextFeatures(a, i + t, feats, 0), emit, row);
		}
		viterbi(emit, len, W.trans, pred, scratch);
		for (let t = 0; t < len;) {
			const lab = pred[t] as number;
			const type = TYPE[lab];
			if (type === undefined) {
				t++;
				continue;
			}
			let e = t + 1;
			while (e < len && pred[e] === INSIDE[lab]) e++;
			let margin = 0;
			// the chosen label's score over the best of another type, each with its transition from the label before
			for (let k = t; k < e; k++) {
				const row = k * NLABELS;
				const prev = k > 0 ? (pred[k - 1] as number) : 0;
				let other = -Infinity;
				for (let l = 0; l < NLABELS; l++)
					if (TYPE[l] !== type && allowed(prev, l))
						other = Math.max(other, (emit[row + l] as number) + (W.trans[prev * NLABELS + l] as number));
				const chosen = pred[k] as number;
				margin += (emit[row + chosen] as number) + (W.trans[prev * NLABELS + chosen] as number) - other;
			}
			margin /= e - t;
			out.push({ from: i + t, to: i + e, type, confidence: 0.4 + 0.4 * (1 - Math.exp(-Math.max(0, margin) / 8)) });
			t = e;
		}
		i = j;
	}
	return out;
}
