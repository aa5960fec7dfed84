import { bratConfiguration, exportBrat } from './brat';
import { exportConll } from './conll';
import { exportDoccano } from './doccano';
import { exportJsonFile } from './json';
import { exportFormatChoices, importFormatChoices } from '../../shared/interchange';
import type { ArticleExport, ExportedFile, ExportFormat, ExportInput, ImportFormat, Loss } from './model';
import { exportProdigy } from './prodigy';
import { exportTimeml } from './timeml';

export interface ExportFormatInfo {
	readonly format: ExportFormat;
	/** For pickers and messages: "brat standoff". */
	readonly label: string;
	readonly description: string;
	readonly exportArticle: (input: ExportInput) => ArticleExport;
	/** Articles go into one shared file (`NAME.EXT`) rather than a file each. */
	readonly joined?: { readonly extension: string };
	/** Files for the whole collection besides the articles' (brat's configuration). */
	readonly collectionFiles?: (types: readonly string[]) => ExportedFile[];
	/** Whether one article makes one file that can go to standard output. */
	readonly singleFile: boolean;
}

const choice = (id: string): { label: string; description: string } => exportFormatChoices.find((c) => c.id === id)!;

export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
	brat: {
		format: 'brat',
		...choice('brat'),
		exportArticle: exportBrat,
		collectionFiles: bratConfiguration,
		singleFile: false,
	},
	conll: {
		format: 'conll',
		...choice('conll'),
		exportArticle: exportConll,
		joined: { extension: 'conll' },
		singleFile: true,
	},
	doccano: {
		format: 'doccano',
		...choice('doccano'),
		exportArticle: exportDoccano,
		joined: { extension: 'jsonl' },
		singleFile: true,
	},
	prodigy: {
		format: 'prodigy',
		...choice('prodigy'),
		exportArticle: exportProdigy,
		joined: { extension: 'jsonl' },
		singleFile: true,
	},
	timeml: { format: 'timeml', ...choice('timeml'), exportArticle: exportTimeml, singleFile: true },
	json: { format: 'json', ...choice('json'), exportArticle: exportJsonFile, singleFile: true },
};

export const IMPORT_FORMAT_LABELS: Readonly<
	Record<ImportFormat, { readonly label: string; readonly description: string }>
> = Object.fromEntries(
	importFormatChoices.map((c) => [c.id, { label: c.label, description: c.description }]),
) as Record<ImportFormat, { label: string; description: string }>;

const BUILT_IN_TYPES = ['person', 'org', 'place', 'date', 'role'];

export interface CollectionExport {
	readonly files: readonly ExportedFile[];
	/** What each article lost, by its name. */
	readonly losses: readonly { readonly name: string; readonly losses: readonly Loss[] }[];
}

/**
 * Exports articles in one format: a file (or two) per article, or one shared file named `joinedName` for the formats
 * that join articles, plus the collection's own files.
 */
export function exportCollection(
	format: ExportFormat,
	inputs: readonly ExportInput[],
	options: { joinedName?: string; types?: readonly string[] } = {},
): CollectionExport {
	const info = EXPORT_FORMATS[format];
	const files: ExportedFile[] = [];
	const losses: { name: string; losses: readonly Loss[] }[] = [];
	const joined: string[] = [];
	const types = new Set(options.types ?? BUILT_IN_TYPES);
	for (const input of inputs) {
		const result = info.exportArticle(input);
		losses.push({ name: input.name, losses: result.losses });
		for (const a of input.document.annotations) if (a.type !== undefined) types.add(a.type);
		if (info.joined) joined.push(...result.files.map((f) => f.text));
		else files.push(...result.files);
	}
	if (info.joined)
		files.push({
			path: `${options.joinedName ?? (inputs.length === 1 ? inputs[0]!.name : 'corpus')}.${info.joined.extension}`,
			text: joined.join(''),
		});
	if (info.collectionFiles) files.push(...info.collectionFiles([...types]));
	return { files, losses };
}
