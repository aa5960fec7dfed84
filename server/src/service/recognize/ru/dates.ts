/**
 * The Russian date grammar: finds dates in Russian text and gives each its TIMEX3 value against the article date,
 * through the English grammar's resolver (`../dates/resolve.ts`), so both languages place "9 мая" and "May 9" alike.
 * Extents follow TimeML: the preposition stays outside ("в 2024 году" marks "2024 году"), the words that shift or
 * narrow the period are inside ("прошлом году", "начале марта", "15 ноября прошлого года").
 */
import { parseDay, type Ymd } from '../dates/calendar';
import type { DateMention } from '../dates';
import type { DateExpression } from '../dates/expression';
import { resolveExpression } from '../dates/resolve';
import type { Tense } from '../dates/tense';
import {
	MONTH_ANY,
	MONTH_GENITIVE,
	monthNumber,
	NUMERAL,
	numeralValue,
	PART,
	SHIFT_WORD,
	shiftOf,
	UNIT_WORD,
	unitOf,
	WEEKDAY,
	weekdayNumber,
	YEAR_WORD,
	YEARS_WORD,
} from './dateWords';

/** What a match means: an expression to resolve, or a value known to need an article date that is missing. */
type Meaning = DateExpression | undefined;

interface Rule {
	readonly pattern: RegExp;
	/** The meaning of a match; null: the match is no date after all. */
	readonly read: (m: RegExpExecArray, dct: Ymd | undefined) => Meaning | null;
}

const E = '(?![\\p{L}\\p{N}])';
/** (the start of a word is checked in code: a look-behind in every pattern made the scan four times slower) */
const rule = (source: string, read: Rule['read']): Rule => ({ pattern: new RegExp(source + E, 'giu'), read });
const WORD_CHAR = /[\p{L}\p{N}]/u;
const year = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const plausibleYear = (y: number): boolean => y >= 1000 && y <= 2199;
/** A day whose year is the article's shifted ("15 ноября прошлого года"): without an article date, no value. */
const shiftedDay = (m: number, d: number, shift: number, dct: Ymd | undefined): Meaning =>
	dct ? { kind: 'day', m, d, y: dct.y + shift } : undefined;

