import type { ConvertPlainArticleResult } from '../../shared/commandProtocol';
import { parseHeader } from '../parse/header';
import { eolOf, workspaceEdit } from './edits';

/** The `.news` text of a raw article: its bare dateline becomes YAML front matter; the body is kept as it is. */
export function plainToNews(text: string): { readonly text: string; readonly date: string | undefined; readonly hadHeader: boolean } {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const { header, bodyStart } = parseHeader(source);
	if (header.kind !== 'dateline') return { text: source, date: header.date?.day, hadHeader: header.kind === 'front-matter' };
	const eol = eolOf(source);
	const raw = source.slice(header.fields[0]!.valueRange!.start, header.fields[0]!.valueRange!.end);
	return { text: `---${eol}date: ${raw}${eol}---${eol}${source.slice(bodyStart)}`, date: raw, hadHeader: false };
}

/** The `.news` URI beside a `.txt` one. */
export function newsUriFor(uri: string): string {
	return /\.txt$/i.test(uri) ? uri.replace(/\.txt$/i, '.news') : `${uri}.news`;
}

/** Creates the `.news` beside a raw `.txt` article, as one edit (the file and its text). */
export function convertPlainArticle(uri: string, text: string): ConvertPlainArticleResult {
	if (!/\.txt$/i.test(uri)) return { error: 'Convert Plain Article works on a raw article saved as .txt.' };
	const converted = plainToNews(text);
	const target = newsUriFor(uri);
	const name = decodeURIComponent(target.slice(target.lastIndexOf('/') + 1));
	const edit = workspaceEdit([{ uri: target, version: null, create: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: converted.text }] }]);
	const message = converted.date
		? `Created ${name} with the article date ${converted.date} in its header.`
		: `Created ${name}. It has no article date: the first line of the .txt is no dateline "date YYYY-MM-DD"; add the date with the quick fix on the first line.`;
	return { edit, uri: target, message, save: target };
}
