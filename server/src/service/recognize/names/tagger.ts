import model from '../../../../data/names-tagger.json';
import { type Ctx, isCapWord, isCommonWord, phraseKey, tokenAt } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import { fromBase64, readVarint } from './base64';
import { allowed, HASH_BITS, LABELS, makeFeaturizer, NLABELS, viterbi } from './features';
import { MAX_WORD_SCORES } from './nameScratch';
import { type Candidate, type Token, candidate } from './types';

/**
 * The trained weights: for each hashed feature that has some, a row of NLABELS weights, the rows in the order of the
 * features' hashes. A feature is found by one bit of a set over the hash space and counting the bits before it (its
 * rank, which is its row): 48 KB that stay in the processor's cache, where a table of the hashes would not.
 */
export interface Weights {
	/** bit h: feature hash h has weights */
	readonly present: Int32Array;
	/** per 32-bit word of `present`: the set bits in the words before it */
	readonly before: Uint16Array;
	/**
	 * the weights, NLABELS a row: the quantized `values[i] * scale` rounded to 32-bit float as trained, so rounded
	 * once here (a Float32Array holds exactly that float) and not at each use
	 */
	readonly values: Float32Array;
	readonly trans: Float32Array;
}

/** The shape of names-tagger.json, as scripts/train-tagger.mjs writes it. */
export interface TaggerModel {
	readonly hashBits?: number;
	readonly count?: number;
	readonly scale?: number;
	readonly keys?: string;
	readonly weights?: string;
	readonly transitions?: number[];
}

/** The shipped weights (`../data.ts` reads them once). */
export function shippedWeights(): Weights {
	return readWeights(model as TaggerModel);
}

/** The weights of a model over features hashed to `bits` bits (the Russian tagger's are more: it has more features). */
export function readWeights(m: TaggerModel, bits = HASH_BITS): Weights {
	if (m.hashBits !== bits) throw new Error('the tagger model does not match its features: train it again (scripts/)');
	const count = m.count ?? 0;
	if (count > 0xffff) throw new Error('the tagger model has more features than the weight table holds');
	const keyBytes = fromBase64(m.keys ?? '');
	const wb = fromBase64(m.weights ?? '');
	const present = new Int32Array(1 << (bits - 5));
	// the keys are the hashes in increasing order, as deltas
	const pos = { p: 0 };
	let h = 0;
	for (let k = 0; k < count; k++) {
		const d = readVarint(keyBytes, pos);
		if (d === 0 && k > 0) throw new Error('names-tagger.json lists a feature twice: run node scripts/train-tagger.mjs');
		h += d;
		present[h >>> 5] = (present[h >>> 5] as number) | (1 << (h & 31));
	}
	const before = new Uint16Array(present.length);
	for (let w = 1; w < present.length; w++) before[w] = (before[w - 1] as number) + popcount(present[w - 1] as number);
	// the quantized weights (little-endian int16, sign-extended by the shifts) times the scale, rounded to 32-bit float
	// as trained (a Float32Array store rounds)
	const scale = m.scale ?? 0;
	const values = new Float32Array(count * NLABELS);
	for (let i = 0; i < values.length; i++)
		values[i] = ((((wb[2 * i] as number) | ((wb[2 * i + 1] as number) << 8)) << 16) >> 16) * scale;
	return {
		present,
		before,
		values,
		trans: Float32Array.from(m.transitions ?? new Array<number>(NLABELS * NLABELS).fill(0)),
	};
}

function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	x = (x + (x >>> 4)) & 0x0f0f0f0f;
	return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Adds the weights of the features `feats[0, count)` to the NLABELS scores at `emit[at]`. The nine sums are kept in
 * locals, each taken in the features' order as before: a loop over the labels per feature ran twice the instructions.
 */
