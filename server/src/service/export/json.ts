import type { Diagnostic } from 'vscode-languageserver-types';
import type { NewsDocument } from '../parse/model';

export interface ExportedAnnotation {
	readonly start: number;
	readonly end: number;
	readonly type: string | null;
	readonly text: string;
	readonly ref?: string;
	readonly value?: string;
	readonly id?: string;
	readonly attributes?: Readonly<Record<string, string>>;
	/** Index (in this list) of the annotation that encloses this one. */
	readonly parent?: number;
}

export interface ExportedArticle {
	readonly header: Readonly<Record<string, unknown>>;
	readonly text: string;
	readonly annotations: readonly ExportedAnnotation[];
	readonly diagnostics: readonly Diagnostic[];
}

/** The JSON export: header fields, plain text, annotations with plain-text UTF-16 offsets, diagnostics. */
export function exportJson(parsed: NewsDocument, diagnostics: readonly Diagnostic[]): ExportedArticle {
	const header: Record<string, unknown> = {};
	for (const f of parsed.header.fields) header[f.key] = f.value;
	const annotations = parsed.annotations.map((a): ExportedAnnotation => {
		const rest = a.attributes.filter((x) => x.key !== 'ref' && x.key !== 'value');
		return {
			start: a.plainStart,
			end: a.plainEnd,
			type: a.type ?? null,
			text: a.text,
			...(a.ref !== undefined && { ref: a.ref }),
			...(a.value !== undefined && { value: a.value }),
			...(a.id !== undefined && { id: a.id }),
			...(rest.length > 0 && { attributes: Object.fromEntries(rest.map((x) => [x.key, x.value])) }),
			...(a.parent !== undefined && { parent: a.parent }),
		};
	});
	return { header, text: parsed.plainText, annotations, diagnostics };
}
