import type { FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsDocument } from '../parse/model';

/** The front matter folds, as in Markdown. */
export function provideFoldingRanges(document: TextDocument, parsed: NewsDocument): FoldingRange[] {
	const { header } = parsed;
	if (header.kind !== 'front-matter') return [];
	const startLine = document.positionAt(header.range.start).line;
	const endLine = document.positionAt(Math.max(header.range.start, header.range.end - 1)).line;
	return endLine > startLine ? [{ startLine, endLine }] : [];
}
