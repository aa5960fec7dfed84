/**
 * Features of the Russian tagger (the English tagger's averaged structured perceptron, `../names/features.ts`, over
 * every token of a sentence), shared by the recognizer (`tagger.ts`) and scripts/train-tagger-ru.mjs. Inflection is
 * read from suffixes and the stem; «quotes», hyphenated words and capitals in Cyrillic have features of their own.
 */
import type { ListMarks } from './listMatch';
import type { RussianScratch } from './scratch';
import type { RuToken } from './tokenize';
import { fnv1a } from '../../text/fnv';
import { wordsOf, type RuWord } from './words';

export const MAX_RU_FEATURES = 48;

/**
 * The Russian features are hashed to more bits than the English ones: NEREL gives them five times the text, and at
 * 18 bits their collisions cost accuracy (names CV 84.9 at 18 bits, 85.1 at 20; bench/ru-eval.mjs).
 */
export const RU_HASH_BITS = 20;
const MASK = (1 << RU_HASH_BITS) - 1;

/** A feature: a template number and a value's base hash, mixed (murmur3's finalizer) and folded to the hash space. */
function mix(template: number, h: number): number {
	let x = Math.imul(h ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	x ^= x >>> 16;
	return x & MASK;
}
/** A feature of two values, in order. */
const mix2 = (template: number, a: number, b: number): number =>
	mix(template, Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ b);
const SENT_START = fnv1a('<s>');
const SENT_END = fnv1a('</s>');

/** An adjective in -ск- ("японского", "испанская"), which names a place's people or state. */
const PLACE_ADJECTIVE = /ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/;

/** What the article says of its words, for the features of a token. */
export interface RuArticle {
	/** the recognizer's data and scratch memory */
	readonly scratch: RussianScratch;
	readonly tokens: readonly RuToken[];
	/** words written capitalized other than at a sentence start (lower case) */
	readonly capSeen: ReadonlySet<string>;
	/** words written in lower case */
	readonly lowerSeen: ReadonlySet<string>;
	/** the same by stem, so that every case form counts ("Барселона" mid-sentence makes "Барселоне" a name) */
	readonly capStemSeen: ReadonlySet<string>;
	readonly lowerStemSeen: ReadonlySet<string>;
	readonly marks: ListMarks;
	/** per token, what was read of its text (`words.ts`) */
	readonly words: readonly RuWord[];
	readonly stems: readonly string[];
	/**
	 * per token, the base hashes of its lower-case text, stem, shape and last two letters, each computed once: a
	 * token's neighbours read them again (their features hashed the strings anew at each template: a quarter of the
	 * tagger's time)
	 */
	readonly wordHash: Int32Array;
	readonly stemHash: Int32Array;
	readonly shapeHash: Int32Array;
	readonly suffixHash: Int32Array;
	/** per token, its stem's fine word cluster plus one (`clusters.ts`), 0 for none */
	readonly cluster: Int32Array;
}

/** `words`: the tokens' (`wordsOf`), when the caller has read them already. */
export function readArticle(
	tokens: readonly RuToken[],
	marks: ListMarks,
	scratch: RussianScratch,
	words: readonly RuWord[] = wordsOf(tokens, scratch),
): RuArticle {
	const capSeen = new Set<string>();
	const lowerSeen = new Set<string>();
	const capStemSeen = new Set<string>();
	const lowerStemSeen = new Set<string>();
	const n = tokens.length;
	const stems = new Array<string>(n);
	const wordHash = new Int32Array(n);
	const stemHash = new Int32Array(n);
	const shapeHash = new Int32Array(n);
	const suffixHash = new Int32Array(n);
	const cluster = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as RuToken;
		const w = words[i] as RuWord;
		stems[i] = w.stem;
		wordHash[i] = w.wordHash;
		stemHash[i] = w.stemHash;
		shapeHash[i] = w.shapeHash;
		suffixHash[i] = w.suffixHash;
		cluster[i] = w.cluster;
		if (t.kind !== 'word') continue;
		if (t.cap && !t.sentStart) {
			capSeen.add(t.lower);
			capStemSeen.add(w.stem);
		} else if (!t.cap) {
			lowerSeen.add(t.lower);
			lowerStemSeen.add(w.stem);
		}
	}
	return {
		scratch,
		tokens,
		capSeen,
		lowerSeen,
		capStemSeen,
		lowerStemSeen,
		marks,
		words,
		stems,
		wordHash,
		stemHash,
		shapeHash,
		suffixHash,
		cluster,
	};
}

/** A base hash of token i from `of`, or that of the sentence's start or end beyond the article. */
const at = (a: RuArticle, of: Int32Array, i: number): number =>
	i < 0 ? SENT_START : i >= a.tokens.length ? SENT_END : (of[i] as number);
const word = (a: RuArticle, i: number): number => at(a, a.wordHash, i);
const stem = (a: RuArticle, i: number): number => at(a, a.stemHash, i);
const shape = (a: RuArticle, i: number): number => at(a, a.shapeHash, i);
const suffix2 = (a: RuArticle, i: number): number => at(a, a.suffixHash, i);

/**
 * The hashed features of token i into `out`; returns their count.
 * @public used by scripts/train-tagger-ru.mjs
 */
export function ruFeatures(a: RuArticle, i: number, out: Int32Array): number {
	return ruContextFeatures(a, i, out, ruWordFeatures(a, i, out, 0));
}

