import type { Acronym } from './acronyms';
import { articleContext, type Ctx, type TokenizedText, tokenizeText } from './context';
import type { PhraseMatch } from './lexicon';
import type { NameScratch } from './nameScratch';
import { type Candidate, type Token, candidate } from './types';
import { TextCache } from '../textCache';

/**
 * Incremental recognition: an article is read a line at a time. What a line's patterns, lists and tagger find depends
 * on its own text and on a few facts of the whole article (which capitalized words it also writes in lower case or
 * capitalized elsewhere, the tagger's article bits of a word, whether it shouts); the coreference, the votes of one
 * sense per article and the choice among candidates then run over the whole article. So each line is recognized once
 * per text, and found again after an edit elsewhere if every article fact it read still answers as it did: typing in
 * one paragraph re-tags that paragraph only. A line, not a blank-line paragraph: articles with a paragraph a line
 * and no blank line between are common, and nothing of the recognizer joins a name across a line break.
 */

/** What a line's own recognizers found, in the line's token indices (the tagger's before its article-wide votes). */
export interface LineNames {
	readonly patterns: readonly Candidate[];
	readonly acronyms: readonly Acronym[];
	readonly loneTitles: readonly { readonly from: number; readonly to: number }[];
	readonly lists: readonly Candidate[];
	readonly model: readonly Candidate[];
}

/** What a line without tokens holds (a blank line between paragraphs). */
const NOTHING: LineNames = Object.freeze({ patterns: [], acronyms: [], loneTitles: [], lists: [], model: [] });

/** A line's tokens and, once recognized, what it found with the article facts it read on the way. */
interface LineEntry {
	readonly line: TokenizedText;
	found: { readonly names: LineNames; readonly shouting: boolean; readonly reads: FactReads | undefined } | undefined;
}

/** One line of an article: its entry and where its tokens start among the article's. */
export interface ArticleLine {
	readonly entry: LineEntry;
	readonly firstToken: number;
	readonly start: number;
}

/** An article read a line at a time: the whole article's context and its lines. */
export interface ArticleLines {
	readonly ctx: Ctx;
	readonly lines: readonly ArticleLine[];
}

/** The lines of `text`, each with its newline; one line for a text without any. */
function splitLines(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let start = 0;
	for (;;) {
		const nl = text.indexOf('\n', start);
		if (nl < 0) break;
		out.push({ start, end: nl + 1 });
		start = nl + 1;
	}
	if (start < text.length || out.length === 0) out.push({ start, end: text.length });
	return out;
}

/**
 * The article's context over its lines' tokens: each line tokenized once per text (the cache of `scratch.lines`),
 * its tokens copied at their place in the article (the tokenizer never joins across a line break, and the first
 * token of a line opens a sentence wherever the line is, so these are the tokens of the whole text).
 */
export function readArticle(text: string, scratch: NameScratch): ArticleLines {
	const ranges = splitLines(text);
	if (ranges.length === 1) {
		// one line, the whole text: its facts are its own, nothing to check on reuse
		let entry = scratch.lines?.get(text);
		if (!entry) {
			entry = { line: tokenizeText(text, scratch), found: undefined };
			scratch.lines?.put(text, entry);
		}
		return { ctx: articleContext(entry.line, scratch), lines: [{ entry, firstToken: 0, start: 0 }] };
	}
	const cache = scratch.lines;
	if (!cache) return readOnce(text, ranges, scratch);
	const lines: ArticleLine[] = [];
	let count = 0;
	for (const r of ranges) {
		const key = text.slice(r.start, r.end);
		let entry = cache.get(key);
		if (!entry) {
			entry = { line: tokenizeText(key, scratch), found: undefined };
			cache.put(key, entry);
		}
		lines.push({ entry, firstToken: count, start: r.start });
		count += entry.line.tokens.length;
	}
	const tokens = new Array<Token>(count);
	const flags = new Int32Array(count);
	const hashes = new Int32Array(2 * count);
	for (const { entry, firstToken, start } of lines) {
		const { line } = entry;
		flags.set(line.flags, firstToken);
		hashes.set(line.hashes, 2 * firstToken);
		const ts = line.tokens;
		for (let k = 0; k < ts.length; k++)
			tokens[firstToken + k] = start === 0 ? (ts[k] as Token) : moved(ts[k] as Token, start);
	}
	return { ctx: articleContext({ text, tokens, flags, hashes }, scratch), lines };
}

