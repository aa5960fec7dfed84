import { stringify } from 'yaml';
import { parseNews } from '../parse/document';
import type { ImportedArticle, ImportedSpan, ImportProblem } from './model';
import { closingMarkup, escapeText, isIdentifier } from '../text/annotationMarkup';

export interface WrittenNews {
	readonly source: string;
	readonly problems: readonly ImportProblem[];
	/** The spans written as annotations (after trimming), in document order. */
	readonly written: readonly ImportedSpan[];
}

const isWhiteSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;
const BLANK_LINE = /\n[ \t\r]*\n/;
const LOOKS_LIKE_HEADER = /^(?:\ufeff|---[ \t]*\r?\n|---[ \t]*$|\s*date[ \t]+\d{4}-\d{2}-\d{2}(?=\s|$))/;

/**
 * Writes an article as `.news` (docs/format.md): the text byte for byte (with `[ ] { } \` escaped), each span as an
 * inline annotation, nested where spans nest, and the header as YAML front matter. What cannot be written (a span
 * crossing another or a blank line, an invalid type) is reported with the line it came from; the result is parsed
 * back and anything that does not read back as intended is reported too.
 */
export function writeNews(article: Pick<ImportedArticle, 'text' | 'spans' | 'header'>): WrittenNews {
	const { text } = article;
	const problems: ImportProblem[] = [];
	const report = (span: ImportedSpan, message: string, severity: ImportProblem['severity'] = 'error'): void => {
		problems.push({ line: span.line ?? 0, message, severity });
	};

	const candidates: { span: ImportedSpan; order: number }[] = [];
	article.spans.forEach((given, order) => {
		const span = cleanSpan(given, text, report);
		if (span) candidates.push({ span, order });
	});
	candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);

	// Keep the spans that nest; a span that crosses one already kept cannot be written.
	const kept: ImportedSpan[] = [];
	const open: ImportedSpan[] = [];
	for (const { span } of candidates) {
		while (open.length && open[open.length - 1]!.end <= span.start) open.pop();
		const outer = open[open.length - 1];
		if (outer && span.end > outer.end) {
			report(
				span,
				`The ${span.type} span "${clip(text.slice(span.start, span.end))}" crosses the ${outer.type} span "${clip(text.slice(outer.start, outer.end))}"${outer.line ? ` (line ${outer.line})` : ''}: annotations may nest but not cross, so it is left out.`,
			);
			continue;
		}
		kept.push(span);
		open.push(span);
	}

	const source = headerText(article.header, text) + markUp(text, kept);
	verify(source, text, kept, problems);
	return { source, problems, written: kept };
}

/** Checks and trims one span; undefined (after a report) when it cannot be written. */
function cleanSpan(
	span: ImportedSpan,
	text: string,
	report: (span: ImportedSpan, message: string, severity?: ImportProblem['severity']) => void,
): ImportedSpan | undefined {
	if (!(
		Number.isInteger(span.start) &&
		Number.isInteger(span.end) &&
		span.start >= 0 &&
		span.end <= text.length &&
		span.start <= span.end
	)) {
		report(
			span,
			`The span ${span.start}-${span.end} lies outside the text (${text.length} characters long), so it is left out.`,
		);
		return undefined;
	}
	let { start, end } = span;
	while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
	while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
	if (start === end) {
		report(span, `The ${span.type} span ${span.start}-${span.end} marks no text, so it is left out.`);
		return undefined;
	}
	if (start !== span.start || end !== span.end)
		report(
			span,
			`White space at the edge of the ${span.type} span "${clip(text.slice(start, end))}" was left outside the annotation.`,
			'notice',
		);
	if (BLANK_LINE.test(text.slice(start, end))) {
		report(
			span,
			`The ${span.type} span "${clip(text.slice(start, end))}" runs over a blank line; an annotation stays within a paragraph, so it is left out.`,
		);
		return undefined;
	}
	if (!isIdentifier(span.type)) {
		report(
			span,
			`"${span.type}" cannot be an annotation type (a letter, then letters, digits and -_:.), so the span "${clip(text.slice(start, end))}" is left out.`,
		);
		return undefined;
	}
	if (span.id !== undefined && !isIdentifier(span.id)) {
		report(span, `"${span.id}" cannot be an annotation id; it is left out.`);
		span = { ...span, id: undefined };
	}
	const pairs: (readonly [string, string])[] = [];
	for (const [key, value] of [
		...(span.ref !== undefined ? [['ref', span.ref] as const] : []),
		...(span.attributes ?? []),
	]) {
		if (!isIdentifier(key) || key === 'id' || key === 'class') {
			report(span, `"${key}" cannot be an attribute key; ${key}=${value} is left out.`);
			continue;
		}
		if (/[\r\n]/.test(value)) report(span, `The line break in ${key}=... was written as a space.`, 'notice');
		pairs.push([key, value.replace(/\r\n|[\r\n]/g, ' ')]);
	}
	const ref = pairs.find(([k]) => k === 'ref')?.[1];
	return { ...span, start, end, ref, attributes: pairs.filter(([k]) => k !== 'ref') };
}