/** Those of token i's features that depend on its text alone (the same wherever it occurs), from `out[from]`. */
export function ruWordFeatures(a: RuArticle, i: number, out: Int32Array, from: number): number {
	const t = a.tokens[i] as RuToken;
	const lw = t.lower;
	const len = lw.length;
	let k = from;
	out[k++] = mix(0, 0);
	out[k++] = mix(1, word(a, i));
	out[k++] = mix(2, shape(a, i));
	out[k++] = mix(3, stem(a, i));
	if (len > 2) {
		out[k++] = mix(4, fnv1a(lw, 0, 3));
		out[k++] = mix(5, fnv1a(lw, len - 1));
		out[k++] = mix(6, suffix2(a, i));
		out[k++] = mix(7, fnv1a(lw, len - 3));
		if (len > 4) out[k++] = mix(8, fnv1a(lw, len - 4));
	}
	if (t.text.includes('-')) out[k++] = mix(11, shape(a, i));
	// the stem's word cluster, fine and coarse: what kind of word a stem the training never saw labelled is
	// ("Свазиленд" beside other countries; names CV 85.1 without the clusters, 86.4 with them: bench/ru-eval.mjs)
	const c = a.cluster[i] as number;
	if (c > 0) {
		out[k++] = mix(35, c);
		out[k++] = mix(36, Math.floor((c - 1) / a.scratch.clusters.fine) + 1);
	}
	if (len > 6 && PLACE_ADJECTIVE.test(lw) && a.scratch.placePrefixes.has(lw.slice(0, 4)))
		out[k++] = mix(29, t.cap ? 1 : 0);
	return k;
}

/** The stem hash of the nearest capitalized word before token i in its sentence, within four words ("министерств"). */
function capitalLeft(a: RuArticle, i: number): number | undefined {
	for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
		const t = a.tokens[j] as RuToken;
		if (t.kind === 'punct' && t.text !== '«' && t.text !== '-') return undefined;
		if (t.cap) return a.stemHash[j] as number;
		if (t.sentStart) return undefined;
	}
	return undefined;
}

/** The others: the token's place in its sentence and quotation, its neighbours, the article; from `out[from]`. */
export function ruContextFeatures(a: RuArticle, i: number, out: Int32Array, from: number): number {
	const t = a.tokens[i] as RuToken;
	const lw = t.lower;
	let k = from;
	// the script too: a Latin word in Russian news is more often a brand or a band than a person ("Telegram"; a Latin
	// person is typed so after tagging, `latinPerson` in index.ts)
	const latin = t.kind === 'word' && lw.charCodeAt(0) < 0x250 ? 16 : 0;
	out[k++] = mix(9, (t.sentStart ? 1 : 0) + (t.cap ? 2 : 0) + (t.allCaps ? 4 : 0) + (t.quoted ? 8 : 0) + latin);
	if (t.cap) {
		const st = a.stems[i] as string;
		out[k++] = mix(10, (a.capSeen.has(lw) ? 1 : 0) + (a.lowerSeen.has(lw) ? 2 : 0) + (t.sentStart ? 4 : 0));
		out[k++] = mix(28, (a.capStemSeen.has(st) ? 1 : 0) + (a.lowerStemSeen.has(st) ? 2 : 0) + (t.sentStart ? 4 : 0));
	}
	const mark = a.marks.at[i] ?? 0;
	if (mark) out[k++] = mix(12, mark);
	out[k++] = mix(13, (a.marks.at[i - 1] ?? 0) * 64 + (a.marks.at[i + 1] ?? 0));
	const w0 = word(a, i);
	const p1 = word(a, i - 1);
	const n1 = word(a, i + 1);
	const p2 = word(a, i - 2);
	const s0 = shape(a, i);
	const sp = shape(a, i - 1);
	const sn = shape(a, i + 1);
	const x0 = suffix2(a, i);
	out[k++] = mix(14, p1);
	out[k++] = mix(15, n1);
	out[k++] = mix(16, p2);
	out[k++] = mix(17, word(a, i + 2));
	out[k++] = mix(18, stem(a, i - 1));
	out[k++] = mix(19, stem(a, i + 1));
	out[k++] = mix(20, sp);
	out[k++] = mix(21, sn);
	out[k++] = mix2(22, p1, w0);
	out[k++] = mix2(23, w0, n1);
	out[k++] = mix2(24, sp, s0);
	out[k++] = mix2(25, s0, sn);
	out[k++] = mix2(26, suffix2(a, i - 1), x0);
	out[k++] = mix2(27, x0, suffix2(a, i + 1));
	// organizations: a long name's lower-case words ("Министерство иностранных дел") read from the wider window and
	// from the capitalized word that heads them
	out[k++] = mix(30, stem(a, i - 2));
	out[k++] = mix(31, stem(a, i + 2));
	out[k++] = mix2(32, p2, p1);
	// the neighbours' clusters, with the token's capital ("посол" + capital: a person)
	out[k++] = mix2(37, a.cluster[i - 1] ?? -1, t.cap ? 1 : 0);
	out[k++] = mix2(38, a.cluster[i + 1] ?? -1, t.cap ? 1 : 0);
	const head = capitalLeft(a, i);
	if (head !== undefined) out[k++] = mix2(33, head, t.cap ? 1 : 0);
	return k;
}
