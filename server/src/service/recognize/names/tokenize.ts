import type { Token, TokenKind } from './types';

/**
 * Words that keep their final period: titles, company and state abbreviations. Lower case, without the period.
 * A one-letter capital followed by a period is an initial and keeps it too ("Michael W. McCarthy").
 */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'sr',
	'jr',
	'st',
	'mt',
	'ft',
	'gen',
	'lt',
	'col',
	'maj',
	'capt',
	'sgt',
	'cpl',
	'pvt',
	'adm',
	'cmdr',
	'cdr',
	'gov',
	'sen',
	'rep',
	'reps',
	'sens',
	'rev',
	'hon',
	'pres',
	'supt',
	'insp',
	'det',
	'messrs',
	'mme',
	'mlle',
	'brig',
	'gens',
	'inc',
	'corp',
	'co',
	'ltd',
	'bros',
	'plc',
	'llc',
	'assn',
	'dept',
	'univ',
	'ave',
	'blvd',
	'rd',
	'no',
	'vs',
	'etc',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'ala',
	'ariz',
	'ark',
	'calif',
	'colo',
	'conn',
	'del',
	'fla',
	'ga',
	'ill',
	'ind',
	'kan',
	'kans',
	'ky',
	'la',
	'md',
	'mass',
	'mich',
	'minn',
	'miss',
	'mo',
	'mont',
	'neb',
	'nev',
	'okla',
	'ore',
	'pa',
	'tenn',
	'tex',
	'vt',
	'va',
	'wash',
	'wis',
	'wyo',
	'wva',
	'ont',
	'que',
	'approx',
	'dist',
]);
/** Abbreviations after which a capital does not start a new sentence. */
const NO_BREAK_AFTER = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'st',
	'mt',
	'ft',
	'gen',
	'lt',
	'col',
	'maj',
	'capt',
	'sgt',
	'cpl',
	'pvt',
	'adm',
	'cmdr',
	'cdr',
	'gov',
	'sen',
	'rep',
	'rev',
	'hon',
	'pres',
	'supt',
	'insp',
	'det',
	'messrs',
	'mme',
	'mlle',
	'brig',
	'no',
	'vs',
]);

const LETTER = /[\p{L}\p{M}]/u;
/** "al-Maliki", "d'Ivoire" (a module constant: esbuild turns a \p{..} literal into a `new RegExp` at each evaluation) */
const PREFIXED_CAPITAL = /^[a-z]{1,3}['-]\p{Lu}/u;
/**
 * What a UTF-16 code is (the `CLASS_` bits), found once per code and kept: every character then takes the same path,
 * an accented letter or a curly quote included (a first one on another path would make V8 redo the optimized code).
 */
const classes = new Uint8Array(0x10000);
const CLASS_KNOWN = 1;
const CLASS_UPPER = 2;
const CLASS_LOWER = 4;
const CLASS_LETTER = 8;
function classOf(c: number): number {
	if (c < 0 || c > 0xffff) return 0;
	const known = classes[c] as number;
	if (known) return known;
	const ch = String.fromCharCode(c);
	const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && ch !== ch.toLowerCase());
	const lower =
		(c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c > 0xff && ch !== ch.toUpperCase());
	const letter =
		(c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && LETTER.test(ch));
	const cls = CLASS_KNOWN | (upper ? CLASS_UPPER : 0) | (lower ? CLASS_LOWER : 0) | (letter ? CLASS_LETTER : 0);
	classes[c] = cls;
	return cls;
}
// ASCII, and a character of each other kind (Latin-1 capital and small letters and signs, a letter and a sign beyond),
// before any text: the path that finds a class has then run through every branch
for (let c = 0; c < 0x80; c++) classOf(c);
for (const c of [0xc0, 0xd7, 0xdf, 0xf7, 0xff, 0xaa, 0x100, 0x101, 0x414, 0x434, 0x2019, 0x2014]) classOf(c);
const isUpper = (c: number): boolean => (classOf(c) & CLASS_UPPER) !== 0;
const isLower = (c: number): boolean => (classOf(c) & CLASS_LOWER) !== 0;
const isLetter = (c: number): boolean => (classOf(c) & CLASS_LETTER) !== 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
const isSpace = (c: number): boolean =>
	c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
const APOSTROPHE = (c: number): boolean => c === 39 || c === 0x2019 || c === 96;
const HYPHEN = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
/** ASCII characters that continue a word or may (letters, digits, hyphen, apostrophes, period, ampersand). */
const JOINS_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
	isAlnum(c) || HYPHEN(c) || APOSTROPHE(c) || c === 46 || c === 38 ? 1 : 0,
);
/**
 * Opening quotes and brackets, through which a sentence start carries: '"', '“', '‘', "'", '(', '[', '«', '„', '_', '-',
 * '—', '–' (a token's one code, compared as numbers: a set of strings hashes every punctuation token's text).
 */
