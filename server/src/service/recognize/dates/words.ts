/** Reading the words that a grammar rule captured. */
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, SHIFTS, UNITS, WEEKDAYS, type Unit } from './lexicon';

/** What `norm` changes: white space, a typographic apostrophe, a final period. */
const NEEDS_NORM = /[\s\u00a0’]|\.$/;
const norm = (s: string): string => {
	const lower = s.toLowerCase();
	// mostly one word, which none of the replacements changes
	return NEEDS_NORM.test(lower)
		? lower
				.replace(/[\s\u00a0]+/g, ' ')
				.replace(/’/g, "'")
				.replace(/\.$/, '')
		: lower;
};

export const monthOf = (s: string): number => MONTHS.get(norm(s)) ?? 0;
export const weekdayOf = (s: string): number => WEEKDAYS.get(norm(s)) ?? 0;
export const dayOf = (s: string): number => parseInt(s, 10);
export const ordinalOf = (s: string): number => ORDINALS.get(norm(s)) ?? 0;
export const seasonOf = (s: string): string => SEASONS.get(norm(s)) ?? 'SU';
export const unitOf = (s: string): Unit => UNITS.get(norm(s).replace(/s$/, '')) ?? 'day';
export const shiftOf = (s: string): number => SHIFTS.get(norm(s).split(' ').pop() ?? '') ?? 0;
export const phraseOf = norm;

/** "1998", "'98" (a two-digit year is of the century that puts it at most 20 years after `around`). */
export function yearOf(s: string, around = 2000): number {
	const digits = s.replace(/\D/g, '');
	if (digits.length === 4) return Number(digits);
	const n = Number(digits);
	const century = Math.floor(around / 100) * 100;
	return century + n > around + 20 ? century - 100 + n : century + n;
}

/** A count: "two", "12", "a" = 1; -1 for vague counts ("several", "a few"). */
export function countOf(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	return NUMBER_WORDS.get(norm(s)) ?? -1;
}
