import { type Ctx, isCapWord, tokenAt } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import type { Token } from './types';

/** Building blocks of the patterns: name words, the words before a head, the complement after it. */
export const PARTICLES = new Set([
	'al',
	'el',
	'bin',
	'ibn',
	'bint',
	'abu',
	'van',
	'von',
	'de',
	'der',
	'den',
	'da',
	'di',
	'du',
	'dos',
	'le',
	'la',
	'ben',
	'ter',
	'mac',
	'st.',
]);
export const NAME_SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
/** Endings of surnames from the former Soviet Union, the Caucasus, the Balkans, Turkey, Iran. */
export const SURNAME_ENDING =
	/(?:[oe]v|[oe]va|yev|yeva|ayev|iyev|enko|chuk|shvili|dze|yan|ian|escu|oglu|oğlu|ović|ovic|evic|sky|ski|skiy|skaya|bekov|uulu|kyzy|zadeh|ullah|ov[ai]?ch|ovna|evna|in[ae]?)$/;
export const STRONG_SURNAME_ENDING =
	/(?:[oe]v|[oe]va|yev|yeva|enko|shvili|dze|yan|escu|oglu|ović|ovic|uulu|kyzy|zadeh)$/;
export const COMPANY_SUFFIXES = new Set([
	'inc.',
	'inc',
	'corp.',
	'corp',
	'co.',
	'ltd.',
	'ltd',
	'llc',
	'plc',
	'l.p.',
	'ag',
	'gmbh',
	's.a.',
	'n.v.',
]);
export const flagsOf = (ctx: Ctx, i: number): number => (i >= 0 ? (ctx.flags[i] ?? 0) : 0);
export const tok = (ctx: Ctx, i: number): Token | undefined => tokenAt(ctx.tokens, i);
/** A capitalized word that can be part of a person's name. */
export function isNameWord(ctx: Ctx, i: number, first: boolean, capsOk = false): boolean {
	const t = tok(ctx, i);
	if (!isCapWord(t) || !t) return false;
	const f = flagsOf(ctx, i);
	const nameLike = (f & (L.FIRST | L.LAST)) !== 0;
	if (f & (L.ORG_HEAD | L.PLACE_TAIL) && !nameLike) return false;
	// "Julie Bishop", "John King": a title word after a name word is a surname unless a name follows it
	if (f & L.TITLE && !nameLike && (first || isCapWord(tok(ctx, i + 1)))) return false;
	if (f & L.NEVER && (first || !nameLike)) return false;
	if (f & (ORG_FLAGS | L.DEMONYM) && !nameLike) return false;
	if (t.allCaps && t.text.length > 1 && !/\./.test(t.text) && !ctx.shouting && !capsOk) {
		// acronyms are not names, except in an all-capitals text
		return false;
	}
	return true;
}
/** End of a person's name starting at `i` (exclusive), or -1: capitalized words, initials, particles, "Jr.". */
export function personEnd(ctx: Ctx, i: number, max = 4, capsOk = false): number {
	let j = i;
	let words = 0;
	while (j < ctx.tokens.length && words < max) {
		const t = tok(ctx, j);
		if (!t) break;
		if (j > i && t.sentStart) break;
		if (isNameWord(ctx, j, j === i, capsOk)) {
			j++;
			words++;
			continue;
		}
		if (j > i && PARTICLES.has(t.lower) && isCapWord(tok(ctx, j + 1))) {
			j++;
			continue;
		}
		if (
			j > i &&
			words > 0 &&
			NAME_SUFFIXES.has(t.lower) &&
			(t.text[0] === 'J' || t.text[0] === 'S' || t.text[0] === 'I')
		) {
			j++;
			break;
		}
		break;
	}
	if (words === 0) return -1;
	// "General Electric Company": the name runs into an organization or a place
	const next = flagsOf(ctx, j);
	if (isCapWord(tok(ctx, j)) && next & (L.ORG_HEAD | L.PLACE_TAIL)) return -1;
	return j;
}
/** Start of the capitalized words before `head` that belong to the same name, or `head` itself. */
export function leftRun(ctx: Ctx, head: number): number {
	let k = head;
	let joined = false;
	while (k > 0) {
		const p = tok(ctx, k - 1);
		const cur = tok(ctx, k);
		if (!p || !cur || cur.sentStart) break;
		const pf = flagsOf(ctx, k - 1);
		if (isCapWord(p)) {
			if (pf & L.FUNC) {
				// "The Washington Post", "The Legend Resort": a capitalized article inside a sentence opens the name
				const before = tok(ctx, k - 2);
				if (p.lower === 'the' && !p.sentStart && before?.kind === 'word' && !before.cap) k--;
				break;
			}
			if (pf & L.NEVER && p.sentStart && !(pf & (L.ORG_HEAD | PLACE_FLAGS | L.DEMONYM | ORG_FLAGS))) break;
			k--;
			continue;
		}
		if (p.kind === 'number' && /^\d+(st|nd|rd|th)$/.test(p.lower)) {
			k--;
			continue;
		}
		// "Merrill Lynch & Co.", "Bank of America Corp."; "McDonald's Corp.", "Macy's Inc.": a possessive inside a
		// company's name (one such sign a name; and another company's suffix ends a name: "McDonald's Corp. and
		// Macy's Inc." are two)
		if (
			(p.text === '&' || p.lower === '&amp;' || p.lower === 'and' || p.text === "'s") &&
			!joined &&
			isCapWord(tok(ctx, k - 2)) &&
			COMPANY_SUFFIXES.has(tok(ctx, head)?.lower ?? '') &&
			!COMPANY_SUFFIXES.has(tok(ctx, k - 2)?.lower ?? '')
		) {
			joined = true;
			k -= 2;
			continue;
		}
		break;
	}
	return k;
}

