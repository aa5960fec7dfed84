/** Rules for dates named on the calendar: "January 22, 2025", "22 January", "2025-01-22", "March 2024", "2025-2027". */
import { fmtDay, isCalendarDay } from './calendar';
import { afterClockTime, bareMonthIsDate } from './guards';
import { APOSTROPHE, DASH, DAY, MONTH, MONTH_FULL, S, S0, WEEKDAY, YEAR, anyOf, word } from './patterns';
import type { Reading, Rule, RuleInput } from './rule';
import { dayOf, monthOf, shiftOf, weekdayOf, yearOf } from './words';

const LEADING_WEEKDAY = `(?:(?<wd>${WEEKDAY}),?${S})?`;
const TWO_DIGIT_YEAR = `${APOSTROPHE}\\d\\d(?!\\w)`;
export const MONTH_MODIFIER = anyOf([
	'early',
	'late',
	'mid',
	'the beginning of',
	'the end of',
	'the middle of',
	'the start of',
]);

function dayValue(y: number, m: number, d: number): Reading | undefined {
	return isCalendarDay(y, m, d) ? { expr: { kind: 'value', value: fmtDay({ y, m, d }) } } : undefined;
}

/** Month, day, optional second day or month-day ("January 20-24", "June 19-July 10"), optional year. */
function readMonthDay(m: RuleInput): Reading | undefined {
	const { g } = m;
	const m1 = monthOf(g['m1']!);
	const d1 = dayOf(g['d1']!);
	const y = g['y'] ? yearOf(g['y']) : undefined;
	const weekday = g['wd'] ? weekdayOf(g['wd']) : undefined;
	const from = {
		kind: 'day' as const,
		m: m1,
		d: d1,
		...(y === undefined ? {} : { y }),
		...(weekday === undefined ? {} : { weekday }),
	};
	if (y !== undefined && !isCalendarDay(y, m1, d1)) return undefined;
	if (d1 > 31 || (y === undefined && !isCalendarDay(2000, m1, d1))) return undefined;
	if (g['d2']) {
		const m2 = g['m2'] ? monthOf(g['m2']) : m1;
		const d2 = dayOf(g['d2']);
		// A later day of the month, or another month ("Dec. 30-Jan. 2" runs into the next year).
		const ordered = m2 !== m1 || d2 > d1;
		if (ordered && isCalendarDay(y ?? 2000, m2, d2)) {
			const to = { kind: 'day' as const, m: m2, d: d2, ...(y === undefined ? {} : { y }) };
			const start = y !== undefined && m2 < m1 ? { ...from, y: y - 1 } : from;
			const first = m.span('d1')!,
				second = m.span('m2') ?? m.span('d2')!;
			return {
				expr: { kind: 'range', from: start, to },
				parts: [
					[m.start, first[1]],
					[second[0], m.end],
				],
			};
		}
		// "May 9-3": keep the first day only.
		return { expr: from, end: m.span('d1')![1] };
	}
	return { expr: from };
}

