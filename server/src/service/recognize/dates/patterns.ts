/** Regex building blocks (sources, no flags) for the date grammar. Case is spelled out, never the `i` flag, so that
 * "May" the month is told from "may" the verb. */
import { MONTH_ABBREVIATIONS, MONTH_WORDS, WEEKDAY_WORDS } from './lexicon';

/** White space inside an expression: spaces, or one line break (written so that it cannot backtrack quadratically). */
export const S = '(?=[ \\t\\u00a0\\r\\n])[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';
/** Optional white space on one line. */
export const S0 = '[ \\t\\u00a0]*';
export const DASH = '[-\\u2010-\\u2015]';
export const APOSTROPHE = "['\\u2019]";

const upperFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** One word in lower case, Capitalized or UPPER CASE. */
export function word(w: string): string {
	const lower = w.toLowerCase();
	return `(?:${lower}|${upperFirst(lower)}|${lower.toUpperCase()})`.replace(/'/g, APOSTROPHE);
}

/** A phrase of words separated by white space; each word in any of the three cases. */
export function phrase(p: string): string {
	return p.split(' ').map(word).join(S);
}

/** Alternatives of phrases, longest first. */
export function anyOf(phrases: readonly string[]): string {
	return `(?:${[...phrases]
		.sort((a, b) => b.length - a.length)
		.map(phrase)
		.join('|')})`;
}

/** A proper name: Capitalized or UPPER CASE only. */
export function name(w: string): string {
	return `(?:${w}|${w.toUpperCase()})`;
}

export const MONTH_FULL = `(?:${MONTH_WORDS.map(name).join('|')})\\b`;
export const MONTH_ABBR = `(?:${MONTH_ABBREVIATIONS.map(name).join('|')})(?:\\.|\\b)`;
export const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
export const WEEKDAY = `(?:${WEEKDAY_WORDS.map(name).join('|')})\\b`;

/** Day of month, not followed by more digits or a decimal part. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\w|[.,:]\\d)';
/** A four-digit year from 1000 to 2099, not part of a longer number. */
export const YEAR = '(?:1\\d{3}|20\\d{2})(?!\\w|[.,]\\d)';

/** "early next year", "later this month". */
export const MODIFIER = anyOf(['early', 'late', 'mid', 'earlier', 'later']);
/** "late Monday", "early yesterday"; TimeML leaves "earlier"/"later" out of a day ("Earlier [Friday]"). */
export const DAY_MODIFIER = anyOf(['early', 'late']);
export const PART_OF_DAY = anyOf(['morning', 'afternoon', 'evening', 'night']);
export const NUMBER = `(?:\\d{1,3}|${anyOf(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'a couple of', 'a few', 'several', 'many'])})`;
export const ORDINAL = anyOf(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']);
export const SEASON = anyOf(['spring', 'summer', 'autumn', 'fall', 'winter']);
