import { CodePointOffsets } from './codePoints';
import { attributeLosses, headerObject, typedAnnotations } from './exportable';
import type { ArticleExport, ExportInput, Loss } from './model';

const FORMAT = 'doccano';

/**
 * doccano JSONL (sequence labeling): one line per article, `{"text", "label": [[start, end, TYPE]], "meta"}` with
 * offsets in code points, as Python (doccano) counts characters. Nested spans are kept (doccano reads them in a
 * project that allows overlapping spans); refs, values and other attributes are not carried. The header goes into
 * `meta`, with the article's name as `meta.file`.
 */
export function exportDoccano(input: ExportInput): ArticleExport {
	const { document } = input;
	const losses: Loss[] = [];
	const points = new CodePointOffsets(document.plainText);
	const label: [number, number, string][] = [];
	for (const a of typedAnnotations(document, losses, FORMAT)) {
		label.push([points.toCodePoints(a.plainStart), points.toCodePoints(a.plainEnd), a.type!]);
		attributeLosses(a, losses, FORMAT);
	}
	const line = JSON.stringify({
		text: document.plainText,
		label,
		meta: { file: input.name, ...headerObject(document) },
	});
	return { files: [{ path: `${input.name}.jsonl`, text: line + '\n' }], losses };
}