export const CALENDAR_RULES: readonly Rule[] = [
	{
		name: 'iso',
		source: `(?<![\\w.\\-/])(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<hh>[0-2]\\d):(?<mi>[0-5]\\d))?(?![\\w\\-/]|[.,:]\\d)`,
		read: ({ g }) => {
			const r = dayValue(Number(g['y']), Number(g['m']), Number(g['d']));
			if (!r || !g['hh'] || r.expr.kind !== 'value') return r;
			return { expr: { kind: 'value', value: `${r.expr.value}T${g['hh']}:${g['mi']}` } };
		},
	},
	{
		// 01/22/2025 (US order) or 22/01/2025 when the first number cannot be a month.
		name: 'slashed',
		source: `(?<![\\w.\\-/])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>\\d{4})(?![\\w/]|[.,]\\d)`,
		read: ({ g }) => {
			const a = Number(g['a']),
				b = Number(g['b']);
			return a > 12 ? dayValue(Number(g['y']), b, a) : dayValue(Number(g['y']), a, b);
		},
	},
	{
		// 22.01.2025 (day first, as in Europe and the former Soviet Union).
		name: 'dotted',
		source: `(?<![\\w.\\-/])(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<y>\\d{4})(?![\\w.]|[,]\\d)`,
		read: ({ g }) => dayValue(Number(g['y']), Number(g['m']), Number(g['d'])),
	},
	{
		name: 'monthDay',
		source: `${LEADING_WEEKDAY}(?<m1>${MONTH})${S0}(?<d1>${DAY})(?:${S0}${DASH}${S0}(?:(?<m2>${MONTH})${S0})?(?<d2>${DAY}))?(?:,?${S}(?<y>${YEAR}|${TWO_DIGIT_YEAR}))?`,
		read: (m) => {
			const r = readMonthDay(m);
			return r && afterClockTime(m.text, m.start) ? { ...r, timeOfDay: true } : r;
		},
	},
	{
		name: 'dayMonth',
		source: `(?<![\\w$€£.,/\\-])${LEADING_WEEKDAY}(?:${word('the')}${S})?(?<d1>${DAY})(?:${S0}${DASH}${S0}(?<d2>${DAY}))?${S}(?:${word('of')}${S})?(?<m>${MONTH})(?:,?${S}(?<y>${YEAR}))?`,
		read: (m) => {
			const { g } = m;
			const month = monthOf(g['m']!);
			const d1 = dayOf(g['d1']!);
			const y = g['y'] ? yearOf(g['y']) : undefined;
			const weekday = g['wd'] ? weekdayOf(g['wd']) : undefined;
			if (!isCalendarDay(y ?? 2000, month, d1)) return undefined;
			const from = {
				kind: 'day' as const,
				m: month,
				d: d1,
				...(y === undefined ? {} : { y }),
				...(weekday === undefined ? {} : { weekday }),
			};
			if (!g['d2']) return { expr: from };
			const d2 = dayOf(g['d2']);
			if (d2 <= d1 || !isCalendarDay(y ?? 2000, month, d2)) return undefined;
			return { expr: { kind: 'range', from, to: { kind: 'day', m: month, d: d2, ...(y === undefined ? {} : { y }) } } };
		},
	},
	{
		// "May 2010", "March of 2024", "mid-November 1999", "June last year".
		name: 'monthYear',
		source: `(?:(?<mod>${MONTH_MODIFIER})(?:${S}|-))?(?<core>(?<m>${MONTH}),?${S}(?:${word('of')}${S})?(?:(?<y>${YEAR})|(?<ys>${anyOf(['last', 'this', 'next'])})${S}${word('year')}(?![\\w-])))`,
		read: ({ g, span }) => {
			const month = monthOf(g['m']!);
			const core = span('core');
			if (g['y']) return { expr: { kind: 'month', m: month, y: yearOf(g['y']) }, ...(core ? { core } : {}) };
			return { expr: { kind: 'month', m: month, yearShift: shiftOf(g['ys']!) }, ...(core ? { core } : {}) };
		},
	},
	{
		// "January-March 2025" -> 2025-01/2025-03, "in January-February".
		name: 'monthRange',
		source: `(?<m1>${MONTH_FULL})${S0}${DASH}${S0}(?<m2>${MONTH_FULL})(?:,?${S}(?<y>${YEAR}))?`,
		read: ({ end, g, span }) => {
			const m1 = monthOf(g['m1']!),
				m2 = monthOf(g['m2']!);
			if (m2 === m1) return undefined;
			const y = g['y'] ? yearOf(g['y']) : undefined;
			const from = { kind: 'month' as const, m: m1, ...(y === undefined ? {} : { y: m2 < m1 ? y - 1 : y }) };
			const to = { kind: 'month' as const, m: m2, ...(y === undefined ? {} : { y }) };
			return { expr: { kind: 'range', from, to }, parts: [span('m1')!, [span('m2')![0], end]] };
		},
	},
	{
		// "last May", "this September", "next March".
		name: 'shiftedMonth',
		source: `(?<sh>${anyOf(['last', 'this', 'next', 'this past', 'this coming'])})${S}(?<core>(?<m>${MONTH_FULL}))(?![\\w-])`,
		read: ({ g, span }) => ({
			expr: { kind: 'month', m: monthOf(g['m']!), shift: shiftOf(g['sh']!) },
			core: span('core')!,
		}),
	},
];

/** A month on its own: "in March", "late November". After the other rules, so "March 2024" wins. */
export const BARE_MONTH_RULE: Rule = {
	name: 'month',
	source: `(?:(?<mod>${MONTH_MODIFIER})(?:${S}|-))?(?<core>(?<m>${MONTH_FULL}))(?![\\w-])`,
	read: ({ text, g, span, lenient }) => {
		const core = span('core')!;
		if (!lenient && !g['mod'] && !bareMonthIsDate(text, core[0], core[1], g['m']!)) return undefined;
		return { expr: { kind: 'month', m: monthOf(g['m']!) }, core };
	},
};
