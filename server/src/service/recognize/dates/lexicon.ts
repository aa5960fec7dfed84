/** Words of English date expressions and their meanings. Keys are lower case. */

/** Month names and abbreviations (with or without the dot) to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
	['january', 1],
	['jan', 1],
	['february', 2],
	['feb', 2],
	['march', 3],
	['mar', 3],
	['april', 4],
	['apr', 4],
	['may', 5],
	['june', 6],
	['jun', 6],
	['july', 7],
	['jul', 7],
	['august', 8],
	['aug', 8],
	['september', 9],
	['sept', 9],
	['sep', 9],
	['october', 10],
	['oct', 10],
	['november', 11],
	['nov', 11],
	['december', 12],
	['dec', 12],
]);

/** Full month names first, so that the alternation prefers the longest. */
export const MONTH_WORDS = [
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
export const MONTH_ABBREVIATIONS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];

/** 0 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
	['sunday', 0],
	['monday', 1],
	['tuesday', 2],
	['wednesday', 3],
	['thursday', 4],
	['friday', 5],
	['saturday', 6],
]);
export const WEEKDAY_WORDS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Counts in "two years ago". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
	['a', 1],
	['an', 1],
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	['thirteen', 13],
	['fourteen', 14],
	['fifteen', 15],
	['sixteen', 16],
	['seventeen', 17],
	['eighteen', 18],
	['nineteen', 19],
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['a couple of', 2],
	['a few', -1],
	['several', -1],
	['many', -1],
]);

/** Ordinals of quarters and halves. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
	['first', 1],
	['1st', 1],
	['second', 2],
	['2nd', 2],
	['third', 3],
	['3rd', 3],
	['fourth', 4],
	['4th', 4],
]);

/** Seasons to TIMEX3 codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
	['spring', 'SP'],
	['summer', 'SU'],
	['autumn', 'FA'],
	['fall', 'FA'],
	['winter', 'WI'],
]);

/** Relative units. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export const UNITS: ReadonlyMap<string, Unit> = new Map([
	['day', 'day'],
	['week', 'week'],
	['weekend', 'weekend'],
	['month', 'month'],
	['quarter', 'quarter'],
	['year', 'year'],
	['decade', 'decade'],
	['century', 'century'],
]);

/** Deictic shifters: "last week" = -1. */
export const SHIFTS: ReadonlyMap<string, number> = new Map([
	['last', -1],
	['previous', -1],
	['past', -1],
	['this', 0],
	['current', 0],
	['present', 0],
	['next', 1],
	['coming', 1],
]);

/** Words that refer to the present, past or future as a whole (TIMEX3 `*_REF`). */
export const REFERENCES: ReadonlyMap<string, string> = new Map([
	['now', 'PRESENT_REF'],
	['currently', 'PRESENT_REF'],
	['nowadays', 'PRESENT_REF'],
	['these days', 'PRESENT_REF'],
	['at present', 'PRESENT_REF'],
	['recently', 'PAST_REF'],
	['more recently', 'PAST_REF'],
	['the past', 'PAST_REF'],
	['at the time', 'PAST_REF'],
	['recent years', 'PAST_REF'],
	['the future', 'FUTURE_REF'],
	['the near future', 'FUTURE_REF'],
]);
