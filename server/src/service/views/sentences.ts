import { ABBREVIATIONS } from '../interchange/tokens';

/**
 * The sentences of a plain text as [start, end) offsets, in one forward scan without making tokens (the views read
 * every article of a corpus): a sentence ends at a blank line, or after `.`, `!`, `?`, `…` (and closing quotes or
 * brackets) followed by white space and then a capital, a digit, a quote or the end, unless the word before the
 * period is an abbreviation ("Mr.", "Jan.") or an initial, or the place lies inside an annotation (`inside`); a
 * line break after the mark ends it whatever comes next. The rules of `splitSentences` of the token formats (a test
 * compares the two), but for a straight quote right after the mark: it closes the sentence here, where the token
 * formats open the next sentence with it.
 */
export function sentenceSpans(text: string, inside: Uint8Array): [number, number][] {
	const spans: [number, number][] = [];
	let start = skipSpace(text, 0);
	let i = start;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === 10 /* \n */) {
			// A blank line ends a paragraph.
			let j = i + 1;
			while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13))
				j++;
			if (j < text.length && text.charCodeAt(j) === 10 && inside[i] !== 1) {
				push(spans, text, start, i);
				start = skipSpace(text, j);
				i = start;
				continue;
			}
		}
		if ((c === 46 || c === 33 || c === 63 || c === 0x2026) && inside[i + 1] !== 1) {
			let marks = i + 1;
			while (marks < text.length && isEndMark(text.charCodeAt(marks))) marks++;
			// Closing quotes and brackets after the mark belong to the sentence, spaced or not ("! »"), up to a line break.
			let end = marks;
			let j = marks;
			while (j < text.length) {
				const ch = text.charCodeAt(j);
				if (isCloser(ch)) end = ++j;
				else if (isSpace(ch) && !isLineBreak(ch)) j++;
				else break;
			}
			const next = skipSpace(text, end);
			// A line break after the mark ends the sentence; on the same line, the next word must start one.
			const breaks =
				next === text.length ||
				(next > end && (/[\n\r\u2028\u2029]/.test(text.slice(end, next)) || startsSentence(text, next)));
			if (breaks && !(c === 46 && marks === i + 1 && abbreviationBefore(text, i))) {
				push(spans, text, start, end);
				start = next;
				i = next;
				continue;
			}
			i = end;
			continue;
		}
		i++;
	}
	push(spans, text, start, text.length);
	return spans;
}

function push(spans: [number, number][], text: string, start: number, end: number): void {
	let e = end;
	while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
	if (e > start) spans.push([start, e]);
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029;
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isEndMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloser = (c: number): boolean =>
	c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;

function skipSpace(text: string, i: number): number {
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	return i;
}

function startsSentence(text: string, i: number): boolean {
	return /[\p{Lu}\p{N}"“'‘«(\[]/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/** Signs that join two words into one, as the tokenizer reads them ("U.S", "Kyrgyz-Russian", "AT&T"). */
const JOINERS = new Set(['.', '-', '/', '&', "'", '’']);

/** Whether the word before the period at `dot` is an abbreviation or a single capital (an initial). */
function abbreviationBefore(text: string, dot: number): boolean {
	let s = dot;
	while (
		s > 0 &&
		(WORD.test(text[s - 1]!) ||
			(JOINERS.has(text[s - 1]!) && s >= 2 && WORD.test(text[s - 2]!) && s < dot && WORD.test(text[s]!)))
	)
		s--;
	const word = text.slice(s, dot);
	return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}
