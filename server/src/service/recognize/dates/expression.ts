import type { Unit } from './lexicon';

/**
 * What a date expression means before it is placed on the calendar. Years are absolute (`y`), relative to the article
 * year (`yearShift`: "June last year" = -1), or missing and chosen from the article date and tense.
 */
export type DateExpression =
	| { readonly kind: 'value'; readonly value: string }
	| { readonly kind: 'day'; readonly m: number; readonly d: number; readonly y?: number; readonly weekday?: number }
	| {
			readonly kind: 'month';
			readonly m: number;
			readonly y?: number;
			readonly yearShift?: number;
			readonly shift?: number;
	  }
	| { readonly kind: 'year'; readonly y: number }
	| { readonly kind: 'decade'; readonly decade: number }
	| { readonly kind: 'quarter'; readonly q: number; readonly y?: number; readonly yearShift?: number }
	| { readonly kind: 'half'; readonly h: number; readonly y?: number; readonly yearShift?: number }
	| { readonly kind: 'season'; readonly season: string; readonly y?: number; readonly shift?: number }
	| { readonly kind: 'holiday'; readonly name: string; readonly y?: number; readonly shift?: number }
	| { readonly kind: 'weekday'; readonly weekday: number; readonly shift?: number }
	/** "year-end": the last day of the article's year, or of the year before when the clause looks back ("since"). */
	| { readonly kind: 'yearEnd' }
	/** "that year", "later that year", "the following month": read against the date named before (anaphora.ts). */
	| { readonly kind: 'anaphoric'; readonly unit: 'day' | 'month' | 'quarter' | 'year'; readonly offset: number }
	/** "the weekend": the one just past, unless the clause looks ahead. */
	| { readonly kind: 'weekend' }
	/** "yesterday" = day -1, "last week" = week -1, "this year" = year 0. */
	| { readonly kind: 'relative'; readonly unit: Unit; readonly offset: number }
	/** "two years ago" = year -2; `count` -1 when vague ("several years ago"). */
	| { readonly kind: 'ago'; readonly unit: Unit; readonly count: number; readonly direction: -1 | 1 }
	/** The quarter a report of results is about: the latest one ended (`yearsBack` 1: the same quarter a year before),
	 * unless the paragraph named another (reportPeriod.ts). */
	| { readonly kind: 'reportQuarter'; readonly yearsBack: 0 | 1 }
	| { readonly kind: 'range'; readonly from: DateExpression; readonly to: DateExpression };
