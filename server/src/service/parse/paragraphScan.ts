import { DiagnosticCode } from '../diagnosticCodes';
import { doubled } from '../text/int32Columns';
import { AttributeReader, type AttributeSink } from './attributes';
import type { FoundSpans } from './foundSpans';
import type { ProblemList } from './problemList';

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CARET = 0x5e;
const EXCLAMATION = 0x21;
const BACKTICK = 0x60;
const AT_SIGN = 0x40;
const SEMICOLON = 0x3b;

/** docs/format.md, escapes: `\[ \] \{ \}` and `\\` are literal characters. */
const isEscapable = (code: number): boolean =>
	code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACE || code === BACKSLASH;

/*
 * What the scan knows of each open bracket, as bits beside its offset (see BracketStack): a paragraph of a million `[`
 * would otherwise be a million objects, which cost the parse of 1 MB of `[` half its time in the garbage collector.
 */
/**
 * Whether Pandoc (2.17) can read this bracket as a span. Not when it is `[^` or inside a footnote marker `[^label]`,
 * right after an unescaped `!` (an image `![...]`) or `^` (an inline note `^[...]`), or a reference-link label (`[`
 * right after a `[...]` that is no span: `[text][label]`). Such brackets still count for bracket balance.
 */
const CAN_OPEN = 1;
/** `[...]` that is no span is a link to Pandoc, which reads a `[` right after it as the link's label. */
const LINKABLE = 2;
/** `[^` or inside a footnote marker: Pandoc's footnote syntax, never reported as unclosed. */
const NOTE = 4;
/**
 * Right after a citation `@key` (and white space with at most one line break): Pandoc reads `[...]` as the
 * citation's locator (`@key [p. 33]`), not as a span, unless a `;` in it is not followed by another `@key`.
 */
const LOCATOR = 8;
const SEMICOLON_SEEN = 16;
const CITE_AFTER_SEMICOLON = 32;

/** The open brackets of a paragraph: offsets and flags in typed arrays, grown by doubling. */
class BracketStack {
	length = 0;
	#at = new Int32Array(64);
	#flags = new Uint8Array(64);

