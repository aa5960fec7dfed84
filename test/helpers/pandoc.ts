/**
 * Pandoc as a reference parser (docs/format.md, annotations): runs `pandoc -f markdown -t json` and collects every `Span` of the
 * body, so tests can compare them with the annotations of our parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import type { NewsDocument } from '../../server/src/service/parse/model';

/** A span as both parsers can describe it. */
export interface SpanSummary {
	readonly classes: readonly string[];
	readonly id: string;
	readonly attributes: readonly (readonly [string, string])[];
	/** The text, normalised by {@link normaliseText}. */
	readonly text: string;
}

export const PANDOC = process.env['PANDOC'] ?? 'pandoc';

/** The first line of `pandoc --version`, or undefined when pandoc cannot be run. */
export function pandocVersion(): string | undefined {
	const r = spawnSync(PANDOC, ['--version'], { encoding: 'utf8' });
	if (r.error || r.status !== 0) return undefined;
	return r.stdout.split('\n')[0];
}

export type PandocResult =
	| { readonly ok: true; readonly ast: PandocAst }
	| { readonly ok: false; readonly status: number | null; readonly stderr: string };

interface PandocAst {
	readonly blocks: unknown[];
	readonly meta: unknown;
}

/** Runs pandoc on a file (`path`) or on text given on stdin (`input`). Never throws for a pandoc error. */
export function runPandoc(arg: { path: string } | { input: string }): PandocResult {
	const args = ['-f', 'markdown', '-t', 'json'];
	try {
		const out =
			'path' in arg
				? execFileSync(PANDOC, [...args, arg.path], {
						encoding: 'utf8',
						stdio: ['ignore', 'pipe', 'pipe'],
						maxBuffer: 64 << 20,
					})
				: execFileSync(PANDOC, args, {
						encoding: 'utf8',
						input: arg.input,
						stdio: ['pipe', 'pipe', 'pipe'],
						maxBuffer: 64 << 20,
					});
		return { ok: true, ast: JSON.parse(out) as PandocAst };
	} catch (e) {
		const err = e as { status?: number | null; stderr?: string | Buffer; code?: string };
		if (err.code === 'ENOENT') throw e;
		return { ok: false, status: err.status ?? null, stderr: String(err.stderr ?? '') };
	}
}

interface Node {
	readonly t: string;
	readonly c?: unknown;
}

const isNode = (x: unknown): x is Node =>
	typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Node).t === 'string';

/** Every Span in the body (not the metadata), in document order, an enclosing span before the spans it holds. */
export function pandocSpans(ast: PandocAst): SpanSummary[] {
	const spans: SpanSummary[] = [];
	const walk = (x: unknown): void => {
		if (Array.isArray(x)) {
			for (const item of x) walk(item);
			return;
		}
		if (!isNode(x)) {
			if (typeof x === 'object' && x !== null) for (const v of Object.values(x)) walk(v);
			return;
		}
		if (x.t === 'Span') {
			const [[id, classes, kvs], inlines] = x.c as [[string, string[], [string, string][]], unknown[]];
			spans.push({
				classes,
				id,
				attributes: kvs.map(([k, v]) => [k, v] as const),
				text: normaliseText(stringify(inlines)),
			});
			walk(inlines);
			return;
		}
		if (x.t === 'Cite') {
			// The citations' prefixes and suffixes hold the parsed inlines; the Cite's own inlines are its raw text.
			const [citations] = x.c as [unknown[], unknown[]];
			walk(citations);
			return;
		}
		walk(x.c);
	};
	walk(ast.blocks);
	return spans;
}

/** The text of inlines, close to the source: quotes as straight quotes, markup dropped. */
export function stringify(x: unknown): string {
	if (Array.isArray(x)) return x.map(stringify).join('');
	if (!isNode(x)) return '';
	const c = x.c as unknown;
	switch (x.t) {
		case 'Str':
			return c as string;
		case 'Space':
		case 'SoftBreak':
		case 'LineBreak':
			return ' ';
		case 'Quoted': {
			const [kind, inlines] = c as [Node, unknown[]];
			const q = kind.t === 'SingleQuote' ? "'" : '"';
			return q + stringify(inlines) + q;
		}
		case 'Code':
			return '`' + (c as [unknown, string])[1] + '`';
		case 'Math':
			return '$' + (c as [unknown, string])[1] + '$';
		case 'RawInline':
			return (c as [string, string])[1];
		case 'Cite':
			return stringify((c as [unknown, unknown[]])[1]);
		case 'Link':
		case 'Image':
			return stringify((c as [unknown, unknown[], unknown])[1]);
		case 'Span':
			return stringify((c as [unknown, unknown[]])[1]);
		case 'Note':
			return '';
		default:
			// Emph, Strong, Underline, Strikeout, Superscript, Subscript, SmallCaps: their content.
			return stringify(c);
	}
}

/**
 * Makes the two parsers' texts comparable: Pandoc's smart punctuation back to what was typed (curly quotes to straight,
 * dashes to `--`/`---`, the ellipsis to `...`), and white space runs to one space, trimmed.
 */
export function normaliseText(s: string): string {
	return s
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\u2014/g, '---')
		.replace(/\u2013/g, '--')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Our parser's annotations, described as Pandoc describes spans. */
export function ourSpans(doc: NewsDocument): SpanSummary[] {
	return doc.annotations.map((a) => ({
		classes: a.classes.map((c) => c.name),
		id: a.id ?? '',
		attributes: a.attributes.map((x) => [x.key, x.value] as const),
		text: normaliseText(a.text),
	}));
}

export function formatSpan(s: SpanSummary): string {
	const attrs = [
		s.id ? `#${s.id}` : '',
		...s.classes.map((c) => `.${c}`),
		...s.attributes.map(([k, v]) => `${k}=${JSON.stringify(v)}`),
	]
		.filter(Boolean)
		.join(' ');
	return `[${s.text}]{${attrs}}`;
}

const sameSpan = (a: SpanSummary, b: SpanSummary): boolean => formatSpan(a) === formatSpan(b);

/**
 * A readable line diff of two span lists (longest common subsequence): `  ` both, `- ` ours only, `+ ` pandoc only.
 * Returns undefined when the lists agree.
 */
export function diffSpans(ours: readonly SpanSummary[], pandoc: readonly SpanSummary[]): string | undefined {
	const n = ours.length;
	const m = pandoc.length;
	const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i]![j] = sameSpan(ours[i]!, pandoc[j]!)
				? lcs[i + 1]![j + 1]! + 1
				: Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	if (lcs[0]![0] === n && n === m) return undefined;
	const lines: string[] = ['- only in our parser, + only in pandoc:'];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && sameSpan(ours[i]!, pandoc[j]!)) {
			lines.push(`  ${formatSpan(ours[i]!)}`);
			i++;
			j++;
		} else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
			lines.push(`+ ${formatSpan(pandoc[j]!)}`);
			j++;
		} else {
			lines.push(`- ${formatSpan(ours[i]!)}`);
			i++;
		}
	}
	return lines.join('\n');
}
