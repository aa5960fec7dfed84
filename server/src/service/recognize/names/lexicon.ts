import gazetteer from '../../../../data/names-gazetteer.json';
import { fromBase64 } from './base64';
import { CommonWords } from './commonWords';
import { FLAGS_VERSION, L } from './flags';
import { NAME_CONNECTORS } from './lists';
import { H1_SEED, H2_SEED, h1Add, h1Final, h2Add, h2Final, hashesOf } from './phrasehash';
import type { NameScratch } from './nameScratch';
import type { Token } from './types';

/**
 * The built-in lists as one dictionary, phrase -> flags (`L`), from the artifact that scripts/build-gazetteer.mjs
 * writes: each phrase (lower case, or as written for acronyms such as "US", "U.N."; words joined by a space as the
 * tokenizer splits them) is stored as two hashes (phrasehash.ts) with its flags, in an open-addressing table built on
 * first use (a few milliseconds).
 */
interface Artifact {
	readonly version?: number;
	readonly count?: number;
	/** the distinct flag sets; an entry of the table holds an index into it */
	readonly palette?: number[];
	readonly table?: string;
	readonly canonical?: Record<string, string>;
	/** the commonest English words, sorted, '|'-joined */
	readonly common?: string;
}
const artifact = gazetteer as unknown as Artifact;

export interface Table {
	/** two numbers a slot: the first hash (0: empty slot), then the check hash << 16 | the index of the flags in `palette` */
	readonly slots: Int32Array;
	readonly palette: Int32Array;
	readonly mask: number;
	/** slots are indexed by the hash's top bits, so that the sorted entries fill the table in order */
	readonly shift: number;
}
/** The lists, as the recognizer's data keeps them (`../data.ts`): read once, never written after. */
export interface Gazetteer {
	readonly table: Table;
	readonly common: CommonWords;
	readonly canonical: ReadonlyMap<string, string>;
}

/** The lists from the artifact (a few milliseconds): `../data.ts` calls it once. */
export function readGazetteer(): Gazetteer {
	return {
		table: readTable(),
		common: new CommonWords(artifact.common ?? ''),
		canonical: new Map(
			Object.entries(artifact.canonical ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
		),
	};
}

function readTable(): Table {
	if (artifact.version !== FLAGS_VERSION)
		throw new Error('names-gazetteer.json is out of date: run node scripts/build-gazetteer.mjs');
	const count = artifact.count ?? 0;
	let bits = 4;
	while (1 << bits < count * 2) bits++;
	const size = 1 << bits;
	const shift = 32 - bits;
	// a slot's two numbers side by side: a lookup reads one place in memory, not three
	const slots = new Int32Array(2 * size);
	const mask = size - 1;
	const bytes = fromBase64(artifact.table ?? '');
	const palette = Int32Array.from(artifact.palette ?? []);
	// one tight loop with locals: it runs once, mostly before the JIT has compiled it
	let p = 0;
	let h = 0;
	for (let n = 0; n < count; n++) {
		let x = bytes[p++] as number;
		let d = x & 0x7f;
		let m = 128;
		while (x >= 0x80) {
			x = bytes[p++] as number;
			d += (x & 0x7f) * m;
			m *= 128;
		}
		// the sum wraps to 32 bits as the hash it is (a number past 2^31 would deoptimize the loop midway)
		h = (h + d) | 0;
		const c = (bytes[p] as number) | ((bytes[p + 1] as number) << 8);
		p += 2;
		x = bytes[p++] as number;
		let f = x & 0x7f;
		if (x >= 0x80) f |= ((bytes[p++] as number) & 0x7f) << 7;
		let slot = h >>> shift;
		while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
		slots[2 * slot] = h;
		slots[2 * slot + 1] = (c << 16) | f;
	}
	return { slots, palette, mask, shift };
}

/** Flags of a phrase given its two final hashes. */
function lookupHashed(s: NameScratch, a: number, b: number): number {
	const t = s.table;
	const { recent } = s;
	const r = 2 * (a & RECENT_MASK);
	let v = recent[r + 1] as number;
	if (recent[r] !== a || v >>> 16 !== b) {
		v = find(t, a, b);
		recent[r] = a;
		recent[r + 1] = v;
	}
	const index = v & 0xffff;
	return index === ABSENT ? 0 : (t.palette[index] as number);
}

/** The slot's second number for the phrase of hashes a and b, or b << 16 | ABSENT. */
function find(t: Table, a: number, b: number): number {
	const { slots } = t;
	for (let slot = a >>> t.shift; ; slot = (slot + 1) & t.mask) {
		const k = slots[2 * slot] as number;
		if (k === 0) return (b << 16) | ABSENT;
		const v = slots[2 * slot + 1] as number;
		if (k === a && v >>> 16 === b) return v;
	}
}

/**
 * The last lookups, two numbers each as in the table, by the first hash's low bits: the words of every sentence
 * ("the", "said", "minister") are found here, without reaching into the big table (which the processor's cache
 * does not hold).
 */
export const RECENT_MASK = 4095;
/** The palette index that marks a phrase as not listed. */
const ABSENT = 0xffff;

/** Flags of a phrase key ("new york", "U.N."), 0 if unlisted. */
export function lookup(s: NameScratch, key: string): number {
	const a = hashesOf(key, s);
	return lookupHashed(s, a, s.h2);
}

/** `isCommon` of `word`'s first `length` characters followed by the character `extra` (a code; -1: none). */
export function isCommonStem(s: NameScratch, word: string, length: number, extra: number): boolean {
	return s.common.has(word, length, extra);
}

/**
 * The full name a listed phrase stands for: an organization's acronym or other name ("EAEU" -> "Eurasian Economic
 * Union"), a leader's surname or other spelling ("Lavrov", "Sergei Lavrov" -> "Sergey Lavrov").
 */
export function listCanonical(s: NameScratch, text: string): string | undefined {
	return s.canonical.get(text);
}

/** Flags of one token as a phrase alone, whatever its case. */
export function tokenFlags(s: NameScratch, tok: Token): number {
	const a = hashesOf(tok.lower, s);
	return tokenFlagsHashed(s, tok, a, s.h2, tok.text, 0);
}

/**
 * `tokenFlags` given the two hashes of the token's lower case, and a string that holds the token's text at `offset`
 * (its text itself at 0, or the text it is a token of at its start).
 */
export function tokenFlagsHashed(
	s: NameScratch,
	tok: Token,
	lower1: number,
	lower2: number,
	source: string,
	offset: number,
): number {
	// a word is listed as written only when it has a capital after its first letter ("US", "McDonald"); as a
	// phrase alone, that is
	const inside = tok.hasUpper && capitalInside(source, offset + 1, offset + tok.end - tok.start);
	const f = inside ? lookup(s, tok.text) | lookupHashed(s, lower1, lower2) : lookupHashed(s, lower1, lower2);
	return f & ~L.PREFIX;
}

/** Whether s[from, to) has a capital. */
function capitalInside(s: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		if (c >= 65 && c <= 90) return true;
		if (c > 127 && s.charAt(i) !== s.charAt(i).toLowerCase()) return true;
	}
	return false;
}

