import type { Annotation, NewsDocument } from '../parse/model';
import type { Loss, LossKind } from './model';
import { clip } from './writeNews';

/** `"Sergey Lavrov" (.person)`, for loss messages. */
export const describe = (a: Annotation): string => `"${clip(a.text)}" (.${a.type ?? '?'})`;

export const loss = (kind: LossKind, a: Annotation, message: string): Loss => ({
	kind,
	offset: a.range.start,
	message,
});

/**
 * The annotations a format can hold at all: those with a type and some text. The others, and second classes
 * (`.person .org`: formats hold one type), are reported as losses.
 */
export function typedAnnotations(document: NewsDocument, losses: Loss[], format: string): Annotation[] {
	const result: Annotation[] = [];
	for (const a of document.annotations) {
		if (a.type === undefined) {
			losses.push(loss('untyped', a, `"${clip(a.text)}" has no type, so ${format} has no label for it: left out.`));
			continue;
		}
		if (a.text.length === 0) {
			losses.push(loss('empty', a, `the ${a.type} annotation marks no text: left out.`));
			continue;
		}
		for (const extra of a.classes.slice(1))
			losses.push(
				loss('extra-type', a, `${describe(a)} also has the class .${extra.name}; ${format} holds one type per span.`),
			);
		result.push(a);
	}
	return result;
}

/** What of an annotation's ref, value, id and other attributes a format drops. */
export function attributeLosses(
	a: Annotation,
	losses: Loss[],
	format: string,
	kept: { ref?: boolean; value?: boolean; id?: boolean; attributes?: boolean } = {},
): void {
	if (a.ref !== undefined && !kept.ref)
		losses.push(loss('ref', a, `${describe(a)}: ref=${a.ref} is not carried by ${format}.`));
	if (a.value !== undefined && !kept.value)
		losses.push(loss('value', a, `${describe(a)}: value=${a.value} is not carried by ${format}.`));
	if (a.id !== undefined && !kept.id)
		losses.push(loss('id', a, `${describe(a)}: #${a.id} is not carried by ${format}.`));
	if (!kept.attributes) {
		for (const x of a.attributes) {
			if (x.key === 'ref' || x.key === 'value') continue;
			losses.push(loss('attribute', a, `${describe(a)}: ${x.key}=${x.value} is not carried by ${format}.`));
		}
	}
}

/** The header fields as a plain object (what front matter or a dateline gives). */
export function headerObject(document: NewsDocument): Record<string, unknown> {
	const header: Record<string, unknown> = {};
	for (const f of document.header.fields) header[f.key] = f.value;
	return header;
}

export function headerLoss(document: NewsDocument, losses: Loss[], format: string): void {
	if (document.header.fields.length === 0) return;
	const keys = document.header.fields.map((f) => f.key).join(', ');
	losses.push({
		kind: 'header',
		offset: document.header.range.start,
		message: `the header (${keys}) is not carried by ${format}.`,
	});
}

/** The annotations with no ancestor among the exported ones: the outer layer, for formats with one layer of spans. */
export function outerLayer(
	document: NewsDocument,
	annotations: readonly Annotation[],
	losses: Loss[],
	format: string,
): Annotation[] {
	const kept = new Set<number>();
	const outer: Annotation[] = [];
	for (const a of annotations) {
		let p = a.parent;
		while (p !== undefined && !kept.has(p)) p = document.annotations[p]!.parent;
		if (p !== undefined) {
			losses.push(
				loss(
					'nested',
					a,
					`${describe(a)} lies inside ${describe(document.annotations[p]!)}; ${format} holds one layer of spans, so the inner one is lost.`,
				),
			);
			continue;
		}
		kept.add(a.index);
		outer.push(a);
	}
	return outer;
}
