/**
 * Features and decoding of the statistical tagger (an averaged structured perceptron over BIO tags), shared by the
 * recognizer (`tagger.ts`) and its training script (scripts/train-tagger.mjs), so both see the same features.
 * Features are hashed (FNV-1a over a template number and a value) without building strings.
 */
import { type Ctx, isCapWord, isCommonWord, phraseAt, tokenAt } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import { SURNAME_ENDING } from './spans';
import type { Token } from './types';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NLABELS = LABELS.length;
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a of a template number and a string, folded to HASH_BITS. */
export function hashStr(template: number, s: string): number {
	let h = (0x811c9dc5 ^ template) >>> 0;
	h = Math.imul(h, 0x01000193);
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}
/** FNV-1a of a template number and s[from, to). */
export function hashRange(template: number, s: string, from: number, to: number): number {
	let h = (0x811c9dc5 ^ template) >>> 0;
	h = Math.imul(h, 0x01000193);
	for (let i = from; i < to; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}
/** FNV-1a of a template number and `${a} ${b}`, without building it. */
export function hash2(template: number, a: string, b: string): number {
	let h = (0x811c9dc5 ^ template) >>> 0;
	h = Math.imul(h, 0x01000193);
	for (let i = 0; i < a.length; i++) {
		h ^= a.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= 32;
	h = Math.imul(h, 0x01000193);
	for (let i = 0; i < b.length; i++) {
		h ^= b.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}
export function hashNumOf(template: number, v: number): number {
	let h = (0x811c9dc5 ^ template) >>> 0;
	h = Math.imul(h, 0x01000193);
	h ^= v & 0xffff;
	h = Math.imul(h, 0x01000193);
	h ^= v >>> 16;
	h = Math.imul(h, 0x01000193);
	return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}

const NUM_RANGE = 1024;
const NUM_TEMPLATES = 30;
/** The size of the table of the numeric features' hashes (`NameScratch.numHashes`). */
export const NUM_HASH_COUNT = NUM_TEMPLATES * NUM_RANGE;
/**
 * The numeric features' hashes, each computed once when first asked (computing all at start cost 20 M instructions):
 * template * NUM_RANGE + value (values below NUM_RANGE) in `table`; 0 not yet.
 */
function numHash(table: Int32Array, template: number, v: number): number {
	const k = template * NUM_RANGE + v;
	let h = table[k] as number;
	if (h === 0) {
		h = hashNumOf(template, v);
		table[k] = h;
	}
	return h;
}

/** "Xx", "X", "XX", "X.X.", "Xx-Xx", "d": the word's shape with runs collapsed. */
export function shapeOf(s: string): string {
	return shapeIn(s, 0, s.length);
}

/**
 * The shape of s[from, to) with its apostrophes folded to ' as the tokenizer folds them: a token's shape read from
 * the text itself (one kind of string for all tokens, which V8 reads faster than tokens' many kinds).
 */
function shapeIn(s: string, from: number, to: number): string {
	let out = '';
	let last = -1;
	for (let i = from; i < to && out.length < 8; i++) {
		let c = s.charCodeAt(i);
		if (c === 0x2019 || c === 96) c = 39;
		let k: number;
		if (c >= 48 && c <= 57)
			k = 100; // d
		else if (c >= 65 && c <= 90)
			k = 88; // X
		else if (c >= 97 && c <= 122)
			k = 120; // x
		else if (c < 128) k = c;
		else {
			const ch = s.charAt(i);
			k = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
		}
		if (k !== last) out += String.fromCharCode(k);
		last = k;
	}
	return out;
}

/** Lower-case words and signs that may join the words of one name ("Bank of England", "Merrill Lynch & Co."). */
const JOINERS = new Set([
	'of',
	'the',
	'for',
	'on',
	'&',
	'&amp;',
	'de',
	'du',
	'da',
	'del',
	'della',
	'der',
	'den',
	'van',
	'von',
	'al',
	'el',
	'bin',
	'ibn',
	'la',
	'le',
	'y',
	'di',
	'dos',
	'das',
]);

/** Whether the tagger looks at a token: a capitalized word, or a joiner between two ("of", "&", "'s", "al"). */
export function eligibility(ctx: Ctx): Uint8Array {
	const { tokens } = ctx;
	const n = tokens.length;
	const capLike = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as Token;
		capLike[i] = t.kind === 'word' && (t.cap || t.hasUpper) && !t.hasDigit ? 1 : 0;
	}
	const el = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (capLike[i]) {
			el[i] = 1;
			continue;
		}
		const t = tokens[i] as Token;
		if (t.sentStart) continue;
		const prev = i > 0 && capLike[i - 1] === 1;
		if (!prev) continue;
		if (!JOINERS.has(t.lower)) continue;
		if (
			capLike[i + 1] ||
			(capLike[i + 2] && !tokens[i + 1]?.sentStart && (tokens[i + 1]?.lower === 'the' || tokens[i + 1]?.lower === 'of'))
		)
			el[i] = 1;
	}
	return el;
}

/** Per-token phrase positions from the lists: which listed place / organization / person-like phrase covers it. */
function phraseMarks(ctx: Ctx): Uint8Array {
	const n = ctx.tokens.length;
	const marks = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const t = ctx.tokens[i];
		if (!t || !t.cap) continue;
		const m = phraseAt(ctx, i, PLACE_FLAGS | ORG_FLAGS | L.OTHER | L.TITLE);
		if (!m || m.to - i < 2) continue;
		const kind = m.flags & ORG_FLAGS ? 1 : m.flags & PLACE_FLAGS ? 2 : m.flags & L.OTHER ? 3 : 4;
		for (let k = i; k < m.to; k++) marks[k] = kind * 4 + (k === i ? 1 : k === m.to - 1 ? 3 : 2);
		i = m.to - 1;
	}
	return marks;
}

