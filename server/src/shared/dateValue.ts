import { isTimexValue } from './timexValue';

const FORMS =
	'a day 2025-01-22, a month 2025-05, a year 2025, a week 2025-W04, a quarter 2025-Q1, a decade 199X, or an interval 2025-01-20/2025-01-24';

/**
 * Why `value` is no date value (docs/format.md, date values), said so that an analyst knows what to write; undefined when
 * it is one, or empty (no value). Shown live under the input box of Set Date Value.
 */
export function dateValueProblem(value: string): string | undefined {
	const v = value.trim();
	if (!v || isTimexValue(v)) return undefined;
	if (/\s/.test(v)) return `Write the value without spaces: ${FORMS}.`;
	const parts = v.split('/');
	if (parts.length === 2 && parts.every(isTimexValue))
		return `${parts[1]} is before ${parts[0]}: write the earlier date first.`;
	const bad = parts.find((p) => !isTimexValue(p)) ?? v;
	if (/^\d{4}-\d{2}-\d{2}$/.test(bad))
		return `${bad} is not a day of the calendar: write the day as YYYY-MM-DD, such as 2025-01-22.`;
	if (/^\d{4}-\d{2}$/.test(bad)) return `${bad} is not a month: write the month as YYYY-MM, from 01 to 12.`;
	if (/^\d{4}-W\d{2}$/.test(bad)) return `${bad} is not a week of that year: ISO weeks run from W01 to W52 or W53.`;
	if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(v)) return `Write the date as YYYY-MM-DD (such as 2025-01-22), not ${v}.`;
	return `Not a date value: write ${FORMS}.`;
}