export interface PhraseMatch {
	/** token index after the phrase */
	readonly to: number;
	readonly flags: number;
}

/**
 * The listed phrases that start at token `from`, longest first. A lower-case phrase must be capitalized as a name in
 * the text (each word but connectors), an acronym written as listed. Phrases do not cross a sentence start.
 */
export function matchPhrases(sc: NameScratch, tokens: readonly Token[], from: number): readonly PhraseMatch[] {
	const first = tokens[from];
	if (!first || first.kind === 'punct') return NO_MATCH;
	let out: PhraseMatch[] | undefined;
	let e1 = H1_SEED;
	let e2 = H2_SEED;
	let f1 = H1_SEED;
	let f2 = H2_SEED;
	let foldedOk = true;
	let differs = false;
	for (let i = from; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (i > from) {
			const prev = tokens[i - 1] as Token;
			if (t.sentStart || t.start - prev.end > 2) break;
			e1 = h1Add(e1, 32);
			e2 = h2Add(e2, 32);
			f1 = h1Add(f1, 32);
			f2 = h2Add(f2, 32);
		}
		const s = t.text;
		const lw = t.lower;
		for (let k = 0; k < s.length; k++) {
			const c = s.charCodeAt(k);
			e1 = h1Add(e1, c);
			e2 = h2Add(e2, c);
		}
		for (let k = 0; k < lw.length; k++) {
			const c = lw.charCodeAt(k);
			f1 = h1Add(f1, c);
			f2 = h2Add(f2, c);
		}
		if (foldedOk && !(t.cap || t.kind === 'number' || (i > from && (NAME_CONNECTORS.has(lw) || s === "'s"))))
			foldedOk = false;
		const fe = lookupHashed(sc, h1Final(e1), h2Final(e2));
		if (t.hasUpper) differs = true;
		const ff = !foldedOk ? 0 : differs ? lookupHashed(sc, h1Final(f1), h2Final(f2)) : fe;
		const flags = (fe | ff) & ~L.PREFIX;
		if (flags) (out ??= []).push({ to: i + 1, flags });
		if (!((fe | ff) & L.PREFIX)) break;
	}
	return out ? out.reverse() : NO_MATCH;
}

/** What most words start: no listed phrase (shared, as nothing changes it). */
const NO_MATCH: readonly PhraseMatch[] = [];
