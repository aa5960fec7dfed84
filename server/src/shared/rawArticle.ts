/**
 * Whether a raw text reads like a news article, which the editor asks before it offers Open as Annotated News (and
 * Convert Plain Article reads the dateline with the same month names).
 */

/** The month names of a dateline, full or short: "January", "Jan.", "Sept". */
export const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** A dateline in the text of a raw article: "BISHKEK, January 22" or "VIENNA, 14 March". */
export const DATELINE_PLACE_DATE = new RegExp(
	`^[ \\t]*\\p{Lu}[\\p{Lu}\\p{M}'’. -]*\\p{Lu}(?:,[^\\n,.]{1,40})?,[ \\t]+(?:${MONTH}[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+${MONTH})\\b`,
	'u',
);

/** The bare dateline that the header reads: `date YYYY-MM-DD` on the first line. */
const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?=\s|$)/;

/** Whether a raw text reads like a news article: it opens with a `date YYYY-MM-DD` line or a "BISHKEK, January 22" dateline. */
export function looksLikeRawArticle(text: string): boolean {
	const opening = text.slice(0, 2000);
	return DATE_LINE.test(opening) || DATELINE_PLACE_DATE.test(opening.replace(/^\uFEFF/, ''));
}
