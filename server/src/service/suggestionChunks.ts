import type { OffsetRange } from './parse/model';
import { fnv1a } from './text/fnv';
import { paragraphBreak } from './text/paragraphBreak';

/**
 * How much plain text the recognizer reads at a time when suggestions are made in the background: at ~0.7 s per MB,
 * a chunk of 16-64k characters is some 10-45 ms of work, so a request that arrives meanwhile waits no longer than that.
 * An article shorter than the smallest chunk (nearly every one) is one chunk, recognized as a whole as before.
 */
export const CHUNK_SIZE = { min: 16_000, max: 64_000 } as const;

const PARAGRAPH_BREAK = paragraphBreak();
/** The end of a sentence, for a paragraph too long to be read whole. */
const SENTENCE_END = /[.!?]["'”’»)\]]*\s+/g;
/** Any white space, for a "sentence" too long too. */
const SPACE = /\s+/g;
/** One paragraph in this many ends a chunk (past the smallest size): chunks of some `min` + 8 paragraphs. */
const ONE_IN = 8;

/**
 * Cuts plain text into chunks of whole paragraphs for the recognizer. Where a chunk ends depends on the text of the
 * paragraph before the break (a hash of it), not on where the chunk began: after an edit, the chunks past the next
 * such break are found again unchanged, shifted, and their suggestions are kept. A chunk is at least `min` long (but
 * the last) and at most `max`; a paragraph longer than `max` is cut at a sentence end (else a space, else anywhere).
 * The ranges cover the text in order, without gaps.
 */
export function chunkPlainText(
	text: string,
	size: { readonly min: number; readonly max: number } = CHUNK_SIZE,
): OffsetRange[] {
	const out: OffsetRange[] = [];
	let start = 0;
	while (start < text.length) {
		const end = chunkEnd(text, start, size.min, size.max);
		out.push({ start, end });
		start = end;
	}
	return out;
}

function chunkEnd(text: string, start: number, min: number, max: number): number {
	if (text.length - start <= min) return text.length;
	let lastBreak = -1;
	let paragraphStart = start;
	PARAGRAPH_BREAK.lastIndex = start;
	for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
		const end = m.index + m[0].length;
		if (end - start > max) break;
		if (end - start >= min) {
			if (hash(text, paragraphStart, m.index) % ONE_IN === 0) return end;
			lastBreak = end;
		}
		paragraphStart = end;
	}
	if (text.length - start <= max) return text.length;
	if (lastBreak > 0) return lastBreak;
	for (const pattern of [SENTENCE_END, SPACE]) {
		pattern.lastIndex = start + min;
		const m = pattern.exec(text);
		if (m && m.index + m[0].length - start <= max) return m.index + m[0].length;
	}
	// Never cut a surrogate pair: the recognizer would read half an emoji at each side.
	const cut = start + max;
	const c = text.charCodeAt(cut - 1);
	return c >= 0xd800 && c <= 0xdbff ? cut + 1 : cut;
}

/** FNV-1a of the last 256 UTF-16 units of [from, to). */
function hash(text: string, from: number, to: number): number {
	return fnv1a(text, Math.max(from, to - 256), to) >>> 0;
}
