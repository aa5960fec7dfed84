/**
 * The period a report of results is about. In "net rose to $5 million in the third quarter from $4 million a year
 * ago", "a year ago" is not last year but the third quarter of last year, and "the quarter" or "the latest period"
 * later in the paragraph is the quarter the paragraph named. TimeBank's financial news marks them so: of the "a year
 * ago"/"a year earlier" it finds, about 40 are a quarter of last year and 10 last year as a whole.
 *
 * Only the paragraph before the expression is read (lookBack.ts).
 */
import type { Ymd } from './calendar';
import type { DateExpression } from './expression';
import type { Hit } from './scanner';
import { lookBackFrom } from './lookBack';

/** A quarter a mention named: where it ended, and which. */
export interface NamedQuarter {
	readonly end: number;
	readonly y: number;
	readonly q: number;
}

/** "For the nine months", "for the year", "the fiscal year": the comparison is of years, not quarters. */
const YEAR_PERIOD = /\b(?:nine|six|three|12|twelve)[ -]months?\b|\b(?:the|full|fiscal|calendar)[ -]year(?![-\w])/i;
/** Results per share ("$1.12 a share"), or an amount compared ("from $4 million"): a report of results. */
const RESULTS = /\ba share\b|\bfrom (?:C\$|US\$|\$|#)?\d[\d.,]*(?: (?:million|billion))?[ \t]*$/i;
/**
 * The expression as a report of results means it: "a year ago" in a report (its paragraph reads "a share", or the
 * amount just before is compared) is a quarter of last year; the latest quarter and the year-earlier one are those of
 * the quarter named before in the paragraph; "the 1988 quarter" is that quarter (or the latest) of 1988, and so is
 * "the 1988 period" unless the paragraph compares years. Otherwise the expression itself.
 */
export function inReport(
	text: string,
	hit: Hit,
	expr: DateExpression,
	named: NamedQuarter | undefined,
	dct: Ymd | undefined,
): DateExpression {
	const yearAgo = expr.kind === 'ago' && expr.unit === 'year' && expr.count === 1 && expr.direction < 0;
	const yearPeriod = hit.rule === 'yearPeriod' && expr.kind === 'year';
	if (!yearAgo && !yearPeriod && expr.kind !== 'reportQuarter') return expr;
	const { start } = hit;
	const from = lookBackFrom(text, start);
	const quarter = named && named.end >= from ? named : undefined;
	if (expr.kind === 'reportQuarter')
		return quarter ? { kind: 'quarter', q: quarter.q, y: quarter.y - expr.yearsBack } : expr;
	const yearsCompared = (): boolean => YEAR_PERIOD.test(text.slice(quarter ? quarter.end : from, start));
	if (expr.kind === 'year') {
		const q = quarter?.q ?? (dct && latestQuarter(dct));
		const isQuarter = text.charCodeAt(hit.end - 1) === 0x72; // "quarter", not "period"
		return q && (isQuarter || !yearsCompared()) ? { kind: 'quarter', q, y: expr.y } : expr;
	}
	if (yearsCompared()) return expr;
	if (quarter) return { kind: 'quarter', q: quarter.q, y: quarter.y - 1 };
	return RESULTS.test(text.slice(from, start)) ? { kind: 'reportQuarter', yearsBack: 1 } : expr;
}

/** The number of the latest quarter ended before the article date. */
const latestQuarter = (dct: Ymd): number => ((Math.ceil(dct.m / 3) + 2) % 4) + 1;
