import {
	addMonths,
	daysInMonth,
	epochDay,
	fmtEpoch,
	fmtMonth,
	fmtWeek,
	fmtYear,
	isCalendarDay,
	weekdayOf,
	type Ymd,
} from './calendar';
import type { DateExpression } from './expression';
import { HOLIDAYS } from './holidays';
import type { Tense } from './tense';

/** How a date without a year ("May 9", "in October", "on Tuesday") is placed when the clause has no tense cue. */
export type Placement = 'same-year' | 'nearest' | 'past' | 'future' | 'recent';

export interface ResolvePolicy {
	/** Use the clause tense (past: the latest occurrence up to the article date; future: the next one): not at all,
	 * only unambiguous cues ("will", "was", "ago"), or every cue (any verb in -ed). */
	readonly calendarTense: 'none' | 'strong' | 'all';
	readonly weekdayTense: 'none' | 'strong' | 'all';
	/** Without a tense cue, for days, seasons and holidays. */
	readonly calendar: Placement;
	/** Without a tense cue, for a month named alone ("in March"); `recent`: the nearest, unless it is more than four
	 * months ahead: then the one before (news tells of what happened: "stepped down in March" in November). */
	readonly month: Placement;
	/** Without a tense cue, for weekdays. */
	readonly weekday: Placement;
}

/** Measured on TimeBank (bench/dates-eval.mjs --policies): the nearest occurrence unless an unambiguous cue before the
 * expression says otherwise; weekdays in news are mostly past ones. */
export const DEFAULT_POLICY: ResolvePolicy = {
	calendarTense: 'strong',
	weekdayTense: 'strong',
	calendar: 'nearest',
	month: 'recent',
	weekday: 'past',
};

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** Reads the tense of the expression's clause on demand, with unambiguous cues only when `strong`. */
export type TenseOf = (strong: boolean) => Tense;
const NO_TENSE: TenseOf = () => undefined;

