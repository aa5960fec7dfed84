/** One point of a TIMEX3-style value (docs/format.md, date values), as a span of calendar days. */
export interface TimexPeriod {
	readonly kind: 'day' | 'month' | 'year' | 'week' | 'quarter' | 'half' | 'season' | 'decade' | 'century';
	readonly text: string;
	/** First and last day, as UTC midnight epoch days. */
	readonly firstDay: number;
	readonly lastDay: number;
}

export interface TimexValue {
	readonly start: TimexPeriod;
	/** For intervals `A/B`. */
	readonly end: TimexPeriod | undefined;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS: Record<string, [string, number, number]> = {
	SP: ['spring', 3, 5],
	SU: ['summer', 6, 8],
	FA: ['autumn', 9, 11],
	WI: ['winter', 12, 14],
};
const DAY_MS = 86_400_000;

const epochDay = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const lastOfMonth = (y: number, m: number): number => epochDay(y, m + 1, 0);

/** Parses `2025-01-22`, `2025-05`, `2025`, `2025-W04`, `2025-Q1`, `2025-H1`, `2025-SU`, `199` (decade), `19` (century), with an optional `THH:MM[:SS]` on days, and intervals `A/B`. */
export function parseTimex(value: string): TimexValue | undefined {
	const parts = value.split('/');
	if (parts.length > 2) return undefined;
	const start = parsePeriod(parts[0]!);
	if (!start) return undefined;
	if (parts.length === 1) return { start, end: undefined };
	const end = parsePeriod(parts[1]!);
	if (!end || end.lastDay < start.firstDay) return undefined;
	return { start, end };
}

function parsePeriod(text: string): TimexPeriod | undefined {
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?$/.exec(text))) {
		const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
		if (!isCalendarDay(y, mo, d)) return undefined;
		const day = epochDay(y, mo, d);
		return { kind: 'day', text, firstDay: day, lastDay: day };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
		const [y, mo] = [+m[1]!, +m[2]!];
		if (mo < 1 || mo > 12) return undefined;
		return { kind: 'month', text, firstDay: epochDay(y, mo, 1), lastDay: lastOfMonth(y, mo) };
	}
	if ((m = /^(\d{4})$/.exec(text))) {
		const y = +m[1]!;
		return { kind: 'year', text, firstDay: epochDay(y, 1, 1), lastDay: epochDay(y, 12, 31) };
	}
	if ((m = /^(\d{4})-W(\d{2})$/.exec(text))) {
		const [y, w] = [+m[1]!, +m[2]!];
		const monday = isoWeekMonday(y, w);
		if (w < 1 || isoWeekMonday(y, w + 1) - monday !== 7 || w > weeksInIsoYear(y)) return undefined;
		return { kind: 'week', text, firstDay: monday, lastDay: monday + 6 };
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
		const [y, q] = [+m[1]!, +m[2]!];
		return { kind: 'quarter', text, firstDay: epochDay(y, 3 * q - 2, 1), lastDay: lastOfMonth(y, 3 * q) };
	}
	if ((m = /^(\d{4})-H([12])$/.exec(text))) {
		const [y, h] = [+m[1]!, +m[2]!];
		return { kind: 'half', text, firstDay: epochDay(y, 6 * h - 5, 1), lastDay: lastOfMonth(y, 6 * h) };
	}
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(text))) {
		const y = +m[1]!;
		const [, from, to] = SEASONS[m[2]!]!;
		return { kind: 'season', text, firstDay: epochDay(y, from, 1), lastDay: lastOfMonth(y, to) };
	}
	if ((m = /^(\d{3})$/.exec(text))) {
		const y = +m[1]! * 10;
		return { kind: 'decade', text, firstDay: epochDay(y, 1, 1), lastDay: epochDay(y + 9, 12, 31) };
	}
	if ((m = /^(\d{2})$/.exec(text))) {
		const y = +m[1]! * 100;
		return { kind: 'century', text, firstDay: epochDay(y, 1, 1), lastDay: epochDay(y + 99, 12, 31) };
	}
	return undefined;
}

function isoWeekMonday(year: number, week: number): number {
	const jan4 = epochDay(year, 1, 4);
	const jan4Weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
	return jan4 - jan4Weekday + (week - 1) * 7;
}

function weeksInIsoYear(year: number): number {
	return (isoWeekMonday(year + 1, 1) - isoWeekMonday(year, 1)) / 7;
}

const dayOf = (epoch: number): Date => new Date(epoch * DAY_MS);

/** "Wednesday, 22 January 2025". */
export function formatDay(epoch: number): string {
	const d = dayOf(epoch);
	return `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A reader's name for a period: "Wednesday, 22 January 2025", "March 2025", "week 4 of 2025 (Monday 20 – Sunday 26 January)". */
export function describePeriod(p: TimexPeriod): string {
	const first = dayOf(p.firstDay);
	const y = first.getUTCFullYear();
	switch (p.kind) {
		case 'day':
			return formatDay(p.firstDay) + (p.text.includes('T') ? `, ${p.text.slice(11)}` : '');
		case 'month':
			return `${MONTHS[first.getUTCMonth()]} ${y}`;
		case 'year':
			return `the year ${y}`;
		case 'week':
			return `week ${+p.text.slice(6)} of ${p.text.slice(0, 4)} (${shortDay(p.firstDay)} – ${shortDay(p.lastDay)})`;
		case 'quarter':
			return `quarter ${p.text.slice(6)} of ${y} (${MONTHS[first.getUTCMonth()]} – ${MONTHS[dayOf(p.lastDay).getUTCMonth()]})`;
		case 'half':
			return `${p.text.endsWith('1') ? 'first' : 'second'} half of ${y}`;
		case 'season':
			return `${SEASONS[p.text.slice(5)]![0]} ${y}`;
		case 'decade':
			return `the ${y}s`;
		case 'century':
			return `the ${y}s (century)`;
	}
}

function shortDay(epoch: number): string {
	const d = dayOf(epoch);
	return `${WEEKDAYS[d.getUTCDay()]!.slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** How a value lies against the article date: "107 days after the article date". */
export function relationToArticleDate(value: TimexValue, articleDay: string): string {
	const [y, m, d] = articleDay.split('-').map(Number) as [number, number, number];
	const article = epochDay(y, m, d);
	const first = value.start.firstDay;
	const last = (value.end ?? value.start).lastDay;
	if (value.start.kind === 'day' && !value.end) {
		const diff = first - article;
		if (diff === 0) return 'the article date';
		return `${plural(Math.abs(diff), 'day')} ${diff > 0 ? 'after' : 'before'} the article date`;
	}
	if (first <= article && article <= last) return 'includes the article date';
	if (last < article) return `ends ${plural(article - last, 'day')} before the article date`;
	return `starts ${plural(first - article, 'day')} after the article date`;
}

function plural(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Whether year-month-day is a day of the calendar (2025-02-29 is not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
