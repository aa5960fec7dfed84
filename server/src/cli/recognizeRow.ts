/** One line of `attache recognize --jsonl` input, read and checked: the article, or what is wrong with the line. */
import { declaredLanguage, type ArticleLanguage } from '../service';

export type RecognizeRow =
	| {
			readonly id: unknown;
			readonly text: string;
			readonly date: string | undefined;
			readonly language: ArticleLanguage | undefined;
	  }
	| { readonly problem: string };

const WHAT_TO_DO = 'each line must be one JSON object with a "text" string';

/** "a JSON array", "a number", "null": what a JSON value is, for a message. */
function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Reads one input line (not blank) as `{"id"?, "text", "date"?, "lang"?}`; any other JSON, or none, is a problem with what to do. */
export function readRecognizeRow(line: string): RecognizeRow {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (e) {
		return { problem: `not JSON (${(e as Error).message}): ${WHAT_TO_DO}` };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return { problem: `${describe(value)}, not an object: ${WHAT_TO_DO}` };
	const row = value as { id?: unknown; text?: unknown; date?: unknown; lang?: unknown; language?: unknown };
	if (row.text === undefined) return { problem: `no "text": ${WHAT_TO_DO}` };
	if (typeof row.text !== 'string') return { problem: `"text" is ${describe(row.text)}, not a string: ${WHAT_TO_DO}` };
	if (row.date !== undefined && row.date !== null && typeof row.date !== 'string') {
		return {
			problem: `"date" is ${describe(row.date)}: give the article date as a string, "YYYY-MM-DD", or leave it out`,
		};
	}
	// "lang": en or ru (or Russian, ru-RU...); anything else, or none, lets the text decide.
	return {
		id: row.id ?? null,
		text: row.text,
		date: typeof row.date === 'string' ? row.date.slice(0, 10) : undefined,
		language: declaredLanguage(row.lang ?? row.language),
	};
}
