import type { SemanticTokens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tokenModifiers, tokenTypes, type TokenModifier, type TokenType } from '../../shared/semanticTokens';
import type { EntityTypes } from '../entityTypes';
import type { CancellationToken } from '../host';
import type { AttributeSink } from '../parse/attributes';
import type { NewsDocument } from '../parse/model';
import { doubled } from '../text/int32Columns';
import { LineCursor } from '../text/lineCursor';
import type { Suggestion } from '../recognize/suggestions';

const typeIndex = new Map(tokenTypes.map((t, i) => [t, i]));
const modifierBit = new Map(tokenModifiers.map((m, i) => [m, 1 << i]));
const bitsOf = (modifiers: readonly TokenModifier[]): number =>
	modifiers.reduce((bits, m) => bits | modifierBit.get(m)!, 0);
const NESTED = bitsOf(['nested']);
const SUGGESTED = bitsOf(['suggested']);

const SUGGESTION_TOKEN: Record<Suggestion['type'], TokenType> = {
	person: 'person',
	org: 'organization',
	place: 'place',
	date: 'date',
	role: 'role',
};

/** Semantic tokens: header keys and values, each annotation's text by type, its markup and attributes, suggestions. */
export function provideSemanticTokens(
	document: TextDocument,
	parsed: NewsDocument,
	types: EntityTypes,
	suggestions: readonly Suggestion[],
	token: CancellationToken,
): SemanticTokens {
	// A 1 MB article has ~200k tokens: kept as numbers, not objects, in arrays made once at about their size.
	const raw = new TokenBuffer(6 * parsed.annotations.length + suggestions.length + 2 * parsed.header.fields.length + 2);
	const push = (start: number, end: number, type: TokenType, modifiers = 0): void => {
		if (end > start) raw.push(start, end, typeIndex.get(type)!, modifiers);
	};

	const attributeTokens: AttributeSink = {
		id: (_value, start, end) => push(start, end, 'annotationAttribute'),
		class: (_name, start, end) => push(start, end, 'annotationAttribute'),
		pair: (_key, _value, start, keyEnd, valueStart, end) => {
			push(start, keyEnd, 'annotationAttribute');
			push(keyEnd, keyEnd + 1, 'annotationMarkup');
			push(valueStart, end, 'annotationValue');
		},
	};

	// In text order, as most tokens of a raw article are pushed: then they need no sorting.
	const { header, source } = parsed;
	if (header.kind === 'front-matter') push(header.range.start, header.range.start + 3, 'annotationMarkup');
	for (const field of header.fields) {
		push(field.keyRange.start, field.keyRange.end, 'headerKey');
		if (field.valueRange)
			push(field.valueRange.start, field.valueRange.end, field.key === 'date' && header.date ? 'date' : 'headerValue');
	}
	if (header.kind === 'front-matter') {
		const closing = source.lastIndexOf('\n', header.range.end - 2) + 1;
		push(closing, closing + 3, 'annotationMarkup');
	}

	const children = new Map<number, number[]>();
	for (const a of parsed.annotations) {
		if (a.parent !== undefined) (children.get(a.parent) ?? children.set(a.parent, []).get(a.parent)!).push(a.index);
	}
	for (const a of parsed.annotations) {
		if (token.isCancellationRequested) return { data: [] };
		const textType = types.get(a.type)?.token ?? 'entity';
		const modifiers = a.depth > 0 ? NESTED : 0;
		push(a.range.start, a.range.start + 1, 'annotationMarkup');
		let pos = a.contentRange.start;
		for (const child of children.get(a.index) ?? []) {
			const c = parsed.annotations[child]!;
			push(pos, c.range.start, textType, modifiers);
			pos = c.range.end;
		}
		push(pos, a.contentRange.end, textType, modifiers);
		push(a.contentRange.end, a.attributesRange.start + 1, 'annotationMarkup');
		a.visitAttributes(attributeTokens);
		push(a.attributesRange.end - 1, a.attributesRange.end, 'annotationMarkup');
	}
	for (const s of suggestions) push(s.range.start, s.range.end, SUGGESTION_TOKEN[s.type], SUGGESTED);
	return { data: encode(document, source, raw) };
}

