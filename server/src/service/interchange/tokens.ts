/** A token of the plain text, for the token-based formats (CoNLL) and for agreement over tokens. */
export interface Token {
	/** UTF-16 offsets into the plain text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\p{White_Space}/u;
/** Emoji and their modifiers and joiners: one token for a whole sequence such as a flag. */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]/u;
const CLITIC = /^['’](?:s|S|t|T|re|ve|ll|d|D|m|M)(?![\p{L}\p{N}])/u;
const SENTENCE_END = /^(?:[.!?…]+)$/;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Words a period after which ends no sentence ("Mr.", "Jan."), lower case. */
export const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st gen sen rep gov lt col capt sgt jr sr inc co corp ltd no vs etc jan feb apr aug sep sept oct nov dec est approx dept univ'.split(
		' ',
	),
);

const at = (text: string, i: number): string => String.fromCodePoint(text.codePointAt(i)!);

/** ASCII letters, digits and `_`: the common case, without a regular expression. */
const ASCII_WORD = new Uint8Array(128).map(
	(_, c) => +((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95),
);
const isWordAt = (text: string, i: number): boolean => {
	const c = text.charCodeAt(i);
	return c < 128 ? ASCII_WORD[c] === 1 : WORD.test(at(text, i));
};
const isSpaceAt = (text: string, i: number): boolean => {
	const c = text.charCodeAt(i);
	return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(at(text, i));
};

/**
 * Splits plain text into words, numbers and punctuation: `Kyrgyzstan's` is `Kyrgyzstan` `'s`, `Kyrgyz-Russian` and
 * `2025-2027` stay whole, an emoji sequence is one token. No token crosses an offset of `boundaries` (the ends of
 * annotations), so that every annotation covers whole tokens.
 */
export function tokenize(text: string, boundaries: Iterable<number> = []): Token[] {
	const cuts = [...new Set(boundaries)].sort((a, b) => a - b);
	const tokens: Token[] = [];
	const push = (start: number, end: number): void => {
		let s = start;
		for (const b of cutsWithin(cuts, start, end)) {
			tokens.push({ start: s, end: b, text: text.slice(s, b) });
			s = b;
		}
		tokens.push({ start: s, end, text: text.slice(s, end) });
	};
	let i = 0;
	while (i < text.length) {
		if (isSpaceAt(text, i)) {
			i += text.codePointAt(i)! > 0xffff ? 2 : 1;
			continue;
		}
		const c = at(text, i);
		const start = i;
		if (isWordAt(text, i)) {
			i = wordEnd(text, i);
		} else if (
			(c === "'" || c === '’') &&
			start > 0 &&
			isWordAt(text, start - 1) &&
			CLITIC.test(text.slice(start, start + 4))
		) {
			i = wordEnd(text, i + 1);
		} else if (EMOJI.test(c)) {
			while (i < text.length && EMOJI.test(at(text, i))) i += at(text, i).length;
		} else {
			// Punctuation: a run of the same character (`...`, `--`) is one token.
			while (i < text.length && at(text, i) === c) i += c.length;
		}
		push(start, i);
	}
	return tokens;
}

/** The end of the word starting at `i`: letters and digits, joined by `-`, `.`, `/`, `&` or an apostrophe that is no clitic. */
function wordEnd(text: string, i: number): number {
	while (i < text.length) {
		if (isWordAt(text, i)) {
			i += text.codePointAt(i)! > 0xffff ? 2 : 1;
			continue;
		}
		const c = text[i]!;
		const joins =
			(c === '-' || c === '.' || c === '/' || c === '&' || c === "'" || c === '’') &&
			i + 1 < text.length &&
			isWordAt(text, i + 1);
		if (!joins || ((c === "'" || c === '’') && CLITIC.test(text.slice(i, i + 4)))) break;
		i += 1;
	}
	return i;
}

function* cutsWithin(cuts: readonly number[], start: number, end: number): Generator<number> {
	let lo = 0;
	let hi = cuts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cuts[mid]! <= start) lo = mid + 1;
		else hi = mid;
	}
	for (let k = lo; k < cuts.length && cuts[k]! < end; k++) yield cuts[k]!;
}

/**
 * Groups tokens into sentences: a sentence ends at a blank line, or after `.`, `!`, `?` (and closing quotes) when a
 * line break follows or the next token starts with a capital, a digit or a quote, and the word before the period is
 * no abbreviation (`Mr.`, `Jan.`, an initial). `joined(a, b)` says that the gap between offsets a and b lies inside an annotation: no break
 * there.
 */
export function splitSentences(
	text: string,
	tokens: readonly Token[],
	joined: (end: number, start: number) => boolean = () => false,
): Token[][] {
	const sentences: Token[][] = [];
	let current: Token[] = [];
	for (let k = 0; k < tokens.length; k++) {
		const token = tokens[k]!;
		current.push(token);
		const next = tokens[k + 1];
		if (!next) break;
		if (joined(token.end, next.start)) continue;
		const gap = text.slice(token.end, next.start);
		const lineBreak = /[\n\r\u2028\u2029]/.test(gap);
		// A blank line ends a paragraph; a single line break (a wrapped line) ends a sentence only where one ends.
		if (/\n[ \t\r]*\n/.test(gap) || (endsSentence(current) && (lineBreak || startsSentence(next.text)))) {
			sentences.push(current);
			current = [];
		}
	}
	if (current.length) sentences.push(current);
	return sentences;
}

function endsSentence(tokens: readonly Token[]): boolean {
	let k = tokens.length - 1;
	while (k > 0 && CLOSERS.has(tokens[k]!.text)) k--;
	const mark = tokens[k]!.text;
	if (!SENTENCE_END.test(mark)) return false;
	if (mark !== '.') return true;
	const before = tokens[k - 1]?.text ?? '';
	return !(ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before));
}

function startsSentence(text: string): boolean {
	return /^[\p{Lu}\p{N}"“'‘«(\[]/u.test(text);
}