export function addWeights(W: Weights, feats: Int32Array, count: number, emit: Float64Array, at: number): void {
	const { present, before, values } = W;
	let s0 = emit[at] as number;
	let s1 = emit[at + 1] as number;
	let s2 = emit[at + 2] as number;
	let s3 = emit[at + 3] as number;
	let s4 = emit[at + 4] as number;
	let s5 = emit[at + 5] as number;
	let s6 = emit[at + 6] as number;
	let s7 = emit[at + 7] as number;
	let s8 = emit[at + 8] as number;
	for (let k = 0; k < count; k++) {
		const hash = feats[k] as number;
		const w = hash >>> 5;
		const word = present[w] as number;
		const bit = 1 << (hash & 31);
		if ((word & bit) === 0) continue;
		const row = ((before[w] as number) + popcount(word & (bit - 1))) * NLABELS;
		s0 += values[row] as number;
		s1 += values[row + 1] as number;
		s2 += values[row + 2] as number;
		s3 += values[row + 3] as number;
		s4 += values[row + 4] as number;
		s5 += values[row + 5] as number;
		s6 += values[row + 6] as number;
		s7 += values[row + 7] as number;
		s8 += values[row + 8] as number;
	}
	emit[at] = s0;
	emit[at + 1] = s1;
	emit[at + 2] = s2;
	emit[at + 3] = s3;
	emit[at + 4] = s4;
	emit[at + 5] = s5;
	emit[at + 6] = s6;
	emit[at + 7] = s7;
	emit[at + 8] = s8;
}
/** (`addWeights` spells out nine labels: the type checker stops here if the labels change) */
const _NINE_LABELS: 9 = NLABELS;

const TYPE_OF: Record<string, Candidate['type']> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'misc' };
/** The entity type of each label (B-PER and I-PER alike; '' for O). */
const TYPE_NAME: readonly string[] = LABELS.map((l) => l.slice(2));
/** The candidate type of each label (by index: a lookup by name is slow in V8 when the names vary). */
const CANDIDATE_TYPE: readonly Candidate['type'][] = TYPE_NAME.map((t) => TYPE_OF[t] ?? 'misc');
/** The same as a number, for comparing labels in the loops. */
const TYPE_INDEX = Int8Array.from(TYPE_NAME, (t) => [...new Set(TYPE_NAME)].indexOf(t));
const INSIDE = Int8Array.from(LABELS, (l) => LABELS.indexOf(`I-${l.slice(2)}` as (typeof LABELS)[number]));

/**
 * Candidates from the statistical tagger, for the runs of capitalized words: what no list or pattern knows
 * ("Jeenbek Kulubayev"). Confidence grows with the margin of the best label over the runner-up, at most 0.8. Of a
 * text (a line of an article, articleLines.ts) before the article's votes (`withArticleVotes`).
 */
export function taggedCandidates(ctx: Ctx): Candidate[] {
	const W = ctx.scratch.weights;
	const { wordScores, wordScorePool: pool } = ctx.scratch;
	const fz = makeFeaturizer(ctx);
	const { tokens } = ctx;
	const n = tokens.length;
	const out: Candidate[] = [];
	// buffers for the longest run, kept in the recognizer's scratch (an article is tagged a line at a time: new
	// typed arrays for each line were a tenth of the tagger's time)
	let maxRun = 1;
	for (let i = 0, run = 0; i < n; i++) {
		run = fz.eligible[i] ? run + 1 : 0;
		if (run > maxRun) maxRun = run;
	}
	const { feats, emit: emitBuf, pred: predBuf, viterbi: scratch } = ctx.scratch.runBuffers(maxRun);
	for (let i = 0; i < n; i++) {
		if (!fz.eligible[i]) continue;
		let j = i;
		while (j < n && fz.eligible[j] && (j === i || !tokens[j]?.sentStart)) j++;
		const len = j - i;
		// a word alone ("The", "He" opening a sentence) that no label would make a candidate: not tagged
		if (len === 1 && !loneWordCounts(ctx, i)) continue;
		const emit = emitBuf;
		for (let t = 0; t < len; t++) {
			const row = t * NLABELS;
			// the scores of the word's own features, kept from its last occurrence; then those of its context
			const text = (tokens[i + t] as Token).text;
			let own = wordScores.get(text);
			if (own === undefined) {
				if (wordScores.size >= MAX_WORD_SCORES) wordScores.clear();
				own = wordScores.size * NLABELS;
				pool.fill(0, own, own + NLABELS);
				addWeights(W, feats, fz.wordFeatures(i + t, feats, 0), pool, own);
				wordScores.set(text, own);
			}
			for (let l = 0; l < NLABELS; l++) emit[row + l] = pool[own + l] as number;
			addWeights(W, feats, fz.contextFeatures(i + t, feats, 0), emit, row);
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
			if (e - t > 1 || loneWordCounts(ctx, i + t)) {
				let type = CANDIDATE_TYPE[lab] as Candidate['type'];
				if (type === 'place' && e - t === 1 && compoundAcronym(ctx, i + t)) type = 'org';
				out.push(candidate(i + t, i + e, type, 'model', confidence));
			}
			t = e;
		}
		i = j - 1;
	}
	return out;
}

