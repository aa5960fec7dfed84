/**
 * Mixed text: the stretches of an article written in the other script ("Министр встретился с Ada Lindqvist в Moscow
 * on May 9" holds "Ada Lindqvist" and "Moscow on May 9"), which the other language's recognizer reads.
 */
import type { OffsetRange } from '../parse/model';

export type Script = 'latin' | 'cyrillic';

const isCyrillic = (c: number): boolean => c >= 0x400 && c <= 0x4ff;
const isLatin = (c: number): boolean =>
	(c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The letters of each script, as `isLatin` and `isCyrillic` have them, for the search of the next one. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/g;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/g;
/** Inside a word: letters, digits, hyphens and apostrophes ("O'Brien", "Алма-Ата"). */
const inWord = (c: number): boolean =>
	isCyrillic(c) || isLatin(c) || isDigit(c) || c === 45 || c === 39 || c === 0x2019;

/**
 * The stretches of `text` in `script`: runs of its words, numbers and the signs between them ("May 9, 2025"), from a
 * word of that script to the last word or number, ended by a word with a letter of the other script or by a line
 * break (a paragraph of the other language says nothing about the next). A run without a capital letter or a digit
 * names nothing and is left out; so is one whose words of that script are one letter each ("и", "a").
 */
export function scriptStretches(text: string, script: Script): OffsetRange[] {
	const mine = script === 'latin' ? isLatin : isCyrillic;
	const other = script === 'latin' ? isCyrillic : isLatin;
	const out: OffsetRange[] = [];
	let start = -1;
	let end = -1;
	let telling = false;
	let longWord = false;
	const close = (): void => {
		if (start >= 0 && telling && longWord) out.push({ start, end });
		start = -1;
		telling = false;
		longWord = false;
	};
	const n = text.length;
	const next = script === 'latin' ? LATIN_LETTER : CYRILLIC_LETTER;
	let i = 0;
	while (i < n) {
		if (start < 0) {
			// Between stretches, only a word with a letter of the script can open one: found natively, which spares
			// an English article with no Cyrillic the walk over every character.
			next.lastIndex = i;
			const found = next.exec(text);
			if (!found) break;
			let w = found.index;
			while (w > i && inWord(text.charCodeAt(w - 1))) w--;
			i = w;
		}
		const c = text.charCodeAt(i);
		if (!inWord(c)) {
			if (c === 10 || c === 13) close();
			i++;
			continue;
		}
		const ws = i;
		let has = 0;
		let foreign = false;
		let digits = false;
		let capital = false;
		for (; i < n && inWord(text.charCodeAt(i)); i++) {
			const d = text.charCodeAt(i);
			if (mine(d)) {
				has++;
				if (has === 1 && String.fromCharCode(d) !== String.fromCharCode(d).toLowerCase()) capital = true;
			} else if (other(d)) foreign = true;
			else if (isDigit(d)) digits = true;
		}
		if (foreign) {
			close();
			continue;
		}
		if (has === 0 && !digits) continue;
		if (start < 0) {
			// a run begins with a word of the script, not with a number between two words of the other
			if (has === 0) continue;
			start = ws;
		}
		end = i;
		if (capital || digits) telling = true;
		if (has >= 2) longWord = true;
	}
	close();
	return out;
}