/**
 * `readArticle` for a recognizer that keeps nothing (a batch): the whole text tokenized once, as the lines would be,
 * each line's tokens a part of the article's (their offsets in the whole text, which a line's context then holds:
 * what a line's recognizers find is the same, they read the text at its tokens only).
 */
function readOnce(text: string, ranges: readonly { start: number; end: number }[], scratch: NameScratch): ArticleLines {
	const all = tokenizeText(text, scratch);
	const { tokens, flags, hashes } = all;
	const lines: ArticleLine[] = [];
	let first = 0;
	for (const r of ranges) {
		let last = first;
		while (last < tokens.length && (tokens[last] as Token).start < r.end) last++;
		const line: TokenizedText = {
			text,
			tokens: tokens.slice(first, last),
			flags: flags.subarray(first, last),
			hashes: hashes.subarray(2 * first, 2 * last),
		};
		lines.push({ entry: { line, found: undefined }, firstToken: first, start: r.start });
		first = last;
	}
	return { ctx: articleContext(all, scratch), lines };
}

/** The token `by` characters further (the fields in the tokenizer's order: one object shape for V8). */
function moved(t: Token, by: number): Token {
	return {
		start: t.start + by,
		end: t.end + by,
		text: t.text,
		lower: t.lower,
		kind: t.kind,
		cap: t.cap,
		allCaps: t.allCaps,
		hasUpper: t.hasUpper,
		hasDigit: t.hasDigit,
		sentStart: t.sentStart,
	};
}

/**
 * What the line found, in the article's token indices: kept from the last time its text was read if the article
 * facts it read then answer the same now, else found again (`find` over the line's context).
 */
export function lineNames(article: Ctx, al: ArticleLine, whole: boolean, find: (ctx: Ctx) => LineNames): LineNames {
	const { entry } = al;
	const keep = article.scratch.lines !== undefined;
	const kept = entry.found;
	let names: LineNames;
	// (found for a whole text, a line's findings count only for that text alone)
	if (kept && kept.shouting === article.shouting && (kept.reads === undefined ? whole : kept.reads.same(article))) {
		names = kept.names;
	} else if (entry.line.tokens.length === 0) {
		names = NOTHING;
	} else {
		// the whole text as one line: its facts are its own, the same whenever its text is
		const reads = whole || !keep ? undefined : new FactReads();
		names = find(whole ? article : lineContext(entry.line, article, reads));
		if (keep) {
			entry.found = { names, shouting: article.shouting, reads };
			(article.scratch.lines as LineCache).recognized++;
		}
	}
	// (kept, the findings are the entry's, moved as copies; else they are this call's alone, moved where they are)
	return keep || names === NOTHING ? shifted(names, al.firstToken) : shiftedInPlace(names, al.firstToken);
}

/** The line's context: its own tokens, the article's facts, each read noted in `reads` if it is to be kept. */
function lineContext(line: TokenizedText, article: Ctx, reads: FactReads | undefined): Ctx {
	const n = line.tokens.length;
	const facts = reads ? reads.noting(article) : article;
	return {
		scratch: article.scratch,
		text: line.text,
		tokens: line.tokens,
		flags: line.flags,
		phrases: new Array<readonly PhraseMatch[] | undefined>(n),
		lowerSeen: facts.lowerSeen,
		capSeen: facts.capSeen,
		wordBits: facts.wordBits,
		shouting: article.shouting,
		common: new Uint8Array(n),
	};
}

