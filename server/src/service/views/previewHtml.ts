import type { EntityGroup, EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { resolveDate } from '../recognize/dates';
import type { Suggestion } from '../recognize/suggestions';
import { escapeHtml } from './escapeHtml';
import { LineIndex } from './lineIndex';

/** What the preview shows besides the article itself. */
export interface PreviewInputs {
	readonly types: EntityTypes;
	/** Shown apart from annotations (dotted underline). */
	readonly suggestions: readonly Suggestion[];
	/** The knowledge-base name of a ref, for the tooltip. */
	readonly knowledgeName: (ref: string) => string | undefined;
}

export interface PreviewHtml {
	readonly title: string;
	readonly html: string;
	readonly lineCount: number;
}

/** A span of the preview in plain-text offsets, with its opening tag. */
interface Span {
	readonly start: number;
	readonly end: number;
	readonly open: string;
	readonly group: EntityGroup | 'unknown';
	readonly label: string;
	readonly suggested: boolean;
}

/** Legend order: the built-in groups, then the custom and unknown types. */
const GROUP_ORDER: readonly (EntityGroup | 'unknown')[] = [
	'person',
	'org',
	'place',
	'date',
	'role',
	'custom',
	'unknown',
];
const HEADER_META = ['date', 'source', 'place'] as const;
/** A blank line (or more) between paragraphs, CRLF included. */
const PARAGRAPH_BREAK = /(?:[ \t\r]*\n){2,}/g;

/**
 * The article preview (Attache: Open Preview): the article without markup, as escaped HTML. The header becomes a title
 * block, each paragraph a `<p>`; every block carries its source line as `data-line` (the scroll sync), every entity
 * its type as a class, its source offsets as `data-start`/`data-end` (a click selects it in the editor), and its
 * value, ref and knowledge-base name as a tooltip. Suggestions are spans of their own class. Nested annotations nest;
 * a suggestion that would cross an annotation is left out, so the tags always nest.
 */
export function previewHtml(parsed: NewsDocument, inputs: PreviewInputs): PreviewHtml {
	const lines = new LineIndex(parsed.source);
	const out: string[] = [];
	const title = headerText(parsed, 'title');
	out.push(titleBlock(parsed, title));
	const spans = nestedSpans(parsed, inputs);
	const paragraphs = renderParagraphs(parsed, spans, lines, out);
	if (paragraphs === 0)
		out.push(`<p class="empty" data-line="${lines.lineOf(parsed.bodyStart)}">This article has no text yet.</p>`);
	out.push(legend(spans));
	return { title, html: out.join(''), lineCount: lines.count };
}

function headerText(parsed: NewsDocument, key: string): string {
	const field = parsed.header.fields.find((f) => f.key === key);
	if (field === undefined || field.value === null || field.value === undefined) return '';
	return typeof field.value === 'object' ? JSON.stringify(field.value) : String(field.value);
}

function titleBlock(parsed: NewsDocument, title: string): string {
	const meta: string[] = [];
	for (const key of HEADER_META) {
		const value = key === 'date' ? (parsed.header.date?.raw ?? headerText(parsed, key)) : headerText(parsed, key);
		if (value) meta.push(`<span class="meta-${key}">${escapeHtml(value)}</span>`);
	}
	if (!title && meta.length === 0) return '';
	const heading = title ? `<h1>${escapeHtml(title)}</h1>` : '';
	const details = meta.length ? `<p class="meta">${meta.join('<span class="meta-sep"> · </span>')}</p>` : '';
	return `<header class="article-header" data-line="0">${heading}${details}</header>`;
}

/** Annotations and suggestions, sorted so that an enclosing span comes before what it holds, crossing ones dropped. */
function nestedSpans(parsed: NewsDocument, inputs: PreviewInputs): Span[] {
	const candidates: Span[] = [];
	const { offsets } = parsed;
	for (const a of parsed.annotations) {
		if (a.plainEnd <= a.plainStart) continue;
		const info = inputs.types.get(a.type);
		const group = info?.group ?? 'unknown';
		const label = info?.label ?? a.type ?? 'annotation';
		// A date without `value`: the value its words resolve to, marked with `?` as the inlay hint does.
		const resolved =
			a.type === 'date' && a.value === undefined ? resolveDate(a.text, parsed.header.date?.day) : undefined;
		const tip = tooltip(label, a.ref, a.value ?? (resolved === undefined ? undefined : `${resolved}?`), inputs);
		const start = offsets.toSource(a.plainStart);
		const end = offsets.toSource(a.plainEnd, 'left');
		candidates.push({
			start: a.plainStart,
			end: a.plainEnd,
			group,
			label,
			suggested: false,
			open: `<span class="entity type-${group}" data-type="${escapeHtml(a.type ?? '')}" data-start="${start}" data-end="${end}" title="${escapeHtml(tip)}">`,
		});
	}
	for (const s of inputs.suggestions) {
		if (s.plainEnd <= s.plainStart) continue;
		const info = inputs.types.get(s.type);
		const group = info?.group ?? 'unknown';
		const label = info?.label ?? s.type;
		const tip = `Suggested: ${tooltip(label, s.ref, s.value, inputs)}`;
		candidates.push({
			start: s.plainStart,
			end: s.plainEnd,
			group,
			label,
			suggested: true,
			open: `<span class="entity suggestion type-${group}" data-type="${s.type}" data-start="${s.range.start}" data-end="${s.range.end}" title="${escapeHtml(tip)}">`,
		});
	}
	// Enclosing first; at equal extent the annotation first (a suggestion never lies exactly on one, but be safe).
	candidates.sort((x, y) => x.start - y.start || y.end - x.end || Number(x.suggested) - Number(y.suggested));
	const accepted: Span[] = [];
	const stack: Span[] = [];
	for (const s of candidates) {
		while (stack.length && stack[stack.length - 1]!.end <= s.start) stack.pop();
		const top = stack[stack.length - 1];
		if (top && s.end > top.end) continue;
		accepted.push(s);
		stack.push(s);
	}
	return accepted;
}

function tooltip(label: string, ref: string | undefined, value: string | undefined, inputs: PreviewInputs): string {
	const parts = [label.charAt(0).toUpperCase() + label.slice(1)];
	if (value) parts.push(`value ${value}`);
	if (ref) {
		const name = inputs.knowledgeName(ref);
		parts.push(name ? `ref ${ref} (${name})` : `ref ${ref}`);
	}
	return parts.join(' · ');
}

/** Appends a `<p>` per paragraph of the plain text; a span across a paragraph break is closed and opened again. */
function renderParagraphs(parsed: NewsDocument, spans: readonly Span[], lines: LineIndex, out: string[]): number {
	const plain = parsed.plainText;
	const stack: Span[] = [];
	let next = 0;
	let count = 0;
	const paragraph = (from: number, to: number): void => {
		while (from < to && isSpace(plain.charCodeAt(from))) from++;
		while (to > from && isSpace(plain.charCodeAt(to - 1))) to--;
		if (to <= from) return;
		count++;
		while (stack.length && stack[stack.length - 1]!.end <= from) stack.pop();
		// Spans that begin in the blank lines before the paragraph (only white space: none in practice).
		while (next < spans.length && spans[next]!.start < from) {
			while (stack.length && stack[stack.length - 1]!.end <= spans[next]!.start) stack.pop();
			if (spans[next]!.end > from) stack.push(spans[next]!);
			next++;
		}
		out.push(`<p data-line="${lines.lineOf(parsed.offsets.toSource(from))}">`);
		for (const s of stack) out.push(s.open);
		let pos = from;
		for (;;) {
			const top = stack[stack.length - 1];
			const close = top ? top.end : Infinity;
			const open = next < spans.length ? spans[next]!.start : Infinity;
			const at = Math.min(close, open, to);
			if (at > pos) out.push(escapeHtml(plain.slice(pos, at)));
			pos = at;
			if (close <= open && close <= to) {
				out.push('</span>');
				stack.pop();
			} else if (open < to) {
				out.push(spans[next]!.open);
				stack.push(spans[next]!);
				next++;
			} else break;
		}
		for (let i = 0; i < stack.length; i++) out.push('</span>');
		out.push('</p>');
	};
	let from = 0;
	PARAGRAPH_BREAK.lastIndex = 0;
	for (let m = PARAGRAPH_BREAK.exec(plain); m; m = PARAGRAPH_BREAK.exec(plain)) {
		paragraph(from, m.index);
		from = m.index + m[0].length;
	}
	paragraph(from, plain.length);
	return count;
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The types present, in a fixed order, then suggestions if any. */
function legend(spans: readonly Span[]): string {
	const seen = new Map<string, Span>();
	let suggested = false;
	for (const s of spans) {
		if (s.suggested) suggested = true;
		else if (!seen.has(s.label)) seen.set(s.label, s);
	}
	if (seen.size === 0 && !suggested) return '';
	const items = [...seen.values()].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
	const html = items.map((s) => `<li class="legend-item type-${s.group}">${escapeHtml(s.label)}</li>`);
	if (suggested) html.push('<li class="legend-item suggestion">suggested</li>');
	return `<footer class="legend" aria-label="Entity types"><ul>${html.join('')}</ul></footer>`;
}