/** The tagger's candidates of the whole article after its votes: one type a name, one sense a word (`vote`, `spread`). */
export function withArticleVotes(ctx: Ctx, tagged: Candidate[]): Candidate[] {
	return spread(ctx, vote(ctx, tagged));
}

/**
 * One sense per article: a word the tagger takes for a name alone somewhere is that name where it stands alone
 * untagged too ("the Yankees" opening a sentence), at the mean confidence of its tagged occurrences; and so is an
 * unlisted word coordinated with it ("sites like Yahoo, Lycos, Infoseek and Excite"), and then that word elsewhere
 * ("Excite lost money"). Not inside a run of capitals (part of another name) nor where a capitalized sentence start
 * is a common word the article writes in lower case.
 */
function spread(ctx: Ctx, cands: Candidate[]): Candidate[] {
	const { tokens } = ctx;
	let byText: Map<string, { type: Candidate['type']; sum: number; n: number }> | undefined;
	const add = (text: string, type: Candidate['type'], confidence: number): void => {
		byText ??= new Map();
		const s = byText.get(text);
		if (!s) byText.set(text, { type, sum: confidence, n: 1 });
		else if (s.type === type) {
			s.sum += confidence;
			s.n++;
		}
	};
	const covered = new Uint8Array(tokens.length);
	for (let k = 0; k < cands.length; k++) {
		const c = cands[k] as Candidate;
		for (let i = c.from; i < c.to; i++) covered[i] = 1;
		if (c.to - c.from === 1 && SPREAD_TYPES.has(c.type) && (c.type === 'org' || personWord(ctx, c.from)))
			add((tokens[c.from] as Token).text, c.type, c.confidence);
	}
	if (!byText) return cands;
	const known = byText;
	// coordination, both ways from each tagged word: "X, Y and Z"; not from a common word, which the tagger may take
	// for a name in a menu of capitalized words ("Music, Games, Politics, Technology")
	for (let k = 0; k < cands.length; k++) {
		const c = cands[k] as Candidate;
		if (c.to - c.from !== 1 || c.type !== 'org' || isCommonWord(ctx, c.from)) continue;
		for (let i = c.to; coordinated(ctx, i, i + 1, covered); i += 2)
			add((tokens[i + 1] as Token).text, c.type, c.confidence);
		for (let i = c.from - 1; coordinated(ctx, i, i - 1, covered); i -= 2)
			add((tokens[i - 1] as Token).text, c.type, c.confidence);
	}
	const added: Candidate[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (covered[i] || !t.cap || t.kind !== 'word') continue;
		const s = known.get(t.text);
		if (!s || !standsAlone(ctx, i)) continue;
		added.push(candidate(i, i + 1, s.type, 'model', s.sum / s.n));
	}
	if (added.length === 0) return cands;
	return [...cands, ...added];
}

/**
 * A word that may be a person's name alone: not in capitals (a numeral "VI", an acronym), not a file ("Stocks.pdf"),
 * no common word ("Scouting").
 */
function personWord(ctx: Ctx, i: number): boolean {
	const t = ctx.tokens[i] as Token;
	return !t.allCaps && !t.text.includes('.') && !isCommonWord(ctx, i);
}

