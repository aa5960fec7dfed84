import { importJsonl, type RowReader, type RowSpan } from './jsonlImport';
import type { ImportedArticle, ImportProblem } from './model';

/**
 * doccano JSONL: `label` (or `labels`) as `[[start, end, "TYPE"]]`, or `entities` as
 * `[{"start_offset", "end_offset", "label"}]` (doccano's newer export).
 */
const readDoccano: RowReader = (row) => {
	const spans: RowSpan[] = [];
	const list = row.label ?? row.labels ?? row.entities ?? [];
	if (!Array.isArray(list))
		return { skip: 'Its "label" is no list of [start, end, "TYPE"]: left out.', severity: 'error' };
	for (const item of list) {
		if (Array.isArray(item) && item.length >= 3 && typeof item[2] === 'string')
			spans.push({ start: Number(item[0]), end: Number(item[1]), label: item[2] });
		else if (item && typeof item === 'object' && 'start_offset' in item && typeof item.label === 'string')
			spans.push({ start: Number(item.start_offset), end: Number(item.end_offset), label: item.label });
		else if (typeof item === 'string')
			continue; // a text-classification label: not a span
		else
			return {
				skip: `The label ${JSON.stringify(item)} is no [start, end, "TYPE"]: this line is left out.`,
				severity: 'error',
			};
	}
	return { spans };
};

export function importDoccano(
	name: string,
	content: string,
): { articles: ImportedArticle[]; problems: ImportProblem[] } {
	return importJsonl(name, content, readDoccano);
}
