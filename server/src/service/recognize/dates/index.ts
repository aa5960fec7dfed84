/**
 * The date recognizer of the language service: finds date expressions in plain text and gives each its TIMEX3 value,
 * resolved against the article date. Pure: no I/O, no Node built-ins.
 */
import { parseDay, type Ymd } from './calendar';
import type { DateExpression } from './expression';
import { DEFAULT_POLICY, resolveExpression, type ResolvePolicy } from './resolve';
import { RULE_COUNT, readAt, scan, type Hit } from './scanner';
import { DateScratch } from './scratch';
import { tenseAround, type Tense } from './tense';

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
	const tenseOf = (strong: boolean): Tense => tenseAround(text, hit.start, hit.end, strong);
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
	const muc = options.style === 'muc';
	const policy = options.policy ?? DEFAULT_POLICY;
	const dct = parseDay(articleDate);
	const out: DateMention[] = [];
	const hits = scan(scratch, text);
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
		} else {
			out.push(mention(text, hit.start, hit.end, hit, r.expr, dct, policy));
		}
	}
	return out;
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
