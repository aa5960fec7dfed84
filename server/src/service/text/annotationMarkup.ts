/**
 * The one writer of annotation markup (docs/format.md, "Annotations"): `[text]{.type #id ref=... value=... key=...}`,
 * with the text escaped and each value bare or quoted as the parser (and Pandoc) reads it back. Every command,
 * quick fix, import and the `attache` command write annotations through it, so that they all write the same thing.
 */

/** What an annotation says besides its type, in the order docs/format.md writes it. */
export interface AnnotationFields {
	readonly id?: string | undefined;
	readonly ref?: string | undefined;
	readonly value?: string | undefined;
	/** Other `key=value` attributes, in their order (keys are identifiers, and neither `id` nor `class`). */
	readonly attributes?: readonly (readonly [string, string])[] | undefined;
}

const IDENTIFIER = /^\p{L}[\p{L}\p{N}\-_:.]*$/u;

/** Whether a string can stand as a class, id or key: a letter, then letters, digits and `-_:.`. */
export const isIdentifier = (s: string): boolean => IDENTIFIER.test(s);

/** Backslash-escapes the characters that are markup in the body (docs/format.md, "Escapes"): `[ ] { } \`. */
export function escapeText(text: string): string {
	return text.replace(/[[\]{}\\]/g, '\\$&');
}

/**
 * An attribute value as written after `key=`: bare when it can be (no white space, quote, brace or backslash),
 * else in double quotes, where a backslash escapes `"` and `\`. A value with a space (`ref="ada berg"`) must be
 * quoted: bare, `ref=ada berg` would end the value at the space and make `berg` an item that is no attribute.
 */
export function formatValue(value: string): string {
	if (/^[^\s"'{}\\]+$/u.test(value)) return value;
	// A leading space must be escaped too, or the parser (like Pandoc) would not read the quote as one.
	const body = value.replace(/["\\]/g, '\\$&').replace(/^\s/u, (c) => `\\${c}`);
	return `"${body}"`;
}

/** `key=value`, the value bare or quoted (see formatValue). */
export const attributeItem = (key: string, value: string): string => `${key}=${formatValue(value)}`;

/** What goes between the braces: `.type #id ref=... value=... key=...` (an empty ref or value is left out). */
export function attributeList(type: string, fields: AnnotationFields = {}): string {
	let out = `.${type}`;
	if (fields.id !== undefined) out += ` #${fields.id}`;
	if (fields.ref) out += ' ' + attributeItem('ref', fields.ref);
	if (fields.value) out += ' ' + attributeItem('value', fields.value);
	for (const [key, value] of fields.attributes ?? []) out += ' ' + attributeItem(key, value);
	return out;
}

/** What closes an annotation around text already in the source: `]{.type ...}`. */
export const closingMarkup = (type: string, fields: AnnotationFields = {}): string =>
	`]{${attributeList(type, fields)}}`;

/**
 * A whole annotation of plain `text` (escaped here): `[text]{.type ...}`. White space at the edges of the text
 * (spaces, tabs, line breaks) is written outside the brackets, where the parser, like Pandoc, would trim it anyway.
 */
export function annotationMarkup(text: string, type: string, fields: AnnotationFields = {}): string {
	const [, lead, core, trail] = /^([ \t\r\n]*)([^]*?)([ \t\r\n]*)$/.exec(text)!;
	return `${lead}[${escapeText(core!)}${closingMarkup(type, fields)}${trail}`;
}
