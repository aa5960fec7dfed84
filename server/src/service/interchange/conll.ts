import { attributeLosses, headerLoss, outerLayer, typedAnnotations } from './exportable';
import type { ArticleExport, ExportInput, Loss } from './model';
import { splitSentences, tokenize } from './tokens';

const FORMAT = 'CoNLL';
export const DOCSTART = '-DOCSTART-';

/**
 * CoNLL-2003 BIO: `-DOCSTART-` before each article, then one `token TAB tag` line per token (`B-person`, `I-person`,
 * `O`) and a blank line after each sentence. The format holds one layer of spans: an annotation inside another is
 * reported as lost, and so are refs, values and attributes. Articles are joined into one file.
 */
export function exportConll(input: ExportInput): ArticleExport {
	const { document } = input;
	const text = document.plainText;
	const losses: Loss[] = [];
	headerLoss(document, losses, FORMAT);
	const typed = typedAnnotations(document, losses, FORMAT);
	for (const a of typed) attributeLosses(a, losses, FORMAT);
	const spans = outerLayer(document, typed, losses, FORMAT);
	const tokens = tokenize(
		text,
		spans.flatMap((a) => [a.plainStart, a.plainEnd]),
	);
	// The outer layer neither nests nor overlaps: the last span starting before a gap is the only one that can hold it.
	const inSpan = (end: number, start: number): boolean => {
		let lo = 0;
		let hi = spans.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (spans[mid]!.plainStart < end) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 && spans[lo - 1]!.plainEnd > start;
	};
	const lines = [`${DOCSTART}\tO`, ''];
	let k = 0;
	for (const sentence of splitSentences(text, tokens, inSpan)) {
		for (const token of sentence) {
			while (k < spans.length && spans[k]!.plainEnd <= token.start) k++;
			const span = spans[k];
			const tag =
				span && span.plainStart <= token.start && token.end <= span.plainEnd
					? `${span.plainStart === token.start ? 'B' : 'I'}-${span.type}`
					: 'O';
			lines.push(`${token.text}\t${tag}`);
		}
		lines.push('');
	}
	return { files: [{ path: `${input.name}.conll`, text: lines.join('\n') + '\n' }], losses };
}
