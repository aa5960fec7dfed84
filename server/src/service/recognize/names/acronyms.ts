import { type Ctx, isCapWord, phraseAt } from './context';
import { L, PLACE_FLAGS } from './flags';
import { flagsOf, tok } from './spans';
import { type Candidate, type Token, candidate } from './types';

/** Schwartz & Hearst: the start (character index in `long`) of the long form that `short` abbreviates, or -1. */
export function acronymStart(short: string, long: string): number {
	let s = short.length - 1;
	let l = long.length - 1;
	const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	while (s >= 0) {
		const c = (short[s] ?? '').toLowerCase();
		if (!alnum(c)) {
			s--;
			continue;
		}
		while (l >= 0 && ((long[l] ?? '').toLowerCase() !== c || (s === 0 && l > 0 && alnum(long[l - 1])))) l--;
		if (l < 0) return -1;
		l--;
		s--;
	}
	return l + 1;
}
export interface Acronym {
	readonly short: string;
	readonly long: string;
	readonly longFrom: number;
	readonly longTo: number;
	readonly at: number;
}
/** Small words inside a long form ("Organization for Security and Co-operation in Europe"). */
const LONG_FORM_JOINERS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/** "Eurasian Economic Union (EAEU)": the acronym and its expansion, both organizations unless listed otherwise. */
export function acronyms(ctx: Ctx, out: Candidate[]): Acronym[] {
	const found: Acronym[] = [];
	const { tokens, text } = ctx;
	for (let i = 1; i + 2 < tokens.length; i++) {
		const open = tok(ctx, i);
		const a = tok(ctx, i + 1);
		const close = tok(ctx, i + 2);
		if (!open || !a || !close || open.text !== '(' || close.text !== ')') continue;
		if (
			a.kind !== 'word' ||
			(!/^[\p{Lu}][\p{Lu}\p{N}&.'-]{1,9}$/u.test(a.text) && !/^[\p{Lu}][\p{L}]{1,3}[\p{Lu}]+$/u.test(a.text))
		)
			continue;
		// the capitalized words before the parenthesis
		let from = i;
		while (from > 0) {
			const p = tok(ctx, from - 1);
			if (!p) break;
			if (isCapWord(p) || (LONG_FORM_JOINERS.has(p.lower) && isCapWord(tok(ctx, from - 2)))) {
				from--;
				if (p.sentStart) break;
				continue;
			}
			break;
		}
		if (from === i) continue;
		const first = tok(ctx, from) as Token;
		const last = tok(ctx, i - 1) as Token;
		const long = text.slice(first.start, last.end);
		const at = acronymStart(a.text.replace(/[.'-]/g, ''), long);
		if (at < 0) continue;
		let k = from;
		while (k < i && (tok(ctx, k) as Token).end - first.start <= at) k++;
		// back to the start of the word that holds the match
		while (k > from && (tok(ctx, k) as Token).start - first.start > at) k--;
		while (k < i && !isCapWord(tok(ctx, k))) k++;
		while (k < i && flagsOf(ctx, k) & L.NEVER && !(flagsOf(ctx, k) & (L.ORG_HEAD | PLACE_FLAGS | L.DEMONYM))) k++;
		if (k >= i) continue;
		const longText = text.slice((tok(ctx, k) as Token).start, last.end);
		found.push({ short: a.text, long: longText, longFrom: k, longTo: i, at: i + 1 });
	}
	for (const f of found) {
		const listed = phraseAt(ctx, f.longFrom, PLACE_FLAGS);
		const type = listed && listed.to === f.longTo ? 'place' : 'org';
		out.push(candidate(f.longFrom, f.longTo, type, 'pattern', 0.93));
		out.push(candidate(f.at, f.at + 1, type, 'pattern', 0.93, f.long));
	}
	return found;
}
