/** Proleptic Gregorian calendar arithmetic on UTC epoch days, and TIMEX3 formatting. Pure. */

const DAY_MS = 86_400_000;

export interface Ymd {
	readonly y: number;
	readonly m: number;
	readonly d: number;
}

export const epochDay = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

export function ymdOf(epoch: number): Ymd {
	const t = new Date(epoch * DAY_MS);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekdayOf = (epoch: number): number => (((epoch + 4) % 7) + 7) % 7;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isCalendarDay = (y: number, m: number, d: number): boolean =>
	m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Parses the first ten characters `YYYY-MM-DD` of an article date. */
export function parseDay(iso: string | undefined): Ymd | undefined {
	if (!iso) return undefined;
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return undefined;
	const y = Number(m[1]),
		mo = Number(m[2]),
		d = Number(m[3]);
	return isCalendarDay(y, mo, d) ? { y, m: mo, d } : undefined;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
export const fmtDay = (v: Ymd): string => `${pad(v.y, 4)}-${pad(v.m, 2)}-${pad(v.d, 2)}`;
export const fmtEpoch = (epoch: number): string => fmtDay(ymdOf(epoch));

/** ISO 8601 week of an epoch day: `{ year, week }`. */
export function isoWeekOf(epoch: number): { year: number; week: number } {
	const thursday = epoch - ((weekdayOf(epoch) + 6) % 7) + 3;
	const year = ymdOf(thursday).y;
	return { year, week: Math.floor((thursday - epochDay(year, 1, 1)) / 7) + 1 };
}

export function fmtWeek(epoch: number): string {
	const { year, week } = isoWeekOf(epoch);
	return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Adds months to a year/month pair. */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
	const i = y * 12 + (m - 1) + delta;
	return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** The `n`-th (1-based; -1 = last) given weekday of a month, as an epoch day. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): number {
	if (n > 0) {
		const first = epochDay(y, m, 1);
		return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
	}
	const last = epochDay(y, m, daysInMonth(y, m));
	return last - ((weekdayOf(last) - weekday + 7) % 7);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): number {
	const a = y % 19,
		b = Math.floor(y / 100),
		c = y % 100,
		d = Math.floor(b / 4),
		e = b % 4;
	const f = Math.floor((b + 8) / 25),
		g = Math.floor((b - f + 1) / 3),
		h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4),
		k = c % 4,
		l = (32 + 2 * e + 2 * i - h - k) % 7,
		m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31),
		day = ((h + l - 7 * m + 114) % 31) + 1;
	return epochDay(y, month, day);
}
