import { L } from './flags';
import { isCommonStem, matchPhrases, type PhraseMatch, tokenFlags, tokenFlagsHashed } from './lexicon';
import type { NameScratch } from './nameScratch';
import { hashesOf } from './phrasehash';
import { makeToken, tokenize } from './tokenize';
import type { Token } from './types';

/** Whether the article has a word so (`Ctx.lowerSeen`, `Ctx.capSeen`): a set, or a line's record of what it asked. */
export interface WordQuery {
	has(word: string): boolean;
}

/** What the article says of each capitalized word wherever it occurs, as bits (features.ts, `articleWordBits`). */
export interface WordBits {
	get(word: string): number | undefined;
}

/**
 * One article, tokenized, with what the lists say of each token and what the article says of its words; or one line
 * of it (articleLines.ts), whose article-level facts are the article's.
 */
export interface Ctx {
	/** the recognizer's data and scratch memory */
	readonly scratch: NameScratch;
	readonly text: string;
	readonly tokens: readonly Token[];
	/** list flags of each token alone (lexicon `L`) */
	readonly flags: Int32Array;
	/** listed phrases starting at each token, longest first (filled on demand) */
	readonly phrases: (readonly PhraseMatch[] | undefined)[];
	/**
	 * capitalized words that the article also writes in lower case ("trend" makes a sentence-initial "Trend" doubtful);
	 * only capitalized words are ever looked up
	 */
	readonly lowerSeen: WordQuery;
	/** words written capitalized somewhere other than at a sentence start */
	readonly capSeen: WordQuery;
	/** the article's bits of each capitalized word (features.ts), made when first asked */
	readonly wordBits: WordBits;
	/** most capitalized words are in capitals (a headline, a telex): capitals then say nothing of acronyms */
	readonly shouting: boolean;
	/** per token, whether `isCommonWord` holds: 0 not asked yet, 1 no, 2 yes */
	readonly common: Uint8Array;
}

/** Text tokenized with the list flags of each token and the two hashes of each word's lower case (0, 0 for others). */
export interface TokenizedText {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly flags: Int32Array;
	readonly hashes: Int32Array;
}

/** The tokens of `text` with their list flags and hashes: what a line's context is made of, the same wherever it is. */
export function tokenizeText(text: string, scratch: NameScratch): TokenizedText {
	const tokens = tokenize(text);
	const n = tokens.length;
	const flags = new Int32Array(n);
	const hashes = new Int32Array(2 * n);
	/** some capitalized word no list knows has a hyphen: it may be nationalities joined */
	let hyphenated = false;
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as Token;
		if (t.kind !== 'word') continue;
		const a = hashesOf(t.lower, scratch);
		const b = scratch.h2;
		hashes[2 * i] = a;
		hashes[2 * i + 1] = b;
		const f = tokenFlagsHashed(scratch, t, a, b, text, t.start);
		flags[i] = f;
		// (no more than a mark here: a path first taken in optimized code makes V8 redo it)
		if (f === 0 && t.cap && t.text.includes('-')) hyphenated = true;
	}
	if (hyphenated) markJoinedNationalities(scratch, tokens, flags);
	return { text, tokens, flags, hashes };
}

export function makeContext(text: string, scratch: NameScratch): Ctx {
	return articleContext(tokenizeText(text, scratch), scratch);
}

