/**
 * The date recognizer of the language service: finds date expressions in plain text and gives each its TIMEX3 value,
 * resolved against the article date. Pure: no I/O, no Node built-ins.
 */
import { parseDay, type Ymd } from './calendar';
import type { DateExpression } from './expression';
import { DEFAULT_POLICY, resolveExpression, type ResolvePolicy } from './resolve';
import { RULE_COUNT, readAt, scan, type Hit } from './scanner';
import { DateScratch, type ParagraphDates } from './scratch';
import type { TextCache } from '../textCache';
import { paragraphBreak } from '../../text/paragraphBreak';
import { anaphoricValue, type NamedDate } from './anaphora';
import { lookBackFrom } from './lookBack';
import { inReport, type NamedQuarter } from './reportPeriod';
import { possessiveAfter, tenseAround, verbBefore, type Tense } from './tense';

export { isTimexValue } from '../../../shared/timexValue';
export type { ResolvePolicy } from './resolve';

export interface DateMention {
	start: number;
	end: number;
	text: string;
	value: string | undefined;
}

export interface FindDatesOptions {
	/**
	 * `timeml` (default): TimeML/TempEval-3 extents: relative expressions ("today", "last week", "now") are dates, and
	 * determiners and modifiers belong to the expression ("the early 1990s", "last June").
	 * `muc`: the MUC-7/IEER named-entity convention: only calendar names ("1990s", "June"), no deictic expressions.
	 */
	readonly style?: 'timeml' | 'muc';
	/** How dates without a year are placed; for measuring alternatives. */
	readonly policy?: ResolvePolicy;
}

/** A mention of the hit (or of a part of it), with its value; the clause tense is read only when the value needs it. */
function mention(
	text: string,
	start: number,
	end: number,
	hit: Hit,
	expr: DateExpression,
	dct: Ymd | undefined,
	policy: ResolvePolicy,
): DateMention {
	// the verb a weekday follows, when there is one, before the clause's other cues (a weekday only: a month and day
	// keeps its nearest occurrence under a past verb, "They met on May 9" of a January article, as the editor shows it)
	const weekday = expr.kind === 'weekday' || expr.kind === 'weekend';
	const tenseOf = (strong: boolean): Tense =>
		(weekday ? (verbBefore(text, hit.start) ?? possessiveAfter(text, hit.end)) : undefined) ??
		tenseAround(text, hit.start, hit.end, strong);
	return { start, end, text: text.slice(start, end), value: resolveExpression(expr, dct, tenseOf, policy) };
}

/** Finds date expressions in plain text; offsets are JS string (UTF-16) indices. articleDate is 'YYYY-MM-DD' (document
 * creation time) or undefined (then relative dates get value undefined, absolute ones still get values). scratch: the
 * recognizer's (`Recognizer.dates`); a call alone gets its own. */
export function findDates(
	text: string,
	articleDate: string | undefined,
	options: FindDatesOptions = {},
	scratch: DateScratch = new DateScratch(),
): DateMention[] {
	return scratch.paragraphs
		? byParagraph(text, articleDate, options, scratch, scratch.paragraphs)
		: findAll(text, articleDate, options, scratch);
}

/** Blank lines between paragraphs: no date expression and no clause (whose tense a date reads) runs across one. */
const PARAGRAPH_BREAK = paragraphBreak();

/**
 * `findDates` a paragraph at a time, each paragraph's dates kept by its text: after a keystroke only the edited
 * paragraph is read again. The same dates as the whole text read at once (a date and the clause around it end at a
 * line break; checked in the tests on every article of the dates' tests and benchmarks).
 */
function byParagraph(
	text: string,
	articleDate: string | undefined,
	options: FindDatesOptions,
	scratch: DateScratch,
	kept: TextCache<ParagraphDates>,
): DateMention[] {
	const muc = options.style === 'muc';
	const policy = options.policy ?? DEFAULT_POLICY;
	const out: DateMention[] = [];
	let start = 0;
	const read = (end: number): void => {
		const part = text.slice(start, end);
		let entry = kept.get(part);
		if (!entry || entry.day !== articleDate || entry.muc !== muc || entry.policy !== policy) {
			entry = { day: articleDate, muc, policy, found: findAll(part, articleDate, options, scratch) };
			kept.put(part, entry);
		}
		// copies, each time: a caller may keep or change what it is given
		for (const m of entry.found) out.push({ start: m.start + start, end: m.end + start, text: m.text, value: m.value });
	};
	PARAGRAPH_BREAK.lastIndex = 0;
	for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
		const end = m.index + m[0].length;
		read(end);
		start = end;
	}
	if (start < text.length) read(text.length);
	return out;
}