/** The body: the text with every kept span (already sorted, nesting) as `[text]{attributes}`. */
function markUp(text: string, spans: readonly ImportedSpan[]): string {
	const out: string[] = [];
	const open: ImportedSpan[] = [];
	let at = 0;
	const closeUntil = (offset: number): void => {
		while (open.length && open[open.length - 1]!.end <= offset) {
			const span = open.pop()!;
			out.push(escapeText(text.slice(at, span.end)));
			at = span.end;
			out.push(closingMarkup(span.type, { id: span.id, ref: span.ref, attributes: span.attributes }));
		}
	};
	for (const span of spans) {
		closeUntil(span.start);
		out.push(escapeText(text.slice(at, span.start)), '[');
		at = span.start;
		open.push(span);
	}
	closeUntil(Infinity);
	out.push(escapeText(text.slice(at)));
	return out.join('');
}

/** YAML front matter for the header fields; an empty one when the text itself would read as a header. */
function headerText(header: Readonly<Record<string, unknown>> | undefined, text: string): string {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const fields = Object.entries(header ?? {}).filter(([, v]) => v !== undefined);
	if (fields.length === 0) return LOOKS_LIKE_HEADER.test(text) ? `---${eol}---${eol}` : '';
	const yaml = stringify(Object.fromEntries(fields), { lineWidth: 0 }).replace(/\n$/, '').replace(/\n/g, eol);
	return `---${eol}${yaml}${eol}---${eol}`;
}

/** Parses the result back: the text must come back exactly, every span as an annotation. */
function verify(source: string, text: string, spans: readonly ImportedSpan[], problems: ImportProblem[]): void {
	const parsed = parseNews(source);
	if (parsed.plainText !== text) {
		let i = 0;
		while (i < text.length && text[i] === parsed.plainText[i]) i++;
		const line = text.slice(0, i).split('\n').length;
		problems.push({
			line: 0,
			severity: 'error',
			message: `The text cannot be written as .news exactly: from line ${line} of the article ("${clip(text.slice(i, i + 30))}") it reads back differently (inline code in backticks or a citation @key keeps markup from being read).`,
		});
		return;
	}
	const found = new Set(parsed.annotations.map((a) => `${a.plainStart}:${a.plainEnd}:${a.type}`));
	for (const span of spans) {
		if (!found.has(`${span.start}:${span.end}:${span.type}`)) {
			problems.push({
				line: span.line ?? 0,
				severity: 'error',
				message: `The ${span.type} span "${clip(text.slice(span.start, span.end))}" does not read back as an annotation (a \`!\`, \`^\` or citation right before it changes its meaning).`,
			});
		}
	}
}

export function clip(s: string, max = 40): string {
	const flat = s.replace(/\s+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