/**
 * The article facts a line read, each with its answer, to ask again of another version of the article. (Only the
 * words and answers: an entry that held the article would keep every article it was read in.)
 */
class FactReads {
	readonly #words: string[] = [];
	/** per read: its kind (0 lower case seen, 1 capitalized seen, 2 the word's bits) and, above, the answer + 1 */
	readonly #codes: number[] = [];

	/** The article's facts, each read noted here. */
	noting(article: Ctx): Pick<Ctx, 'lowerSeen' | 'capSeen' | 'wordBits'> {
		return {
			lowerSeen: { has: (w) => this.note(w, 0, article.lowerSeen.has(w) ? 1 : 0) === 1 },
			capSeen: { has: (w) => this.note(w, 1, article.capSeen.has(w) ? 1 : 0) === 1 },
			wordBits: {
				get: (w) => {
					const b = article.wordBits.get(w);
					this.note(w, 2, b ?? -1);
					return b;
				},
			},
		};
	}

	/** Notes a read and its answer; returns the answer. */
	note(word: string, kind: number, answer: number): number {
		this.#words.push(word);
		this.#codes.push(kind | ((answer + 1) << 2));
		return answer;
	}

	/** Whether every read answers the same in `article`. */
	same(article: Ctx): boolean {
		const words = this.#words;
		const codes = this.#codes;
		for (let k = 0; k < words.length; k++) {
			const w = words[k] as string;
			const code = codes[k] as number;
			const kind = code & 3;
			const answer =
				kind === 0
					? article.lowerSeen.has(w)
						? 1
						: 0
					: kind === 1
						? article.capSeen.has(w)
							? 1
							: 0
						: (article.wordBits.get(w) ?? -1);
			if (answer + 1 !== code >> 2) return false;
		}
		return true;
	}
}

/** The line's findings `by` tokens further, always as new objects: the article's passes change candidates in place. */
function shifted(names: LineNames, by: number): LineNames {
	const move = (cs: readonly Candidate[]): Candidate[] => {
		const out = new Array<Candidate>(cs.length);
		for (let k = 0; k < cs.length; k++) {
			const c = cs[k] as Candidate;
			out[k] = candidate(
				c.from + by,
				c.to + by,
				c.type,
				c.source,
				c.confidence,
				c.canonical,
				c.role && { from: c.role.from + by, to: c.role.to + by },
			);
		}
		return out;
	};
	return {
		patterns: move(names.patterns),
		acronyms: names.acronyms.map((a) => ({ ...a, longFrom: a.longFrom + by, longTo: a.longTo + by, at: a.at + by })),
		loneTitles: names.loneTitles.map((t) => ({ from: t.from + by, to: t.to + by })),
		lists: move(names.lists),
		model: move(names.model),
	};
}

/** `shifted` for findings nothing else holds: the same objects, moved. */
function shiftedInPlace(names: LineNames, by: number): LineNames {
	if (by === 0) return names;
	for (const cs of [names.patterns, names.lists, names.model])
		for (const c of cs as Candidate[]) {
			c.from += by;
			c.to += by;
			if (c.role) c.role = { from: c.role.from + by, to: c.role.to + by };
		}
	return {
		...names,
		acronyms: names.acronyms.map((a) => ({ ...a, longFrom: a.longFrom + by, longTo: a.longTo + by, at: a.at + by })),
		loneTitles: names.loneTitles.map((t) => ({ from: t.from + by, to: t.to + by })),
	};
}

/** The lines of articles read lately, tokenized, with what was found in each (500,000 characters of lines are a few megabytes of tokens and candidates). */
export class LineCache extends TextCache<LineEntry> {
	/** How many lines have been recognized (and kept) so far: what an edit cost, for the tests. */
	recognized = 0;
}
