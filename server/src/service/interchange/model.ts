import type { Diagnostic } from 'vscode-languageserver-types';
import type { NewsDocument } from '../parse/model';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';

export {
	exportFormats,
	importFormats,
	isExportFormat,
	isImportFormat,
	type ExportFormat,
	type ImportFormat,
} from '../../shared/interchange';

/** One article to export: its name (a relative path without `.news`, with `/`), parsed. */
export interface ExportInput {
	readonly name: string;
	readonly document: NewsDocument;
	/** The knowledge-base entry of a `ref`, when the knowledge base knows it. */
	readonly knowledge?: (id: string) => KnowledgeEntry | undefined;
	/** The diagnostics of the article, for the JSON export. */
	readonly diagnostics?: readonly Diagnostic[];
}

/** What an export could not carry: the kinds a summary groups by. */
export type LossKind =
	| 'nested' // a span inside another, in a format with one layer
	| 'ref'
	| 'value'
	| 'attribute'
	| 'id'
	| 'extra-type' // a second class `.a .b`
	| 'untyped' // an annotation with no type
	| 'empty' // an annotation that marks no text
	| 'type' // an annotation of a type the format does not hold (TimeML: everything but dates)
	| 'renamed' // a type written under another name (brat type names are letters, digits, - and _)
	| 'header'
	| 'character'; // a character the format cannot hold

/** One thing an export left out, at an offset of the `.news` source, so a host can say `file:line:col`. */
export interface Loss {
	readonly kind: LossKind;
	readonly offset: number;
	readonly message: string;
}

export interface ExportedFile {
	/** Relative path in the output folder, with `/`. */
	readonly path: string;
	readonly text: string;
}

/** The export of one article: its files (or its part of a shared file) and what was lost. */
export interface ArticleExport {
	readonly files: readonly ExportedFile[];
	readonly losses: readonly Loss[];
}

/** An annotation to write into a `.news` file, with plain-text UTF-16 offsets. */
export interface ImportedSpan {
	readonly start: number;
	readonly end: number;
	readonly type: string;
	readonly ref?: string;
	readonly id?: string;
	/** `key=value` pairs other than ref, in order (`value` included). */
	readonly attributes?: readonly (readonly [string, string])[];
	/** The line of the input that gave it, for reports. */
	readonly line?: number;
}

/** Something an import could not express, with its line in the input file (1-based; 0 for the whole file). */
export interface ImportProblem {
	readonly line: number;
	readonly message: string;
	/** Notices (white space trimmed, spacing guessed) are not errors. */
	readonly severity: 'error' | 'notice';
}

/** One article read from another format, before it is written as `.news`. */
export interface ImportedArticle {
	/** A name for the `.news` file, without extension. */
	readonly name: string;
	readonly text: string;
	readonly spans: readonly ImportedSpan[];
	/** Header fields for the front matter (`date`, `title`...), if the format carried any. */
	readonly header?: Readonly<Record<string, unknown>>;
	readonly problems: readonly ImportProblem[];
}
