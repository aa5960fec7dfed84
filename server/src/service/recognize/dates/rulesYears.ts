/** Rules for years, year ranges, fiscal years and decades: "in 2024", "2025-2027", "FY2025", "the 1990s". */
import { bareYearIsDate } from './guards';
import { APOSTROPHE, DASH, MONTH_FULL, S, S0, SEASON, YEAR, anyOf, phrase, word } from './patterns';
import type { Rule } from './rule';
import { monthOf, seasonOf, yearOf } from './words';

const YEAR_DIGITS = '(?:1\\d{3}|20\\d{2})';
const NOT_IN_NUMBER = "(?<![\\w$€£#@'’/.\\-])";
const THE = word('the');
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A year in words, as transcripts of broadcasts write it: "nineteen ninety-six", "the year two thousand". */
const SPELLED_YEAR = `(?:${word('nineteen')}${S}(?<t>${anyOf(TENS)})(?:(?:-|${S})(?<u>${anyOf(UNITS)}))?|${phrase('the year two thousand')}(?:${S}(?:${word('and')}${S})?(?<u2>${anyOf(UNITS)}))?)(?![\\w-])`;

/** The value of a year in words. */
function spelledYear(g: Readonly<Record<string, string | undefined>>): number {
	if (!g['t']) return 2000 + (g['u2'] ? UNITS.indexOf(g['u2'].toLowerCase()) + 1 : 0);
	return 1900 + 10 * (TENS.indexOf(g['t'].toLowerCase()) + 2) + (g['u'] ? UNITS.indexOf(g['u'].toLowerCase()) + 1 : 0);
}

export const YEAR_RULES: readonly Rule[] = [
	{
		// "nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
		// thousand": broadcast transcripts.
		name: 'spelledYear',
		source: `(?:(?<m>${MONTH_FULL})${S}|(?:${THE}${S})?(?<s>${SEASON})${S}(?:${word('of')}${S})?)?${SPELLED_YEAR}`,
		read: ({ g }) => {
			const y = spelledYear(g);
			if (g['m']) return { expr: { kind: 'month', m: monthOf(g['m']), y } };
			if (g['s']) return { expr: { kind: 'season', season: seasonOf(g['s']), y } };
			return { expr: { kind: 'year', y } };
		},
	},
	{
		// "2025-2027" -> 2025/2027, "1990-91" -> 1990/1991.
		name: 'yearRange',
		source: `${NOT_IN_NUMBER}(?<y1>${YEAR_DIGITS})${S0}(?:${DASH}|/)${S0}(?<y2>\\d{4}|\\d{2})(?![\\w%]|[.,/\\-]\\d)`,
		read: ({ text, start, end, g, span, lenient }) => {
			const y1 = Number(g['y1']);
			const y2 = g['y2']!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g['y2']) : Number(g['y2']);
			if (y2 <= y1 || y2 > y1 + 100 || y2 > 2099) return undefined;
			if (!lenient && !bareYearIsDate(text, start, end, y1)) return undefined;
			return {
				expr: { kind: 'range', from: { kind: 'year', y: y1 }, to: { kind: 'year', y: y2 } },
				parts: [span('y1')!, span('y2')!],
			};
		},
	},
	{
		// "the 1990s", "the early 1980s", "the mid-'60s"; the MUC convention marks "1990s", "'60s".
		name: 'decade',
		source: `(?:${THE}${S})?(?:${anyOf(['early', 'mid', 'late'])}(?:${S}|-))?(?<core>(?<![\\w'’])(?:(?<dec>1\\d\\d|20\\d)0${APOSTROPHE}?s|${APOSTROPHE}(?<dec2>\\d)0s))(?!\\w)`,
		read: ({ g, span }) => ({
			expr: { kind: 'decade', decade: g['dec'] ? Number(g['dec']) : 190 + Number(g['dec2']) },
			core: span('core')!,
		}),
	},
	{
		name: 'decadeWord',
		source: `${THE}${S}(?:${anyOf(['early', 'mid', 'late'])}(?:${S}|-))?(?<core>(?<w>${anyOf(DECADE_WORDS)}))(?![\\w-])`,
		read: ({ g, span }) => ({
			expr: { kind: 'decade', decade: 192 + DECADE_WORDS.indexOf(g['w']!.toLowerCase()) },
			core: span('core')!,
		}),
	},
	{
		// "the 21st century" -> 20 (TIMEX3 names a century by its first two digits).
		name: 'century',
		source: `(?:${THE}${S})?(?:${anyOf(['early', 'mid', 'late'])}(?:${S}|-))?(?<core>(?<n>[12]?\\d)(?:st|nd|rd|th)(?:${S}|-)${word('century')})(?![\\w-])`,
		read: ({ g, span }) => {
			const n = Number(g['n']);
			return n >= 1
				? { expr: { kind: 'value', value: String(n - 1).padStart(2, '0') }, core: span('core')! }
				: undefined;
		},
	},
	{
		// "fiscal 1989", "fiscal year 2025", "FY2025", "FY25".
		name: 'fiscalYear',
		source: `(?:${THE}${S})?(?<core>(?:${word('fiscal')}(?:${S}${word('year')})?${S}|${word('financial')}${S}${word('year')}${S}|FY${S0})(?<y>${YEAR}|${APOSTROPHE}?\\d\\d(?!\\w)))`,
		read: ({ g, span }) => ({ expr: { kind: 'year', y: yearOf(g['y']!) }, core: span('core')! }),
	},
	{
		// "the 1999 fiscal year".
		name: 'yearFiscal',
		source: `(?:${THE}${S})?(?<core>(?<y>${YEAR})${S}(?:${word('fiscal')}|${word('financial')})${S}${word('year')})(?![\\w-])`,
		read: ({ g, span }) => ({ expr: { kind: 'year', y: Number(g['y']) }, core: span('core')! }),
	},
	{
		// "the 1988 period", "the 1989 quarter": a company's results of that year; the MUC convention marks the year.
		name: 'yearPeriod',
		source: `${THE}${S}(?<core>(?<y>${YEAR}))${S}${anyOf(['period', 'quarter'])}(?![\\w-])`,
		read: ({ g, span }) => ({ expr: { kind: 'year', y: Number(g['y']) }, core: span('core')! }),
	},
];

/** A year on its own: "in 2024", "mid-2025", "the 1994 World Cup". After every rule that starts with a year. */
export const BARE_YEAR_RULE: Rule = {
	name: 'year',
	source: `${NOT_IN_NUMBER}(?:(?<mod>${anyOf(['early', 'late', 'mid', 'the beginning of', 'the end of', 'the middle of', 'the start of', 'the year'])})(?:${S}|-))?(?<core>(?<y>${YEAR}))(?![\\w%]|[.,]\\d|${DASH}\\d)`,
	read: ({ text, g, span, lenient }) => {
		const core = span('core')!;
		const y = Number(g['y']);
		if (!lenient && !g['mod'] && !bareYearIsDate(text, core[0], core[1], y)) return undefined;
		return { expr: { kind: 'year', y }, core };
	},
};
