import type { Diagnostic } from 'vscode-languageserver-types';
import type { NewsDocument } from '../parse/model';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';

export interface ExportedAnnotation {
	readonly start: number;
	readonly end: number;
	readonly type: string | null;
	readonly text: string;
	/** Classes after the first (`.person .org`), which the type does not show. */
	readonly classes?: readonly string[];
	readonly ref?: string;
	readonly value?: string;
	readonly id?: string;
	readonly attributes?: Readonly<Record<string, string>>;
	/** Index (in this list) of the annotation that encloses this one. */
	readonly parent?: number;
}

/** What the knowledge base says about an entity that an annotation refers to. */
export interface ExportedEntity {
	readonly type: string;
	readonly name: string;
	readonly aliases?: readonly string[];
	readonly description?: string;
	readonly wikidata?: string;
}

export interface ExportedArticle {
	readonly header: Readonly<Record<string, unknown>>;
	/** The article date (`YYYY-MM-DD`), from the front matter or the dateline. */
	readonly articleDate?: string;
	readonly text: string;
	readonly annotations: readonly ExportedAnnotation[];
	/** The knowledge-base entries of the refs, by id (only those the knowledge base knows). */
	readonly entities?: Readonly<Record<string, ExportedEntity>>;
	readonly diagnostics: readonly Diagnostic[];
}

/**
 * The JSON export, which carries everything: header fields, plain text, annotations with plain-text UTF-16 offsets,
 * type, ref, value, id, attributes and nesting (`parent`), the knowledge-base entries of the refs, diagnostics.
 */
export function exportJson(
	parsed: NewsDocument,
	diagnostics: readonly Diagnostic[],
	knowledge?: (id: string) => KnowledgeEntry | undefined,
): ExportedArticle {
	const header: Record<string, unknown> = {};
	for (const f of parsed.header.fields) header[f.key] = f.value;
	const annotations = parsed.annotations.map((a): ExportedAnnotation => {
		const rest = a.attributes.filter((x) => x.key !== 'ref' && x.key !== 'value');
		return {
			start: a.plainStart,
			end: a.plainEnd,
			type: a.type ?? null,
			text: a.text,
			...(a.classes.length > 1 && { classes: a.classes.slice(1).map((c) => c.name) }),
			...(a.ref !== undefined && { ref: a.ref }),
			...(a.value !== undefined && { value: a.value }),
			...(a.id !== undefined && { id: a.id }),
			...(rest.length > 0 && { attributes: Object.fromEntries(rest.map((x) => [x.key, x.value])) }),
			...(a.parent !== undefined && { parent: a.parent }),
		};
	});
	const entities: Record<string, ExportedEntity> = {};
	for (const a of parsed.annotations) {
		const entry = a.ref !== undefined ? knowledge?.(a.ref) : undefined;
		if (!entry || entities[entry.id]) continue;
		entities[entry.id] = {
			type: entry.type,
			name: entry.name,
			...(entry.aliases.length > 0 && { aliases: entry.aliases }),
			...(entry.description !== undefined && { description: entry.description }),
			...(entry.wikidata !== undefined && { wikidata: entry.wikidata }),
		};
	}
	return {
		header,
		...(parsed.header.date && { articleDate: parsed.header.date.day }),
		text: parsed.plainText,
		annotations,
		...(Object.keys(entities).length > 0 && { entities }),
		diagnostics,
	};
}
