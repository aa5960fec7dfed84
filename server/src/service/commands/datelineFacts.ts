import { MONTH } from '../../shared/rawArticle';

/**
 * What a raw article's opening gives its header besides the date (the header keys `place` and `source` of the
 * format): the place of the dateline, in capitals before its first comma ("BISHKEK, Kyrgyzstan, January 22" ->
 * Bishkek), and the agency named in brackets after it ("BISHKEK, January 22 (Trend)") or in the first paragraph as
 * "Trend reports".
 */
export interface DatelineFacts {
	readonly place?: string;
	readonly source?: string;
}

/** The place in capitals (words, hyphens, apostrophes, dots), then a comma or the agency's bracket. */
const PLACE = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*)*)(?=[ \t]*[,(])/u;
/** "BISHKEK, January 22 (Trend)" or "BISHKEK (Trend)": the agency in brackets within the dateline. */
const AGENCY = new RegExp(
	`^[^\\n.]{0,80}?(?:${MONTH}[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+${MONTH}|\\p{Lu}{2,})[^\\n(]{0,20}\\([ \\t]*(\\p{Lu}[\\p{L}\\p{N}&.' -]{0,40}?)[ \\t]*\\)`,
	'u',
);
/** "Trend reports", "Trend reported", "AKIpress reports": a capitalized name of up to four words before it. */
const REPORTS =
	/(?:^|[\s,(])((?:\p{Lu}[\p{L}\p{N}&.'-]*)(?:[ \t]+\p{Lu}[\p{L}\p{N}&.'-]*){0,3})[ \t]+report(?:s|ed)\b/u;

/** "BISHKEK" -> "Bishkek", "NEW YORK" -> "New York", "SAINT-PETERSBURG" -> "Saint-Petersburg". */
export function titleCase(capitals: string): string {
	return capitals
		.toLowerCase()
		.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The facts of the body's opening (the text after a `date YYYY-MM-DD`, or the whole raw article). */
export function datelineFacts(body: string): DatelineFacts {
	const firstParagraph = body.split(/\r?\n[ \t]*\r?\n/, 1)[0] ?? '';
	const place = PLACE.exec(firstParagraph)?.[1];
	const agency = AGENCY.exec(firstParagraph)?.[1]?.trim() ?? REPORTS.exec(firstParagraph)?.[1];
	return { ...(place && place.length > 1 && { place: titleCase(place) }), ...(agency && { source: agency }) };
}
