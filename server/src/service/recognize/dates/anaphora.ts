/**
 * "That year", "later that year", "the following month", "that quarter", "earlier that day": TimeML reads them against
 * the date named before, as TimeBank marks them ("returned to Cuba in June 1998 and left later that year": 1998). The
 * date named last in the paragraph (lookBack.ts) is the anchor; without one near, the words are no date.
 */
import { addMonths, epochDay, fmtEpoch, fmtMonth, fmtYear } from './calendar';
import type { DateExpression } from './expression';

/** The date a mention named, as its TIMEX3 value, and where the mention ended. */
export interface NamedDate {
	readonly end: number;
	readonly value: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const YEAR = /^\d{4}/;

/** The value of an anaphoric expression against the date named before, or undefined when that date cannot say. */
export function anaphoricValue(
	expr: Extract<DateExpression, { kind: 'anaphoric' }>,
	anchor: string,
): string | undefined {
	switch (expr.unit) {
		case 'year': {
			const y = YEAR.exec(anchor);
			return y ? fmtYear(Number(y[0]) + expr.offset) : undefined;
		}
		case 'quarter':
			return QUARTER.test(anchor) ? anchor : undefined;
		case 'month': {
			const m = MONTH.exec(anchor);
			if (!m) return undefined;
			const { y, m: month } = addMonths(Number(m[1]), Number(m[2]), expr.offset);
			return fmtMonth(y, month);
		}
		case 'day': {
			const d = DAY.exec(anchor);
			return d ? fmtEpoch(epochDay(Number(d[1]), Number(d[2]), Number(d[3])) + expr.offset) : undefined;
		}
	}
}
