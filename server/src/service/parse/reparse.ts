import { changedRange } from '../text/changedRange';
import { ParsedAnnotation } from './annotation';
import { FoundSpans } from './foundSpans';
import type { HeaderParse } from './header';
import type { NewsDocument, SyntaxProblem } from './model';
import { OffsetMapBuilder } from './offsetMap';
import { isBlank, scanBody } from './paragraphScan';
import { MAX_SYNTAX_PROBLEMS, ProblemList } from './problemList';
import { DiagnosticCode } from '../diagnosticCodes';

/** The problems that the header's parse reports (parse/header.ts); the paragraphs' scan reports the others. */
const HEADER_CODES: ReadonlySet<string> = new Set([
	DiagnosticCode.FrontMatterSyntax,
	DiagnosticCode.InvalidArticleDate,
]);

/**
 * The parse of `source` from `previous`, the parse of its last version by parseNews (`head`: the header of `source`,
 * read again or taken from `previous` where it is the same): the paragraphs the edit touched are scanned again, and
 * what the others hold is taken over, moved past the edit. A paragraph's scan reads nothing outside it
 * (paragraphScan.ts), so the result is the parse of `source` alone; undefined where this cannot be told cheaply (an
 * edit in the header, a parse with more problems than it keeps), and the caller parses the whole text. A keystroke in
 * a 1 MB article is read as its paragraph, not as a megabyte.
 */
export function reparse(source: string, previous: NewsDocument, head: HeaderParse): NewsDocument | undefined {
	const { bodyStart } = head;
	const before = previous.source;
	if (previous.problemsOmitted > 0 || previous.bodyStart !== bodyStart) return undefined;
	const change = changedRange(before, source);
	if (!change) return previous;
	if (change.start < bodyStart) return undefined;
	const delta = source.length - before.length;
	// the paragraphs around the edit: from a line start after a blank line (or the body's start) to a blank line
	// whose line break is past the edit (or the end), so that both versions have them as paragraph breaks
	const from = paragraphStart(source, change.start, bodyStart);
	const to = paragraphEnd(source, change.afterEnd);
	const oldTo = to - delta;

	const spans = new FoundSpans(16);
	const markup = new Uint8Array(to - from);
	const found = new ProblemList([]);
	scanBody(source, from, to, { spans, markup, markupFrom: from, problems: found });
	// the header's problems are the new header's (a dateline or no header is read again each time, cheaply; an
	// unclosed front matter is no header, and its problem is in the body)
	const body = previous.problems.filter((p) => !HEADER_CODES.has(p.code));
	const kept = body.filter((p) => p.range.start < from);
	const later = body.filter((p) => p.range.start >= oldTo);
	const count = head.problems.length + kept.length + found.found.length + later.length;
	if (found.omitted > 0 || count > MAX_SYNTAX_PROBLEMS) return undefined;

	const runs = new OffsetMapBuilder();
	previous.offsets.copyRuns(runs, bodyStart, from, 0);
	runs.addMarkupRuns(markup, from);
	previous.offsets.copyRuns(runs, oldTo, before.length, delta);
	const offsets = runs.build();
	const plainFrom = previous.offsets.toPlain(from);
	const oldPlainTo = previous.offsets.toPlain(oldTo);
	const plainTo = offsets.toPlain(to);
	const plainBy = plainTo - oldPlainTo;

	const old = previous.annotations;
	let first = 0;
	while (first < old.length && old[first]!.range.start < from) first++;
	let next = first;
	while (next < old.length && old[next]!.range.start < oldTo) next++;
	const region = spans.toAnnotations(source, offsets, offsets.plainSlice(source, plainFrom, plainTo), first, plainFrom);
	const indexBy = region.length - (next - first);
	const annotations = new Array<ParsedAnnotation>(old.length + indexBy);
	for (let k = 0; k < first; k++) {
		const a = old[k];
		if (!(a instanceof ParsedAnnotation)) return undefined;
		annotations[k] = a.adopt(source);
	}
	for (let k = 0; k < region.length; k++) annotations[first + k] = region[k]!;
	for (let k = next; k < old.length; k++) {
		const a = old[k];
		if (!(a instanceof ParsedAnnotation)) return undefined;
		annotations[k + indexBy] = a.moved(source, delta, plainBy, indexBy);
	}

	const problems: SyntaxProblem[] = [...head.problems, ...kept, ...found.found];
	for (const p of later)
		problems.push({
			code: p.code,
			range: { start: p.range.start + delta, end: p.range.end + delta },
			message: p.message,
		});
	// in source order, as the whole parse sorts them (a stable sort: the header's first where two start at once)
	problems.sort((a, b) => a.range.start - b.range.start);
	// The plain text is made when first asked for, from this version alone: many a keystroke reads none of it, and a
	// text spliced from the last one's would be a rope that V8 copies whole (a millisecond a megabyte) at its first
	// read; made from the source's runs, a raw article's is a slice of the source, no copy.
	let plainText: string | undefined;
	return {
		source,
		header: head.header,
		bodyStart,
		get plainText(): string {
			return (plainText ??= offsets.plainText(source));
		},
		annotations,
		problems,
		problemsOmitted: 0,
		offsets,
	};
}

/** The start of the paragraph that holds `at`: the first line after the blank line before it, or the body's start. */
function paragraphStart(source: string, at: number, bodyStart: number): number {
	let lineStart = Math.max(bodyStart, lineStartOf(source, at));
	while (lineStart > bodyStart) {
		const previousEnd = lineStart - 1;
		const previousStart = Math.max(bodyStart, lineStartOf(source, previousEnd));
		if (isBlank(source, previousStart, previousEnd)) return lineStart;
		lineStart = previousStart;
	}
	return bodyStart;
}

/** Where the first blank line after `at` starts, counting only lines whose line break before them is at or after `at`; the end if none. */
function paragraphEnd(source: string, at: number): number {
	for (let nl = source.indexOf('\n', at); nl >= 0;) {
		const lineStart = nl + 1;
		const next = source.indexOf('\n', lineStart);
		if (isBlank(source, lineStart, next < 0 ? source.length : next)) return lineStart;
		nl = next;
	}
	return source.length;
}

/** Where the line that holds `at` starts (`lastIndexOf` would find a line break at 0 from -1). */
const lineStartOf = (source: string, at: number): number => (at <= 0 ? 0 : source.lastIndexOf('\n', at - 1) + 1);
