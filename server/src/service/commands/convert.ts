import type { ConvertPlainArticleResult } from '../../shared/commandProtocol';
import { parseHeader } from '../parse/header';
import { datelineFacts } from './datelineFacts';
import { eolOf, workspaceEdit } from './edits';
import { yamlScalar } from './yamlEntry';

export interface PlainToNews {
	readonly text: string;
	readonly date: string | undefined;
	readonly hadHeader: boolean;
	/** The header's `place` and `source`, from the dateline and the first paragraph. */
	readonly place?: string;
	readonly source?: string;
}

/**
 * The `.news` text of a raw article: YAML front matter with what its opening gives (the date of a bare `date
 * YYYY-MM-DD` dateline, the place of "BISHKEK, January 22", the source of "(Trend)" or "Trend reports"); the body is
 * kept as it is. An article with front matter already is kept whole.
 */
export function plainToNews(text: string): PlainToNews {
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const { header, bodyStart } = parseHeader(source);
	if (header.kind === 'front-matter') return { text: source, date: header.date?.day, hadHeader: true };
	const body = source.slice(bodyStart);
	const { place, source: agency } = datelineFacts(body);
	const date =
		header.kind === 'dateline'
			? source.slice(header.fields[0]!.valueRange!.start, header.fields[0]!.valueRange!.end)
			: undefined;
	if (date === undefined && place === undefined && agency === undefined)
		return { text: source, date: undefined, hadHeader: false };
	const eol = eolOf(source);
	const lines = [
		date !== undefined && `date: ${date}`,
		place !== undefined && `place: ${yamlScalar(place)}`,
		agency !== undefined && `source: ${yamlScalar(agency)}`,
	].filter((l) => l !== false);
	return {
		text: `---${eol}${lines.join(eol)}${eol}---${eol}${body}`,
		date,
		hadHeader: false,
		...(place !== undefined && { place }),
		...(agency !== undefined && { source: agency }),
	};
}

/** The `.news` URI beside a `.txt` one. */
export function newsUriFor(uri: string): string {
	return /\.txt$/i.test(uri) ? uri.replace(/\.txt$/i, '.news') : `${uri}.news`;
}

/**
 * Creates the `.news` beside a raw `.txt` article (or at `target`, the client's free name beside an existing one), as
 * one edit (the file and its text). The result carries the converted text too, which the client compares with a
 * `.news` that exists already.
 */
export function convertPlainArticle(
	uri: string,
	text: string,
	target: string = newsUriFor(uri),
): ConvertPlainArticleResult {
	if (!/\.txt$/i.test(uri)) return { error: 'Convert Plain Article works on a raw article saved as .txt.' };
	if (!/\.news$/i.test(target))
		return { error: 'Convert Plain Article writes a .news file: choose a name that ends in .news.' };
	const converted = plainToNews(text);
	const name = decodeURIComponent(target.slice(target.lastIndexOf('/') + 1));
	const edit = workspaceEdit([
		{
			uri: target,
			version: null,
			create: true,
			edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: converted.text }],
		},
	]);
	const filled = [
		converted.date !== undefined && `the article date ${converted.date}`,
		converted.place !== undefined && `the place ${converted.place}`,
		converted.source !== undefined && `the source ${converted.source}`,
	].filter((f) => f !== false);
	const message = converted.date
		? `Created ${name} with ${listed(filled)} in its header.`
		: `Created ${name}${filled.length ? ` with ${listed(filled)} in its header` : ''}. It has no article date: the first line of the .txt is no dateline "date YYYY-MM-DD"; add the date with the quick fix on the first line.`;
	return { edit, uri: target, message, save: target, text: converted.text };
}

const listed = (items: readonly string[]): string =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