function findAll(
	text: string,
	articleDate: string | undefined,
	options: FindDatesOptions,
	scratch: DateScratch,
): DateMention[] {
	const muc = options.style === 'muc';
	const policy = options.policy ?? DEFAULT_POLICY;
	const dct = parseDay(articleDate);
	const out: DateMention[] = [];
	const hits = scan(scratch, text);
	/** the quarter named last, which a report's "a year ago" and "the latest quarter" are read against */
	let named: NamedQuarter | undefined;
	/** the date named last (a value that begins with a year), which "that year" is read against */
	let dated: NamedDate | undefined;
	for (let k = 0; k < hits.length; k++) {
		const hit = hits[k] as Hit;
		const r = hit.reading;
		if (muc) {
			if (r.deictic) continue;
			if (r.parts && r.expr.kind === 'range') {
				// The MUC convention marks the two ends of a range apart.
				const [a, b] = r.parts;
				out.push(mention(text, a[0], a[1], hit, r.expr.from, dct, policy));
				out.push(mention(text, b[0], b[1], hit, r.expr.to, dct, policy));
				continue;
			}
			const [start, end] = r.core ?? [hit.start, hit.end];
			out.push(mention(text, start, end, hit, r.expr, dct, policy));
		} else if (r.timeOfDay) {
			// "Friday night", "yesterday morning", "midnight Thursday": TimeML's TIME, but the analyst wants the day: the
			// whole expression is the date, with the day's value, as TimeBank and AQUAINT (TempEval-3's training news) mark
			// it 19 times in 30 (the weekday alone 5, nothing 6; their values are the day's about as often as the day's
			// with the part of the day, "2000-01-05TNI", which measured no better)
			if (r.expr.kind === 'weekday' || (r.expr.kind === 'relative' && r.expr.unit === 'day'))
				out.push(mention(text, hit.start, hit.end, hit, r.expr, dct, policy));
		} else if (r.expr.kind === 'anaphoric') {
			const anchor = dated && dated.end >= lookBackFrom(text, hit.start) ? dated.value : undefined;
			const value = anchor && anaphoricValue(r.expr, anchor);
			if (value) out.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), value });
		} else {
			const m = mention(text, hit.start, hit.end, hit, inReport(text, hit, r.expr, named, dct), dct, policy);
			out.push(m);
			if (m.value && m.value.charCodeAt(0) <= 57) dated = { end: m.end, value: m.value };
			// a quarter named, or the latest one (not a year-earlier one, which is read against the other)
			if (
				(r.expr.kind === 'quarter' && r.expr.yearShift === undefined) ||
				(r.expr.kind === 'reportQuarter' && r.expr.yearsBack === 0)
			)
				named = namedQuarter(m);
		}
	}
	return out;
}

/** The quarter a mention's value names ("1989-Q3"), or undefined. */
function namedQuarter(m: DateMention): NamedQuarter | undefined {
	const v = m.value;
	if (!v || v.length !== 7 || v[5] !== 'Q') return undefined;
	return { end: m.end, y: Number(v.slice(0, 4)), q: Number(v[6]) };
}

const LEADING_PREPOSITION = /^(?:on|in|at|since|by|until|till|from|during|of|for|before|after)\s+/i;
const TRAILING_PUNCTUATION = /[\s.,;:!?)"'’”]+$/;

/** Resolves one date expression (the whole string), e.g. for "Annotate selection as date": returns the TIMEX3 value
 * or undefined. */
export function resolveDate(expression: string, articleDate: string | undefined): string | undefined {
	const trimmed = expression.trim().replace(TRAILING_PUNCTUATION, '');
	const dct = parseDay(articleDate);
	for (const candidate of [trimmed, trimmed.replace(LEADING_PREPOSITION, '')]) {
		if (!candidate) continue;
		for (let i = 0; i < RULE_COUNT; i++) {
			const hit = readAt(i, candidate, 0, true);
			if (hit && hit.start === 0 && hit.end === candidate.length) return resolveExpression(hit.reading.expr, dct);
		}
	}
	return undefined;
}