/** The context of a whole article from its tokens: what the article says of its capitalized words. */
export function articleContext(article: TokenizedText, scratch: NameScratch): Ctx {
	const { text, tokens, flags, hashes } = article;
	const n = tokens.length;
	const capSeen = new Set<string>();
	// The capitalized words, by the two hashes of their lower case (phrasehash.ts), for finding them written in lower
	// case below faster than a set of strings would: as for the lists, words with the same hashes are taken for the
	// same (a false match needs both hashes to collide, about 1 in 10^14).
	const capWords = capWordTable(scratch, n);
	// the words in lower case with their hashes, looked up in capWords once all are in
	const lowerWords = scratch.lowerWords.view(3 * n);
	let lowerCount = 0;
	let caps = 0;
	let allCaps = 0;
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as Token;
		if (t.kind !== 'word') continue;
		const a = hashes[2 * i] as number;
		const b = hashes[2 * i + 1] as number;
		if (!t.cap) {
			lowerWords[3 * lowerCount] = i;
			lowerWords[3 * lowerCount + 1] = a;
			lowerWords[3 * lowerCount + 2] = b;
			lowerCount++;
			continue;
		}
		caps++;
		if (t.allCaps) allCaps++;
		const slot = addHash(capWords, a, b);
		// a word once only
		if (!t.sentStart && !((capWords[2 * slot + 1] as number) & IN_CAP_SEEN)) {
			capWords[2 * slot + 1] = (capWords[2 * slot + 1] as number) | IN_CAP_SEEN;
			capSeen.add(t.lower);
		}
	}
	const lowerSeen = new Set<string>();
	if (caps > 0) {
		for (let k = 0; k < lowerCount; k++) {
			const slot = findHash(capWords, lowerWords[3 * k + 1] as number, lowerWords[3 * k + 2] as number);
			if (slot < 0 || (capWords[2 * slot + 1] as number) & IN_LOWER_SEEN) continue;
			capWords[2 * slot + 1] = (capWords[2 * slot + 1] as number) | IN_LOWER_SEEN;
			lowerSeen.add((tokens[lowerWords[3 * k] as number] as Token).lower);
		}
	}
	let bits: Map<string, number> | undefined;
	return {
		scratch,
		text,
		tokens,
		flags,
		phrases: new Array<readonly PhraseMatch[] | undefined>(n),
		lowerSeen,
		capSeen,
		wordBits: { get: (word) => (bits ??= articleWordBits(tokens, flags)).get(word) },
		shouting: caps > 0 && allCaps / caps > 0.6,
		common: new Uint8Array(n),
	};
}

/**
 * What the article says of each capitalized word wherever it occurs, as bits: after "the" (not opening a sentence),
 * after a first name or a title, before "'s", capitalized more than once. (After "in" and before "said" were
 * measured too and lost on the cross-validation.)
 * A word's other occurrences carry its context to the one that has none ("Excite lost money" after "sites like
 * Yahoo and Excite"), as document-level features carry labels in Krishnan and Manning's two-stage tagger.
 */
function articleWordBits(tokens: readonly Token[], flags: Int32Array): Map<string, number> {
	const bits = new Map<string, number>();
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (!t.cap || t.kind !== 'word') continue;
		const prev = tokenAt(tokens, i - 1);
		const next = tokens[i + 1];
		const seen = bits.get(t.lower);
		let b = seen === undefined ? 0 : seen | 8;
		if (!t.sentStart && prev) {
			if (prev.lower === 'the') b |= 1;
			else if (prev.cap && ((flags[i - 1] ?? 0) & (L.FIRST | L.TITLE)) !== 0) b |= 2;
		}
		if (next && !next.sentStart) {
			if (next.text === "'s") b |= 4;
		}
		bits.set(t.lower, b);
	}
	return bits;
}

/** "Kyrgyz-Russian", "US-Iraqi": nationalities joined by a hyphen are a nationality. */
function markJoinedNationalities(scratch: NameScratch, tokens: readonly Token[], flags: Int32Array): void {
	for (let i = 0; i < tokens.length; i++) {
		if (flags[i] !== 0) continue;
		const t = tokens[i] as Token;
		if (!t.cap || !t.text.includes('-')) continue;
		const parts = t.text.split('-');
		if (
			parts.length > 1 &&
			parts.every(
				(p) => p.length > 1 && (tokenFlags(scratch, makeToken(p, 0, p.length, 'word')) & (L.DEMONYM | L.COUNTRY)) !== 0,
			)
		)
			flags[i] = L.DEMONYM;
	}
}

/**
 * An open-addressing set of words' hashes, two numbers a slot: the first hash (0: an empty slot), then the 16-bit
 * second hash with marks above.
 */
function capWordTable(scratch: NameScratch, tokenCount: number): Int32Array {
	let size = 1024;
	while (size < 2 * tokenCount) size *= 2;
	return scratch.hashSlots.zeroed(2 * size);
}

/** Adds the hashes a and b if absent; returns their slot. */
function addHash(slots: Int32Array, a: number, b: number): number {
	const mask = (slots.length >> 1) - 1;
	for (let k = a & mask; ; k = (k + 1) & mask) {
		const x = slots[2 * k] as number;
		if (x === 0) {
			slots[2 * k] = a;
			slots[2 * k + 1] = b;
			return k;
		}
		if (x === a && ((slots[2 * k + 1] as number) & 0xffff) === b) return k;
	}
}

