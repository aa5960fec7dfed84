import { importJsonl, type RowReader, type RowSpan } from './jsonlImport';
import type { ImportedArticle, ImportProblem } from './model';

/** Prodigy / spaCy JSONL: `spans` as `[{"start", "end", "label"}]`; rejected and ignored answers are skipped. */
const readProdigy: RowReader = (row) => {
	if (row.answer === 'reject' || row.answer === 'ignore')
		return { skip: `This task was answered "${row.answer}" in Prodigy: left out.`, severity: 'notice' };
	const list = row.spans ?? [];
	if (!Array.isArray(list))
		return { skip: 'Its "spans" is no list of {start, end, label}: left out.', severity: 'error' };
	const spans: RowSpan[] = [];
	for (const item of list) {
		if (!item || typeof item !== 'object' || typeof item.label !== 'string')
			return { skip: `The span ${JSON.stringify(item)} has no label: this line is left out.`, severity: 'error' };
		spans.push({
			start: Number(item.start),
			end: Number(item.end),
			label: item.label,
			...(typeof item.text === 'string' && { text: item.text }),
		});
	}
	return { spans };
};

export function importProdigy(
	name: string,
	content: string,
): { articles: ImportedArticle[]; problems: ImportProblem[] } {
	return importJsonl(name, content, readProdigy);
}
