/**
 * Where each date rule can start, so that the scanner tries a rule only there: trying every rule at every position
 * costs much more, and one regex joining all the rules takes a few hundred milliseconds to compile.
 *
 * The rules spell their words out whole (lower case, Capitalized or UPPER CASE; `patterns.ts`), and a word is never
 * followed by another letter in a match. So a rule starts with a whole word of its source, a digit or an apostrophe
 * ("'90s"): at a word, the rules to try are those that spell it; at a digit, those that can read a digit; at an
 * apostrophe, those that can read one. And when the word is followed by a space and another word, a rule that cannot
 * end after the first word must spell the second too ("the" begins many rules, "the government" none). A rule that
 * reads letters through a class (`\w`, `[a-z]`, `.`) outside its lookarounds, or spells a word in parts ("years?"),
 * could start with any word: it is tried at every one.
 */
import { stickyRegex } from '../data';
import { RULES } from './rules';
import type { DateScratch } from './scratch';

/** The pieces of a regex source: an escape, a character class, the opening of a lookaround, a parenthesis, the rest. */
const PIECE = /\\u[0-9a-fA-F]{4}|\\.|\[(?:\\.|[^\]\\])*\]|\(\?<?[=!]|[()]|[^\\[()]+/g;
/** Escapes, character classes and group names: what is not a literal letter of a regex source. */
const NOT_LITERAL = /\\u[0-9a-fA-F]{4}|\\[pPk]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|\(\?<[A-Za-z]\w*>/g;

/** An escape or a character class (kept), or a lookaround with groups at most one deep inside it (dropped). */
const LOOKAROUND_OR_KEPT =
	/(\\.|\[(?:\\.|[^\]\\])*\])|\(\?<?[=!](?:\\.|\[(?:\\.|[^\]\\])*\]|\((?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\[])*\)|[^()\\[])*\)/g;
const ESCAPE_OR_CLASS = /\\.|\[(?:\\.|[^\]\\])*\]/g;
const LOOKAROUND_OPENING = /\(\?<?[=!]/;

/**
 * The source without its lookarounds (which read no characters of the match). One native replace does it for the
 * rules' shallow lookarounds (a loop over the 20,000 characters of the sources cost 11 M instructions and a TurboFan
 * compile at start-up); a deeper lookaround is left behind by the replace, and then the source is read piece by piece.
 */
export function withoutLookarounds(source: string): string {
	const out = source.replace(LOOKAROUND_OR_KEPT, '$1');
	return LOOKAROUND_OPENING.test(out.replace(ESCAPE_OR_CLASS, '')) ? withoutLookaroundsByPiece(source) : out;
}

/** The source without its lookarounds, read piece by piece (for lookarounds in lookarounds). */
function withoutLookaroundsByPiece(source: string): string {
	let out = '';
	let depth = 0;
	/** the depth at which the lookaround being skipped opened, or -1 */
	let skipFrom = -1;
	for (const [piece] of source.matchAll(PIECE)) {
		if (piece.startsWith('(')) {
			if (skipFrom < 0 && piece.length > 1) skipFrom = depth;
			depth++;
		} else if (piece === ')') {
			depth--;
			if (depth === skipFrom) {
				skipFrom = -1;
				continue;
			}
		}
		if (skipFrom < 0) out += piece;
	}
	return out;
}

/** What a rule's first character can be. */
interface RuleStarts {
	/** the words the source spells, in lower case (those of its lookarounds too) */
	readonly words: readonly string[];
	/** letters read through a class: any word */
	readonly anyWord: boolean;
	readonly digit: boolean;
	readonly apostrophe: boolean;
}

function startsOf(source: string): RuleStarts {
	const read = withoutLookarounds(source);
	const classes = read.match(/\[(?:\\.|[^\]\\])*\]/g) ?? [];
	// a letter under a quantifier, or two letters with only groups between them: a word not spelled out whole
	const literals = read.replace(/\(\?<[A-Za-z]\w*>/g, '(?:').replace(NOT_LITERAL, ' ');
	const partWords = /[A-Za-z](?:[?*+{]|[()?:*+]*\(\?:[A-Za-z]|\)[?*+]*[A-Za-z])/.test(literals);
	return {
		words: [...new Set((source.replace(NOT_LITERAL, ' ').match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase()))],
		anyWord:
			partWords ||
			/\\[wWSDpP]|(?:^|[^\\])\./.test(read) ||
			classes.some((c) => /^\[\^|[A-Za-z]/.test(c.replace(/\\u[0-9a-fA-F]{4}|\\[tnrsdb]/g, ''))),
		digit: /\\d|[0-9]/.test(read.replace(/\\u[0-9a-fA-F]{4}/g, '')),
		apostrophe: /'|\\u2019|’/.test(read),
	};
}

const RULE_COUNT = RULES.length;
const STARTS = RULES.map((rule) => startsOf(rule.source));
const rulesWhere = (test: (starts: RuleStarts) => boolean): number[] =>
	STARTS.flatMap((starts, r) => (test(starts) ? [r] : []));
const forEveryWord = rulesWhere((s) => s.anyWord);
const forDigit = rulesWhere((s) => s.digit);
const forApostrophe = rulesWhere((s) => s.apostrophe);

/**
 * A trie of the rules' words over a-z (node * 26 + letter -> child node, 0 for none) and, per node, the rules that
 * spell the node's word (ascending). Built in a typed array sized for one node per letter (a plain array written at
 * node * 26 turns sparse: slow to fill and to read).
 */
function trieOfWords(): { trie: Int32Array; rulesAtNode: number[][] } {
	const letters = STARTS.reduce((n, starts) => n + starts.words.reduce((m, w) => m + w.length, 0), 0);
	const children = new Int32Array((1 + letters) * 26);
	const rulesAtNode: number[][] = [[]];
	STARTS.forEach((starts, r) => {
		for (const w of starts.words) {
			let node = 0;
			for (let i = 0; i < w.length; i++) {
				const slot = node * 26 + w.charCodeAt(i) - 97;
				if (!children[slot]) {
					children[slot] = rulesAtNode.length;
					rulesAtNode.push([]);
				}
				node = children[slot]!;
			}
			rulesAtNode[node]!.push(r);
		}
	});
	return { trie: children.slice(0, rulesAtNode.length * 26), rulesAtNode };
}
const { trie, rulesAtNode } = trieOfWords();
/** spells[node * RULE_COUNT + r]: rule r spells the node's word */
const spells = new Uint8Array(rulesAtNode.length * RULE_COUNT);
for (let node = 0; node < rulesAtNode.length; node++) {
	for (const r of rulesAtNode[node]!) spells[node * RULE_COUNT + r] = 1;
	for (const r of forEveryWord) spells[node * RULE_COUNT + r] = 1;
}

/** The rules of two ascending lists, ascending, each once. */
function union(a: readonly number[], b: readonly number[]): readonly number[] {
	if (!a.length) return b;
	if (!b.length) return a;
	const out: number[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const x = i < a.length ? a[i]! : Infinity;
		const y = j < b.length ? b[j]! : Infinity;
		out.push(Math.min(x, y));
		if (x <= y) i++;
		if (y <= x) j++;
	}
	return out;
}

/** Per node: the rules to try at the node's word, in `RULES` order (a node's own rules are ascending: pushed in
 * `RULES` order, once per rule, since a rule's words are distinct). */
const triedAtNode = rulesAtNode.map((own) => {
	const rules = union(forEveryWord, own);
	return rules.length ? rules : undefined;
});

/** The trie node of the word of letters at `at`: 0 when no rule spells it. */
function wordNode(text: string, at: number): number {
	let node = 0;
	for (let i = at; ; i++) {
		const l = (text.charCodeAt(i) | 32) - 97;
		if (l < 0 || l >= 26) return node;
		node = trie[node * 26 + l]!;
		if (!node) return 0;
	}
}

/** White space and a word that no rule spells, in the cases and spaces a rule may tell apart. */
const FOLLOWERS = [' qqq', ' Qqq', ' QQQ', '\tqqq', '\u00a0qqq', '\nqqq', '\r\nqqq', ' \nqqq'];

/**
 * Whether rule r can end after `first` (a word, in lower case) where a space and a word it does not spell follow:
 * found by running it on such text, once per word and rule (kept in `scratch.endsAfter`).
 */
function canEndAfter(scratch: DateScratch, first: string, rule: number): boolean {
	const { endsAfter } = scratch;
	let known = endsAfter.get(first);
	if (!known) {
		known = new Uint8Array(RULE_COUNT);
		endsAfter.set(first, known);
	}
	if (!known[rule]) {
		const re = stickyRegex(rule);
		const forms = [first, first.charAt(0).toUpperCase() + first.slice(1), first.toUpperCase()];
		const ends = forms.some((form) => FOLLOWERS.some((after) => ((re.lastIndex = 0), re.test(form + after))));
		known[rule] = ends ? 1 : 2;
	}
	return known[rule] === 1;
}

/** [A-Za-z0-9_\u00c0-\u024f\u0400-\u04ff], as a table (one path for every character, which V8 compiles once). */
const WORD_CHARS = Uint8Array.from({ length: 0x500 }, (_, c) =>
	(c >= 97 && c <= 122) ||
	(c >= 65 && c <= 90) ||
	(c >= 48 && c <= 57) ||
	c === 95 ||
	(c >= 0xc0 && c <= 0x24f) ||
	c >= 0x400
		? 1
		: 0,
);
export const isWordChar = (c: number): boolean => c >= 0 && c < 0x500 && WORD_CHARS[c] === 1;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The rules that can start at `at` (in `RULES` order), or undefined when none can. */
export function rulesStartingAt(scratch: DateScratch, text: string, at: number): readonly number[] | undefined {
	const c = text.charCodeAt(at);
	if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return undefined;
	if (c >= 48 && c <= 57) return forDigit;
	if (c === 39 || c === 0x2019) return forApostrophe;
	if (!isLetter(c)) return undefined;
	const first = wordNode(text, at);
	const rules = triedAtNode[first];
	if (!rules || first === 0) return rules;
	let end = at + 1;
	while (isLetter(text.charCodeAt(end))) end++;
	return beforeNextWord(scratch, rules, text, at, end, first);
}

/**
 * `rules`, less those that can neither end after the word at [at, end) (of trie node `first`) nor read the word after
 * it, when a space and a word follow.
 */
function beforeNextWord(
	scratch: DateScratch,
	rules: readonly number[],
	text: string,
	at: number,
	end: number,
	first: number,
): readonly number[] | undefined {
	if (!isSpace(text.charCodeAt(end))) return rules;
	let next = end + 1;
	while (isSpace(text.charCodeAt(next))) next++;
	if (!isLetter(text.charCodeAt(next))) return rules;
	const second = wordNode(text, next);
	const key = first * rulesAtNode.length + second;
	const { triedBeforeWord } = scratch;
	let kept = triedBeforeWord.get(key);
	if (kept === undefined && !triedBeforeWord.has(key)) {
		const word = text.slice(at, end).toLowerCase();
		const filtered = rules.filter((r) => spells[second * RULE_COUNT + r] || canEndAfter(scratch, word, r));
		kept = filtered.length ? filtered : undefined;
		triedBeforeWord.set(key, kept);
	}
	return kept;
}
