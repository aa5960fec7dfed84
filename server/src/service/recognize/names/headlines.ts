import { type Ctx, isCommonWord } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import type { Candidate } from './types';

/** A line is a headline when it has at least this many letters, all capitals, in at least three words. */
const MIN_LETTERS = 8;
const MIN_WORDS = 3;

/**
 * Headline mode: in a line written all in capitals ("SWISS CENTRAL BANK TO FIGHT HOLOCAUST CLAIMS") capitals say
 * nothing of names, so a name made only of common words and nationalities ("PUBLIC RADIO", "BEST DENTIST", "WHO")
 * is dropped there; names with a word of their own stay ("CLINTON", "GOP", "NEW YORK"), without the common words
 * at their ends ("CLINTON TAKES"). The knowledge base's and the corpus's names stay as they are.
 */
export function dropCommonNamesInHeadlines(ctx: Ctx, chosen: Candidate[]): void {
	const lines = headlineLines(ctx.text);
	if (lines.length === 0) return;
	const { tokens } = ctx;
	let l = 0;
	for (let k = 0; k < chosen.length; k++) {
		const c = chosen[k] as Candidate;
		if (c.type === 'none' || c.source === 'knowledge-base' || c.source === 'corpus') continue;
		const a = tokens[c.from];
		if (!a) continue;
		while (l < lines.length && (lines[l + 1] as number) <= a.start) l += 2;
		if (l >= lines.length || a.start < (lines[l] as number) || (tokens[c.to - 1]?.end ?? 0) > (lines[l + 1] as number))
			continue;
		// runs of capitals end anywhere in a headline: common words at the ends of a found person are no part of it
		// ("CLINTON TAKES"), unless they are names too ("GEORGE BUSH")
		if (c.type === 'person' && (c.source === 'model' || c.source === 'pattern')) {
			while (c.to - c.from > 1 && plainWord(ctx, c.to - 1)) c.to--;
			while (c.to - c.from > 1 && plainWord(ctx, c.from)) c.from++;
		}
		let ownWord = false;
		for (let i = c.from; i < c.to && !ownWord; i++) {
			const t = tokens[i];
			if (!t || t.kind !== 'word') continue;
			ownWord = !isCommonWord(ctx, i) && ((ctx.flags[i] ?? 0) & L.DEMONYM) === 0;
		}
		if (!ownWord) c.type = 'none';
	}
}

/** A common word that no list names: not a first name, a surname, a place or an organization. */
function plainWord(ctx: Ctx, i: number): boolean {
	return isCommonWord(ctx, i) && ((ctx.flags[i] ?? 0) & (L.FIRST | L.LAST | PLACE_FLAGS | ORG_FLAGS)) === 0;
}

/**
 * The all-capital lines of `text`, as [start, end) offsets one after the other, in order. One pass over the
 * characters: most articles have none, and then this is all it costs.
 */
export function headlineLines(text: string): number[] {
	const out: number[] = [];
	let start = 0;
	let upper = 0;
	let words = 0;
	let lower = false;
	let inWord = false;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 10;
		if (c === 10 || c === 13) {
			if (!lower && upper >= MIN_LETTERS && words >= MIN_WORDS) out.push(start, i);
			start = i + 1;
			upper = 0;
			words = 0;
			lower = false;
			inWord = false;
			continue;
		}
		let letter = false;
		if (c >= 65 && c <= 90) {
			upper++;
			letter = true;
		} else if (c >= 97 && c <= 122) lower = true;
		else if (c > 127) {
			const ch = text.charAt(i);
			if (ch !== ch.toUpperCase()) lower = true;
			else if (ch !== ch.toLowerCase()) {
				upper++;
				letter = true;
			}
		}
		if (letter && !inWord) words++;
		inWord = letter || (inWord && (c === 39 || c === 45));
	}
	return out;
}
