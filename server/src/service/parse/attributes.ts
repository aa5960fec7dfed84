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

/**
 * Receives the items of an attribute block as they are read, so that a caller that needs only some of them (the
 * parser wants the type, `ref` and `value` of ~25k annotations in a 1 MB file) allocates nothing for the others.
 */
export interface AttributeSink {
	id(value: string, start: number, end: number): void;
	/** `class="a b"` reports each class with the range of the whole item. */
	class(name: string, start: number, end: number): void;
	pair(key: string, value: string, start: number, keyEnd: number, valueStart: number, end: number): void;
}

/** Why an attribute block could not be read, and where the problem ends. */
export interface AttributeFailure {
	readonly reason: 'unclosed' | 'malformed';
	readonly errorAt: number;
	readonly end: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
const HASH = 0x23;
const DOT = 0x2e;
const DASH = 0x2d;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Haskell's `isSpace`, which pandoc's `space` uses: ASCII white space, the no-break space and the other `Zs`. */
const HASKELL_SPACE = /^(?:[ \t\n\v\f\r\u00a0]|\p{Zs})$/u;

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;
/** ASCII identifier characters after the first: letters, digits, `:`, `-`, `_`, `.`. */
const isAsciiIdentChar = (code: number): boolean =>
	isAsciiLetter(code) || (code >= 48 && code <= 58) || code === DASH || code === 0x5f || code === DOT;

/** The length in UTF-16 units of the code point at `i` (pandoc reads code points), or 0 at or after `limit`. */
function codePointLength(text: string, i: number, limit: number): number {
	if (i >= limit) return 0;
	const code = text.charCodeAt(i);
	return code >= 0xd800 && code <= 0xdbff && i + 1 < limit ? 2 : 1;
}

/**
 * Identifiers repeat (types, `ref`, `value`): the last one read for each first character is reused when it matches,
 * so that reading `.person` 10,000 times makes one string, not 10,000.
 */
const recentIdentifiers: (string | undefined)[] = new Array<string | undefined>(128);
function sliceIdentifier(text: string, start: number, end: number): string {
	const first = text.charCodeAt(start);
	if (first >= 128) return text.slice(start, end);
	const recent = recentIdentifiers[first];
	if (recent !== undefined && recent.length === end - start && text.startsWith(recent, start)) return recent;
	const name = text.slice(start, end);
	recentIdentifiers[first] = name;
	return name;
}

/**
 * Reads Pandoc attribute blocks. One reader serves a whole document: it keeps its place in fields rather than in
 * closures, which a 1 MB article would otherwise make ~200k of.
 */
export class AttributeReader {
	#text = '';
	#limit = 0;
	#i = 0;
	/**
	 * The last `}` search of a failure: from where, in which text, and what it found. A paragraph of broken blocks
	 * (`[a]{=x [b]{=y ...`) would search the same stretch again for each, which is quadratic; this keeps it linear.
	 */
	#braceText = '';
	#braceFrom = -1;
	#braceAt = -1;

