import { CodePointOffsets } from './codePoints';
import { attributeLosses, headerObject, typedAnnotations } from './exportable';
import type { ArticleExport, ExportInput, Loss } from './model';
import { tokenize } from './tokens';

const FORMAT = 'Prodigy';

/**
 * Prodigy / spaCy JSONL: one task per article, `{"text", "tokens", "spans": [{start, end, label, token_start,
 * token_end}], "meta"}` with character offsets in code points (Python's), and tokens that every span covers whole,
 * as Prodigy's manual interfaces need. Nested spans are kept (spaCy span groups and Prodigy's spans interfaces hold
 * them); refs, values and other attributes are not carried.
 */
export function exportProdigy(input: ExportInput): ArticleExport {
	const { document } = input;
	const text = document.plainText;
	const losses: Loss[] = [];
	const points = new CodePointOffsets(text);
	const typed = typedAnnotations(document, losses, FORMAT);
	const tokens = tokenize(
		text,
		typed.flatMap((a) => [a.plainStart, a.plainEnd]),
	);
	const tokenAt = new Map<number, number>();
	const tokenEnding = new Map<number, number>();
	tokens.forEach((t, i) => {
		tokenAt.set(t.start, i);
		tokenEnding.set(t.end, i);
	});
	const spans = typed.map((a) => {
		attributeLosses(a, losses, FORMAT);
		const tokenStart = tokenAt.get(a.plainStart);
		const tokenEnd = tokenEnding.get(a.plainEnd);
		return {
			start: points.toCodePoints(a.plainStart),
			end: points.toCodePoints(a.plainEnd),
			label: a.type!,
			...(tokenStart !== undefined && tokenEnd !== undefined && { token_start: tokenStart, token_end: tokenEnd }),
		};
	});
	const task = {
		text,
		tokens: tokens.map((t, id) => ({
			text: t.text,
			start: points.toCodePoints(t.start),
			end: points.toCodePoints(t.end),
			id,
			ws: tokens[id + 1] ? tokens[id + 1]!.start > t.end : t.end < text.length,
		})),
		spans,
		meta: { file: input.name, ...headerObject(document) },
	};
	return { files: [{ path: `${input.name}.jsonl`, text: JSON.stringify(task) + '\n' }], losses };
}