/**
 * The complement after a head ("of Foreign Affairs", "on Trade, Economic, Scientific, Technical and Humanitarian
 * Cooperation", "for the Russian Language"): returns its end, or `from` when there is none.
 */
export function complementEnd(ctx: Ctx, from: number): number {
	const p = tok(ctx, from);
	if (!p || (p.lower !== 'of' && p.lower !== 'for' && p.lower !== 'on' && p.lower !== 'at')) return from;
	if (p.lower === 'at' && tok(ctx, from - 1)?.lower !== 'university') return from;
	let k = from + 1;
	if (tok(ctx, k)?.lower === 'the') k++;
	if (!isCapWord(tok(ctx, k))) return from;
	let end = -1;
	let pendingComma = false;
	while (k < ctx.tokens.length) {
		const t = tok(ctx, k);
		if (!t || t.sentStart) break;
		if (isCapWord(t) && !(flagsOf(ctx, k) & L.TITLE && !(flagsOf(ctx, k) & (L.ORG_HEAD | PLACE_FLAGS)))) {
			k++;
			if (!pendingComma) end = k;
			continue;
		}
		if (t.kind === 'number' && /^\d+$/.test(t.text) === false && isCapWord(tok(ctx, k - 1))) break;
		const nx = tok(ctx, k + 1);
		if ((t.lower === 'and' || t.text === '&') && isCapWord(nx)) {
			pendingComma = false;
			k++;
			continue;
		}
		if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'the') && isCapWord(nx) && !pendingComma) {
			k++;
			continue;
		}
		if (t.lower === 'of' && nx?.lower === 'the' && isCapWord(tok(ctx, k + 2)) && !pendingComma) {
			k += 2;
			continue;
		}
		if (t.text === ',' && isCapWord(nx)) {
			// a comma list joins only when it ends in "and X"
			pendingComma = true;
			k++;
			continue;
		}
		break;
	}
	return end < 0 ? from : end;
}
