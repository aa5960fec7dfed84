/**
 * The words of Russian dates, in every case form the date grammar (`dates.ts`) reads: months, weekdays, the words
 * that shift them ("прошлый", "следующий"), the parts of a period ("начало", "конец") and small numerals.
 * Sources of regular expressions, to be joined into the grammar's patterns.
 */

/** A month in any case ("январь", "января", "январе", "январём"; "март", "марта"; "май", "мая"). */
export const MONTH_ANY =
	'(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ём|ем)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем))';
/** A month in the genitive, as after a day ("22 января", "9 мая"). */
export const MONTH_GENITIVE = '(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)я|(?:март|август)а|мая)';

/** The month's number from its first letters. */
export function monthNumber(word: string): number {
	const w = word.toLowerCase();
	if (w.startsWith('мар')) return 3;
	if (w.startsWith('ма')) return 5;
	const i = ['янв', 'фев', '', 'апр', '', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'].indexOf(w.slice(0, 3));
	return i + 1;
}

/** A weekday in any case ("понедельник", "в среду", "к пятнице", "воскресенье"). */
export const WEEKDAY =
	'(?:понедельник(?:а|е|у|ом)?|вторник(?:а|е|у|ом)?|сред(?:а|у|ы|е|ой)|четверг(?:а|е|у|ом)?|пятниц(?:а|у|ы|е|ей)|суббот(?:а|у|ы|е|ой)|воскресень(?:е|я|ю|ем))';

/** The weekday's number as the calendar counts it (0 Sunday). */
export function weekdayNumber(word: string): number {
	const w = word.toLowerCase();
	const stems = ['воск', 'пон', 'вто', 'сре', 'чет', 'пят', 'суб'];
	return stems.findIndex((s) => w.startsWith(s));
}

/** Words that place a period relative to the article: -1 last, 0 this, 1 next (any gender and case). */
export const SHIFT_WORD = '(?:прошл|минувш|позапрошл|прошедш|эт|текущ|нынешн|следующ|будущ|наступающ|ближайш)[а-яё]*';

/** The shift a SHIFT_WORD means. */
export function shiftOf(word: string): number {
	const w = word.toLowerCase();
	if (w.startsWith('позапрошл')) return -2;
	if (w.startsWith('прошл') || w.startsWith('минувш') || w.startsWith('прошедш')) return -1;
	if (w.startsWith('следующ') || w.startsWith('будущ') || w.startsWith('наступающ') || w.startsWith('ближайш'))
		return 1;
	return 0;
}

/** "начале", "середине", "конце" (and "начала"...): a part of the period, kept in the date's extent as TimeML keeps "early". */
export const PART = '(?:начал[еаоу]|середин[еыуа]|конц[еау]|конец|первой половин[еы]|второй половин[еы])';

/** The year word after a year ("2024 году", "2024 г."), "годы" after a span of years. */
export const YEAR_WORD = '(?:год(?:а|у|ом)?|г\\.)';
export const YEARS_WORD = '(?:год(?:ы|ов|ах|ам|ами)|гг\\.)';

/** Small numbers in words, for "два года назад". */
const NUMERALS: ReadonlyMap<string, number> = new Map([
	['один', 1],
	['одну', 1],
	['одного', 1],
	['два', 2],
	['две', 2],
	['двух', 2],
	['три', 3],
	['трёх', 3],
	['трех', 3],
	['четыре', 4],
	['четырёх', 4],
	['четырех', 4],
	['пять', 5],
	['пяти', 5],
	['шесть', 6],
	['семь', 7],
	['восемь', 8],
	['девять', 9],
	['десять', 10],
	['несколько', -1],
	['нескольких', -1],
]);
export const NUMERAL = `(?:\\d{1,3}|${[...NUMERALS.keys()].join('|')})`;

/** The number a NUMERAL says; -1 for "несколько" (vague). */
export function numeralValue(word: string): number {
	return /^\d+$/.test(word) ? Number(word) : (NUMERALS.get(word.toLowerCase()) ?? -1);
}

/** The unit of "дня", "недель", "месяца", "лет". */
export const UNIT_WORD = '(?:дн(?:я|ей)|день|недел(?:ю|и|ь)|месяц(?:а|ев)?|год(?:а)?|лет)';
export function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
	const w = word.toLowerCase();
	return w.startsWith('д') ? 'day' : w.startsWith('н') ? 'week' : w.startsWith('м') ? 'month' : 'year';
}