const RULES: readonly Rule[] = [
	// "20–24 января 2025 года"
	rule(`(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s+(${MONTH_GENITIVE})(?:\\s+(\\d{4})(?:\\s+${YEAR_WORD})?)?`, (m) => {
		const month = monthNumber(m[3]!);
		const y = year(m[4]);
		return {
			kind: 'range',
			from: { kind: 'day', m: month, d: Number(m[1]), y },
			to: { kind: 'day', m: month, d: Number(m[2]), y },
		};
	}),
	// "в среду, 20 января": one date, the weekday checking the year
	rule(`(${WEEKDAY}),?\\s+(\\d{1,2})\\s+(${MONTH_GENITIVE})(?:\\s+(\\d{4})(?:\\s+${YEAR_WORD})?)?`, (m) => ({
		kind: 'day',
		m: monthNumber(m[3]!),
		d: Number(m[2]),
		y: year(m[4]),
		weekday: weekdayNumber(m[1]!),
	})),
	// "22 января", "22 января 2025 года", "15 ноября прошлого года"
	rule(
		`(\\d{1,2})\\s+(${MONTH_GENITIVE})(?:\\s+(\\d{4})(?:\\s+${YEAR_WORD})?|\\s+(${SHIFT_WORD})\\s+года)?`,
		(m, dct) => {
			const month = monthNumber(m[2]!);
			const d = Number(m[1]);
			if (m[4] !== undefined) return shiftedDay(month, d, shiftOf(m[4]), dct);
			return { kind: 'day', m: month, d, y: year(m[3]) };
		},
	),
	// "22.01.2025"
	rule('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})', (m) => {
		const month = Number(m[2]);
		return month >= 1 && month <= 12 ? { kind: 'day', m: month, d: Number(m[1]), y: Number(m[3]) } : null;
	}),
	// "марте 2024 года", "начале марта 2024 года", "марта прошлого года"
	rule(`(?:${PART}\\s+)?(${MONTH_ANY})\\s+(?:(\\d{4})(?:\\s+${YEAR_WORD})?|(${SHIFT_WORD})\\s+года)`, (m) => {
		const month = monthNumber(m[1]!);
		if (m[3] !== undefined) return { kind: 'month', m: month, yearShift: shiftOf(m[3]) };
		const y = Number(m[2]);
		return plausibleYear(y) ? { kind: 'month', m: month, y } : null;
	}),
	// "2025–2027 годы", "2001-2006 гг."
	rule(`(\\d{4})\\s*[–—-]\\s*(\\d{4})(?:\\s*(?:${YEARS_WORD}|${YEAR_WORD}))?`, (m) => {
		const a = Number(m[1]);
		const b = Number(m[2]);
		return plausibleYear(a) && plausibleYear(b) && a < b
			? { kind: 'range', from: { kind: 'year', y: a }, to: { kind: 'year', y: b } }
			: null;
	}),
	// "2024 году", "начале 2010 года", "2013 г."
	rule(`(?:${PART}\\s+)?(\\d{4})\\s*${YEAR_WORD}`, (m) =>
		plausibleYear(Number(m[1])) ? { kind: 'year', y: Number(m[1]) } : null,
	),
	// "1990-х годов", "1990-е"
	rule(`(\\d{3})0-(?:х|е)(?:\\s+${YEARS_WORD})?`, (m) => ({ kind: 'decade', decade: Number(m[1]) })),
	// "прошлом году", "начале года", "конце прошлого года", "этом году"
	rule(`(?:${PART}\\s+(?:(${SHIFT_WORD})\\s+)?года|(${SHIFT_WORD})\\s+(?:году|год|года|годом))`, (m) => ({
		kind: 'relative',
		unit: 'year',
		offset: shiftOf(m[1] ?? m[2] ?? ''),
	})),
	// "прошлом месяце", "следующей неделе"
	rule(`(${SHIFT_WORD})\\s+(месяц[аеу]?|недел[еиюя])`, (m) => ({
		kind: 'relative',
		unit: m[2]!.toLowerCase().startsWith('м') ? 'month' : 'week',
		offset: shiftOf(m[1]!),
	})),
	// "понедельник", "следующий вторник"; "среда" only after a preposition or a shift ("окружающей среды" is no day)
	rule(`(?:(${SHIFT_WORD})\\s+)?(${WEEKDAY})`, (m) => {
		const word = m[2]!;
		if (
			word.toLowerCase().startsWith('сред') &&
			m[1] === undefined &&
			!/(?:^|[^\p{L}])(?:в|во|к|до|по|со|с|на|и)\s+$/iu.test(m.input.slice(Math.max(0, m.index - 6), m.index))
		)
			return null;
		const shift = m[1] === undefined ? undefined : shiftOf(m[1]);
		return shift === undefined || shift === 0
			? { kind: 'weekday', weekday: weekdayNumber(word) }
			: { kind: 'weekday', weekday: weekdayNumber(word), shift };
	}),
	rule('(сегодня|вчера|завтра|позавчера|послезавтра)', (m) => {
		const offset = { сегодня: 0, вчера: -1, завтра: 1, позавчера: -2, послезавтра: 2 }[m[1]!.toLowerCase()] ?? 0;
		return { kind: 'relative', unit: 'day', offset };
	}),
	// "два года назад", "год назад", "несколько дней назад"
	rule(`(?:(${NUMERAL})\\s+)?(${UNIT_WORD})\\s+назад`, (m) => ({
		kind: 'ago',
		unit: unitOf(m[2]!),
		count: m[1] === undefined ? 1 : numeralValue(m[1]),
		direction: -1,
	})),
	// "марте", "начале марта": a month named alone (capitalized "Мая" is a name)
	rule(`(?:${PART}\\s+)?(${MONTH_ANY})`, (m) =>
		/^Ма/.test(m[1]!) && !/^Ма[йя]$/.test(m[1]!)
			? null
			: /^Мая$/.test(m[1]!)
				? null
				: { kind: 'month', m: monthNumber(m[1]!) },
	),
	// "прошлого года" standing alone ("с прошлого года")
];

/** Words that put the clause in the future, for a weekday or a day named without a year. */
const FUTURE_CUE =
	/(?:^|[^\p{L}])(?:будет|будут|буду|состоится|состоятся|пройд[её]т|пройдут|планиру[а-яё]*|намерен[а-яё]*|собирается|ожидается|посетит|проведут|проведёт|проведет|откроется|начн[её]тся|следующ[а-яё]*|предстоящ[а-яё]*)(?=[^\p{L}]|$)/iu;

/** The future when a cue in the sentence says so; otherwise no tense (weekdays are then past ones, days the nearest). */
function tenseAround(text: string, start: number, end: number): Tense {
	const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), start - 160);
	let to = text.indexOf('.', end);
	if (to < 0 || to > end + 160) to = Math.min(text.length, end + 160);
	return FUTURE_CUE.test(text.slice(from + 1, to)) ? 'future' : undefined;
}

/** Russian dates in plain text (UTF-16 offsets, sorted, disjoint), with values against `articleDate` ('YYYY-MM-DD'). */
export function findRussianDates(text: string, articleDate: string | undefined): DateMention[] {
	const dct = parseDay(articleDate);
	const hits: { start: number; end: number; meaning: Meaning }[] = [];
	for (const r of RULES) {
		r.pattern.lastIndex = 0;
		for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
			if (m.index > 0 && WORD_CHAR.test(text.charAt(m.index - 1))) {
				// inside a word: try again from the next character
				r.pattern.lastIndex = m.index + 1;
				continue;
			}
			const meaning = r.read(m, dct);
			if (meaning !== null) hits.push({ start: m.index, end: m.index + m[0].length, meaning });
		}
	}
	// the longest of overlapping readings, the earliest first
	hits.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: DateMention[] = [];
	let last = -1;
	for (const h of hits) {
		if (h.start < last) continue;
		// a trailing period belongs to "г." only
		const value = h.meaning && resolveExpression(h.meaning, dct, () => tenseAround(text, h.start, h.end));
		out.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), value });
		last = h.end;
	}
	return out;
}