/** The TIMEX3 value of an expression, or undefined when it needs an article date that is missing. */
export function resolveExpression(
	e: DateExpression,
	dct: Ymd | undefined,
	tenseOf: TenseOf = NO_TENSE,
	policy: ResolvePolicy = DEFAULT_POLICY,
): string | undefined {
	const calendarTense = (): Tense =>
		policy.calendarTense === 'none' ? undefined : tenseOf(policy.calendarTense === 'strong');
	const weekdayTense = (): Tense =>
		policy.weekdayTense === 'none' ? undefined : tenseOf(policy.weekdayTense === 'strong');
	switch (e.kind) {
		case 'value':
			return e.value;
		case 'year':
			return fmtYear(e.y);
		case 'decade':
			return String(e.decade);
		case 'range': {
			const a = resolveExpression(e.from, dct, tenseOf, policy);
			if (!a) return undefined;
			let to = e.to;
			// "January 20-24", "Dec. 30-Jan. 2": the second day is in the year of the first, or the next one.
			if ((to.kind === 'day' || to.kind === 'month') && to.y === undefined && e.from.kind === to.kind) {
				const y = Number(a.slice(0, 4));
				to = { ...to, y: to.m < e.from.m ? y + 1 : y };
			}
			const b = resolveExpression(to, dct, tenseOf, policy);
			return b ? `${a}/${b}` : undefined;
		}
		case 'day': {
			let y = e.y;
			if (y === undefined) {
				if (!dct) return undefined;
				y = e.weekday !== undefined ? yearWithWeekday(dct, e.m, e.d, e.weekday) : undefined;
				y ??= placeDay(dct, e.m, e.d, calendarTense, policy.calendar);
			}
			return isCalendarDay(y, e.m, e.d) ? fmtEpoch(epochDay(y, e.m, e.d)) : undefined;
		}
		case 'month': {
			const span = (yy: number): [number, number] => [epochDay(yy, e.m, 1), epochDay(yy, e.m, daysInMonth(yy, e.m))];
			const y = e.y ?? (dct && yearOf(dct, e.yearShift, e.shift, calendarTense, policy.month, span));
			return y === undefined ? undefined : fmtMonth(y, e.m);
		}
		case 'quarter': {
			const span = (yy: number): [number, number] => [
				epochDay(yy, 3 * e.q - 2, 1),
				epochDay(yy, 3 * e.q, daysInMonth(yy, 3 * e.q)),
			];
			// Quarters without a year are the latest one begun, as in reports of results ("expects to report third-quarter").
			const y =
				e.y ?? (dct && (e.yearShift !== undefined ? dct.y + e.yearShift : placeYear(dct, undefined, 'past', span)));
			return y === undefined ? undefined : `${fmtYear(y)}-Q${e.q}`;
		}
		case 'half': {
			const y = e.y ?? (dct && dct.y + (e.yearShift ?? 0));
			return y === undefined ? undefined : `${fmtYear(y)}-H${e.h}`;
		}
		case 'season': {
			const [from, to] = SEASON_MONTHS[e.season] ?? [1, 12];
			const span = (yy: number): [number, number] => {
				const end = addMonths(yy, to, 0);
				return [epochDay(yy, from, 1), epochDay(end.y, end.m, daysInMonth(end.y, end.m))];
			};
			const y = e.y ?? (dct && yearOf(dct, undefined, e.shift, calendarTense, policy.calendar, span));
			return y === undefined ? undefined : `${fmtYear(y)}-${e.season}`;
		}
		case 'holiday': {
			const dayIn = HOLIDAYS.get(e.name);
			if (!dayIn) return undefined;
			const y =
				e.y ?? (dct && yearOf(dct, undefined, e.shift, calendarTense, policy.calendar, (yy) => [dayIn(yy), dayIn(yy)]));
			return y === undefined ? undefined : fmtEpoch(dayIn(y));
		}
		case 'weekday':
			return dct && fmtEpoch(weekdayDay(dct, e.weekday, e.shift, weekdayTense, policy));
		case 'weekend':
			return dct && `${fmtWeek(weekdayDay(dct, 6, undefined, weekdayTense, policy))}-WE`;
		case 'relative':
			return dct && relative(dct, e.unit, e.offset);
		case 'anaphoric':
			return undefined; // only against the date named before it (anaphora.ts)
		case 'yearEnd':
			return dct && `${fmtYear(calendarTense() === 'past' && (dct.m < 12 || dct.d < 31) ? dct.y - 1 : dct.y)}-12-31`;
		case 'reportQuarter':
			return dct && relative(dct, 'quarter', -1 - 4 * e.yearsBack);
		case 'ago':
			if (e.count < 0) return e.direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
			if (e.unit === 'decade') return dct && fmtYear(dct.y + 10 * e.direction * e.count);
			return dct && relative(dct, e.unit, e.direction * e.count);
	}
}

type Span = (year: number) => [number, number];

/** A day without a year at most this many days ahead of the article date is that one, whatever the tense: a past
 * verb speaks of a deadline ahead ("had been set to expire Nov. 6" four days ahead, "was extended to Nov. 16"). */
const NEAR_DAYS = 31;

/** The year of a month and day named without one: the one just ahead when it is near, else by the tense. */
function placeDay(dct: Ymd, m: number, d: number, tense: () => Tense, placement: Placement): number {
	const span: Span = (yy) => {
		const day = epochDay(yy, m, Math.min(d, daysInMonth(yy, m)));
		return [day, day];
	};
	const near = placeYear(dct, undefined, 'nearest', span);
	const ahead = span(near)[0] - epochDay(dct.y, dct.m, dct.d);
	if (ahead >= 0 && ahead <= NEAR_DAYS) return near;
	return placeYear(dct, tense(), placement, span);
}

/** Year of a period named without one: `yearShift` ("March last year"), `shift` ("last March") or placement. */
function yearOf(
	dct: Ymd,
	yearShift: number | undefined,
	shift: number | undefined,
	tense: () => Tense,
	placement: Placement,
	span: Span,
): number {
	if (yearShift !== undefined) return dct.y + yearShift;
	const today = epochDay(dct.y, dct.m, dct.d);
	if (shift === -1) return [dct.y, dct.y - 1, dct.y - 2].find((y) => span(y)[1] < today) ?? dct.y - 1;
	if (shift === 1) return [dct.y, dct.y + 1, dct.y + 2].find((y) => span(y)[0] > today) ?? dct.y + 1;
	if (shift === 0) return dct.y;
	return placeYear(dct, tense(), placement, span);
}

