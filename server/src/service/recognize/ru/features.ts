/**
 * Features of the Russian tagger (the English tagger's averaged structured perceptron, `../names/features.ts`, over
 * every token of a sentence), shared by the recognizer (`tagger.ts`) and scripts/train-tagger-ru.mjs. Inflection is
 * read from suffixes and the stem; «quotes», hyphenated words and capitals in Cyrillic have features of their own.
 */
import { hash2, hashNumOf, hashRange, hashStr, shapeOf } from '../names/features';
import { stemOf } from './inflection';
import type { ListMarks } from './listMatch';
import type { RussianScratch } from './scratch';
import type { RuToken } from './tokenize';

export const MAX_RU_FEATURES = 48;

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
	readonly shapes: readonly string[];
	readonly stems: readonly string[];
}

/** The shape of a token's text, kept in `shapes` (`RussianScratch.shapes`). */
function shapeCached(shapes: Map<string, string>, text: string): string {
	let v = shapes.get(text);
	if (v === undefined) {
		if (shapes.size >= 50_000) shapes.clear();
		v = shapeOf(text);
		shapes.set(text, v);
	}
	return v;
}

export function readArticle(tokens: readonly RuToken[], marks: ListMarks, scratch: RussianScratch): RuArticle {
	const capSeen = new Set<string>();
	const lowerSeen = new Set<string>();
	const capStemSeen = new Set<string>();
	const lowerStemSeen = new Set<string>();
	const stems = tokens.map((t) => stemOf(t.lower, scratch.stems));
	tokens.forEach((t, i) => {
		if (t.kind !== 'word') return;
		if (t.cap && !t.sentStart) {
			capSeen.add(t.lower);
			capStemSeen.add(stems[i] as string);
		} else if (!t.cap) {
			lowerSeen.add(t.lower);
			lowerStemSeen.add(stems[i] as string);
		}
	});
	return {
		scratch,
		tokens,
		capSeen,
		lowerSeen,
		capStemSeen,
		lowerStemSeen,
		marks,
		shapes: tokens.map((t) => shapeCached(scratch.shapes, t.text)),
		stems,
	};
}

const word = (a: RuArticle, i: number): string =>
	i < 0 ? '<s>' : i >= a.tokens.length ? '</s>' : (a.tokens[i] as RuToken).lower;
const shape = (a: RuArticle, i: number): string =>
	i < 0 ? '<s>' : i >= a.tokens.length ? '</s>' : (a.shapes[i] as string);
const stem = (a: RuArticle, i: number): string =>
	i < 0 ? '<s>' : i >= a.tokens.length ? '</s>' : (a.stems[i] as string);
const suffix2 = (a: RuArticle, i: number): string => {
	const w = word(a, i);
	return w.length > 3 ? w.slice(-2) : w;
};

/**
 * The hashed features of token i into `out`; returns their count.
 * @public used by scripts/train-tagger-ru.mjs
 */
export function ruFeatures(a: RuArticle, i: number, out: Int32Array): number {
	return ruContextFeatures(a, i, out, ruWordFeatures(a, i, out, 0));
}

/** Those of token i's features that depend on its text alone (the same wherever it occurs), from `out[at]`. */
export function ruWordFeatures(a: RuArticle, i: number, out: Int32Array, at: number): number {
	const t = a.tokens[i] as RuToken;
	const lw = t.lower;
	const len = lw.length;
	let k = at;
	out[k++] = hashNumOf(0, 0);
	out[k++] = hashStr(1, lw);
	out[k++] = hashStr(2, shape(a, i));
	out[k++] = hashStr(3, stem(a, i));
	if (len > 2) {
		out[k++] = hashRange(4, lw, 0, 3);
		out[k++] = hashRange(5, lw, len - 1, len);
		out[k++] = hashRange(6, lw, len - 2, len);
		out[k++] = hashRange(7, lw, len - 3, len);
		if (len > 4) out[k++] = hashRange(8, lw, len - 4, len);
	}
	if (t.text.includes('-')) out[k++] = hashStr(11, shape(a, i));
	if (len > 6 && PLACE_ADJECTIVE.test(lw) && a.scratch.placePrefixes.has(lw.slice(0, 4)))
		out[k++] = hashNumOf(29, t.cap ? 1 : 0);
	return k;
}

/** The stem of the nearest capitalized word before token i in its sentence, within four words ("министерств"). */
function capitalLeft(a: RuArticle, i: number): string | undefined {
	for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
		const t = a.tokens[j] as RuToken;
		if (t.kind === 'punct' && t.text !== '«' && t.text !== '-') return undefined;
		if (t.cap) return a.stems[j] as string;
		if (t.sentStart) return undefined;
	}
	return undefined;
}

/** The others: the token's place in its sentence and quotation, its neighbours, the article; from `out[at]`. */
export function ruContextFeatures(a: RuArticle, i: number, out: Int32Array, at: number): number {
	const t = a.tokens[i] as RuToken;
	const lw = t.lower;
	let k = at;
	out[k++] = hashNumOf(9, (t.sentStart ? 1 : 0) + (t.cap ? 2 : 0) + (t.allCaps ? 4 : 0) + (t.quoted ? 8 : 0));
	if (t.cap) {
		const st = a.stems[i] as string;
		out[k++] = hashNumOf(10, (a.capSeen.has(lw) ? 1 : 0) + (a.lowerSeen.has(lw) ? 2 : 0) + (t.sentStart ? 4 : 0));
		out[k++] = hashNumOf(
			28,
			(a.capStemSeen.has(st) ? 1 : 0) + (a.lowerStemSeen.has(st) ? 2 : 0) + (t.sentStart ? 4 : 0),
		);
	}
	const mark = a.marks.at[i] ?? 0;
	if (mark) out[k++] = hashNumOf(12, mark);
	out[k++] = hashNumOf(13, (a.marks.at[i - 1] ?? 0) * 64 + (a.marks.at[i + 1] ?? 0));
	const p1 = word(a, i - 1);
	const n1 = word(a, i + 1);
	out[k++] = hashStr(14, p1);
	out[k++] = hashStr(15, n1);
	out[k++] = hashStr(16, word(a, i - 2));
	out[k++] = hashStr(17, word(a, i + 2));
	out[k++] = hashStr(18, stem(a, i - 1));
	out[k++] = hashStr(19, stem(a, i + 1));
	out[k++] = hashStr(20, shape(a, i - 1));
	out[k++] = hashStr(21, shape(a, i + 1));
	out[k++] = hash2(22, p1, lw);
	out[k++] = hash2(23, lw, n1);
	out[k++] = hash2(24, shape(a, i - 1), shape(a, i));
	out[k++] = hash2(25, shape(a, i), shape(a, i + 1));
	out[k++] = hash2(26, suffix2(a, i - 1), suffix2(a, i));
	out[k++] = hash2(27, suffix2(a, i), suffix2(a, i + 1));
	// organizations: a long name's lower-case words ("Министерство иностранных дел") read from the wider window and
	// from the capitalized word that heads them
	out[k++] = hashStr(30, stem(a, i - 2));
	out[k++] = hashStr(31, stem(a, i + 2));
	out[k++] = hash2(32, word(a, i - 2), p1);
	const head = capitalLeft(a, i);
	if (head !== undefined) out[k++] = hash2(33, head, t.cap ? 'C' : 'l');
	return k;
}