function isOpener(c: number): boolean {
	return (
		c === 34 ||
		c === 39 ||
		c === 40 ||
		c === 91 ||
		c === 95 ||
		c === 45 ||
		c === 0xab ||
		c === 0x2018 ||
		c === 0x201c ||
		c === 0x201e ||
		c === 0x2013 ||
		c === 0x2014
	);
}
/** Whether a punctuation token ends a sentence: ".", "!", "?", "…", "..." (a run of periods is one token). */
function endsSentence(s: string): boolean {
	const c = s.charCodeAt(0);
	return s.length === 1 ? c === 46 || c === 33 || c === 63 || c === 0x2026 : s.length === 3 && c === 46;
}

/**
 * `s.toLowerCase()` without looking the method up on `s`: slices of a text come in many kinds of string, over which
 * V8 looks methods up slowly.
 */
const toLowerCase = String.prototype.toLowerCase;

/** The UTF-16 code at `k`, -1 past the end (which optimized code reads without a detour). */
const charAt = (text: string, k: number): number => (k < text.length ? text.charCodeAt(k) : -1);

export function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
	let t = text.slice(start, end);
	let upper = 0;
	let lower = 0;
	let digit = false;
	let apostrophe = false;
	// read from the text, not from the slice: one kind of string, which V8 reads faster than slices' many kinds
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		const cls = classOf(c);
		if (cls & CLASS_UPPER) upper++;
		else if (cls & CLASS_LOWER) lower++;
		else if (c >= 48 && c <= 57) digit = true;
		else if (c === 0x2019 || c === 96) apostrophe = true;
	}
	if (apostrophe) t = t.replace(/[\u2019`]/g, "'");
	// (’ folded to ' is neither upper nor lower case)
	const c0 = text.charCodeAt(start);
	let cap = kind === 'word' && isUpper(c0);
	if (kind === 'word' && !cap && upper > 0 && isLower(c0)) {
		// "al-Maliki", "d'Ivoire": a capital after a short lower-case prefix and a hyphen or apostrophe marks a name
		cap = PREFIXED_CAPITAL.test(t);
	}
	const lw = upper > 0 ? toLowerCase.call(t) : t;
	return {
		start,
		end,
		text: t,
		lower: lw,
		kind,
		cap,
		allCaps: upper >= 2 && lower === 0,
		hasUpper: upper > 0,
		hasDigit: digit,
		sentStart: false,
	};
}

/** Splits plain text into words, numbers and punctuation, with UTF-16 offsets; marks sentence starts. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			i++;
			continue;
		}
		if (c >= 97 && c <= 122) {
			// the commonest token: a word of lower-case ASCII letters before a space or a sign that cannot join it
			let j = i + 1;
			let d = j < n ? text.charCodeAt(j) : -1;
			while (d >= 97 && d <= 122) d = ++j < n ? text.charCodeAt(j) : -1;
			if (d === -1 || (d < 128 && !JOINS_WORD[d])) {
				const t = text.slice(i, j);
				tokens.push({
					start: i,
					end: j,
					text: t,
					lower: t,
					kind: 'word',
					cap: false,
					allCaps: false,
					hasUpper: false,
					hasDigit: false,
					sentStart: false,
				});
				i = j;
				continue;
			}
		}
		if (isLetter(c)) {
			i = pushWord(text, i, tokens);
			continue;
		}
		if (isDigit(c)) {
			let j = i + 1;
			for (;;) {
				while (j < n && isDigit(text.charCodeAt(j))) j++;
				const d = charAt(text, j);
				if (
					(d === 46 || d === 44 || d === 58 || d === 47 || HYPHEN(d)) &&
					j + 1 < n &&
					isDigit(text.charCodeAt(j + 1))
				) {
					j++;
					continue;
				}
				break;
			}
			while (j < n && isLetter(text.charCodeAt(j))) j++;
			tokens.push(makeToken(text, i, j, 'number'));
			i = j;
			continue;
		}
		// a run of periods or hyphens is one token ("...", "--"), so is "&amp;"; the loop runs for every one, and the
		// entity is looked for at every other sign, so that V8's optimized code has seen both run (a path first run
		// there makes it start over)
		let j = i;
		if (c === 46 || c === 45) {
			do j++;
			while (j < n && text.charCodeAt(j) === c);
		} else j = i + (isAmpEntity(text, i) ? 5 : 1);
		tokens.push(makeToken(text, i, j, 'punct'));
		i = j;
	}
	markSentenceStarts(text, tokens);
	return tokens;
}

/**
 * Whether "&amp;" (its letters in any case) is at `i`. Reads all five codes, whatever the first: no path of it is
 * first run in optimized code. (A letter's code | 32 is that of its small letter.)
 */
function isAmpEntity(text: string, i: number): boolean {
	const d =
		(charAt(text, i) ^ 38) |
		((charAt(text, i + 1) | 32) ^ 97) |
		((charAt(text, i + 2) | 32) ^ 109) |
		((charAt(text, i + 3) | 32) ^ 112) |
		(charAt(text, i + 4) ^ 59);
	return d === 0;
}

/**
 * Pushes the word that starts at `i` (a letter), or the word and its possessive "'s"; returns where it ends. Apart from
 * `tokenize` because of its rare paths: when one is first taken, V8 redoes the optimized code of this function only.
 */
function pushWord(text: string, i: number, tokens: Token[]): number {
	const n = text.length;
	const c = text.charCodeAt(i);
	let j = i + 1;
	while (j < n && isAlnum(text.charCodeAt(j))) j++;
	let parts = 1;
	let dotted = false;
	for (;;) {
		const d = charAt(text, j);
		const next = charAt(text, j + 1);
		if (HYPHEN(d) && j + 1 < n && splitsAtHyphen(text, i, j)) break;
		if ((HYPHEN(d) || APOSTROPHE(d)) && j + 1 < n && isAlnum(next)) {
			// keep "O'Neill", "Da'esh", "Kyrgyz-Russian"; split a final possessive "'s" below
			j += 2;
			while (j < n && isAlnum(text.charCodeAt(j))) j++;
			parts++;
			continue;
		}
		if (d === 46 && j + 1 < n && isLetter(next)) {
			// "U.S.", "N.Y." (single letters between periods) or "Goto.com" (a lower-case domain)
			const segStart = lastSegmentStart(text, i, j);
			if (j - segStart === 1 && (j + 2 >= n || !isLetter(charAt(text, j + 2)))) {
				j += 2;
				dotted = true;
				continue;
			}
			let k = j + 1;
			while (k < n && isLower(text.charCodeAt(k))) k++;
			if (k - j - 1 >= 2 && k - j - 1 <= 4 && (k >= n || !isAlnum(text.charCodeAt(k))) && !dotted) {
				j = k;
				continue;
			}
		}
		if (
			d === 38 &&
			isUpper(text.charCodeAt(j - 1)) &&
			isAmpEntity(text, j) &&
			j + 5 < n &&
			isUpper(text.charCodeAt(j + 5))
		) {
			// "AT&amp;T", "AT&AMP;T": the ampersand as newswire feeds encode it
			j += 6;
			while (j < n && isAlnum(text.charCodeAt(j))) j++;
			continue;
		}
		if (d === 38 && j + 1 < n && isUpper(next) && isUpper(text.charCodeAt(j - 1))) {
			// "AT&T"
			j += 2;
			while (j < n && isAlnum(text.charCodeAt(j))) j++;
			continue;
		}
		break;
	}
	// final period of an initialism, an initial or a known abbreviation
	if (charAt(text, j) === 46) {
		const word = toLowerCase.call(text.slice(i, j));
		if (dotted || (j - i === 1 && isUpper(c)) || ABBREVIATIONS.has(word)) j++;
	}
	// possessive: "Kyrgyzstan's" -> "Kyrgyzstan" + "'s"
	if (
		parts > 1 &&
		j - i > 3 &&
		APOSTROPHE(text.charCodeAt(j - 2)) &&
		(text.charCodeAt(j - 1) === 115 || text.charCodeAt(j - 1) === 83)
	) {
		tokens.push(makeToken(text, i, j - 2, 'word'));
		tokens.push(makeToken(text, j - 2, j, 'punct'));
	} else {
		tokens.push(makeToken(text, i, j, 'word'));
	}
	return j;
}

/** Marks the first token of each sentence, line and quotation (`sentStart`). */
function markSentenceStarts(text: string, tokens: readonly Token[]): void {
	let breakNext = true;
	let end = 0;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i] as Token;
		let newline = end === 0;
		for (let k = end; k < tok.start && !newline; k++) newline = text.charCodeAt(k) === 10;
		end = tok.end;
		if (newline || breakNext) tok.sentStart = true;
		if (tok.kind === 'punct') {
			const s = tok.text;
			breakNext = (tok.sentStart && s.length === 1 && isOpener(s.charCodeAt(0))) || endsSentence(s);
		} else if (tok.kind === 'word' && text.charCodeAt(tok.end - 1) === 46) {
			// "Inc." may end a sentence; "Mr." and initials never do.
			const base = tok.lower.slice(0, -1);
			breakNext = !NO_BREAK_AFTER.has(base) && !(base.length === 1) && !base.includes('.') && !ABBREVIATIONS.has(base);
		} else {
			breakNext = false;
		}
	}
}

/**
 * "Beijing-based", "Russian-language", "El Nino-driven": a name before a lower-case word splits off; so does a
 * party letter before a place ("D-New York").
 */
function splitsAtHyphen(text: string, wordStart: number, at: number): boolean {
	const seg = lastSegmentStart(text, wordStart, at);
	const c = text.charCodeAt(seg);
	if (at - seg === 1 && seg === wordStart && (c === 68 || c === 82 || c === 73) && isUpper(text.charCodeAt(at + 1)))
		return true;
	if (!isUpper(c)) return false;
	let k = at + 1;
	while (k < text.length && isLower(text.charCodeAt(k))) k++;
	const after = charAt(text, k);
	return (k - at - 1 >= 3 && !isAlnum(after) && !HYPHEN(after)) || (k - at - 1 >= 3 && HYPHEN(after));
}

function lastSegmentStart(text: string, from: number, to: number): number {
	let k = to;
	while (k > from && isAlnum(text.charCodeAt(k - 1))) k--;
	return k;
}
