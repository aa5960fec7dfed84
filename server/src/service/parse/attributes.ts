import type { OffsetRange } from './model';

/** One item of a Pandoc attribute block `{#id .class key=value}`, with where it stands in the source. */
export type AttributeItem =
	| { readonly kind: 'id'; readonly value: string; readonly range: OffsetRange }
	| { readonly kind: 'class'; readonly name: string; readonly range: OffsetRange }
	| {
			readonly kind: 'pair';
			readonly key: string;
			readonly value: string;
			readonly range: OffsetRange;
			readonly keyRange: OffsetRange;
			readonly valueRange: OffsetRange;
	  };

export type AttributeParse =
	| { readonly ok: true; readonly items: readonly AttributeItem[]; readonly end: number }
	| { readonly ok: false; readonly reason: 'unclosed' | 'malformed'; readonly errorAt: number; readonly end: number };

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isLetter(c: string): boolean {
	const code = c.charCodeAt(0);
	if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
	return LETTER.test(c);
}

function isIdentChar(c: string): boolean {
	const code = c.charCodeAt(0);
	if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 58) || c === '-' || c === '_' || c === '.';
	return LETTER_OR_NUMBER.test(c);
}
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
/** Haskell's `isSpace`, which pandoc's `space` uses: ASCII white space, the no-break space and the other `Zs`. */
const isHaskellSpace = (c: string | undefined): boolean => c !== undefined && /^(?:[ \t\n\v\f\r\u00a0]|\p{Zs})$/u.test(c);
/** The whole code point at `i` (pandoc reads code points, not UTF-16 units), or undefined at or after `limit`. */
function charAt(text: string, i: number, limit: number): string | undefined {
	if (i >= limit) return undefined;
	const code = text.charCodeAt(i);
	if (code < 0xd800 || code > 0xdbff || i + 1 >= limit) return text[i];
	return text.slice(i, i + 2);
}

/**
 * Parses a Pandoc attribute block starting at `start` (which holds `{`), never reading past `limit`
 * (the end of the paragraph). Follows pandoc's Markdown reader: identifiers start with a letter and go on with
 * letters, digits and `-_:.`; values are quoted ("..." or '...', with backslash escapes) or run to white space or `}`;
 * white space may include one line break; `-` is the class `unnumbered`; `id=` and `class=` keys set the id and classes.
 */
export function parseAttributes(text: string, start: number, limit: number): AttributeParse {
	let i = start + 1;
	const items: AttributeItem[] = [];
	const skipSpaceAndOneNewline = (): boolean => {
		while (isSpace(text[i])) i++;
		if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
		else if (text[i] === '\n') i++;
		else return true;
		while (isSpace(text[i])) i++;
		return text[i] !== '\n' && text[i] !== '\r';
	};
	const identifier = (): string | undefined => {
		const first = charAt(text, i, limit);
		if (first === undefined || !isLetter(first)) return undefined;
		const s = i;
		i += first.length;
		for (let c = charAt(text, i, limit); c !== undefined && isIdentChar(c); c = charAt(text, i, limit)) i += c.length;
		return text.slice(s, i);
	};
	const fail = (errorAt: number): AttributeParse => {
		// Unclosed when no `}` follows before the paragraph ends; otherwise the block is there but malformed.
		const close = text.indexOf('}', errorAt);
		return close < 0 || close >= limit
			? { ok: false, reason: 'unclosed', errorAt, end: limit }
			: { ok: false, reason: 'malformed', errorAt, end: close + 1 };
	};

	if (!skipSpaceAndOneNewline()) return fail(i);
	while (i < limit) {
		const c = text[i]!;
		if (c === '}') return { ok: true, items, end: i + 1 };
		const itemStart = i;
		if (c === '#' || c === '.') {
			i++;
			const name = identifier();
			if (name === undefined) return fail(itemStart);
			const range = { start: itemStart, end: i };
			items.push(c === '#' ? { kind: 'id', value: name, range } : { kind: 'class', name, range });
		} else if (c === '-') {
			i++;
			items.push({ kind: 'class', name: 'unnumbered', range: { start: itemStart, end: i } });
		} else {
			const key = identifier();
			if (key === undefined || text[i] !== '=') return fail(itemStart);
			const keyRange = { start: itemStart, end: i };
			i++;
			const valueStart = i;
			const value = readValue();
			const valueRange = { start: valueStart, end: i };
			const range = { start: itemStart, end: i };
			if (key === 'id') items.push({ kind: 'id', value, range });
			else if (key === 'class') {
				for (const name of value.split(/\s+/).filter(Boolean)) items.push({ kind: 'class', name, range });
			} else items.push({ kind: 'pair', key, value, range, keyRange, valueRange });
		}
		if (!skipSpaceAndOneNewline()) return fail(i);
	}
	return fail(i);

	function readValue(): string {
		const q = text[i];
		if ((q === '"' || q === "'") && text[i + 1] === q) {
			i += 2;
			return '';
		}
		if ((q === '"' || q === "'") && !isHaskellSpace(text[i + 1])) {
			let j = i + 1;
			let out = '';
			while (j < limit && text[j] !== q) {
				const escaped = escapeAt(text, j, limit);
				if (escaped) {
					out += escaped.char;
					j += escaped.length;
				} else if (text[j] === '\r' && text[j + 1] === '\n') {
					out += ' ';
					j += 2;
				} else {
					out += text[j] === '\n' ? ' ' : text[j];
					j++;
				}
			}
			if (j < limit) {
				i = j + 1;
				return out;
			}
			// No closing quote: pandoc falls back to an unquoted value.
		}
		let out = '';
		while (i < limit) {
			const ch = text[i]!;
			if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '}') break;
			const escaped = escapeAt(text, i, limit);
			if (escaped) {
				out += escaped.char;
				i += escaped.length;
			} else {
				out += ch;
				i++;
			}
		}
		return out;
	}
}

/**
 * Pandoc's `escapedChar'` with `all_symbols_escapable`: a backslash escapes any character that is not a letter or a
 * digit, white space and line ends included (pandoc reads CRLF as LF). The character and its length with the backslash.
 */
function escapeAt(text: string, i: number, limit: number): { readonly char: string; readonly length: number } | undefined {
	if (text[i] !== '\\') return undefined;
	if (text[i + 1] === '\r' && text[i + 2] === '\n' && i + 2 < limit) return { char: '\n', length: 3 };
	const c = charAt(text, i + 1, limit);
	if (c === undefined || LETTER_OR_NUMBER.test(c)) return undefined;
	return { char: c, length: 1 + c.length };
}

export function isAsciiPunctuation(c: string): boolean {
	return /[!-/:-@[-`{-~]/.test(c);
}