/** Tokens as parallel arrays of numbers: start, end, type index and modifier bits. */
class TokenBuffer {
	length = 0;
	#starts: Int32Array;
	#ends: Int32Array;
	#types: Int32Array;
	#modifiers: Int32Array;

	constructor(expected: number) {
		const n = Math.max(64, expected);
		this.#starts = new Int32Array(n);
		this.#ends = new Int32Array(n);
		this.#types = new Int32Array(n);
		this.#modifiers = new Int32Array(n);
	}

	push(start: number, end: number, type: number, modifiers: number): void {
		if (this.length === this.#starts.length) {
			this.#starts = doubled(this.#starts);
			this.#ends = doubled(this.#ends);
			this.#types = doubled(this.#types);
			this.#modifiers = doubled(this.#modifiers);
		}
		const n = this.length++;
		this.#starts[n] = start;
		this.#ends[n] = end;
		this.#types[n] = type;
		this.#modifiers[n] = modifiers;
	}

	start(n: number): number {
		return this.#starts[n]!;
	}

	end(n: number): number {
		return this.#ends[n]!;
	}

	type(n: number): number {
		return this.#types[n]!;
	}

	modifiers(n: number): number {
		return this.#modifiers[n]!;
	}

	/** Token numbers by start, in the order pushed where starts are equal. */
	order(): Int32Array {
		const order = new Int32Array(this.length);
		let sorted = true;
		for (let n = 0; n < this.length; n++) {
			order[n] = n;
			if (n > 0 && this.#starts[n - 1]! > this.#starts[n]!) sorted = false;
		}
		if (sorted) return order;
		// Start and number in one float, sorted natively: a comparator called 20 times per token was most of the
		// tokens of an annotated article (starts < 2^31 and numbers < 2^21 fit the 53 bits of a double exactly).
		if (this.length < 1 << 21) {
			const keys = new Float64Array(this.length);
			for (let n = 0; n < this.length; n++) keys[n] = this.#starts[n]! * (1 << 21) + n;
			keys.sort();
			for (let n = 0; n < this.length; n++) order[n] = keys[n]! % (1 << 21);
			return order;
		}
		return order.sort((a, b) => this.#starts[a]! - this.#starts[b]! || a - b);
	}
}

/** LSP's relative encoding, one token per line piece (clients need not support multi-line tokens). */
function encode(document: TextDocument, source: string, tokens: TokenBuffer): number[] {
	let data = new Int32Array(5 * tokens.length + 5);
	let length = 0;
	const at = new LineCursor(document);
	let prevLine = 0;
	let prevChar = 0;
	let lastEnd = 0;
	/** The first `\n` at or after the last piece's start (source.length when there is none): looked up once a line. */
	let newline = -1;
	for (const n of tokens.order()) {
		const tokenEnd = tokens.end(n);
		let start = Math.max(tokens.start(n), lastEnd);
		if (start >= tokenEnd) continue;
		const type = tokens.type(n);
		const mods = tokens.modifiers(n);
		while (start < tokenEnd) {
			if (newline < start) {
				newline = source.indexOf('\n', start);
				if (newline < 0) newline = source.length;
			}
			const end = newline > tokenEnd ? tokenEnd : newline;
			let pieceEnd = end;
			if (pieceEnd > start && source.charCodeAt(pieceEnd - 1) === 13 && end < tokenEnd) pieceEnd--;
			if (pieceEnd > start) {
				at.moveTo(start);
				// A token over several lines makes several pieces.
				if (length + 5 > data.length) data = doubled(data);
				data[length++] = at.line - prevLine;
				data[length++] = at.line === prevLine ? at.character - prevChar : at.character;
				data[length++] = pieceEnd - start;
				data[length++] = type;
				data[length++] = mods;
				prevLine = at.line;
				prevChar = at.character;
			}
			start = end < tokenEnd ? end + 1 : end;
		}
		lastEnd = tokenEnd;
	}
	// LSP sends an array of numbers; filled by index, a preallocated array is the cheapest to make.
	const result = new Array<number>(length);
	for (let i = 0; i < length; i++) result[i] = data[i]!;
	return result;
}
