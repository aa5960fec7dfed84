import type { Loss, LossKind } from './model';

const NOUNS: Record<LossKind, [string, string]> = {
	nested: ['nested span', 'nested spans'],
	ref: ['ref', 'refs'],
	value: ['date value', 'date values'],
	attribute: ['attribute', 'attributes'],
	id: ['id', 'ids'],
	'extra-type': ['second type', 'second types'],
	untyped: ['annotation without a type', 'annotations without a type'],
	empty: ['empty annotation', 'empty annotations'],
	type: ['annotation of another type', 'annotations of other types'],
	renamed: ['renamed type', 'renamed types'],
	header: ['header', 'headers'],
	character: ['character', 'characters'],
};

/** Losses that concern a span as a whole: each is worth a line of its own; the others are counted. */
const DETAILED = new Set<LossKind>(['nested', 'untyped', 'empty', 'extra-type', 'renamed', 'character']);

/** "12 refs, 3 date values, 1 nested span": what a format could not carry, counted by kind. */
export function summarizeLosses(losses: readonly Loss[]): string {
	const counts = new Map<LossKind, number>();
	for (const l of losses) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
	return [...counts].map(([kind, n]) => `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`).join(', ');
}

/** The losses worth a line each (nested spans, untyped annotations...). */
export const detailedLosses = (losses: readonly Loss[]): Loss[] => losses.filter((l) => DETAILED.has(l.kind));

/** 0-based line and UTF-16 column of an offset, as LSP counts them. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
	let line = 0;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, character: offset - lineStart };
}
