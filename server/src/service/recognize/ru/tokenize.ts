/**
 * Tokens of Russian text for the Russian name recognizer: words of Cyrillic or Latin letters with their inner
 * hyphens ("Российско-Кыргызской", "по-настоящему", "Алма-Ата", "80-летия"), numbers ("8,1"), and single signs
 * («, », —). A period after an abbreviation ("г.", "т. е.", "им.") or an initial ("В. Путин") ends no sentence.
 */

export type RuTokenKind = 'word' | 'number' | 'punct';

export interface RuToken {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly lower: string;
	readonly kind: RuTokenKind;
	/** starts with a capital letter */
	readonly cap: boolean;
	/** two or more letters, none lower case ("ОДКБ", "МИД") */
	readonly allCaps: boolean;
	/** first word of a sentence, a line or a quotation, where capitals say little */
	readonly sentStart: boolean;
	/** inside «...» or "..." */
	readonly quoted: boolean;
}

/** Abbreviations whose period ends no sentence (lower case, without the period). */
const ABBREVIATIONS = new Set([
	'г',
	'гг',
	'т',
	'е',
	'д',
	'п',
	'им',
	'ул',
	'пр',
	'др',
	'с',
	'н',
	'э',
	'тыс',
	'млн',
	'млрд',
	'руб',
	'долл',
	'ст',
	'см',
	'напр',
	'проф',
	'акад',
	'обл',
	'р',
	'пос',
	'св',
	'мин',
	'зам',
	'ген',
	'вице',
	'gen',
	'mr',
	'dr',
	'st',
]);

const isLetter = (c: number): boolean =>
	(c >= 0x410 && c <= 0x44f) ||
	c === 0x401 ||
	c === 0x451 ||
	(c >= 65 && c <= 90) ||
	(c >= 97 && c <= 122) ||
	(c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
	(c >= 0x400 && c <= 0x4ff);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean =>
	(c >= 0x410 && c <= 0x42f) ||
	c === 0x401 ||
	(c >= 65 && c <= 90) ||
	(c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
	(c >= 0x400 && c <= 0x40f);
const isSpace = (c: number): boolean =>
	c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const OPEN_QUOTE = new Set([0xab, 0x201e, 0x201c]);
const CLOSE_QUOTE = new Set([0xbb, 0x201d]);

/**
 * Whether a point before `at` ends the name of a site ("NEWSru.com", "Лента.ру", "Change.org"): two to four
 * lower-case letters follow it, then no letter. Abbreviations ("т.е.") have one letter, a town after "г." a capital.
 */
function domainAfter(text: string, at: number): boolean {
	let k = at;
	while (k < text.length && k - at < 5) {
		const c = text.charCodeAt(k);
		if (!isLetter(c) || isUpper(c)) break;
		k++;
	}
	return k - at >= 2 && k - at <= 4 && !isLetter(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k));
}

/** A character that toLowerCase leaves as it is: no letter, a-z, а-я, ё (and the rest of U+0450-U+045F). */
const isLowerSafe = (c: number): boolean => c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x430 && c <= 0x45f);

/** Splits Russian (or mixed) text into tokens, with UTF-16 offsets. */
export function tokenizeRussian(text: string): RuToken[] {
	const out: RuToken[] = [];
	const n = text.length;
	let sentStart = true;
	let quoted = false;
	let straightOpen = false;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			if (c === 10) sentStart = true;
			i++;
			continue;
		}
		const start = i;
		let kind: RuTokenKind;
		if (isLetter(c) || isDigit(c)) {
			let letters = isLetter(c);
			i++;
			for (;;) {
				while (i < n && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x301)) {
					if (isLetter(text.charCodeAt(i))) letters = true;
					i++;
				}
				const d = text.charCodeAt(i);
				const next = text.charCodeAt(i + 1);
				// inner hyphens join ("Алма-Ата", "80-летия"); a decimal comma or point joins digits ("8,1")
				if (isHyphen(d) && i + 1 < n && isLetter(next)) i++;
				else if ((d === 44 || d === 46) && !letters && isDigit(next) && isDigit(text.charCodeAt(i - 1))) i++;
				else if (d === 46 && letters && i - start >= 2 && domainAfter(text, i + 1)) i++;
				else break;
			}
			kind = letters ? 'word' : 'number';
		} else {
			i++;
			kind = 'punct';
		}
		const t = text.slice(start, i);
		let upperCount = 0;
		let letterCount = 0;
		let lowerAlready = true;
		for (let k = 0; k < t.length; k++) {
			const ch = t.charCodeAt(k);
			if (isLetter(ch)) {
				letterCount++;
				if (isUpper(ch)) upperCount++;
			}
			if (!isLowerSafe(ch)) lowerAlready = false;
		}
		// most words are written in lower case, which toLowerCase would copy for nothing
		const lower = lowerAlready ? t : t.toLowerCase();
		if (kind === 'punct' && OPEN_QUOTE.has(c)) quoted = true;
		if (kind === 'punct' && CLOSE_QUOTE.has(c)) quoted = false;
		if (kind === 'punct' && c === 34) {
			straightOpen = !straightOpen;
			quoted = straightOpen;
		}
		out.push({
			start,
			end: i,
			text: t,
			lower,
			kind,
			cap: kind === 'word' && isUpper(c),
			allCaps: letterCount >= 2 && upperCount === letterCount,
			sentStart: sentStart && kind !== 'punct',
			quoted: quoted && kind !== 'punct',
		});
		if (kind !== 'punct') sentStart = false;
		else if (c === 33 || c === 63 || c === 0x2026) sentStart = true;
		else if (c === 46) {
			const prev = out[out.length - 2];
			// "г.", "т. е." and initials ("В. Путин") continue the sentence
			const abbreviation =
				prev !== undefined &&
				prev.end === start &&
				prev.kind === 'word' &&
				(ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap));
			sentStart = !abbreviation;
		} else if (OPEN_QUOTE.has(c) || c === 0x2014 || c === 34) {
			// a quotation or a dash of dialogue opening a sentence keeps its start
		}
	}
	return out;
}
