import { FoundSpans } from './foundSpans';
import { parseHeader, type HeaderParse } from './header';
import type { NewsDocument } from './model';
import { OffsetMap } from './offsetMap';
import { scanBody } from './paragraphScan';
import { ProblemList } from './problemList';
import { reparse } from './reparse';

/**
 * Parses a `.news` file (docs/format.md) in one linear pass over its body, paragraph by paragraph. Broken markup
 * becomes a problem and plain text; it never hides the annotations around it. `previous`: the parse of the last
 * version (by this function), whose header is taken as it is when the text up to the body is the same (an edit of
 * the body does not read the YAML again), and whose paragraphs the edit did not touch are taken over (reparse.ts).
 */
export function parseNews(source: string, previous?: NewsDocument): NewsDocument {
	const head = sameHeader(source, previous) ?? parseHeader(source);
	const edited = previous ? reparse(source, previous, head) : undefined;
	if (edited) return edited;
	const { header, bodyStart, problems: headerProblems } = head;
	const problems = new ProblemList(headerProblems);
	const spans = new FoundSpans(count(source, ']{', bodyStart));
	const markup = new Uint8Array(source.length);
	scanBody(source, bodyStart, source.length, { spans, markup, markupFrom: 0, problems });

	const offsets = OffsetMap.fromMarkup(markup, bodyStart);
	const plainText = offsets.plainText(source);
	const annotations = spans.toAnnotations(source, offsets, plainText);
	const found = problems.found.sort((a, b) => a.range.start - b.range.start);
	return {
		source,
		header,
		bodyStart,
		plainText,
		annotations,
		problems: found,
		problemsOmitted: problems.omitted,
		offsets,
	};
}

/** The header of `previous`, if `source` begins with the same front matter (the header reads nothing past it). */
function sameHeader(source: string, previous: NewsDocument | undefined): HeaderParse | undefined {
	if (previous?.header.kind !== 'front-matter') return undefined;
	const { bodyStart } = previous;
	// (a closing line without its line break, at the end of the text, would read on into what is typed after it)
	if (previous.source.charCodeAt(bodyStart - 1) !== 0x0a) return undefined;
	if (source.length < bodyStart || !source.startsWith(previous.source.slice(0, bodyStart))) return undefined;
	// the parse puts the header's problems first, and every problem of the body starts in the body
	return { header: previous.header, bodyStart, problems: previous.problems.filter((p) => p.range.start < bodyStart) };
}

/** How many times `what` occurs in `text` from `from` on. */
function count(text: string, what: string, from: number): number {
	let n = 0;
	for (let at = text.indexOf(what, from); at >= 0; at = text.indexOf(what, at + what.length)) n++;
	return n;
}
