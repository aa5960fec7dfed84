import { type Ctx, isCapWord, isCommonWord, phraseKey } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import type { Acronym } from './patterns';
import { type Candidate, type NameType, type Token, candidate } from './types';

const COMPANY = new Set(['inc.', 'inc', 'corp.', 'corp', 'co.', 'ltd.', 'ltd', 'llc', 'plc']);
/** "W.": an initial (a module constant: esbuild turns a \p{..} literal into a `new RegExp` at each evaluation) */
const INITIAL = /^\p{Lu}\.$/u;
const SKIP_IN_NAME = new Set([
	'jr.',
	'sr.',
	'jr',
	'sr',
	'ii',
	'iii',
	'iv',
	'al',
	'el',
	'bin',
	'ibn',
	'van',
	'von',
	'de',
	'da',
	'di',
	'du',
	'le',
	'la',
	'abu',
	'st.',
]);

const spanText = (ctx: Ctx, from: number, to: number): string => {
	const a = ctx.tokens[from];
	const b = ctx.tokens[to - 1];
	return a && b ? ctx.text.slice(a.start, b.end) : '';
};

/**
 * Candidates from the article itself, given the mentions chosen so far:
 * - a surname or first name alone refers to the full name seen in the article ("Lavrov" -> "Sergey Lavrov");
 * - an acronym defined in the article keeps its expansion;
 * - a name typed confidently once keeps its type elsewhere ("Cherating" after "Cherating River"? no: same words only).
 */
export function articleCandidates(ctx: Ctx, chosen: readonly Candidate[], acronyms: readonly Acronym[]): Candidate[] {
	const { tokens } = ctx;
	const out: Candidate[] = [];
	const personAt = new Uint8Array(tokens.length);
	for (let k = 0; k < chosen.length; k++) {
		const c = chosen[k] as Candidate;
		if (c.type === 'person' && c.to - c.from > 1 && c.confidence >= 0.5)
			for (let i = c.from; i < c.to; i++) personAt[i] = 1;
	}
	/** name word -> full names containing it, in article order */
	const personWords = new Map<string, string[]>();
	/** folded phrase -> [type, confidence, canonical] */
	const typed = new Map<string, Typed>();
	/** first word of a typed phrase -> the phrase lengths in tokens, longest first */
	const lengths = new Map<string, number[]>();
	for (let n = 0; n < chosen.length; n++) {
		const c = chosen[n] as Candidate;
		if (c.type === 'misc' || c.type === 'none') continue;
		addTyped(
			tokens,
			typed,
			lengths,
			c.from,
			c.to,
			{ type: c.type, confidence: c.confidence, canonical: c.canonical },
			true,
		);
		// "Merrill Lynch & Co." makes "Merrill Lynch" an organization too, and "Merrill" alone, the company's first word
		// when it is no common word ("Open" of "Open Text Corp.") nor a listed name of something else
		if (c.type === 'org' && c.to - c.from > 2 && COMPANY.has((tokens[c.to - 1] as Token).lower)) {
			let e = c.to - 1;
			while (e > c.from + 1 && /^(&|&amp;|and|,)$/.test((tokens[e - 1] as Token).lower)) e--;
			addTyped(
				tokens,
				typed,
				lengths,
				c.from,
				e,
				{ type: 'org', confidence: c.confidence, canonical: undefined },
				false,
			);
			const first = tokens[c.from] as Token;
			if (
				e - c.from > 1 &&
				first.kind === 'word' &&
				!isCommonWord(ctx, c.from) &&
				((ctx.flags[c.from] ?? 0) & (PLACE_FLAGS | ORG_FLAGS | L.DEMONYM | L.NEVER | L.FUNC)) === 0
			)
				addTyped(
					tokens,
					typed,
					lengths,
					c.from,
					c.from + 1,
					{ type: 'org', confidence: c.confidence, canonical: spanText(ctx, c.from, e) },
					false,
				);
		}
		if (c.type !== 'person' || c.confidence < 0.5) continue;
		const words: number[] = [];
		for (let i = c.from; i < c.to; i++) {
			const t = tokens[i] as Token;
			if (t.kind === 'word' && !SKIP_IN_NAME.has(t.lower) && !INITIAL.test(t.text)) words.push(i);
		}
		if (words.length < 2) continue;
		const full = c.canonical ?? spanText(ctx, c.from, c.to);
		for (let k = 0; k < words.length; k++) {
			const i = words[k] as number;
			// a first name that is also a country or a common word does not stand for the person alone
			if (k < words.length - 1 && (ctx.flags[i] as number) & (PLACE_FLAGS | ORG_FLAGS | L.NEVER | L.DEMONYM)) continue;
			// a letter ("I" of "Charles I") never does; nor a common word of a name only the tagger read ("Green Tea")
			if ((tokens[i] as Token).text.length < 2 || (c.source === 'model' && isCommonWord(ctx, i))) continue;
			const w = (tokens[i] as Token).lower;
			const list = personWords.get(w);
			if (!list) personWords.set(w, [full]);
			else if (!list.includes(full)) list.push(full);
		}
		// "Lavrov's": the possessive form is split by the tokenizer already
	}
	/** tokens inside a chosen organization or place of several words, or a phrase typed as one elsewhere */
	const inStructure = new Uint8Array(tokens.length);
	for (let n = 0; n < chosen.length; n++) {
		const c = chosen[n] as Candidate;
		if ((c.type === 'org' || c.type === 'place' || c.type === 'none') && c.to - c.from > 1 && c.source !== 'model')
			for (let i = c.from; i < c.to; i++) inStructure[i] = 1;
	}

	// the same words typed elsewhere in the article keep that type
	const maxLen = 6;
	for (let i = 0; i < tokens.length && lengths.size > 0; i++) {
		const t = tokens[i] as Token;
		const lens = t.cap ? lengths.get(t.lower) : undefined;
		if (!lens) continue;
		for (let n = 0; n < lens.length; n++) {
			const len = lens[n] as number;
			const e = i + len;
			if (e > tokens.length || len > maxLen) continue;
			if (!tokens[e - 1]?.cap) continue;
			const known = typed.get(phraseKey(tokens, i, e));
			if (!known || known.confidence < 0.7) continue;
			if (e - i === 1 && t.sentStart && ctx.lowerSeen.has(t.lower)) break;
			const confidence = Math.min(0.87, known.confidence - 0.01);
			out.push(candidate(i, e, known.type, 'article', confidence, known.canonical ? known.canonical : undefined));
			if (e - i > 1 && known.type !== 'person') for (let k = i; k < e; k++) inStructure[k] = 1;
			i = e - 1;
			break;
		}
	}

	if (personWords.size === 0 && acronyms.length === 0) return out;
	const acr = new Map<string, Acronym>();
	for (const a of acronyms) acr.set(a.short, a);
	let chosenTypes: Map<number, Map<number, Candidate['type']>> | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.kind !== 'word' || !t.cap) continue;
		const persons = personWords.size > 0 ? personWords.get(t.lower) : undefined;
		if (persons && persons.length > 0 && !personAt[i] && !inStructure[i]) {
			// a run of name words of the same person ("Kofi Annan" again, or "Annan")
			let e = i + 1;
			while (
				e < tokens.length &&
				tokens[e]?.cap &&
				!inStructure[e] &&
				sharesName(personWords.get(tokens[e]?.lower ?? ''), persons)
			)
				e++;
			// a name word run on by another capitalized word is another person's name ("Ruairi Cavanagh" after "Ruairi
			// Ferrie"), which the other sources judge whole
			if (runsOn(ctx, e)) {
				i = e - 1;
				continue;
			}
			const full = persons.length === 1 ? persons[0] : (nearestBefore(ctx, chosen, persons, i) ?? persons[0]);
			out.push(candidate(i, e, 'person', 'article', 0.89, full ? full : undefined));
			i = e - 1;
			continue;
		}
		const a = acr.size > 0 ? acr.get(t.text) : undefined;
		if (a) {
			// Looked up, not searched: an article that repeats an acronym thousands of times would otherwise scan every
			// chosen candidate for each mention, which is quadratic on a long article.
			chosenTypes ??= typesBySpan(chosen);
			const type = chosenTypes.get(a.longFrom)?.get(a.longTo);
			out.push(candidate(i, i + 1, type === 'place' || type === 'person' ? type : 'org', 'article', 0.9, a.long));
		}
	}
	return out;
}

