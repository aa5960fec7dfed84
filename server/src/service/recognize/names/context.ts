import { L } from './flags';
import { isCommon, matchPhrases, type PhraseMatch, tokenFlags } from './lexicon';
import { makeToken, tokenize } from './tokenize';
import type { Token } from './types';

/** One article, tokenized, with what the lists say of each token and what the article says of its words. */
export interface Ctx {
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
	readonly lowerSeen: ReadonlySet<string>;
	/** words written capitalized somewhere other than at a sentence start */
	readonly capSeen: ReadonlySet<string>;
	/** most capitalized words are in capitals (a headline, a telex): capitals then say nothing of acronyms */
	readonly shouting: boolean;
}

export function makeContext(text: string): Ctx {
	const tokens = tokenize(text);
	const flags = new Int32Array(tokens.length);
	const capWords = new Set<string>();
	const capSeen = new Set<string>();
	let caps = 0;
	let allCaps = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.kind !== 'word') continue;
		let f = tokenFlags(t);
		// "Kyrgyz-Russian", "US-Iraqi": nationalities joined by a hyphen are a nationality
		if (f === 0 && t.cap && t.text.includes('-')) {
			const parts = t.text.split('-');
			if (parts.length > 1 && parts.every((p) => p.length > 1 && (tokenFlags(makeToken(p, 0, p.length, 'word')) & (L.DEMONYM | L.COUNTRY)) !== 0)) f = L.DEMONYM;
		}
		flags[i] = f;
		if (t.cap) {
			caps++;
			if (t.allCaps) allCaps++;
			capWords.add(t.lower);
			if (!t.sentStart) capSeen.add(t.lower);
		}
	}
	const lowerSeen = new Set<string>();
	for (const t of tokens) if (t.kind === 'word' && !t.cap && capWords.has(t.lower)) lowerSeen.add(t.lower);
	return { text, tokens, flags, phrases: new Array<readonly PhraseMatch[] | undefined>(tokens.length), lowerSeen, capSeen, shouting: caps > 0 && allCaps / caps > 0.6 };
}

/**
 * One of the commonest English words, or an inflection of one ("Delegations", "Veterans", "Officials"): capitalized
 * at a sentence start, such a word is most likely no name.
 */
export function isCommonWord(ctx: Ctx, i: number): boolean {
	const w = ctx.tokens[i]?.lower ?? '';
	if (isCommon(w)) return true;
	if (w.length < 5) return false;
	const stems: string[] = [];
	if (w.endsWith('ies')) stems.push(`${w.slice(0, -3)}y`);
	if (w.endsWith('es')) stems.push(w.slice(0, -2));
	if (w.endsWith('s')) stems.push(w.slice(0, -1));
	if (w.endsWith('ed')) stems.push(w.slice(0, -2), w.slice(0, -1));
	if (w.endsWith('ing')) stems.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
	if (w.endsWith('ly')) stems.push(w.slice(0, -2));
	return stems.some(isCommon);
}

/** The lower-case words of tokens [from, to), joined by spaces: a phrase's key ("sergey lavrov"). */
export function phraseKey(tokens: readonly Token[], from: number, to: number): string {
	let key = (tokens[from] as Token).lower;
	for (let k = from + 1; k < to; k++) key += ` ${(tokens[k] as Token).lower}`;
	return key;
}

/** A capitalized word or a number-led name part ("79th"), not punctuation. */
export function isCapWord(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'word' && t.cap;
}

/** The longest listed phrase at token `i` that has one of the flags in `mask`, with its flags masked. */
export function phraseAt(ctx: Ctx, i: number, mask: number): PhraseMatch | undefined {
	if (i < 0 || i >= ctx.tokens.length) return undefined;
	let all = ctx.phrases[i];
	if (!all) {
		all = matchPhrases(ctx.tokens, i);
		ctx.phrases[i] = all;
	}
	for (const m of all) if (m.flags & mask) return { to: m.to, flags: m.flags & mask };
	return undefined;
}
