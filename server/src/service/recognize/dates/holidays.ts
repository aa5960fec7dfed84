import { easter, epochDay, nthWeekday } from './calendar';

/** Holidays with a fixed or computable day: name (lower case, single spaces) to its day in a year. */
export const HOLIDAYS: ReadonlyMap<string, (year: number) => number> = new Map<string, (year: number) => number>([
	['christmas', (y) => epochDay(y, 12, 25)],
	['christmas day', (y) => epochDay(y, 12, 25)],
	['christmas eve', (y) => epochDay(y, 12, 24)],
	["new year's day", (y) => epochDay(y, 1, 1)],
	["new year's eve", (y) => epochDay(y, 12, 31)],
	['thanksgiving', (y) => nthWeekday(y, 11, 4, 4)],
	['thanksgiving day', (y) => nthWeekday(y, 11, 4, 4)],
	['memorial day', (y) => nthWeekday(y, 5, 1, -1)],
	['labor day', (y) => nthWeekday(y, 9, 1, 1)],
	['martin luther king day', (y) => nthWeekday(y, 1, 1, 3)],
	['presidents day', (y) => nthWeekday(y, 2, 1, 3)],
	["presidents' day", (y) => nthWeekday(y, 2, 1, 3)],
	['veterans day', (y) => epochDay(y, 11, 11)],
	['armistice day', (y) => epochDay(y, 11, 11)],
	['victory day', (y) => epochDay(y, 5, 9)],
	["valentine's day", (y) => epochDay(y, 2, 14)],
	['halloween', (y) => epochDay(y, 10, 31)],
	['easter', easter],
	['easter sunday', easter],
	['good friday', (y) => easter(y) - 2],
	['easter monday', (y) => easter(y) + 1],
	["international women's day", (y) => epochDay(y, 3, 8)],
	['nowruz', (y) => epochDay(y, 3, 21)],
	['navruz', (y) => epochDay(y, 3, 21)],
]);

/** Regex source of the holiday names, longest first, capitalized as written in news. */
export const HOLIDAY_SOURCE = [...HOLIDAYS.keys()]
	.sort((a, b) => b.length - a.length)
	.map((name) =>
		name
			.split(' ')
			.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
			.join(' ')
			.replace(/'/g, "['’]")
			.replace(/ /g, '\\s+'),
	)
	.join('|');