/** Whether token `i` is a comma, "and" or "or" and `k` beside it a capitalized unlisted word alone, untagged. */
function coordinated(ctx: Ctx, i: number, k: number, covered: Uint8Array): boolean {
	const sep = ctx.tokens[i];
	if (!sep || (sep.text !== ',' && sep.lower !== 'and' && sep.lower !== 'or') || covered[k]) return false;
	const t = ctx.tokens[k];
	if (!t || !t.cap || t.kind !== 'word' || t.sentStart || !standsAlone(ctx, k)) return false;
	return ((ctx.flags[k] ?? 0) & LISTED) === 0;
}
const LISTED = PLACE_FLAGS | ORG_FLAGS | L.FIRST | L.LAST | L.TITLE | L.DEMONYM | L.NEVER;

/**
 * A capitalized word not part of a run of capitals (a determiner or a function word opening the sentence before it
 * does not count: "The Yankees", "On Yahoo"), nor a common word that opens a sentence and is written in lower case
 * elsewhere, nor anything a lone tagged word may not be.
 */
function standsAlone(ctx: Ctx, i: number): boolean {
	const { tokens } = ctx;
	const t = tokens[i] as Token;
	if (t.sentStart && ctx.lowerSeen.has(t.lower)) return false;
	const prev = tokenAt(tokens, i - 1);
	if (!t.sentStart && isCapWord(prev) && !(prev?.sentStart && ((ctx.flags[i - 1] ?? 0) & L.FUNC) !== 0)) return false;
	if (!tokens[i + 1]?.sentStart && isCapWord(tokens[i + 1])) return false;
	return loneWordCounts(ctx, i);
}
const SPREAD_TYPES = new Set<Candidate['type']>(['org', 'person']);

/** Whether the tagger's entity of the one word at `k` is a candidate: not a thing, a common word, a nationality. */
function loneWordCounts(ctx: Ctx, k: number): boolean {
	const { tokens } = ctx;
	const tk = tokens[k] as Token;
	const article = tokenAt(tokens, k - 1)?.lower;
	// "a VBIED", "an IED": a thing, not a name; a lone letter neither
	if (article === 'a' || article === 'an' || tk.text.length < 2) return false;
	// "Talks", "Officials" opening a sentence: a common word, unless the article capitalizes it elsewhere
	if (tk.sentStart && !ctx.capSeen.has(tk.lower) && isCommonWord(ctx, k)) return false;
	// months, weekdays, pronouns and the like are never a name alone; nor is a nationality
	const tf = ctx.flags[k] ?? 0;
	if ((tf & L.DEMONYM) !== 0 && (tf & (L.COUNTRY | L.CAPITAL | L.CITY_L)) === 0) return false;
	return (tf & L.NEVER) === 0;
}

/**
 * An unlisted acronym of parts joined by a hyphen or an ampersand ("CJTF-OIR", "AT&T"): the name of a body, which the
 * tagger, reading capitals as it reads "U.S." and "NYC", takes for a place. Places are listed; such acronyms are not.
 */
function compoundAcronym(ctx: Ctx, k: number): boolean {
	const t = ctx.tokens[k] as Token;
	return t.allCaps && ((ctx.flags[k] ?? 0) & PLACE_FLAGS) === 0 && /^[A-Z]{2,}[-&][A-Z]+$/.test(t.text);
}

/**
 * One name, one type in an article: the occurrences of the same words vote with their confidence, and each takes the
 * type with the most ("Cherating" after "travel to" and "at" is a place everywhere).
 */
function vote(ctx: Ctx, cands: Candidate[]): Candidate[] {
	const keys = new Array<string>(cands.length);
	// mostly every name has one type: then nothing changes
	const typeOf = new Map<string, Candidate['type']>();
	let mixed = false;
	for (let i = 0; i < cands.length; i++) {
		const c = cands[i] as Candidate;
		const k = phraseKey(ctx.tokens, c.from, c.to);
		keys[i] = k;
		const t = typeOf.get(k);
		if (t === undefined) typeOf.set(k, c.type);
		else if (t !== c.type) mixed = true;
	}
	if (!mixed) return cands;
	const sums = new Map<string, Map<Candidate['type'], { sum: number; n: number }>>();
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
