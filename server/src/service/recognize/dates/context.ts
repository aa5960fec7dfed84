/** The words around a candidate date, read without scanning more than a few characters. */

const LETTER = /[A-Za-z\u00c0-\u024f]/;

/** The word right before `start`, separated from it by spaces only ('' after punctuation or at a line start). */
export function previousWord(text: string, start: number): string {
	let i = start;
	while (i > 0 && i > start - 8 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
	if (i === start && i > 0 && LETTER.test(text[i - 1]!)) return '';
	let j = i;
	while (j > 0 && j > i - 30 && /[A-Za-z\u00c0-\u024f'’.]/.test(text[j - 1]!)) j--;
	return text.slice(j, i).replace(/^['’.]+/, '');
}

/** The word right after `end`, separated from it by spaces only ('' before punctuation or a line end). */
export function nextWord(text: string, end: number): string {
	let i = end;
	while (i < text.length && i < end + 8 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
	if (i === end) return '';
	let j = i;
	while (j < text.length && j < i + 30 && /[A-Za-z\u00c0-\u024f'’]/.test(text[j]!)) j++;
	return text.slice(i, j);
}

/** The character right after `end` that is no space, or ''. */
export function nextChar(text: string, end: number): string {
	let i = end;
	while (i < text.length && i < end + 8 && (text[i] === ' ' || text[i] === '\t')) i++;
	return text[i] ?? '';
}

export const isCapitalized = (w: string): boolean => /^[A-Z][a-z]/.test(w);

/** True when `start` opens a sentence: text start, a line start, or after `. ! ? : "` and spaces (a quotation opened
 * with `` as well, as the Penn Treebank's news writes it). */
export function atSentenceStart(text: string, start: number): boolean {
	let i = start;
	while (i > 0 && i > start - 8 && /[ \t\u00a0"“'‘`(\[]/.test(text[i - 1]!)) i--;
	if (i === 0) return true;
	const c = text[i - 1]!;
	return (
		c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '—' || c === '-'
	);
}
