import type { SemanticTokens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tokenModifiers, tokenTypes, type TokenModifier, type TokenType } from '../../shared/semanticTokens';
import type { EntityTypes } from '../entityTypes';
import type { CancellationToken } from '../host';
import type { AttributeSink } from '../parse/attributes';
import type { NewsDocument } from '../parse/model';
import type { Suggestion } from '../recognize/suggestions';

interface RawToken {
	readonly start: number;
	readonly end: number;
	readonly type: TokenType;
	readonly modifiers: readonly TokenModifier[];
}

const typeIndex = new Map(tokenTypes.map((t, i) => [t, i]));
const modifierBit = new Map(tokenModifiers.map((m, i) => [m, 1 << i]));

const SUGGESTION_TOKEN: Record<Suggestion['type'], TokenType> = { person: 'person', org: 'organization', place: 'place', date: 'date' };

/** Semantic tokens: header keys and values, each annotation's text by type, its markup and attributes, suggestions. */
export function provideSemanticTokens(
	document: TextDocument,
	parsed: NewsDocument,
	types: EntityTypes,
	suggestions: readonly Suggestion[],
	token: CancellationToken,
): SemanticTokens {
	const raw: RawToken[] = [];
	const push = (start: number, end: number, type: TokenType, modifiers: readonly TokenModifier[] = []): void => {
		if (end > start) raw.push({ start, end, type, modifiers });
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

	const { header, source } = parsed;
	if (header.kind === 'front-matter') {
		push(header.range.start, header.range.start + 3, 'annotationMarkup');
		const closing = source.lastIndexOf('\n', header.range.end - 2) + 1;
		push(closing, closing + 3, 'annotationMarkup');
	}
	for (const field of header.fields) {
		push(field.keyRange.start, field.keyRange.end, 'headerKey');
		if (field.valueRange) push(field.valueRange.start, field.valueRange.end, field.key === 'date' && header.date ? 'date' : 'headerValue');
	}

	const children = new Map<number, number[]>();
	for (const a of parsed.annotations) {
		if (a.parent !== undefined) (children.get(a.parent) ?? children.set(a.parent, []).get(a.parent)!).push(a.index);
	}
	for (const a of parsed.annotations) {
		if (token.isCancellationRequested) return { data: [] };
		const textType = types.get(a.type)?.token ?? 'entity';
		const modifiers: TokenModifier[] = a.depth > 0 ? ['nested'] : [];
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
	for (const s of suggestions) push(s.range.start, s.range.end, SUGGESTION_TOKEN[s.type], ['suggested']);
	raw.sort((x, y) => x.start - y.start);
	return { data: encode(document, source, raw) };
}

/** LSP's relative encoding, one token per line piece (clients need not support multi-line tokens). */
function encode(document: TextDocument, source: string, tokens: readonly RawToken[]): number[] {
	const data: number[] = [];
	let prevLine = 0;
	let prevChar = 0;
	let lastEnd = 0;
	/** The first `\n` at or after the last piece's start (source.length when there is none): looked up once a line. */
	let newline = -1;
	for (const t of tokens) {
		let start = Math.max(t.start, lastEnd);
		if (start >= t.end) continue;
		const type = typeIndex.get(t.type)!;
		let mods = 0;
		for (const m of t.modifiers) mods |= modifierBit.get(m)!;
		while (start < t.end) {
			if (newline < start) {
				newline = source.indexOf('\n', start);
				if (newline < 0) newline = source.length;
			}
			const end = newline > t.end ? t.end : newline;
			let pieceEnd = end;
			if (pieceEnd > start && source[pieceEnd - 1] === '\r' && pieceEnd === end && end < t.end) pieceEnd--;
			if (pieceEnd > start) {
				const pos = document.positionAt(start);
				data.push(pos.line - prevLine, pos.line === prevLine ? pos.character - prevChar : pos.character, pieceEnd - start, type, mods);
				prevLine = pos.line;
				prevChar = pos.character;
			}
			start = end < t.end ? end + 1 : end;
		}
		lastEnd = t.end;
	}
	return data;
}
