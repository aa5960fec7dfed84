import { isMap, isScalar, parseDocument } from 'yaml';
import { DiagnosticCode } from '../diagnosticCodes';
import type { ArticleDate, Header, HeaderField, OffsetRange, SyntaxProblem } from './model';
import { isCalendarDay } from '../../shared/timex';

export interface HeaderParse {
	readonly header: Header;
	readonly bodyStart: number;
	readonly problems: readonly SyntaxProblem[];
}

const NO_HEADER: Header = { kind: 'none', range: { start: 0, end: 0 }, fields: [], date: undefined };
const DATELINE = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads the header (docs/format.md, the header): YAML front matter, a bare `date YYYY-MM-DD` dateline, or none. */
export function parseHeader(source: string): HeaderParse {
	const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
	const firstLineEnd = lineEnd(source, start);
	if (source.slice(start, firstLineEnd.contentEnd).trimEnd() === '---')
		return parseFrontMatter(source, start, firstLineEnd.next);

	const dateline = DATELINE.exec(source.slice(start));
	if (dateline) {
		const raw = dateline[1]!;
		const keyStart = start + dateline[0].indexOf('date');
		const dateStart = start + dateline[0].indexOf(raw, keyStart - start + 4);
		const range = { start: dateStart, end: dateStart + raw.length };
		const bodyStart = start + dateline[0].length;
		const problems: SyntaxProblem[] = [];
		const date = articleDate(raw, range, problems);
		const field: HeaderField = {
			key: 'date',
			value: raw,
			keyRange: { start: keyStart, end: keyStart + 4 },
			valueRange: range,
		};
		return {
			header: { kind: 'dateline', range: { start, end: range.end }, fields: [field], date },
			bodyStart,
			problems,
		};
	}
	return { header: NO_HEADER, bodyStart: start, problems: [] };
}

function parseFrontMatter(source: string, start: number, contentStart: number): HeaderParse {
	let pos = contentStart;
	let closing: { start: number; next: number } | undefined;
	while (pos < source.length) {
		const line = lineEnd(source, pos);
		const content = source.slice(pos, line.contentEnd).trimEnd();
		if (content === '---' || content === '...') {
			closing = { start: pos, next: line.next };
			break;
		}
		pos = line.next;
	}
	if (!closing) {
		return {
			header: NO_HEADER,
			bodyStart: start,
			problems: [
				{
					code: DiagnosticCode.FrontMatterSyntax,
					range: { start, end: lineEnd(source, start).contentEnd },
					message: 'The header is not closed: add a line `---` after its last `key: value` line.',
				},
			],
		};
	}

	const problems: SyntaxProblem[] = [];
	const yamlText = source.slice(contentStart, closing.start);
	const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: false });
	// The YAML library places errors of unterminated constructs at the end of the text, which is the closing `---`:
	// keep them on the last character of the YAML itself.
	const yamlEnd = yamlText.trimEnd().length;
	for (const error of doc.errors) {
		let [a, b] = error.pos;
		if (a >= yamlEnd && yamlEnd > 0) [a, b] = [yamlEnd - 1, yamlEnd];
		problems.push({
			code: DiagnosticCode.FrontMatterSyntax,
			range: { start: contentStart + a, end: contentStart + Math.max(b, a + 1) },
			message: `The header is not valid YAML: ${firstLine(error.message)}. Write one \`key: value\` per line.`,
		});
	}

	const fields: HeaderField[] = [];
	let date: ArticleDate | undefined;
	const contents = doc.errors.length ? undefined : doc.contents;
	if (contents && !isMap(contents)) {
		const r = contents.range ?? [0, yamlText.length];
		problems.push({
			code: DiagnosticCode.FrontMatterSyntax,
			range: { start: contentStart + r[0], end: contentStart + r[1] },
			message: 'The header must be a list of `key: value` lines, such as `date: 2025-01-22`.',
		});
	} else if (contents) {
		for (const pair of contents.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
			const keyRange = rangeOf(pair.key, contentStart) ?? { start: contentStart, end: contentStart };
			const valueRange = rangeOf(pair.value, contentStart);
			const value = isScalar(pair.value)
				? pair.value.value
				: ((pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null);
			fields.push({ key, value, keyRange, valueRange });
			if (key === 'date') {
				const raw = isScalar(pair.value) ? (pair.value.source ?? String(pair.value.value)) : '';
				date = articleDate(String(raw), valueRange ?? keyRange, problems);
			}
		}
	}
	return {
		header: { kind: 'front-matter', range: { start, end: closing.next }, fields, date },
		bodyStart: closing.next,
		problems,
	};
}

function articleDate(raw: string, range: OffsetRange, problems: SyntaxProblem[]): ArticleDate | undefined {
	const m = ISO_DATE_TIME.exec(raw.trim());
	if (m && isCalendarDay(+m[1]!, +m[2]!, +m[3]!)) return { day: `${m[1]}-${m[2]}-${m[3]}`, raw: raw.trim(), range };
	problems.push({
		code: DiagnosticCode.InvalidArticleDate,
		range,
		message: `The article date \`${raw}\` is not a date: write it as YYYY-MM-DD, for example \`date: 2025-01-22\`.`,
	});
	return undefined;
}

function rangeOf(node: unknown, base: number): OffsetRange | undefined {
	const r = (node as { range?: [number, number, number] } | null)?.range;
	return r ? { start: base + r[0], end: base + r[1] } : undefined;
}

function lineEnd(text: string, from: number): { contentEnd: number; next: number } {
	const nl = text.indexOf('\n', from);
	if (nl < 0) return { contentEnd: text.length, next: text.length };
	return { contentEnd: nl > from && text[nl - 1] === '\r' ? nl - 1 : nl, next: nl + 1 };
}

function firstLine(s: string): string {
	return s
		.split('\n')[0]!
		.replace(/\s+at line \d+, column \d+:?$/, '')
		.replace(/\.$/, '');
}
