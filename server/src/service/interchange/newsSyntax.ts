/** Writing `.news` markup (docs/format.md, annotations): escaped text, attribute blocks that the parser reads back as written. */

const IDENTIFIER = /^\p{L}[\p{L}\p{N}\-_:.]*$/u;

/** Whether a string can stand as a class, id or key: a letter, then letters, digits and `-_:.`. */
export const isIdentifier = (s: string): boolean => IDENTIFIER.test(s);

/** Backslash-escapes the characters that are markup in the body: `[ ] { } \`. */
export function escapeText(text: string): string {
	return text.replace(/[[\]{}\\]/g, '\\$&');
}

/** An attribute value as written after `key=`: bare when it can be, else in double quotes with escapes. */
export function formatValue(value: string): string {
	if (/^[^\s"'{}\\]+$/u.test(value)) return value;
	// Inside quotes a backslash escapes any punctuation or white space; a leading space must be escaped, or the
	// parser (like Pandoc) would not read the quote as one.
	const body = value.replace(/["\\]/g, '\\$&').replace(/^\s/u, (c) => `\\${c}`);
	return `"${body}"`;
}

/** `{.type #id ref=x key=value}`. */
export function formatAttributes(type: string, id: string | undefined, pairs: readonly (readonly [string, string])[]): string {
	const items = [`.${type}`];
	if (id !== undefined) items.push(`#${id}`);
	for (const [key, value] of pairs) items.push(`${key}=${formatValue(value)}`);
	return `{${items.join(' ')}}`;
}