/** The slot of the hashes a and b, or -1. */
function findHash(slots: Int32Array, a: number, b: number): number {
	const mask = (slots.length >> 1) - 1;
	for (let k = a & mask; ; k = (k + 1) & mask) {
		const x = slots[2 * k] as number;
		if (x === 0) return -1;
		if (x === a && ((slots[2 * k + 1] as number) & 0xffff) === b) return k;
	}
}

/** The marks of a slot whose word is in `capSeen`, in `lowerSeen`. */
const IN_CAP_SEEN = 0x10000;
const IN_LOWER_SEEN = 0x20000;

/**
 * One of the commonest English words, or an inflection of one ("Delegations", "Veterans", "Officials"): capitalized
 * at a sentence start, such a word is most likely no name.
 */
export function isCommonWord(ctx: Ctx, i: number): boolean {
	const known = ctx.common[i];
	if (known) return known === 2;
	const yes = isCommonOrInflected(ctx.scratch, ctx.tokens[i]?.lower ?? '');
	ctx.common[i] = yes ? 2 : 1;
	return yes;
}

function isCommonOrInflected(s: NameScratch, w: string): boolean {
	const n = w.length;
	if (isCommonStem(s, w, n, -1)) return true;
	if (n < 5) return false;
	const last = w.charCodeAt(n - 1);
	const before = w.charCodeAt(n - 2);
	// -ies -> -y, -es, -s, -ed, -ing (-> -e too), -ly
	if (last === CH_S) {
		if (before === CH_E && w.charCodeAt(n - 3) === CH_I && isCommonStem(s, w, n - 3, CH_Y)) return true;
		if (before === CH_E && isCommonStem(s, w, n - 2, -1)) return true;
		if (isCommonStem(s, w, n - 1, -1)) return true;
	}
	if (before === CH_E && last === CH_D && (isCommonStem(s, w, n - 2, -1) || isCommonStem(s, w, n - 1, -1))) return true;
	if (
		w.charCodeAt(n - 3) === CH_I &&
		before === CH_N &&
		last === CH_G &&
		(isCommonStem(s, w, n - 3, -1) || isCommonStem(s, w, n - 3, CH_E))
	)
		return true;
	return before === CH_L && last === CH_Y && isCommonStem(s, w, n - 2, -1);
}
const CH_D = 100;
const CH_E = 101;
const CH_G = 103;
const CH_I = 105;
const CH_L = 108;
const CH_N = 110;
const CH_S = 115;
const CH_Y = 121;

/** The words of tokens [from, to) as the tokenizer gives them, joined by spaces ("Eurasian Economic Union"). */
export function phraseText(tokens: readonly Token[], from: number, to: number): string {
	let text = (tokens[from] as Token).text;
	for (let k = from + 1; k < to; k++) text += ` ${(tokens[k] as Token).text}`;
	return text;
}

/** The lower-case words of tokens [from, to), joined by spaces: a phrase's key ("sergey lavrov"). */
export function phraseKey(tokens: readonly Token[], from: number, to: number): string {
	let key = (tokens[from] as Token).lower;
	for (let k = from + 1; k < to; k++) key += ` ${(tokens[k] as Token).lower}`;
	return key;
}

/**
 * Token `i`, undefined outside the text. Before the first token too without reading `tokens[-1]`: a negative index
 * makes V8 treat the array access as a property lookup, slow for every later access at that place in the code.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
	return i >= 0 ? tokens[i] : undefined;
}

/** A capitalized word or a number-led name part ("79th"), not punctuation. */
export function isCapWord(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'word' && t.cap;
}

/** The longest listed phrase at token `i` that has one of the flags in `mask`, with its flags masked. */
export function phraseAt(ctx: Ctx, i: number, mask: number): PhraseMatch | undefined {
	if (i < 0 || i >= ctx.tokens.length) return undefined;
	const all = phrasesAt(ctx, i);
	// (indexed loops here and in the recognizer's hot code: V8 compiles them to less than `for…of`)
	for (let k = 0; k < all.length; k++) {
		const m = all[k] as PhraseMatch;
		if (m.flags & mask) return { to: m.to, flags: m.flags & mask };
	}
	return undefined;
}

/** Every listed phrase starting at token `i` (in the text), longest first, matched when first asked. */
export function phrasesAt(ctx: Ctx, i: number): readonly PhraseMatch[] {
	let all = ctx.phrases[i];
	if (!all) {
		all = matchPhrases(ctx.scratch, ctx.tokens, i);
		ctx.phrases[i] = all;
	}
	return all;
}
