/** Which strings are TIMEX3-style date values (docs/format.md, date values, plus what the recognizer itself produces). */
import { parseTimex } from './timex';

const REFERENCE = /^(?:PRESENT|PAST|FUTURE)_REF$/;
/** Decades and centuries with TIMEX3 placeholders: 199X, 19XX. */
const PLACEHOLDER_DECADE = /^\d{3}X$|^\d{2}XX$/;
/** A week's weekend: 2025-W04-WE. */
const WEEKEND = /^(\d{4}-W\d{2})-WE$/;

function isPoint(v: string): boolean {
	if (REFERENCE.test(v) || PLACEHOLDER_DECADE.test(v)) return true;
	const weekend = WEEKEND.exec(v);
	if (weekend) return parseTimex(weekend[1]!) !== undefined;
	return parseTimex(v) !== undefined;
}

/** True when v is a TIMEX3-style date value: YYYY, YYYY-MM, YYYY-MM-DD[THH:MM], YYYY-Www[-WE], YYYY-Qn, YYYY-Hn,
 * seasons YYYY-SP|SU|FA|WI, decades 199 or 199X, centuries 19 or 19XX, PRESENT_REF/PAST_REF/FUTURE_REF, and
 * intervals A/B of dated values. */
export function isTimexValue(v: string): boolean {
	const parts = v.split('/');
	if (parts.length === 1) return isPoint(v);
	if (parts.length !== 2) return false;
	const [a, b] = parts as [string, string];
	if (REFERENCE.test(a) || REFERENCE.test(b)) return false;
	if (parseTimex(v) !== undefined) return true;
	return isPoint(a) && isPoint(b) && a <= b;
}