	/**
	 * Reads the attribute block starting at `start` (which holds `{`), never reading past `limit` (the end of the
	 * paragraph), and reports its items to `sink`. Returns the offset after the closing `}`, or a failure. Follows
	 * pandoc's Markdown reader: identifiers start with a letter and go on with letters, digits and `-_:.`; values are
	 * quoted ("..." or '...', with backslash escapes) or run to white space or `}`; white space may include one line
	 * break; `-` is the class `unnumbered`; `id=` and `class=` keys set the id and classes.
	 */
	read(text: string, start: number, limit: number, sink: AttributeSink): number | AttributeFailure {
		this.#text = text;
		this.#limit = limit;
		this.#i = start + 1;
		if (!this.#skipSpaceAndOneNewline()) return this.#fail(this.#i);
		while (this.#i < limit) {
			const c = text.charCodeAt(this.#i);
			if (c === CLOSE_BRACE) return this.#i + 1;
			const itemStart = this.#i;
			if (c === HASH || c === DOT) {
				this.#i++;
				if (!this.#identifier()) return this.#fail(itemStart);
				const name = sliceIdentifier(text, itemStart + 1, this.#i);
				if (c === HASH) sink.id(name, itemStart, this.#i);
				else sink.class(name, itemStart, this.#i);
			} else if (c === DASH) {
				this.#i++;
				sink.class('unnumbered', itemStart, this.#i);
			} else {
				if (!this.#identifier() || text.charCodeAt(this.#i) !== EQUALS) return this.#fail(itemStart);
				const keyEnd = this.#i;
				const key = sliceIdentifier(text, itemStart, keyEnd);
				this.#i++;
				const valueStart = this.#i;
				const value = this.#value();
				if (key === 'id') sink.id(value, itemStart, this.#i);
				else if (key === 'class') {
					for (const name of value.split(/\s+/)) if (name) sink.class(name, itemStart, this.#i);
				} else sink.pair(key, value, itemStart, keyEnd, valueStart, this.#i);
			}
			if (!this.#skipSpaceAndOneNewline()) return this.#fail(this.#i);
		}
		return this.#fail(this.#i);
	}

	#skipSpaceAndOneNewline(): boolean {
		const text = this.#text;
		let i = this.#i;
		let c = text.charCodeAt(i);
		while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
		if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
		else if (c === LF) i++;
		else {
			this.#i = i;
			return true;
		}
		c = text.charCodeAt(i);
		while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
		this.#i = i;
		return c !== LF && c !== CR;
	}

	/** Reads an identifier; returns whether there was one (it ends where the reader now stands). */
	#identifier(): boolean {
		const text = this.#text;
		const limit = this.#limit;
		let i = this.#i;
		if (i >= limit) return false;
		const first = text.charCodeAt(i);
		if (first < 128) {
			if (!isAsciiLetter(first)) return false;
			i++;
		} else {
			const n = codePointLength(text, i, limit);
			if (!LETTER.test(text.slice(i, i + n))) return false;
			i += n;
		}
		while (i < limit) {
			const c = text.charCodeAt(i);
			if (c < 128) {
				if (!isAsciiIdentChar(c)) break;
				i++;
			} else {
				const n = codePointLength(text, i, limit);
				if (!LETTER_OR_NUMBER.test(text.slice(i, i + n))) break;
				i += n;
			}
		}
		this.#i = i;
		return true;
	}

	#fail(errorAt: number): AttributeFailure {
		// Unclosed when no `}` follows before the paragraph ends; otherwise the block is there but malformed.
		const known =
			this.#braceText === this.#text && errorAt >= this.#braceFrom && (this.#braceAt < 0 || this.#braceAt >= errorAt);
		if (!known) {
			this.#braceText = this.#text;
			this.#braceFrom = errorAt;
			this.#braceAt = this.#text.indexOf('}', errorAt);
		}
		const close = this.#braceAt;
		return close < 0 || close >= this.#limit
			? { reason: 'unclosed', errorAt, end: this.#limit }
			: { reason: 'malformed', errorAt, end: close + 1 };
	}

	#value(): string {
		const text = this.#text;
		const limit = this.#limit;
		let i = this.#i;
		const q = text.charCodeAt(i);
		if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) {
			if (text.charCodeAt(i + 1) === q) {
				this.#i = i + 2;
				return '';
			}
			if (!HASKELL_SPACE.test(text.charAt(i + 1))) {
				// Most values hold no escape and no line break: one slice.
				let j = i + 1;
				let c = text.charCodeAt(j);
				while (j < limit && c !== q && c !== BACKSLASH && c !== LF && c !== CR) c = text.charCodeAt(++j);
				if (j < limit && c === q) {
					this.#i = j + 1;
					return text.slice(i + 1, j);
				}
				j = i + 1;
				let out = '';
				while (j < limit && text.charCodeAt(j) !== q) {
					const escaped = escapeAt(text, j, limit);
					if (escaped) {
						out += escaped.char;
						j += escaped.length;
					} else if (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF) {
						out += ' ';
						j += 2;
					} else {
						out += text.charCodeAt(j) === LF ? ' ' : text[j];
						j++;
					}
				}
				if (j < limit) {
					this.#i = j + 1;
					return out;
				}
				// No closing quote: pandoc falls back to an unquoted value.
			}
		}
		const valueStart = i;
		let c = text.charCodeAt(i);
		while (i < limit && c !== SPACE && c !== TAB && c !== LF && c !== CR && c !== CLOSE_BRACE && c !== BACKSLASH)
			c = text.charCodeAt(++i);
		if (i >= limit || c !== BACKSLASH) {
			this.#i = i;
			return text.slice(valueStart, i);
		}
		let out = text.slice(valueStart, i);
		while (i < limit) {
			const ch = text.charCodeAt(i);
			if (ch === SPACE || ch === TAB || ch === LF || ch === CR || ch === CLOSE_BRACE) break;
			const escaped = escapeAt(text, i, limit);
			if (escaped) {
				out += escaped.char;
				i += escaped.length;
			} else {
				out += text[i];
				i++;
			}
		}
		this.#i = i;
		return out;
	}
}

/** Reads an attribute block (see `AttributeReader.read`) into a list of items. */
export function parseAttributes(text: string, start: number, limit: number): AttributeParse {
	const items: AttributeItem[] = [];
	const end = new AttributeReader().read(text, start, limit, {
		id: (value, s, e) => items.push({ kind: 'id', value, range: { start: s, end: e } }),
		class: (name, s, e) => items.push({ kind: 'class', name, range: { start: s, end: e } }),
		pair: (key, value, s, keyEnd, valueStart, e) =>
			items.push({
				kind: 'pair',
				key,
				value,
				range: { start: s, end: e },
				keyRange: { start: s, end: keyEnd },
				valueRange: { start: valueStart, end: e },
			}),
	});
	return typeof end === 'number' ? { ok: true, items, end } : { ok: false, ...end };
}

/**
 * Pandoc's `escapedChar'` with `all_symbols_escapable`: a backslash escapes any character that is not a letter or a
 * digit, white space and line ends included (pandoc reads CRLF as LF). The character and its length with the backslash.
 */
function escapeAt(
	text: string,
	i: number,
	limit: number,
): { readonly char: string; readonly length: number } | undefined {
	if (text.charCodeAt(i) !== BACKSLASH) return undefined;
	if (text.charCodeAt(i + 1) === CR && text.charCodeAt(i + 2) === LF && i + 2 < limit) return { char: '\n', length: 3 };
	const n = codePointLength(text, i + 1, limit);
	if (n === 0) return undefined;
	const c = text.slice(i + 1, i + 1 + n);
	if (LETTER_OR_NUMBER.test(c)) return undefined;
	return { char: c, length: 1 + n };
}
