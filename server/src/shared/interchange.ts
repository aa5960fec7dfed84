/** The interchange formats as the editor offers them, and the messages of the interchange requests (protocol.ts). */

/** The formats an article can be exported to (docs/format.md, exchanging annotations). */
export const exportFormats = ['brat', 'conll', 'doccano', 'prodigy', 'timeml', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The formats an article can be imported from. */
export const importFormats = ['brat', 'conll', 'doccano', 'prodigy'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const isExportFormat = (s: string | undefined): s is ExportFormat =>
	(exportFormats as readonly string[]).includes(s ?? '');
export const isImportFormat = (s: string | undefined): s is ImportFormat =>
	(importFormats as readonly string[]).includes(s ?? '');

export interface FormatChoice<F extends string = string> {
	readonly id: F;
	readonly label: string;
	readonly description: string;
}

export const exportFormatChoices: readonly FormatChoice<ExportFormat>[] = [
	{
		id: 'brat',
		label: 'brat standoff',
		description: 'NAME.txt + NAME.ann per article, and annotation.conf: open the folder in brat',
	},
	{ id: 'conll', label: 'CoNLL-2003 BIO', description: 'token TAB tag, one layer of spans (nested ones are lost)' },
	{ id: 'doccano', label: 'doccano JSONL', description: '{"text", "label": [[start, end, TYPE]]} a line' },
	{ id: 'prodigy', label: 'Prodigy / spaCy JSONL', description: '{"text", "tokens", "spans"} a line' },
	{
		id: 'timeml',
		label: 'TimeML',
		description: 'NAME.tml per article: dates as TIMEX3, the article date as CREATION_TIME',
	},
	{
		id: 'json',
		label: 'JSON',
		description: 'NAME.json per article: everything (header, text, annotations, refs, values, attributes, nesting)',
	},
];

export const importFormatChoices: readonly (FormatChoice<ImportFormat> & { readonly extensions: readonly string[] })[] =
	[
		{ id: 'brat', label: 'brat standoff', description: 'NAME.ann with NAME.txt next to it', extensions: ['ann'] },
		{
			id: 'conll',
			label: 'CoNLL BIO',
			description: 'token TAB tag lines; -DOCSTART- between articles',
			extensions: ['conll', 'bio', 'iob', 'txt', 'tsv'],
		},
		{
			id: 'doccano',
			label: 'doccano JSONL',
			description: '{"text", "label": [[start, end, TYPE]]} a line',
			extensions: ['jsonl', 'json'],
		},
		{
			id: 'prodigy',
			label: 'Prodigy / spaCy JSONL',
			description: '{"text", "spans": [{start, end, label}]} a line',
			extensions: ['jsonl', 'json'],
		},
	];

/** A place in a file, 0-based as LSP counts. */
export interface FilePlace {
	readonly file: string;
	readonly line: number;
	readonly character: number;
}

export interface ExportParams {
	readonly format: ExportFormat;
	/** Files and folders (paths on the server's disk). */
	readonly paths: readonly string[];
	readonly outDir: string;
}

export interface ExportResult {
	readonly written: readonly string[];
	readonly articles: number;
	/** "12 refs, 1 nested span": what the format could not carry; empty when nothing was lost. */
	readonly lostSummary: string;
	/** Each loss worth a line, where it is. */
	readonly losses: readonly (FilePlace & { readonly message: string })[];
	readonly withErrors: readonly string[];
	/** Why nothing was exported, when nothing was. */
	readonly error?: string;
}

export interface ImportParams {
	readonly format: ImportFormat;
	readonly paths: readonly string[];
	readonly outDir: string;
	readonly force?: boolean;
}

export interface ImportResult {
	readonly written: readonly string[];
	/** `.news` files that exist already and were kept. */
	readonly kept: readonly string[];
	readonly problems: readonly {
		readonly file: string;
		readonly line: number;
		readonly message: string;
		readonly severity: 'error' | 'notice';
	}[];
	readonly error?: string;
}

export interface AgreementParams {
	/** Your version: a folder (or file). */
	readonly a: string;
	/** The other version: a folder, or a git revision of `a`'s repository. */
	readonly b: { readonly folder: string } | { readonly revision: string };
	/** Where the client will write the Markdown report, so that its links are relative to it. */
	readonly reportFile: string;
}

export interface AgreementResult {
	readonly markdown: string;
	readonly compared: number;
	readonly kappa: number | null;
	readonly disagreements: number;
	readonly error?: string;
}
