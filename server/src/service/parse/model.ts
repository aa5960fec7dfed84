import type { DiagnosticCode } from '../diagnosticCodes';
import type { AttributeSink } from './attributes';
import type { OffsetMap } from './offsetMap';

/** A half-open range of UTF-16 offsets, into the source unless its name says plain. */
export interface OffsetRange {
	readonly start: number;
	readonly end: number;
}

export interface HeaderField {
	readonly key: string;
	/** The value as YAML gives it (string, number, list, map...). */
	readonly value: unknown;
	readonly keyRange: OffsetRange;
	readonly valueRange: OffsetRange | undefined;
}

export interface ArticleDate {
	/** `YYYY-MM-DD`, the calendar day of the article. */
	readonly day: string;
	/** As written: a date or a full ISO 8601 date-time. */
	readonly raw: string;
	readonly range: OffsetRange;
}

export interface Header {
	readonly kind: 'front-matter' | 'dateline' | 'none';
	/** The whole header with its delimiters; empty at 0 when there is none. */
	readonly range: OffsetRange;
	readonly fields: readonly HeaderField[];
	readonly date: ArticleDate | undefined;
}

export interface AnnotationClass {
	readonly name: string;
	readonly range: OffsetRange;
}

export interface AnnotationAttribute {
	readonly key: string;
	readonly value: string;
	readonly range: OffsetRange;
	readonly keyRange: OffsetRange;
	readonly valueRange: OffsetRange;
}

/** `[TEXT]{ATTRIBUTES}`: one Pandoc bracketed span in the body. */
export interface Annotation {
	readonly index: number;
	/** From `[` to the closing `}`. */
	readonly range: OffsetRange;
	/** Between `[` and `]`. */
	readonly contentRange: OffsetRange;
	/** From `{` to `}`. */
	readonly attributesRange: OffsetRange;
	/** The annotated text in the plain text, trimmed of white space as Pandoc trims it. */
	readonly plainStart: number;
	readonly plainEnd: number;
	readonly text: string;
	readonly classes: readonly AnnotationClass[];
	/** `classes.length`, without reading the classes. */
	readonly classCount: number;
	readonly id: string | undefined;
	/** `key=value` pairs other than `id` and `class`, in order, `ref` and `value` included. */
	readonly attributes: readonly AnnotationAttribute[];
	/** The first class, the entity type as written (may be unknown); undefined when there is none. */
	readonly type: string | undefined;
	readonly ref: string | undefined;
	readonly value: string | undefined;
	/** Index of the innermost enclosing annotation. */
	readonly parent: number | undefined;
	readonly depth: number;
	/**
	 * Reports each item of the attribute block (id, classes, pairs) with its source offsets, making no objects: for
	 * consumers of every annotation of a document, such as semantic tokens.
	 */
	visitAttributes(sink: AttributeSink): void;
}

/** A problem found while parsing, before any knowledge of settings. */
export interface SyntaxProblem {
	readonly code: DiagnosticCode;
	readonly range: OffsetRange;
	readonly message: string;
}

export interface NewsDocument {
	readonly source: string;
	readonly header: Header;
	/** Source offset where the body (the article) starts. */
	readonly bodyStart: number;
	readonly plainText: string;
	/** In document order (by start; an enclosing annotation before the ones it holds). */
	readonly annotations: readonly Annotation[];
	/** The first problems found (parse/problemList.ts), in source order. */
	readonly problems: readonly SyntaxProblem[];
	/** How many more problems the parse found and did not keep. */
	readonly problemsOmitted: number;
	readonly offsets: OffsetMap;
}
