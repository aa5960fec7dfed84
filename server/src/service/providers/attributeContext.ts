import type { NewsDocument, OffsetRange } from '../parse/model';

/** How far back from the cursor an attribute block's `{` is looked for. */
const LOOK_BEHIND = 2000;

/** The attribute block `{...}` of an annotation that the cursor stands in, read leniently (it may be half typed). */
export interface AttributeContext {
	/** Where `[` and `]` of the annotated text stand (`open` is undefined when no `[` matches the `]`). */
	readonly open: number | undefined;
	readonly close: number;
	/** Where `{` stands. */
	readonly brace: number;
	/** The annotated text without markup, white space collapsed. */
	readonly text: string;
	/** The item under the cursor: from after the white space (or `{`) before it to the white space or `}` after it. */
	readonly item: OffsetRange;
	/** The part of the item before the cursor. */
	readonly prefix: string;
	/** Classes and keys of the other items of the block. */
	readonly classes: readonly string[];
	readonly keys: readonly string[];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Whether the character at `at` is escaped by an odd number of backslashes. */
function isEscaped(source: string, at: number): boolean {
	let n = 0;
	for (let j = at - 1; j >= 0 && source.charCodeAt(j) === 0x5c; j--) n++;
	return n % 2 === 1;
}

/** The attribute block at `offset`, or undefined when the cursor is not inside `]{...}` of the body. */
export function attributeContextAt(parsed: NewsDocument, offset: number): AttributeContext | undefined {
	const source = parsed.source;
	if (offset <= parsed.bodyStart || offset > source.length) return undefined;
	let brace = -1;
	let quotes = 0;
	for (let i = offset - 1; i >= Math.max(parsed.bodyStart, offset - LOOK_BEHIND); i--) {
		const c = source[i];
		if (c === '"') quotes++;
		else if ((c === '}' || c === '[' || c === ']') && !isEscaped(source, i)) return undefined;
		else if (c === '\n' && /^[ \t\r]*\n/.test(source.slice(i + 1, i + 200))) return undefined;
		else if (c === '{' && !isEscaped(source, i)) {
			brace = i;
			break;
		}
	}
	// Inside a quoted value ("a value with spaces") nothing is completed.
	if (brace < 0 || quotes % 2 === 1) return undefined;
	const close = brace - 1;
	if (source[close] !== ']' || isEscaped(source, close)) return undefined;

	let itemStart = offset;
	while (itemStart > brace + 1 && !isSpace(source[itemStart - 1])) itemStart--;
	let itemEnd = offset;
	while (itemEnd < source.length && !isSpace(source[itemEnd]) && source[itemEnd] !== '}' && source[itemEnd] !== '{')
		itemEnd++;
	let blockEnd = itemEnd;
	while (
		blockEnd < source.length &&
		source[blockEnd] !== '}' &&
		source[blockEnd] !== '{' &&
		!(source[blockEnd] === '\n' && /^\n[ \t\r]*\n/.test(source.slice(blockEnd, blockEnd + 200)))
	)
		blockEnd++;

	const classes: string[] = [];
	const keys: string[] = [];
	const others = `${source.slice(brace + 1, itemStart)} ${source.slice(itemEnd, blockEnd)}`;
	for (const word of others.split(/\s+/)) {
		if (word.startsWith('.') && word.length > 1) classes.push(word.slice(1));
		const eq = word.indexOf('=');
		if (eq > 0) keys.push(word.slice(0, eq));
	}
	const open = matchingOpen(source, close, Math.max(parsed.bodyStart, close - LOOK_BEHIND));
	return {
		open,
		close,
		brace,
		text: open === undefined ? '' : annotatedText(parsed, open, close),
		item: { start: itemStart, end: itemEnd },
		prefix: source.slice(itemStart, offset),
		classes,
		keys,
	};
}

/** The `[` that the `]` at `close` closes, skipping nested `[...]`. */
function matchingOpen(source: string, close: number, limit: number): number | undefined {
	let depth = 0;
	for (let i = close - 1; i >= limit; i--) {
		const c = source[i];
		if ((c !== '[' && c !== ']') || isEscaped(source, i)) continue;
		if (c === ']') depth++;
		else if (depth === 0) return i;
		else depth--;
	}
	return undefined;
}

/** The plain text between `[` and `]`: from the parse when the annotation is whole, else with its markup stripped. */
function annotatedText(parsed: NewsDocument, open: number, close: number): string {
	const whole = parsed.annotations.find((a) => a.contentRange.start === open + 1 && a.contentRange.end === close);
	return (whole ? whole.text : stripMarkup(parsed.source, open + 1, close)).replace(/\s+/g, ' ').trim();
}

function stripMarkup(source: string, start: number, end: number): string {
	let out = '';
	for (let i = start; i < end; i++) {
		const c = source[i]!;
		if (c === '\\' && i + 1 < end && '[]{}\\'.includes(source[i + 1]!)) out += source[++i];
		else if (c === ']' && source[i + 1] === '{') {
			const attributesEnd = source.indexOf('}', i);
			if (attributesEnd > 0 && attributesEnd < end) i = attributesEnd;
		} else if (c !== '[' && c !== ']') out += c;
	}
	return out;
}