function placeYear(dct: Ymd, tense: Tense, fallback: Placement, span: Span): number {
	const today = epochDay(dct.y, dct.m, dct.d);
	const how: Placement = tense === 'past' || tense === 'future' ? tense : fallback;
	switch (how) {
		case 'same-year':
			return dct.y;
		case 'past':
			return [dct.y + 1, dct.y, dct.y - 1].find((y) => span(y)[0] <= today) ?? dct.y - 1;
		case 'future':
			return [dct.y - 1, dct.y, dct.y + 1].find((y) => span(y)[1] >= today) ?? dct.y + 1;
		case 'nearest':
			return nearestYear(dct, span);
		case 'recent': {
			const near = nearestYear(dct, span);
			return span(near)[0] - today > RECENT_AHEAD_DAYS ? near - 1 : near;
		}
	}
}

/** How far ahead a month named alone may be and still be the next one: four months (on TimeBank three did one better,
 * but "the vote in May" of a January article is ahead). */
const RECENT_AHEAD_DAYS = 122;

function nearestYear(dct: Ymd, span: Span): number {
	const today = epochDay(dct.y, dct.m, dct.d);
	let best = dct.y,
		bestDistance = Infinity;
	for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
		const [a, b] = span(y);
		const distance = today < a ? a - today : today > b ? today - b : 0;
		if (distance < bestDistance) [best, bestDistance] = [y, distance];
	}
	return best;
}

/** The year near the article date in which month/day falls on the weekday given with it ("Monday, Dec. 26"). */
function yearWithWeekday(dct: Ymd, m: number, d: number, weekday: number): number | undefined {
	for (const y of [dct.y, dct.y - 1, dct.y + 1])
		if (isCalendarDay(y, m, d) && weekdayOf(epochDay(y, m, d)) === weekday) return y;
	return undefined;
}

function weekdayDay(
	dct: Ymd,
	weekday: number,
	shift: number | undefined,
	tenseOf: () => Tense,
	policy: ResolvePolicy,
): number {
	const today = epochDay(dct.y, dct.m, dct.d);
	const back = (weekdayOf(today) - weekday + 7) % 7; // days back to the latest such weekday, 0 = today
	const ahead = (weekday - weekdayOf(today) + 7) % 7;
	if (shift === -1) return today - (back || 7);
	if (shift === 1) return today + (ahead || 7);
	if (shift === 0) return today + ahead;
	const tense = tenseOf();
	const how: Placement = tense === 'past' || tense === 'future' ? tense : policy.weekday;
	switch (how) {
		case 'past':
			return today - back;
		case 'future':
			return today + ahead;
		case 'same-year':
		case 'nearest':
		case 'recent':
			return back <= ahead ? today - back : today + ahead;
	}
}

function relative(dct: Ymd, unit: string, offset: number): string | undefined {
	const today = epochDay(dct.y, dct.m, dct.d);
	switch (unit) {
		case 'day':
			return fmtEpoch(today + offset);
		case 'week':
			return fmtWeek(today + 7 * offset);
		case 'weekend':
			return `${fmtWeek(today + 7 * offset)}-WE`;
		case 'month': {
			const { y, m } = addMonths(dct.y, dct.m, offset);
			return fmtMonth(y, m);
		}
		case 'quarter': {
			const { y, m } = addMonths(dct.y, dct.m, 3 * offset);
			return `${fmtYear(y)}-Q${Math.ceil(m / 3)}`;
		}
		case 'year':
			return fmtYear(dct.y + offset);
		case 'decade':
			return String(Math.floor(dct.y / 10) + offset);
		case 'century':
			return String(Math.floor(dct.y / 100) + offset);
	}
	return undefined;
}
