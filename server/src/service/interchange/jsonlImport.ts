import { CodePointOffsets } from './codePoints';
import { typeForLabel } from './labels';
import type { ImportedArticle, ImportedSpan, ImportProblem } from './model';

/** A span as a JSONL row gives it: code-point offsets (Python's), and the text it says it covers, if any. */
export interface RowSpan {
	readonly start: number;
	readonly end: number;
	readonly label: string;
	readonly text?: string;
}

/** What a format reads from one row: its spans, or why the row is skipped. */
export type RowReader = (
	row: Record<string, unknown>,
) => { readonly spans: readonly RowSpan[] } | { readonly skip: string; readonly severity: 'error' | 'notice' };

/**
 * Reads JSONL with one article a line (`text` and spans; `meta` becomes the header): every line an article, named
 * by `meta.file`, else `id`, else NAME-LINE. Offsets count code points, as Python does; when a span carries its
 * text and only UTF-16 offsets give it, they are read as UTF-16.
 */
export function importJsonl(
	name: string,
	content: string,
	read: RowReader,
): { articles: ImportedArticle[]; problems: ImportProblem[] } {
	const articles: ImportedArticle[] = [];
	const problems: ImportProblem[] = [];
	const names = new Set<string>();
	content.split('\n').forEach((raw, index) => {
		const line = index + 1;
		if (!raw.trim()) return;
		let row: unknown;
		try {
			row = JSON.parse(raw);
		} catch {
			problems.push({
				line,
				severity: 'error',
				message: 'This line is not JSON: expected one {"text", ...} object a line.',
			});
			return;
		}
		if (!row || typeof row !== 'object' || typeof (row as { text?: unknown }).text !== 'string') {
			problems.push({
				line,
				severity: 'error',
				message: 'This line has no "text" string, so it is no article: left out.',
			});
			return;
		}
		const object = row as Record<string, unknown>;
		const text = object.text as string;
		const result = read(object);
		if ('skip' in result) {
			problems.push({ line, severity: result.severity, message: result.skip });
			return;
		}
		const articleProblems: ImportProblem[] = [];
		const spans = toSpans(text, result.spans, line, articleProblems);
		const meta =
			object.meta && typeof object.meta === 'object' && !Array.isArray(object.meta)
				? { ...(object.meta as Record<string, unknown>) }
				: {};
		const file = typeof meta.file === 'string' ? meta.file : undefined;
		delete meta.file;
		const id = typeof object.id === 'string' || typeof object.id === 'number' ? String(object.id) : undefined;
		let base = (file ?? (id !== undefined ? `${name}-${id}` : `${name}-${line}`)).replace(/\.news$/, '');
		if (names.has(base)) base = `${base}-${line}`;
		names.add(base);
		articles.push({ name: base, text, spans, header: meta, problems: articleProblems });
	});
	return { articles, problems };
}

function toSpans(text: string, given: readonly RowSpan[], line: number, problems: ImportProblem[]): ImportedSpan[] {
	const points = new CodePointOffsets(text);
	const asCodePoints = (s: RowSpan): [number, number] => [points.toUtf16(s.start), points.toUtf16(s.end)];
	// Spans that carry their text tell which counting the file uses; JavaScript tools write UTF-16 offsets.
	const utf16 =
		points.length !== text.length &&
		given.some((s) => s.text !== undefined) &&
		given.every((s) => s.text === undefined || text.slice(s.start, s.end) === s.text) &&
		given.some((s) => s.text !== undefined && text.slice(...asCodePoints(s)) !== s.text);
	if (utf16)
		problems.push({
			line,
			severity: 'notice',
			message: 'The span offsets count UTF-16 units (not characters, as Python does): read as such.',
		});
	const renamed = new Map<string, string>();
	const spans: ImportedSpan[] = [];
	for (const s of given) {
		if (
			!Number.isInteger(s.start) ||
			!Number.isInteger(s.end) ||
			s.start < 0 ||
			s.end < s.start ||
			s.end > (utf16 ? text.length : points.length)
		) {
			problems.push({
				line,
				severity: 'error',
				message: `The span [${s.start}, ${s.end}, ${JSON.stringify(s.label)}] lies outside the text: left out.`,
			});
			continue;
		}
		const [start, end] = utf16 ? [s.start, s.end] : asCodePoints(s);
		const type = typeForLabel(s.label);
		if (type !== s.label) renamed.set(s.label, type);
		spans.push({ start, end, type, line });
	}
	for (const [from, to] of renamed)
		problems.push({ line, severity: 'notice', message: `label ${from} is written as .${to}.` });
	return spans;
}
