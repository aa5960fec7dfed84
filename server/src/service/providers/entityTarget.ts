import type { Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsDocument, OffsetRange } from '../parse/model';
import { annotationAt, toRange } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import { entityKey, isEntityType } from '../workspace/entityKey';
import { mentionsOf, toMention, type Mention } from '../workspace/mentions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** The entity under the cursor: an annotation, a `ref=` value, or a suggestion. */
export interface EntityTarget {
	readonly key: string;
	readonly type: string;
	readonly text: string;
	readonly ref: string | undefined;
	readonly via: 'annotation' | 'ref' | 'suggestion';
	/** What stands under the cursor: the annotated text, the ref value, or the suggested text. */
	readonly range: OffsetRange;
	readonly mention: Mention | undefined;
}

/** The entity at `offset`; suggestions are asked for only when no annotation is there. */
export function entityAt(
	uri: string,
	parsed: NewsDocument,
	offset: number,
	suggestions: () => readonly Suggestion[],
): EntityTarget | undefined {
	const a = annotationAt(parsed, offset);
	if (a) {
		const mention = toMention(
			uri,
			a,
			parsed.annotations.some((b) => b.parent === a.index),
		);
		if (!mention) return undefined;
		const ref = a.attributes.find((x) => x.key === 'ref');
		const onRef =
			ref !== undefined && mention.ref !== undefined && offset >= ref.range.start && offset <= ref.range.end;
		return {
			key: mention.key,
			type: mention.type,
			text: mention.text,
			ref: mention.ref,
			via: onRef ? 'ref' : 'annotation',
			range: onRef ? ref.valueRange : a.contentRange,
			mention,
		};
	}
	const s = suggestions().find((x) => x.range.start <= offset && offset <= x.range.end);
	if (!s || !isEntityType(s.type)) return undefined;
	return {
		key: entityKey(s.type, s.text, s.ref, s.value),
		type: s.type,
		text: s.text.replace(/\s+/g, ' '),
		ref: s.ref,
		via: 'suggestion',
		range: s.range,
		mention: undefined,
	};
}

/** A mention together with the document its offsets are in. */
export interface PlacedMention {
	readonly mention: Mention;
	readonly document: TextDocument;
}

/**
 * Every mention of an entity: in the document asked about (from its live text, even when the index does not hold
 * it) and in every other indexed article; ordered by file, then position. A document that is no article (a
 * knowledge base) has no `parsed` and no mentions of its own.
 */
export function allMentions(
	key: string,
	document: TextDocument,
	parsed: NewsDocument | undefined,
	index: WorkspaceIndex,
): PlacedMention[] {
	const out: PlacedMention[] = [];
	for (const m of index.mentionsOf(key)) {
		if (m.uri === document.uri) continue;
		const article = index.article(m.uri);
		if (article) out.push({ mention: m, document: article.document });
	}
	if (parsed) for (const m of mentionsOf(document.uri, parsed)) if (m.key === key) out.push({ mention: m, document });
	return out.sort((a, b) =>
		a.mention.uri < b.mention.uri
			? -1
			: a.mention.uri > b.mention.uri
				? 1
				: a.mention.range.start - b.mention.range.start,
	);
}

export function locationOf(p: PlacedMention): Location {
	return { uri: p.document.uri, range: toRange(p.document, p.mention.contentRange) };
}

/** Where the knowledge base defines an id (every file that does). */
export function knowledgeLocations(index: WorkspaceIndex, id: string | undefined): Location[] {
	if (id === undefined) return [];
	const out: Location[] = [];
	for (const entry of index.entriesWithId(id)) {
		const kb = index.knowledgeDocument(entry.uri);
		if (kb) out.push({ uri: entry.uri, range: toRange(kb, entry.idRange) });
	}
	return out;
}