/** Selected list flags worth a feature of their own, for a token and its neighbours. */
const FLAG_BITS: readonly number[] = [
	L.COUNTRY,
	L.CAPITAL,
	L.CITY_L,
	L.CITY_M,
	L.CITY_S,
	L.REGION,
	L.GEO,
	L.DEMONYM,
	L.FIRST,
	L.LAST,
	L.ORG_INTL,
	L.ORG_GOV,
	L.ORG_MEDIA,
	L.TITLE,
	L.ORG_HEAD,
	L.PLACE_TAIL,
	L.PLACE_HEAD,
	L.NEVER,
	L.FUNC,
	L.OTHER,
];
const CONTEXT_BITS =
	L.TITLE | L.FIRST | L.LAST | L.ORG_HEAD | L.PLACE_TAIL | L.PLACE_HEAD | L.DEMONYM | L.COUNTRY | L.FUNC;

export interface Featurizer {
	readonly eligible: Uint8Array;
	/** the hashed features of token i, written into `out`; returns their count */
	features(i: number, out: Int32Array): number;
	/** those of token i's features that depend on its text alone (the same wherever the text occurs), from `out[at]`; returns the new count */
	wordFeatures(i: number, out: Int32Array, at: number): number;
	/** the others: its place in the sentence, its neighbours, the article; from `out[at]`; returns the new count */
	contextFeatures(i: number, out: Int32Array, at: number): number;
}

export const MAX_FEATURES = 96;

export function makeFeaturizer(ctx: Ctx): Featurizer {
	const { tokens, flags } = ctx;
	const n = tokens.length;
	const eligible = eligibility(ctx);
	const marks = phraseMarks(ctx);
	const numHashes = ctx.scratch.numHashes;
	const hashNum = (template: number, v: number): number => numHash(numHashes, template, v);
	const shapeCache: (string | undefined)[] = new Array<string | undefined>(n);
	const shape = (i: number): string => {
		if (i < 0) return '<s>';
		if (i >= n) return '</s>';
		let v = shapeCache[i];
		if (v === undefined) {
			const t = tokens[i] as Token;
			v = shapeIn(ctx.text, t.start, t.end);
			shapeCache[i] = v;
		}
		return v;
	};
	const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (tokens[i] as Token).lower);
	const inParens = (i: number): boolean => tokenAt(tokens, i - 1)?.text === '(' && tokens[i + 1]?.text === ')';
	const wordFeatures = (i: number, out: Int32Array, at: number): number => {
		const t = tokens[i] as Token;
		const lw = t.lower;
		const f = flags[i] ?? 0;
		let k = at;
		out[k++] = hashNum(0, 0);
		out[k++] = hashStr(1, lw);
		out[k++] = hashStr(2, shape(i));
		const len = lw.length;
		if (len > 3) {
			out[k++] = hashRange(3, lw, 0, 3);
			out[k++] = hashRange(4, lw, len - 3, len);
			out[k++] = hashRange(5, lw, len - 2, len);
			if (len > 4) out[k++] = hashRange(6, lw, len - 4, len);
		}
		for (let b = 0; b < FLAG_BITS.length; b++) if (f & (FLAG_BITS[b] as number)) out[k++] = hashNum(11, b);
		if (t.cap && SURNAME_ENDING.test(lw)) out[k++] = hashNum(13, 1);
		if (t.text.includes('-')) out[k++] = hashStr(28, shape(i));
		return k;
	};
	const contextFeatures = (i: number, out: Int32Array, at: number): number => {
		const t = tokens[i] as Token;
		const lw = t.lower;
		let k = at;
		const start = t.sentStart ? 1 : 0;
		out[k++] = hashNum(7, start * 4 + (t.cap ? 2 : 0) + (t.allCaps ? 1 : 0));
		if (t.sentStart && t.cap) {
			out[k++] = hashNum(
				8,
				(ctx.lowerSeen.has(lw) ? 1 : 0) + (ctx.capSeen.has(lw) ? 2 : 0) + (isCommonWord(ctx, i) ? 4 : 0),
			);
		} else if (t.cap) {
			out[k++] = hashNum(9, ctx.lowerSeen.has(lw) ? 1 : 0);
		}
		if (ctx.shouting) out[k++] = hashNum(10, 1);
		if (marks[i]) out[k++] = hashNum(12, marks[i] as number);
		if (inParens(i)) out[k++] = hashNum(14, t.allCaps ? 1 : 0);
		if (tokens[i + 1]?.text === "'s") out[k++] = hashNum(15, 1);
		if (t.cap) {
			const b = ctx.wordBits.get(lw) ?? 0;
			for (let bit = 0; bit < 4; bit++) if (b & (1 << bit)) out[k++] = hashNum(29, bit);
		}
		// context words and shapes
		const p1 = word(i - 1);
		const n1 = word(i + 1);
		out[k++] = hashStr(16, p1);
		out[k++] = hashStr(17, n1);
		out[k++] = hashStr(18, word(i - 2));
		out[k++] = hashStr(19, word(i + 2));
		out[k++] = hashStr(20, shape(i - 1));
		out[k++] = hashStr(21, shape(i + 1));
		out[k++] = hash2(22, p1, lw);
		out[k++] = hash2(23, lw, n1);
		const pf = (i > 0 ? (flags[i - 1] as number) : 0) & CONTEXT_BITS;
		const nf = (flags[i + 1] ?? 0) & CONTEXT_BITS;
		// (most neighbours have none of these flags)
		if ((pf | nf) !== 0) {
			for (let b = 0; b < FLAG_BITS.length; b++) {
				const bit = FLAG_BITS[b] as number;
				if (pf & bit) out[k++] = hashNum(24, b);
				if (nf & bit) out[k++] = hashNum(25, b);
			}
		}
		out[k++] = hashNum(26, (i > 0 ? (marks[i - 1] as number) : 0) * 32 + (marks[i + 1] ?? 0));
		out[k++] = hashNum(
			27,
			(isCapWord(tokenAt(tokens, i - 1)) ? 1 : 0) + (isCapWord(tokens[i + 1]) ? 2 : 0) + (t.cap ? 4 : 0),
		);
		return k;
	};
	return {
		eligible,
		features: (i, out) => contextFeatures(i, out, wordFeatures(i, out, 0)),
		wordFeatures,
		contextFeatures,
	};
}

