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

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isIdentChar = (c: string): boolean => /[\p{L}\p{N}\-_:.]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

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
		if (i >= limit || !isLetter(text[i]!)) return undefined;
		const s = i;
		i++;
		while (i < limit && isIdentChar(text[i]!)) i++;
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
		if ((q === '"' || q === "'") && !isSpace(text[i + 1]) && text[i + 1] !== '\n') {
			let j = i + 1;
			let out = '';
			while (j < limit && text[j] !== q) {
				if (text[j] === '\\' && j + 1 < limit && isAsciiPunctuation(text[j + 1]!)) {
					out += text[j + 1];
					j += 2;
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
			if (ch === '\\' && i + 1 < limit && isAsciiPunctuation(text[i + 1]!)) {
				out += text[i + 1];
				i += 2;
			} else {
				out += ch;
				i++;
			}
		}
		return out;
	}
}

export function isAsciiPunctuation(c: string): boolean {
	return /[!-/:-@[-`{-~]/.test(c);
}
