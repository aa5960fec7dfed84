import type { Annotation, NewsDocument, OffsetRange } from '../parse/model';
import { entityKey, isEntityType, normalizeEntityText } from './entityKey';

/** One annotation of an entity in an article, as the workspace index keeps it. */
export interface Mention {
	readonly uri: string;
	/** Index of the annotation in its parsed article. */
	readonly annotation: number;
	/** Entity identity (entityKey). */
	readonly key: string;
	readonly type: string;
	/** The annotated text, white space collapsed. */
	readonly text: string;
	/** normalizeEntityText(text), for consistency checks. */
	readonly normalized: string;
	readonly ref: string | undefined;
	readonly value: string | undefined;
	/** From `[` to `}`. */
	readonly range: OffsetRange;
	/** Between `[` and `]`. */
	readonly contentRange: OffsetRange;
	/** The value of `ref=`, when there is one. */
	readonly refRange: OffsetRange | undefined;
	/** The annotated text holds another annotation, so it cannot be replaced as plain text. */
	readonly nested: boolean;
}

/** The entity mentions of a parsed article. */
export function mentionsOf(uri: string, parsed: NewsDocument): Mention[] {
	const parents = new Set<number>();
	for (const a of parsed.annotations) if (a.parent !== undefined) parents.add(a.parent);
	const out: Mention[] = [];
	for (const a of parsed.annotations) {
		const m = toMention(uri, a, parents.has(a.index));
		if (m) out.push(m);
	}
	return out;
}

/** An annotation with an entity type and some text, or any annotation with a `ref` (its id must be renamed too). */
export function toMention(uri: string, a: Annotation, nested: boolean): Mention | undefined {
	const ref = a.ref === '' ? undefined : a.ref;
	if (!isEntityType(a.type) && ref === undefined) return undefined;
	const text = a.text.replace(/\s+/g, ' ');
	const normalized = normalizeEntityText(text);
	if (!normalized && ref === undefined) return undefined;
	return {
		uri,
		annotation: a.index,
		key: entityKey(a.type ?? '', text, ref, a.value),
		type: a.type ?? '',
		text,
		normalized,
		ref,
		value: a.value,
		range: a.range,
		contentRange: a.contentRange,
		refRange: ref === undefined ? undefined : a.attributes.find((x) => x.key === 'ref')?.valueRange,
		nested,
	};
}
