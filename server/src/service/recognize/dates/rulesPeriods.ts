/** Rules for parts of a year: quarters, halves, seasons and holidays. */
import { bareSeasonIsDate } from './guards';
import { HOLIDAY_SOURCE } from './holidays';
import { S, S0, SEASON, ORDINAL, YEAR, anyOf, word } from './patterns';
import type { Rule } from './rule';
import { nextWord } from './context';
import { ordinalOf, phraseOf, seasonOf, shiftOf } from './words';

const THE = word('the');
const YEAR_SHIFT = anyOf(['this', 'last', 'next']);
const QUARTER_DETERMINER = anyOf(['the', 'this', 'last', 'next', "this year's", "last year's", "next year's"]);
const NOT_HOLIDAY_AFTER =
	/^(?:island|islands|tree|trees|card|cards|gift|gifts|present|presents|market|markets|carol|carols|party|parties|lights|decorations|shopping|sales|bonus|message|address|truce|ceasefire|offensive)$/i;

export const PERIOD_RULES: readonly Rule[] = [
	{
		// "the third quarter", "third-quarter" (profit), "the fourth quarter of 2024", "last year's first quarter", "the 1988 second quarter".
		name: 'quarter',
		source: `(?:(?<det>${QUARTER_DETERMINER})${S})?(?:(?<y0>${YEAR})${S})?(?:${word('fiscal')}(?:${S}|-))?(?<q>${ORDINAL})(?<hy>-|${S})${word('quarter')}(?:${S}(?:${word('of')}|${word('in')})${S}(?:(?<y>${YEAR})|(?<ys>${YEAR_SHIFT})${S}${word('year')}|${word('fiscal')}${S}(?<y2>${YEAR})))?(?![\\w-])`,
		read: ({ text, end, g, span }) => {
			const q = ordinalOf(g['q']!);
			const y = g['y'] ?? g['y2'] ?? g['y0'];
			const det = g['det'] ? phraseOf(g['det']) : '';
			const yearShift = g['ys'] ? shiftOf(g['ys']) : det.endsWith("year's") ? shiftOf(det.split(' ')[0]!) : undefined;
			const expr = {
				kind: 'quarter' as const,
				q,
				...(y ? { y: Number(y) } : {}),
				...(yearShift === undefined ? {} : { yearShift }),
			};
			// An adjective ("the third-quarter profit"): TimeML marks "third-quarter" only.
			const next = nextWord(text, end);
			const adjective =
				g['hy'] === '-' &&
				!g['y'] &&
				!g['ys'] &&
				!g['y2'] &&
				next !== '' &&
				!/^(?:of|in|ended|ending|ends)$/i.test(next);
			if (adjective && det === 'the') return { expr, start: (span('y0') ?? span('q'))![0] };
			return { expr };
		},
	},
	{
		// "Q1", "Q3 2024".
		name: 'quarterCode',
		source: `(?<![\\w-])Q(?<q>[1-4])(?:${S0}(?<y>${YEAR}))?(?![\\w-])`,
		read: ({ g }) => ({ expr: { kind: 'quarter', q: Number(g['q']), ...(g['y'] ? { y: Number(g['y']) } : {}) } }),
	},
	{
		// "the first half of 2025", "the second half of the year", "the last half of 1989", "H1 2025".
		name: 'half',
		source: `(?:${THE}${S})?(?<core>(?<h>${anyOf(['first', 'second', 'last', '1st', '2nd'])})(?:${S}|-)${word('half')}${S}${word('of')}${S}(?:(?<y>${YEAR})|(?<ys>${YEAR_SHIFT})${S}${word('year')}|${THE}${S}${word('year')}))(?![\\w-])|(?<![\\w-])H(?<h2>[12])${S0}(?<y2>${YEAR})`,
		read: ({ g, span }) => {
			if (g['h2']) return { expr: { kind: 'half', h: Number(g['h2']), y: Number(g['y2']) } };
			const h = /^(?:first|1st)$/i.test(g['h']!) ? 1 : 2;
			const y = g['y'] ? Number(g['y']) : undefined;
			return {
				expr: { kind: 'half', h, ...(y === undefined ? { yearShift: g['ys'] ? shiftOf(g['ys']) : 0 } : { y }) },
				core: span('core')!,
			};
		},
	},
	{
		// "the summer", "last fall", "spring 2024", "early winter"; not "the fall of Aleppo", "a spring".
		name: 'season',
		source: `(?:(?<det>${anyOf(['the', 'this', 'last', 'next', 'this past', 'this coming', 'that'])})${S})?(?:(?<mod>${anyOf(['early', 'late', 'mid'])})(?:${S}|-))?(?<core>(?<s>${SEASON})(?:${S}(?:${word('of')}${S})?(?<y>${YEAR}))?)(?![\\w-])`,
		read: ({ text, end, g, span, lenient }) => {
			const core = span('core')!;
			const season = seasonOf(g['s']!);
			const det = g['det'] ? phraseOf(g['det']) : '';
			if (!lenient && !g['y']) {
				if (!det && !g['mod'] && !bareSeasonIsDate(text, core[0], core[1], g['s']!)) return undefined;
				if (/^of$/i.test(nextWord(text, end))) return undefined; // "the fall of Rome"
				if (det === 'that') return undefined;
			}
			const shift =
				det === 'this past' ? -1 : det === 'this coming' ? 1 : det === 'the' || det === '' ? undefined : shiftOf(det);
			return {
				expr: {
					kind: 'season',
					season,
					...(g['y'] ? { y: Number(g['y']) } : {}),
					...(shift === undefined ? {} : { shift }),
				},
				core,
			};
		},
	},
	{
		// "Christmas", "Victory Day", "last Thanksgiving", "Easter 2025".
		name: 'holiday',
		source: `(?:(?<det>${YEAR_SHIFT})${S})?(?<core>(?<h>${HOLIDAY_SOURCE})(?:${S}(?<y>${YEAR}))?)(?![\\w-])`,
		read: ({ text, end, g, span, lenient }) => {
			if (!lenient && !g['y'] && NOT_HOLIDAY_AFTER.test(nextWord(text, end))) return undefined;
			const name = phraseOf(g['h']!);
			return {
				expr: {
					kind: 'holiday',
					name,
					...(g['y'] ? { y: Number(g['y']) } : {}),
					...(g['det'] ? { shift: shiftOf(g['det']) } : {}),
				},
				core: span('core')!,
			};
		},
	},
];
