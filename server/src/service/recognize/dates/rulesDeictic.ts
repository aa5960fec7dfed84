/** Rules for expressions anchored on the article date: "today", "last week", "two years ago", "now", "on Tuesday". */
import { afterClockTime, afterEachOrEvery, referenceIsDate, titleCased, weekdayIsDate } from './guards';
import { DAY_MODIFIER, MODIFIER, NUMBER, PART_OF_DAY, S, WEEKDAY, anyOf, word } from './patterns';
import { REFERENCES } from './lexicon';
import type { Rule } from './rule';
import { countOf, phraseOf, shiftOf, unitOf, weekdayOf } from './words';

const THE = word('the');
/** Not after "the " ("the last year" is a duration); one space only, so that the look-behind stays short. */
const NOT_AFTER_THE = `(?<!\\b${THE}[ \\t\\u00a0])`;
const BOUNDARY_OF = anyOf(['the end of', 'the beginning of', 'the start of', 'the middle of']);

export const DEICTIC_RULES: readonly Rule[] = [
	{
		// "last week", "this year", "next month", "earlier this month", "early next year", "the end of this week";
		// not "the last year" (a duration).
		name: 'shiftedUnit',
		source: `${NOT_AFTER_THE}(?:(?<mod>${MODIFIER}|${BOUNDARY_OF})${S})?(?<sh>${anyOf(['this', 'last', 'next', 'this past', 'this coming'])})${S}(?<u>${anyOf(['week', 'weekend', 'month', 'year', 'decade', 'century'])})(?![\\w-])`,
		read: ({ text, start, end, g, lenient }) => {
			if (!lenient && (titleCased(text, start, end) || afterEachOrEvery(text, start))) return undefined;
			return { expr: { kind: 'relative', unit: unitOf(g['u']!), offset: shiftOf(g['sh']!) }, deictic: true };
		},
	},
	{
		// "that year", "later that year", "that same day", "the following month": the date named before in the paragraph
		// (anaphora.ts), a year, month, quarter or day of it; no date without one.
		name: 'anaphoric',
		source: `(?:${anyOf(['earlier', 'later'])}${S})?(?:${word('that')}(?:${S}${word('same')})?|${THE}${S}(?<f>${anyOf(['following', 'previous'])}))${S}(?<u>${anyOf(['day', 'month', 'quarter', 'year'])})(?![\\w-])`,
		read: ({ g }) => {
			const u = phraseOf(g['u']!) as 'day' | 'month' | 'quarter' | 'year';
			const f = g['f'] ? phraseOf(g['f']) : '';
			// "the following quarter" is left out: a quarter is named of a report, whose quarters follow fiscal years
			if (f && u === 'quarter') return undefined;
			return {
				expr: { kind: 'anaphoric', unit: u, offset: f === 'following' ? 1 : f === 'previous' ? -1 : 0 },
				deictic: true,
			};
		},
	},
	{
		// "the current year", "the current fiscal year", "the current month".
		name: 'currentUnit',
		source: `${THE}${S}${word('current')}${S}(?:${word('fiscal')}${S})?(?<u>${anyOf(['week', 'month', 'year'])})(?![\\w-])`,
		read: ({ g }) => ({ expr: { kind: 'relative', unit: unitOf(g['u']!), offset: 0 }, deictic: true }),
	},
	{
		// "the weekend" (the one just past unless the clause looks ahead).
		name: 'theWeekend',
		source: `${THE}${S}${word('weekend')}(?![\\w-])`,
		read: () => ({ expr: { kind: 'weekend' }, deictic: true }),
	},
	{
		// "the latest quarter", "the current quarter", "last quarter", "the quarter" (of results: the last one).
		name: 'shiftedQuarter',
		source: `(?:${THE}${S}(?:(?<sh>${anyOf(['latest', 'current', 'last', 'previous', 'past', 'most recent', 'next', 'coming', 'this'])})${S})?|(?<sh2>${anyOf(['last', 'next', 'this'])})${S})${word('quarter')}(?![\\w-])`,
		read: ({ g }) => {
			const sh = phraseOf(g['sh'] ?? g['sh2'] ?? 'latest');
			// "the quarter", "the latest quarter": the one the report is about; "last quarter": the one before this one
			if (sh === 'latest' || sh === 'most recent')
				return { expr: { kind: 'reportQuarter', yearsBack: 0 }, deictic: true };
			const offset = sh === 'current' || sh === 'this' ? 0 : sh === 'next' || sh === 'coming' ? 1 : -1;
			return { expr: { kind: 'relative', unit: 'quarter', offset }, deictic: true };
		},
	},
	{
		// "the year-earlier quarter", "the comparable year-ago period", a "year-earlier" loss: in results, the quarter a
		// year before the latest one
		name: 'yearEarlierQuarter',
		source: `(?:(?:${THE}${S})?(?:${word('comparable')}${S})?(?:${anyOf(['year-earlier', 'year-ago'])})${S}${anyOf(['quarter', 'period'])}|${anyOf(['year-earlier', 'year-ago'])}(?=${S}[a-z]))(?![\\w-])`,
		read: () => ({ expr: { kind: 'reportQuarter', yearsBack: 1 }, deictic: true }),
	},
	{
		// "the latest period", "the most recent period": of results, the last quarter.
		name: 'latestPeriod',
		source: `${THE}${S}${anyOf(['latest', 'most recent'])}${S}${word('period')}(?![\\w-])`,
		read: () => ({ expr: { kind: 'reportQuarter', yearsBack: 0 }, deictic: true }),
	},
	{
		// "the full year": this year; "the past year": the last one, as TimeBank has it; "year-end": the last day of
		// a year (TimeBank: "by year-end" 1989-12-31, "since year-end" 1988-12-31).
		name: 'yearWords',
		source: `(?:(?<full>${THE}${S}${word('full')}${S}${word('year')})|(?<end>${word('year')}(?:-|${S})${word('end')})|(?<past>${THE}${S}${word('past')}${S}${word('year')}))(?![\\w-])`,
		read: ({ g }) =>
			g['end']
				? { expr: { kind: 'yearEnd' }, deictic: true }
				: { expr: { kind: 'relative', unit: 'year', offset: g['past'] ? -1 : 0 }, deictic: true },
	},
	{
		// "the end of the year", "the end of the month".
		name: 'boundaryOfThe',
		source: `${BOUNDARY_OF}${S}${THE}${S}(?<u>${anyOf(['year', 'month', 'week'])})(?![\\w-])`,
		read: ({ g }) => ({ expr: { kind: 'relative', unit: unitOf(g['u']!), offset: 0 }, deictic: true }),
	},
	{
		// "last Friday", "this coming Sunday"; "Friday night" is a TIME.
		name: 'shiftedWeekday',
		source: `(?:(?<mod>${DAY_MODIFIER})${S})?(?<sh>${anyOf(['last', 'this', 'next', 'this past', 'this coming', 'coming'])})${S}(?<core>(?<wd>${WEEKDAY}))(?![\\w-])(?<pod>${S}${PART_OF_DAY}(?![\\w-]))?`,
		read: ({ text, start, g, span }) => {
			const sh = phraseOf(g['sh']!);
			const shift = sh === 'this past' ? -1 : sh === 'this coming' || sh === 'coming' ? 1 : shiftOf(sh);
			const timeOfDay = Boolean(g['pod']) || afterClockTime(text, start);
			return {
				expr: { kind: 'weekday', weekday: weekdayOf(g['wd']!), shift },
				core: span('core')!,
				...(timeOfDay ? { timeOfDay } : {}),
			};
		},
	},
	{
		// "today", "yesterday", "late yesterday", "tomorrow"; "yesterday morning" is a TIME.
		name: 'dayWord',
		source: `(?:(?<mod>${DAY_MODIFIER})${S})?(?<w>${anyOf(['today', 'yesterday', 'tomorrow'])})(?![\\w-])(?<pod>${S}${PART_OF_DAY}(?![\\w-]))?`,
		read: ({ text, start, end, g, span, lenient }) => {
			const word = span('w')!;
			if (!lenient && titleCased(text, word[0], end)) return undefined;
			const w = phraseOf(g['w']!);
			const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
			const timeOfDay = Boolean(g['pod']) || afterClockTime(text, start);
			return { expr: { kind: 'relative', unit: 'day', offset }, deictic: true, ...(timeOfDay ? { timeOfDay } : {}) };
		},
	},
	{
		name: 'dayBeforeAfter',
		source: `${THE}${S}${word('day')}${S}(?<ba>${anyOf(['before', 'after'])})${S}(?<w>${anyOf(['yesterday', 'tomorrow'])})(?![\\w-])`,
		read: ({ g }) => ({
			expr: { kind: 'relative', unit: 'day', offset: phraseOf(g['w']!) === 'yesterday' ? -2 : 2 },
			deictic: true,
		}),
	},
	{
		// "two years ago", "a year earlier", "nearly four years ago", "several years ago" (PAST_REF).
		name: 'ago',
		source: `(?:${anyOf(['about', 'almost', 'nearly', 'some', 'just', 'only', 'roughly', 'around', 'more than', 'less than', 'over', 'exactly'])}${S})?(?<n>${NUMBER})${S}(?<u>${anyOf(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'])})${S}(?:${word('or')}${S}${word('so')}${S})?(?<dir>${anyOf(['ago', 'earlier', 'from now', 'hence'])})(?![\\w-])`,
		read: ({ g }) => {
			const dir = phraseOf(g['dir']!);
			const direction = dir === 'ago' || dir === 'earlier' ? -1 : 1;
			return {
				expr: { kind: 'ago', unit: unitOf(g['u']!), count: countOf(phraseOf(g['n']!)), direction },
				deictic: true,
			};
		},
	},
	{
		// "now", "currently", "recently", "the past", "the future", "at the time".
		name: 'reference',
		source: `(?<r>${anyOf([...REFERENCES.keys()])})(?![\\w-])`,
		read: ({ text, start, end, g, lenient }) => {
			const r = phraseOf(g['r']!);
			if (!lenient && !referenceIsDate(text, start, end, g['r']!)) return undefined;
			return { expr: { kind: 'value', value: REFERENCES.get(r) ?? 'PRESENT_REF' }, deictic: true };
		},
	},
];

/** A weekday: "on Tuesday", "late Monday"; not "the Sunday Times". */
export const WEEKDAY_RULE: Rule = {
	name: 'weekday',
	source: `(?:(?<mod>${DAY_MODIFIER})${S})?(?<core>(?<wd>${WEEKDAY}))(?![\\w-])(?<pod>${S}${PART_OF_DAY}(?![\\w-]))?`,
	read: ({ text, start, end, g, span, lenient }) => {
		const core = span('core')!;
		if (!lenient && !g['mod'] && !g['pod'] && !weekdayIsDate(text, core[0], end)) return undefined;
		const timeOfDay = Boolean(g['pod']) || afterClockTime(text, start);
		return { expr: { kind: 'weekday', weekday: weekdayOf(g['wd']!) }, core, ...(timeOfDay ? { timeOfDay } : {}) };
	},
};