	push(at: number, flags: number): void {
		if (this.length === this.#at.length) {
			this.#at = doubled(this.#at);
			const more = new Uint8Array(this.#flags.length * 2);
			more.set(this.#flags);
			this.#flags = more;
		}
		this.#at[this.length] = at;
		this.#flags[this.length++] = flags;
	}

	/** Removes the top bracket and returns its index; its offset and flags stay readable until the next push. */
	pop(): number {
		return --this.length;
	}

	at(index: number): number {
		return this.#at[index]!;
	}

	flags(index: number): number {
		return this.#flags[index]!;
	}

	/** Empties the stack for the next paragraph, keeping its arrays (a new pair per paragraph was a fifth of a raw 1 MB parse). */
	clear(): this {
		this.length = 0;
		return this;
	}

	/** Sets `flag` on the top bracket if it has `when`. */
	markTop(when: number, flag: number): void {
		const top = this.length - 1;
		if (top >= 0 && (this.#flags[top]! & when) === when) this.#flags[top]! |= flag;
	}
}

/** The scan needs to know only where an attribute block ends and whether it reads. */
const IGNORE_ATTRIBUTES: AttributeSink = { id: () => {}, class: () => {}, pair: () => {} };

/** Where the scan of the paragraphs puts what it finds. */
export interface BodyScan {
	readonly spans: FoundSpans;
	/** 1 for each source character that is markup, removed from the plain text; `markup[0]` is `markupFrom`'s. */
	readonly markup: Uint8Array;
	readonly markupFrom: number;
	readonly problems: ProblemList;
}

/**
 * Scans the paragraphs of `source[from, to)`: `from` is where a line starts, and `to` where a blank line starts (or
 * the end of the source), so that each paragraph is read whole. A paragraph's scan reads nothing outside it.
 */
export function scanBody(source: string, from: number, to: number, into: BodyScan): void {
	const { spans, markup, markupFrom, problems } = into;
	const reader = new AttributeReader();
	const scan: ParagraphScan = { stack: new BracketStack(), special: new NextSpecial(source) };
	let lineStart = from;
	let paragraphStart = -1;
	const paragraph = (end: number): void => {
		const first = spans.count;
		scanParagraph(source, paragraphStart, end, spans, markup, markupFrom, problems, reader, scan);
		spans.sortFrom(first);
	};
	while (lineStart <= to) {
		const nl = source.indexOf('\n', lineStart);
		const lineEnd = nl < 0 || nl >= to ? to : nl + 1;
		const blank = isBlank(source, lineStart, nl < 0 || nl >= to ? to : nl);
		if (blank) {
			if (paragraphStart >= 0) paragraph(lineStart);
			paragraphStart = -1;
		} else if (paragraphStart < 0) {
			paragraphStart = lineStart;
		}
		if (nl < 0 || nl >= to) break;
		lineStart = lineEnd;
	}
	if (paragraphStart >= 0) paragraph(to);
}

function scanParagraph(
	text: string,
	start: number,
	end: number,
	spans: FoundSpans,
	markup: Uint8Array,
	markupFrom: number,
	problems: ProblemList,
	reader: AttributeReader,
	scan: ParagraphScan,
): void {
	const stack = scan.stack.clear();
	/** End of the footnote marker `[^label]` being read (Pandoc reads it as text), or where the last label scan stopped. */
	let noteEnd = -1;
	let noteScan = -1;
	/** Where a `[` would be a reference-link label. */
	let labelAt = -1;
	/** End of the last citation key `@key`. */
	let citeEnd = -1;
	let backticks: BacktickRuns | undefined;
	let i = start;
	while (i < end) {
		// prose between markup characters is only walked past
		i = scan.special.from(i);
		if (i >= end) break;
		const c = text.charCodeAt(i);
		if (c === BACKSLASH && i + 1 < end && isEscapable(text.charCodeAt(i + 1))) {
			markup[i - markupFrom] = 1;
			i += 2;
			continue;
		}
		if (c === BACKTICK && i >= noteEnd && !isEscaped(text, i, start)) {
			// Inline code: Pandoc reads nothing inside it, neither brackets nor escapes.
			backticks ??= new BacktickRuns(text, i, end);
			const closer = backticks.closerAfter(i);
			i = closer < 0 ? i + 1 : closer;
			continue;
		}
		if (
			c === AT_SIGN &&
			i >= noteEnd &&
			!isEscaped(text, i, start) &&
			(i === citeEnd || !isAfterString(text, i, start))
		) {
			const keyEnd = citeKeyEnd(text, i + 1, end);
			if (keyEnd > 0) {
				citeEnd = keyEnd;
				stack.markTop(LOCATOR | SEMICOLON_SEEN, CITE_AFTER_SEMICOLON);
				i = keyEnd;
				continue;
			}
		}
		if (c === SEMICOLON) {
			stack.markTop(LOCATOR, SEMICOLON_SEEN);
		}
		if (c === OPEN_BRACKET) {
			let note = i < noteEnd;
			if (!note && i + 1 < end && text.charCodeAt(i + 1) === CARET) {
				note = true;
				// Pandoc's noteMarker: `[^`, one or more characters other than white space and `]`, then `]`.
				if (noteScan < i + 2) {
					noteScan = i + 2;
					while (noteScan < end && !isNoteLabelStop(text.charCodeAt(noteScan))) noteScan++;
				}
				if (noteScan > i + 2 && noteScan < end && text.charCodeAt(noteScan) === CLOSE_BRACKET) noteEnd = noteScan + 1;
			}
			const label = i === labelAt;
			const before = i > start ? text.charCodeAt(i - 1) : -1;
			const image = before === EXCLAMATION && !isEscaped(text, i - 1, start);
			const inlineNote = before === CARET && !isEscaped(text, i - 1, start);
			const locator = !note && citeEnd >= 0 && isSpaceWithOneLineBreak(text, citeEnd, i);
			// A later `[` has this one between it and the key: checking once keeps the scan linear.
			citeEnd = -1;
			stack.push(
				i,
				(!note && !label && !image && !inlineNote ? CAN_OPEN : 0) |
					(!note && !label && !inlineNote ? LINKABLE : 0) |
					(note ? NOTE : 0) |
					(locator ? LOCATOR : 0),
			);
			i++;
			continue;
		}
		if (c === CLOSE_BRACKET && stack.length > 0) {
			const top = stack.pop();
			const openAt = stack.at(top);
			const flags = stack.flags(top);
			const isLocator =
				(flags & LOCATOR) !== 0 && ((flags & SEMICOLON_SEEN) === 0 || (flags & CITE_AFTER_SEMICOLON) !== 0);
			if (text.charCodeAt(i + 1) === OPEN_BRACE && (flags & CAN_OPEN) !== 0 && !isLocator) {
				const attrs = reader.read(text, i + 1, end, IGNORE_ATTRIBUTES);
				if (typeof attrs === 'number') {
					spans.add(openAt, i, attrs);
					markup[openAt - markupFrom] = 1;
					markup.fill(1, i - markupFrom, attrs - markupFrom);
					i = attrs;
					continue;
				}
				if (attrs.reason === 'unclosed') {
					problems.add({
						code: DiagnosticCode.UnclosedBrace,
						range: { start: i + 1, end: i + 2 },
						message: 'This `{` is never closed: end the attributes with `}`, as in `[Sergey Lavrov]{.person}`.',
					});
				} else {
					problems.add({
						code: DiagnosticCode.InvalidAttributes,
						range: { start: i + 1, end: attrs.end },
						message:
							'These attributes cannot be read, so this is not an annotation: write `{.type key=value}`, with values that contain spaces in double quotes.',
					});
				}
			} else if ((flags & LINKABLE) !== 0 && text.charCodeAt(i + 1) === OPEN_BRACKET) {
				labelAt = i + 1;
			}
		}
		i++;
	}
	for (let k = 0; k < stack.length; k++) {
		if ((stack.flags(k) & NOTE) !== 0) continue;
		if (problems.full) {
			problems.omit(1);
			continue;
		}
		const at = stack.at(k);
		problems.add({
			code: DiagnosticCode.UnclosedBracket,
			range: { start: at, end: at + 1 },
			message:
				'This `[` is never closed in its paragraph: close the annotation with `]{.type}`, or write `\\[` for a literal bracket.',
		});
	}
}

/** What the paragraphs' scans share: one bracket stack, and the search for the next markup character. */
interface ParagraphScan {
	readonly stack: BracketStack;
	readonly special: NextSpecial;
}

/** The characters that the paragraph scan acts on (`{` and `}` are read only after a `]`, `!` and `^` before a `[`). */
const SPECIAL = /[\\`@;[\]]/g;

/**
 * Where the next character the scan acts on is, found by one regular expression (native code, several times faster
 * than the scan's own loop over prose); the answer is kept, so a stretch without one is searched once, not once per
 * paragraph in it.
 */
class NextSpecial {
	readonly #text: string;
	#found = -1;

	constructor(text: string) {
		this.#text = text;
	}

	/** The offset of the first special character at or after `at`; the text's length if none. */
	from(at: number): number {
		if (this.#found >= at) return this.#found;
		SPECIAL.lastIndex = at;
		this.#found = SPECIAL.test(this.#text) ? SPECIAL.lastIndex - 1 : this.#text.length;
		return this.#found;
	}
}

/** Characters that end a footnote label in Pandoc's noteMarker: space, tab, line ends and `]`. */
function isNoteLabelStop(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === CLOSE_BRACKET;
}

/**
 * The backtick runs of a paragraph, for Pandoc's inline code: a run of n backticks opens code that the next run of
 * exactly n backticks closes; with no such run, Pandoc reads one backtick as text and tries again at the next one.
 */
class BacktickRuns {
	readonly #text: string;
	/** Run starts by run length, ascending, and how far each list has been consumed. */
	readonly #starts = new Map<number, number[]>();
	readonly #cursor = new Map<number, number>();
	/** The run that the last call looked at: a failed opener is retried one backtick later, in the same run. */
	#runStart = -1;
	#runEnd = -1;

	constructor(text: string, from: number, end: number) {
		this.#text = text;
		let i = from;
		while (i < end) {
			if (text.charCodeAt(i) !== BACKTICK) {
				i++;
				continue;
			}
			const s = i;
			while (i < end && text.charCodeAt(i) === BACKTICK) i++;
			let list = this.#starts.get(i - s);
			if (!list) this.#starts.set(i - s, (list = []));
			list.push(s);
		}
	}

	/** For backticks opening at `at` (to the end of their run): the offset after the closing run, or -1. */
	closerAfter(at: number): number {
		if (at < this.#runStart || at >= this.#runEnd) {
			let e = at;
			while (this.#text.charCodeAt(e) === BACKTICK) e++;
			this.#runStart = at;
			this.#runEnd = e;
		}
		const runEnd = this.#runEnd;
		const n = runEnd - at;
		const list = this.#starts.get(n);
		if (!list) return -1;
		let k = this.#cursor.get(n) ?? 0;
		while (k < list.length && list[k]! < runEnd) k++;
		this.#cursor.set(n, k);
		return k < list.length ? list[k]! + n : -1;
	}
}

/**
 * Pandoc's `notAfterString` for `@`: a citation key cannot follow a word or a `.` (`a@b.org`). A citation key itself
 * is no word (`@a@b` is two citations). Emphasis ending right before `@` (`*a*@b`) is not modelled.
 */
function isAfterString(text: string, at: number, start: number): boolean {
	if (at <= start) return false;
	const prev = text.codePointAt(at - 1 > start && isLowSurrogate(text.charCodeAt(at - 1)) ? at - 2 : at - 1)!;
	return prev === 0x2e || isAlphaNum(prev);
}

/**
 * Pandoc's citation key after `@` (simpleCiteIdentifier): a letter, digit, `_` or `*`, then letters, digits and `_`,
 * with `:.#$%&-+?<>~/` allowed between them (and `:`/`/` before `/`). Returns its end, or -1.
 */
function citeKeyEnd(text: string, from: number, end: number): number {
	if (from >= end) return -1;
	const first = text.codePointAt(from)!;
	if (!(isAlphaNum(first) || first === 0x5f || first === 0x2a)) return -1;
	let i = from + (first > 0xffff ? 2 : 1);
	while (i < end) {
		const cp = text.codePointAt(i)!;
		if (isRegChar(cp)) {
			i += cp > 0xffff ? 2 : 1;
			continue;
		}
		const next = i + 1 < end ? text.codePointAt(i + 1)! : -1;
		if (
			':.#$%&-+?<>~/'.includes(String.fromCharCode(cp)) &&
			cp < 0x80 &&
			next >= 0 &&
			(isRegChar(next) || ((cp === 0x3a || cp === 0x2f) && next === 0x2f))
		) {
			i++;
			continue;
		}
		break;
	}
	return i;
}

const isRegChar = (cp: number): boolean => cp === 0x5f || isAlphaNum(cp);
const ALPHANUM = /[\p{L}\p{N}]/u;
function isAlphaNum(cp: number): boolean {
	if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 32) >= 0x61 && (cp | 32) <= 0x7a);
	return ALPHANUM.test(String.fromCodePoint(cp));
}
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Pandoc's `spnl` between a citation key and `[`: spaces and tabs with at most one line break. */
function isSpaceWithOneLineBreak(text: string, from: number, to: number): boolean {
	let breaks = 0;
	for (let j = from; j < to; j++) {
		const c = text.charCodeAt(j);
		if (c === 32 || c === 9) continue;
		if (c === 13 && text.charCodeAt(j + 1) === 10) continue;
		if (c === 10 && ++breaks === 1) continue;
		return false;
	}
	return true;
}

/** Whether the character at `at` is escaped: an odd number of backslashes right before it (not before `start`). */
function isEscaped(text: string, at: number, start: number): boolean {
	let n = 0;
	for (let j = at - 1; j >= start && text.charCodeAt(j) === BACKSLASH; j--) n++;
	return n % 2 === 1;
}

export function isBlank(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text[i];
		if (c !== ' ' && c !== '\t' && c !== '\r') return false;
	}
	return true;
}
