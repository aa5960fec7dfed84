import { exportJson } from './articleJson';
import type { ArticleExport, ExportInput } from './model';

/** The JSON export of one article as a file (`NAME.json`): it carries everything, so nothing is lost. */
export function exportJsonFile(input: ExportInput): ArticleExport {
	const exported = exportJson(input.document, input.diagnostics ?? [], input.knowledge);
	return { files: [{ path: `${input.name}.json`, text: JSON.stringify(exported, null, 2) + '\n' }], losses: [] };
}
