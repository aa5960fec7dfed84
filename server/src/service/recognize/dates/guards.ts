/** Context checks that keep words which only look like dates ("may" the verb, "August Wilson", "2025 people") out. */
import { atSentenceStart, isCapitalized, nextChar, nextWord, previousWord } from './context';
import { MONTHS, WEEKDAYS } from './lexicon';

/** Words after which a bare month, season or old year is a date: "in May", "since 1887". */
const LEADS = new Set([
	'in',
	'since',
	'by',
	'until',
	'till',
	'of',
	'during',
	'from',
	'to',
	'through',
	'before',
	'after',
	'early',
	'late',
	'mid',
	'last',
	'next',
	'this',
	'that',
	'between',
	'and',
	'or',
	'for',
	'around',
	'throughout',
	'on',
	'circa',
	'c.',
	'ca.',
	'into',
	'past',
	'coming',
	'as',
	'spring',
	'summer',
	'winter',
	'autumn',
	'fall',
	'year',
	'than',
	'like',
	'at',
	'within',
	'over',
	'about',
	'beginning',
	'end',
	'middle',
	'start',
]);

/** Nouns counted by a number: "2025 people" is no year. */
const COUNTED = new Set([
	'people',
	'persons',
	'men',
	'women',
	'children',
	'troops',
	'soldiers',
	'fighters',
	'militants',
	'refugees',
	'migrants',
	'civilians',
	'residents',
	'workers',
	'employees',
	'students',
	'members',
	'delegates',
	'participants',
	'deaths',
	'casualties',
	'cases',
	'votes',
	'seats',
	'tons',
	'tonnes',
	'barrels',
	'km',
	'kilometers',
	'kilometres',
	'miles',
	'meters',
	'metres',
	'feet',
	'hectares',
	'acres',
	'dollars',
	'euros',
	'rubles',
	'roubles',
	'pounds',
	'yuan',
	'units',
	'vehicles',
	'tanks',
	'aircraft',
	'homes',
	'houses',
	'buildings',
	'items',
	'years',
	'months',
	'weeks',
	'days',
	'hours',
	'hrs',
	'minutes',
	'points',
	'shares',
	'rounds',
	'times',
	'copies',
	'pages',
	'gmt',
	'utc',
	'cet',
	'msk',
	'local',
	'ft',
	'kg',
	'mw',
	'kw',
	'pieces',
	'prisoners',
	'detainees',
	'hostages',
	'victims',
	'protesters',
	'police',
	'officers',
	'companies',
	'firms',
	'jobs',
	'households',
	'families',
	'patients',
	'doctors',
	'teachers',
	'projects',
	'schools',
	'villages',
	'sites',
	'targets',
	'strikes',
	'missiles',
	'rockets',
	'drones',
	'shells',
	'rounds',
	'flights',
	'ships',
]);

/** Words before a number that make it no year: "resolution 2043", "No. 1990". */
const NUMBERED = new Set([
	'resolution',
	'resolutions',
	'no',
	'no.',
	'nos.',
	'number',
	'flight',
	'route',
	'article',
	'articles',
	'paragraph',
	'decree',
	'order',
	'law',
	'room',
	'page',
	'pages',
	'code',
	'model',
	'version',
	'unit',
	'batch',
	'index',
	'item',
	'grade',
	'level',
	'section',
	'chapter',
	'bus',
	'highway',
	'vol.',
	'p.',
	'pp.',
	'platform',
	'gate',
	'channel',
	'box',
	'suite',
	'apartment',
	'road',
	'street',
	'avenue',
	'exit',
	'rule',
	'bill',
	'hr',
	'h.r.',
	's.',
	'totaling',
	'totalling',
]);

const lower = (w: string): string => w.toLowerCase();
const isCalendarWord = (w: string): boolean => MONTHS.has(lower(w)) || WEEKDAYS.has(lower(w));

/** A month name standing alone: "in March", "March is", not "May sign", "August Wilson", "Theresa May". */
export function bareMonthIsDate(text: string, start: number, end: number, month: string): boolean {
	const prev = previousWord(text, start);
	if (/^(?:each|every)$/i.test(prev)) return false;
	if (LEADS.has(lower(prev))) return true;
	if (lower(month) === 'may') return false;
	const next = nextWord(text, end);
	if (isCapitalized(next) && !isCalendarWord(next) && nextChar(text, end) !== ',') return false;
	if (isCapitalized(prev) && !atSentenceStart(text, start - prev.length - 1)) return false;
	if (lower(month) === 'march' && /^(?:on|against|for|to|of)$/i.test(next)) return false;
	return true;
}