/** ALLOWED[prev * NLABELS + cur]: whether label cur may follow label prev (I-X only after B-X or I-X). */
const ALLOWED = Uint8Array.from({ length: NLABELS * NLABELS }, (_, k) => {
	const p = LABELS[Math.floor(k / NLABELS)] as string;
	const c = LABELS[k % NLABELS] as string;
	return !c.startsWith('I-') || (p !== 'O' && p.slice(2) === c.slice(2)) ? 1 : 0;
});

/** Which label may follow which: I-X only after B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
	return ALLOWED[prev * NLABELS + cur] === 1;
}

/** The labels that may come before label c, in increasing order: PREV[PREV_START[c]] to PREV[PREV_START[c + 1] - 1]. */
const PREV_LISTS = LABELS.map((_, c) => LABELS.map((__, p) => p).filter((p) => allowed(p, c)));
const PREV = Int8Array.from(PREV_LISTS.flat());
const PREV_START = Int8Array.from({ length: NLABELS + 1 }, (_, c) =>
	PREV_LISTS.slice(0, c).reduce((sum, l) => sum + l.length, 0),
);

/**
 * Viterbi over one run of tokens the tagger looks at: `emit` holds NLABELS scores per token, `trans` NLABELS*NLABELS
 * scores (previous label by row); the token before the run is O. Writes the best labels into `out`.
 */
export function viterbi(
	emit: Float64Array,
	len: number,
	trans: Float64Array | Float32Array,
	out: Int8Array | Int32Array,
	scratch?: { score: Float64Array; back: Int8Array },
): void {
	const N = NLABELS;
	const score = scratch && scratch.score.length >= len * N ? scratch.score : new Float64Array(len * N);
	const back = scratch && scratch.back.length >= len * N ? scratch.back : new Int8Array(len * N);
	for (let c = 0; c < N; c++) score[c] = allowed(0, c) ? (emit[c] as number) + (trans[c] as number) : -Infinity;
	for (let t = 1; t < len; t++) {
		for (let c = 0; c < N; c++) {
			let best = -Infinity;
			let arg = 0;
			// (the allowed labels only, listed: a third fewer steps than testing each)
			for (let k = PREV_START[c] as number; k < (PREV_START[c + 1] as number); k++) {
				const p = PREV[k] as number;
				const s = (score[(t - 1) * N + p] as number) + (trans[p * N + c] as number);
				if (s > best) {
					best = s;
					arg = p;
				}
			}
			score[t * N + c] = best + (emit[t * N + c] as number);
			back[t * N + c] = arg;
		}
	}
	let best = -Infinity;
	let arg = 0;
	for (let c = 0; c < N; c++) {
		const s = score[(len - 1) * N + c] as number;
		if (s > best) {
			best = s;
			arg = c;
		}
	}
	for (let t = len - 1; t >= 0; t--) {
		out[t] = arg;
		arg = back[t * N + arg] as number;
	}
}