/** Whether token `e` goes on with a capitalized word of the same sentence that no list calls a non-name (a month). */
function runsOn(ctx: Ctx, e: number): boolean {
	const t = ctx.tokens[e];
	return isCapWord(t) && !t?.sentStart && ((ctx.flags[e] ?? 0) & L.NEVER) === 0;
}

/** The type of the first chosen candidate of each token span, by its first and its end token. */
function typesBySpan(chosen: readonly Candidate[]): Map<number, Map<number, Candidate['type']>> {
	const byFrom = new Map<number, Map<number, Candidate['type']>>();
	for (const c of chosen) {
		let byTo = byFrom.get(c.from);
		if (!byTo) byFrom.set(c.from, (byTo = new Map()));
		if (!byTo.has(c.to)) byTo.set(c.to, c.type);
	}
	return byFrom;
}

interface Typed {
	readonly type: NameType;
	readonly confidence: number;
	readonly canonical: string | undefined;
}

/** Records that tokens [from, to) are a name of a known type (`always`: over a less confident record). */
function addTyped(
	tokens: readonly Token[],
	typed: Map<string, Typed>,
	lengths: Map<string, number[]>,
	from: number,
	to: number,
	known: Typed,
	always: boolean,
): void {
	const key = phraseKey(tokens, from, to);
	const prev = typed.get(key);
	if (prev && !(always && prev.confidence < known.confidence)) return;
	typed.set(key, known);
	const first = (tokens[from] as Token).lower;
	const list = lengths.get(first);
	if (!list) {
		lengths.set(first, [to - from]);
		return;
	}
	// longest first, each length once
	const len = to - from;
	let k = 0;
	while (k < list.length && (list[k] as number) > len) k++;
	if (list[k] !== len) list.splice(k, 0, len);
}

/** Whether some full name of `names` is in `persons`. */
function sharesName(names: readonly string[] | undefined, persons: readonly string[]): boolean {
	if (!names) return false;
	for (const p of names) if (persons.includes(p)) return true;
	return false;
}

function nearestBefore(
	ctx: Ctx,
	chosen: readonly Candidate[],
	names: readonly string[],
	i: number,
): string | undefined {
	let best: string | undefined;
	for (const c of chosen) {
		if (c.from >= i) break;
		if (c.type !== 'person') continue;
		const full = c.canonical ?? spanText(ctx, c.from, c.to);
		if (names.includes(full)) best = full;
	}
	return best;
}