/** A four-digit year standing alone: "in 2024", "the 1994 World Cup", not "2025 people" or "resolution 2043". */
export function bareYearIsDate(text: string, start: number, end: number, year: number): boolean {
	const prev = lower(previousWord(text, start));
	const next = lower(nextWord(text, end));
	if (COUNTED.has(next)) return false;
	if (year < 1900) return LEADS.has(prev) && prev !== 'about' && prev !== 'over' && prev !== 'than' && prev !== 'at';
	if (NUMBERED.has(prev)) return false;
	const after = nextChar(text, end);
	if (after === '%') return false;
	return true;
}

/** Words after which a bare season is one: "in spring", "during winter"; not "to fall", "a spring". */
const SEASON_LEADS = new Set([
	'in',
	'during',
	'since',
	'until',
	'till',
	'by',
	'of',
	'through',
	'throughout',
	'early',
	'late',
	'mid',
	'before',
	'after',
	'this',
	'last',
	'next',
	'for',
]);

/** A season alone needs a lead: "in spring", "spring training" after "in"; not "prices fall", "the Arab Spring". */
export function bareSeasonIsDate(text: string, start: number, end: number, season: string): boolean {
	const prev = previousWord(text, start);
	const next = nextWord(text, end);
	if (/^[A-Z]/.test(season)) {
		if (isCapitalized(prev) && !atSentenceStart(text, start - prev.length - 1)) return false;
		if (isCapitalized(next) && !isCalendarWord(next)) return false;
	}
	return SEASON_LEADS.has(lower(prev));
}

/** "each July", "every Friday": a set of dates, not one. */
export const afterEachOrEvery = (text: string, start: number): boolean =>
	/^(?:each|every)$/i.test(previousWord(text, start));

const CLOCK_BEFORE =
	/(?:\d\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)(?:\s+[A-Z]{2,4})?|\d:\d\d(?:\s+[A-Z]{2,4})?|\b[Nn]oon|\b[Mm]idnight),?\s*$/;

/** A clock time right before ("at 10 p.m. Wednesday", "5 p.m. EST Nov. 9"): the whole is a TIMEX3 TIME. */
export const afterClockTime = (text: string, start: number): boolean =>
	CLOCK_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** "USA Today", ABC's "This Week": a deictic phrase in Title Case inside a sentence is a name. */
export function titleCased(text: string, start: number, end: number): boolean {
	const words = text.slice(start, end).split(/\s+/);
	if (!words.every((w) => /^[A-Z]/.test(w))) return false;
	if (words.every((w) => /^[A-Z]+$/.test(w))) return false; // an all-caps headline
	return !atSentenceStart(text, start);
}

const UNIT_OR_COUNT =
	/^(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|day|days|week|weeks|weekend|month|months|year|years|decade|decades|century|centuries|quarter|quarters|hour|hours|season|seasons|generation|generations|half|fortnight|night|nights|session|term)/i;

/** "the past" / "the future" as a whole, not "the past two years" (a duration) or "the future of Syria". */
export function referenceIsDate(text: string, start: number, end: number, ref: string): boolean {
	// "the Future Investment Initiative": a capital inside a sentence makes a name.
	const words = ref.split(/\s+/);
	const last = words[words.length - 1] ?? '';
	if (
		/^[A-Z][a-z]/.test(last) &&
		(!atSentenceStart(text, start) || (words.length > 1 && isCapitalized(nextWord(text, end))))
	)
		return false;
	const r = lower(ref).replace(/\s+/g, ' ');
	const next = lower(nextWord(text, end));
	const after = nextChar(text, end);
	if (r === 'now') return after !== '-' && lower(previousWord(text, start)) !== 'from';
	if (r.endsWith('past') || r.endsWith('future'))
		return !UNIT_OR_COUNT.test(next) && next !== 'of' && after !== '-' && !/^\d/.test(after);
	if (r === 'at the time') return next !== 'of' && next !== 'when' && next !== 'that';
	return true;
}

/** A weekday name: "on Sunday Putin said", not "the Sunday Times". */
export function weekdayIsDate(text: string, start: number, end: number): boolean {
	if (afterEachOrEvery(text, start)) return false;
	const next = nextWord(text, end);
	if (!isCapitalized(next) || isCalendarWord(next)) return true;
	const prev = lower(previousWord(text, start));
	return prev !== 'the' && LEADS.has(prev);
}
