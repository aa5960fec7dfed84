import { DiagnosticCode } from '../diagnosticCodes';
import { parseAttributes } from './attributes';
import { parseHeader } from './header';
import type { Annotation, AnnotationAttribute, AnnotationClass, NewsDocument, OffsetRange, SyntaxProblem } from './model';
import { OffsetMap } from './offsetMap';

const ESCAPABLE = new Set(['[', ']', '{', '}', '\\']);

interface OpenBracket {
	readonly at: number;
	/** `[^` and `[@` are footnotes and citations to Pandoc, never spans, but still count for bracket balance. */
	readonly canOpen: boolean;
}

interface RawSpan {
	readonly open: number;
	readonly close: number;
	readonly attrStart: number;
	readonly attrEnd: number;
	readonly items: ReturnType<typeof parseAttributes> & { ok: true };
}

/**
 * Parses a `.news` file (FORMAT.md section 1) in one linear pass over its body, paragraph by paragraph. Broken markup
 * becomes a problem and plain text; it never hides the annotations around it.
 */
export function parseNews(source: string): NewsDocument {
	const { header, bodyStart, problems: headerProblems } = parseHeader(source);
	const problems: SyntaxProblem[] = [...headerProblems];
	const spans: RawSpan[] = [];
	/** Source ranges removed from the plain text, collected per paragraph in source order after sorting. */
	const markup: OffsetRange[] = [];

	let lineStart = bodyStart;
	let paragraphStart = -1;
	while (lineStart <= source.length) {
		const nl = source.indexOf('\n', lineStart);
		const lineEnd = nl < 0 ? source.length : nl + 1;
		const blank = isBlank(source, lineStart, nl < 0 ? source.length : nl);
		if (blank) {
			if (paragraphStart >= 0) scanParagraph(source, paragraphStart, lineStart, spans, markup, problems);
			paragraphStart = -1;
		} else if (paragraphStart < 0) {
			paragraphStart = lineStart;
		}
		if (nl < 0) break;
		lineStart = lineEnd;
	}
	if (paragraphStart >= 0) scanParagraph(source, paragraphStart, source.length, spans, markup, problems);

	markup.sort((a, b) => a.start - b.start);
	const offsets = new OffsetMap();
	let pos = bodyStart;
	for (const m of markup) {
		offsets.copy(pos, m.start - pos);
		pos = m.end;
	}
	offsets.copy(pos, source.length - pos);
	let plainText = '';
	for (const [s, , n] of offsets.runs()) plainText += source.slice(s, s + n);

	const annotations = buildAnnotations(spans, offsets, plainText);
	problems.sort((a, b) => a.range.start - b.range.start);
	return { source, header, bodyStart, plainText, annotations, problems, offsets };
}

function scanParagraph(
	text: string,
	start: number,
	end: number,
	spans: RawSpan[],
	markup: OffsetRange[],
	problems: SyntaxProblem[],
): void {
	const stack: OpenBracket[] = [];
	let i = start;
	while (i < end) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < end && ESCAPABLE.has(text[i + 1]!)) {
			markup.push({ start: i, end: i + 1 });
			i += 2;
			continue;
		}
		if (c === '[') {
			const next = text[i + 1];
			stack.push({ at: i, canOpen: next !== '^' && next !== '@' });
			i++;
			continue;
		}
		if (c === ']' && stack.length > 0) {
			const open = stack.pop()!;
			if (text[i + 1] === '{' && open.canOpen) {
				const attrs = parseAttributes(text, i + 1, end);
				if (attrs.ok) {
					spans.push({ open: open.at, close: i, attrStart: i + 1, attrEnd: attrs.end, items: attrs });
					markup.push({ start: open.at, end: open.at + 1 }, { start: i, end: attrs.end });
					i = attrs.end;
					continue;
				}
				if (attrs.reason === 'unclosed') {
					problems.push({
						code: DiagnosticCode.UnclosedBrace,
						range: { start: i + 1, end: i + 2 },
						message: 'This `{` is never closed: end the attributes with `}`, as in `[Sergey Lavrov]{.person}`.',
					});
				} else {
					problems.push({
						code: DiagnosticCode.InvalidAttributes,
						range: { start: i + 1, end: attrs.end },
						message:
							'These attributes cannot be read, so this is not an annotation: write `{.type key=value}`, with values that contain spaces in double quotes.',
					});
				}
			}
		}
		i++;
	}
	for (const open of stack) {
		if (!open.canOpen) continue;
		problems.push({
			code: DiagnosticCode.UnclosedBracket,
			range: { start: open.at, end: open.at + 1 },
			message: 'This `[` is never closed in its paragraph: close the annotation with `]{.type}`, or write `\\[` for a literal bracket.',
		});
	}
}

function buildAnnotations(spans: readonly RawSpan[], offsets: OffsetMap, plainText: string): Annotation[] {
	const ordered = [...spans].sort((a, b) => a.open - b.open || b.attrEnd - a.attrEnd);
	const result: Annotation[] = [];
	const enclosing: number[] = [];
	for (const span of ordered) {
		while (enclosing.length && result[enclosing[enclosing.length - 1]!]!.range.end <= span.open) enclosing.pop();
		const parent = enclosing.length ? enclosing[enclosing.length - 1] : undefined;
		let plainStart = offsets.toPlain(span.open + 1);
		let plainEnd = offsets.toPlain(span.close);
		while (plainStart < plainEnd && /\s/.test(plainText[plainStart]!)) plainStart++;
		while (plainEnd > plainStart && /\s/.test(plainText[plainEnd - 1]!)) plainEnd--;

		const classes: AnnotationClass[] = [];
		const attributes: AnnotationAttribute[] = [];
		let id: string | undefined;
		for (const item of span.items.items) {
			if (item.kind === 'class') classes.push({ name: item.name, range: item.range });
			else if (item.kind === 'id') id = item.value;
			else attributes.push({ key: item.key, value: item.value, range: item.range, keyRange: item.keyRange, valueRange: item.valueRange });
		}
		const index = result.length;
		result.push({
			index,
			range: { start: span.open, end: span.attrEnd },
			contentRange: { start: span.open + 1, end: span.close },
			attributesRange: { start: span.attrStart, end: span.attrEnd },
			plainStart,
			plainEnd,
			text: plainText.slice(plainStart, plainEnd),
			classes,
			id,
			attributes,
			type: classes[0]?.name,
			ref: attributes.find((a) => a.key === 'ref')?.value,
			value: attributes.find((a) => a.key === 'value')?.value,
			parent,
			depth: enclosing.length,
		});
		enclosing.push(index);
	}
	return result;
}

function isBlank(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text[i];
		if (c !== ' ' && c !== '\t' && c !== '\r') return false;
	}
	return true;
}
