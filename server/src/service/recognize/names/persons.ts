import { type Ctx, isCapWord, isCommonWord, phraseAt, phraseKey } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import { lookup } from './lexicon';
import { TITLES } from './lists';
import { flagsOf, personEnd, SURNAME_ENDING, STRONG_SURNAME_ENDING, NAME_SUFFIXES, tok } from './spans';
import { type Candidate, type Token, candidate } from './types';
import { WordSet } from './wordSet';

/** Patterns for people: a title before a name (the title is the role), a known first name, a surname ending. */
const HONORIFICS = new Set([
	'mr.',
	'mrs.',
	'ms.',
	'mr',
	'mrs',
	'ms',
	'dr.',
	'dr',
	'sir',
	'dame',
	'miss',
	'messrs.',
	'mme.',
]);
const OFFICE_WORD =
	/\b(minister|president|secretary|ambassador|envoy|spokes(?:man|woman|person)|senator|governor|mayor|chairman|chairwoman|director|prosecutor|judge|coach|commander|premier|chancellor|king|queen|prince|sheikh|emir|sultan|speaker|lawyer|attorney|rep\.|sen\.|gov\.|gen\.|col\.|lt\.|sgt\.|capt\.|dr\.|mr\.|mrs\.|ms\.)/;
const TITLE_MODIFIERS = new Set([
	'former',
	'acting',
	'interim',
	'deputy',
	'vice',
	'first',
	'senior',
	'chief',
	'assistant',
	'then',
	'late',
	'incoming',
	'outgoing',
	'ex',
	'retired',
	'top',
]);
/** The words that can open a title: the modifiers and the first words of the titles ("foreign" of "foreign minister"). */
const TITLE_STARTS = new WordSet([...TITLE_MODIFIERS, ...TITLES.map((t) => t.split(' ', 1)[0] ?? '')]);

/** Longest title phrase at `i` (case-insensitive): "Foreign Minister", "Secretary of State", "Gen.". */
function titleAt(ctx: Ctx, i: number): number {
	let key = '';
	let best = -1;
	for (let j = i; j < ctx.tokens.length && j - i < 6; j++) {
		const t = tok(ctx, j);
		if (!t || t.kind === 'punct' || (j > i && t.sentStart)) break;
		key += (j > i ? ' ' : '') + t.lower;
		const f = j === i ? flagsOf(ctx, i) | lookup(ctx.scratch, key) : lookup(ctx.scratch, key);
		if (f & L.TITLE) best = j + 1;
		if (!(f & L.PREFIX)) break;
	}
	return best;
}
interface Title {
	readonly roleFrom: number;
	readonly to: number;
	readonly capitalized: boolean;
	readonly honorific: boolean;
}
/** A chain of titles at `i`: "Russian Foreign Minister", "President of Kyrgyzstan", "former Deputy Prime Minister". */
function titleChain(ctx: Ctx, i: number): Title | null {
	let j = i;
	let roleFrom = i;
	const first = tok(ctx, i);
	if (!first) return null;
	// a nationality or a country before the title belongs to the role ("Russian Foreign Minister", "US Secretary"),
	// not one that ends the sentence or the line before it ("in Iraq\nMinister Tobias Ellwood said")
	if (
		first.cap &&
		flagsOf(ctx, i) & (L.DEMONYM | L.COUNTRY) &&
		!(flagsOf(ctx, i) & L.TITLE) &&
		!tok(ctx, i + 1)?.sentStart
	)
		j = i + 1;
	let end = -1;
	let capitalized = false;
	let honorific = false;
	for (;;) {
		const t = tok(ctx, j);
		if (!t) break;
		if (
			TITLE_MODIFIERS.has(ctx.text.charCodeAt(t.end - 1) === 45 ? t.lower.slice(0, -1) : t.lower) &&
			titleAt(ctx, j + 1) > 0
		) {
			j++;
			continue;
		}
		const e = titleAt(ctx, j);
		if (e < 0) break;
		// a title in lower case must name an office ("minister Lavrov"), not "private Swiss banks"
		if (!t.cap && !OFFICE_WORD.test(phraseKey(ctx.tokens, j, e))) break;
		capitalized = capitalized || t.cap;
		honorific = HONORIFICS.has(t.lower);
		j = e;
		end = e;
		// complement: "President of Kyrgyzstan", "Minister for the Middle East", "Secretary of State"
		const c = tok(ctx, j);
		if (c && (c.lower === 'of' || c.lower === 'for') && t.cap) {
			let k = j + 1;
			if (tok(ctx, k)?.lower === 'the') k++;
			const m = phraseAt(ctx, k, PLACE_FLAGS | ORG_FLAGS);
			if (m) {
				j = m.to;
				end = j;
			}
		}
	}
	if (end < 0) return null;
	if (j === i + 1 && roleFrom !== i) roleFrom = i;
	return { roleFrom, to: end, capitalized, honorific };
}
/**
 * Persons after titles: "Foreign Minister Sergey Lavrov" (the title is the role), "Mr. Smith", "Gen. Votel". A
 * capitalized title after "the" with no name after it names a person by office alone ("the Russian Foreign Minister
 * said"): its token range goes into `lone`, a role without a person.
 */
export function titledPersons(ctx: Ctx, out: Candidate[], lone: { from: number; to: number }[] = []): void {
	const n = ctx.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = tok(ctx, i);
		if (!t || t.kind !== 'word') continue;
		const f = flagsOf(ctx, i);
		if (!(f & (L.TITLE | L.DEMONYM | L.COUNTRY)) && !TITLE_STARTS.has(t.lower)) continue;
		const title = titleChain(ctx, i);
		if (!title) continue;
		// the title's words are no name ("Minister of Foreign Affairs"); a place in it is ("President of Kyrgyzstan")
		for (let k = title.roleFrom; k < title.to; k++) {
			if (phraseAt(ctx, k, PLACE_FLAGS | ORG_FLAGS)) break;
			// "Bishop", "King" may be surnames ("Matthew Bishop")
			if (flagsOf(ctx, k) & (L.FIRST | L.LAST)) continue;
			out.push(candidate(k, k + 1, 'none', 'pattern', 0.85));
		}
		let from = title.to;
		let end = personEnd(ctx, from, 4, tok(ctx, title.to - 1)?.allCaps === true);
		// "Minister for the Middle East, Tobias Ellwood said": an office opening a sentence, its holder after a comma
		if (end < 0 && title.capitalized && !title.honorific && tok(ctx, title.roleFrom)?.sentStart) {
			const apposed = tok(ctx, from)?.text === ',' ? personEnd(ctx, from + 1, 4, false) : -1;
			const after = tok(ctx, apposed);
			if (apposed > 0 && after && (after.text === ',' || after.lower === 'said' || after.text === ':')) {
				from++;
				end = apposed;
			}
		}
		if (end < 0) {
			if (isLoneTitle(ctx, title)) lone.push({ from: title.roleFrom, to: title.to });
			i = title.to - 1;
			continue;
		}
		// the name is not itself a listed place or organization ("Minister Kyrgyzstan")
		const whole = phraseAt(ctx, from, PLACE_FLAGS | ORG_FLAGS);
		if (
			whole &&
			whole.to === end &&
			whole.flags & (L.COUNTRY | L.CAPITAL | L.CITY_L | L.GEO | ORG_FLAGS) &&
			!(flagsOf(ctx, from) & (L.FIRST | L.LAST))
		) {
			i = title.to - 1;
			continue;
		}
		const conf = title.capitalized ? 0.92 : 0.8;
		// an honorific is no role, nor a title in lower case ("Russian minister Lavrov"), as the hand annotation has it
		out.push(
			candidate(
				from,
				end,
				'person',
				'pattern',
				conf,
				undefined,
				title.honorific || !title.capitalized ? undefined : { from: title.roleFrom, to: title.to },
			),
		);
		i = end - 1;
	}
}
/**
 * "the Russian Foreign Minister said", "the President of Kyrgyzstan noted": a capitalized office after "the", ending
 * where no capitalized word follows ("the Foreign Minister Sergey Lavrov" has a name after it, "the President Hotel"
 * is a name itself). An honorific ("the Mr.") is no office.
 */
function isLoneTitle(ctx: Ctx, title: Title): boolean {
	if (!title.capitalized || title.honorific) return false;
	if (tok(ctx, title.roleFrom - 1)?.lower !== 'the' || tok(ctx, title.roleFrom)?.sentStart) return false;
	const next = tok(ctx, title.to);
	if (next && (next.cap || next.text === "'s") && !next.sentStart) return false;
	return OFFICE_WORD.test(phraseKey(ctx.tokens, title.roleFrom, title.to));
}
/**
 * Whether the word before token `i` is a capitalized word of the same sentence that no list knows as a title, a first
 * name, a nationality, a country or a function word, no honorific, not in capitals and no common word opening the
 * sentence: then a name at `i` goes on from it.
 */
function runsOnFrom(ctx: Ctx, i: number): boolean {
	const p = tok(ctx, i - 1);
	// (a word in capitals says nothing of that: a headline's "BUOYANT CLINTON")
	if (!isCapWord(p) || p?.allCaps || tok(ctx, i)?.sentStart) return false;
	// (nor a common word opening the sentence: "Striker Wayne Rooney")
	if (p?.sentStart && isCommonWord(ctx, i - 1)) return false;
	return (
		(flagsOf(ctx, i - 1) & (L.FUNC | L.TITLE | L.NEVER | L.DEMONYM | L.FIRST | L.COUNTRY)) === 0 &&
		!HONORIFICS.has(p?.lower ?? '')
	);
}

/** Venues, whose names end as a person's would: "Yankee Stadium", "Rose Arena". */
const VENUES = new Set(['stadium', 'arena']);
/** "Sadyr Zhaparov", "Michael W. McCarthy": a known first name, or a surname ending, makes a person. */
export function namedPersons(ctx: Ctx, out: Candidate[]): void {
	const n = ctx.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = tok(ctx, i);
		if (!isCapWord(t) || !t) continue;
		const f = flagsOf(ctx, i);
		const end = personEnd(ctx, i);
		if (end < 0) continue;
		// the last word of the name, "Jr." and the like aside
		let lastIdx = end - 1;
		while (
			lastIdx >= i &&
			((ctx.tokens[lastIdx] as Token).kind !== 'word' || NAME_SUFFIXES.has((ctx.tokens[lastIdx] as Token).lower))
		)
			lastIdx--;
		if (lastIdx < i) continue;
		const lastTok = ctx.tokens[lastIdx] as Token;
		const lastFlags = flagsOf(ctx, lastIdx);
		if (end - i >= 2) {
			const knownFirst =
				(f & L.FIRST) !== 0 && !(f & (L.COUNTRY | L.CAPITAL | L.CITY_L | L.GEO | L.DEMONYM | ORG_FLAGS | L.FUNC));
			const surname = SURNAME_ENDING.test(lastTok.lower) && !(lastFlags & PLACE_FLAGS);
			if ((knownFirst || surname) && VENUES.has(lastTok.lower)) {
				// "Yankee Stadium": a venue named after a word that is a first name elsewhere, a place as a street is
				out.push(candidate(i, end, 'place', 'pattern', 0.87));
				i = end - 1;
				continue;
			}
			if ((knownFirst || surname) && runsOnFrom(ctx, i)) {
				// "Bowling Green Falcons", "St. Louis Cardinals": the name goes on from an unlisted capitalized word before
				// it, a longer name that the tagger judges whole
				i = end - 1;
				continue;
			}
			if (knownFirst || surname) {
				// a listed place or organization as a whole is not a person ("Victoria Falls" is caught by tails)
				const whole = phraseAt(ctx, i, PLACE_FLAGS | ORG_FLAGS);
				if (whole && whole.to >= end) {
					i = whole.to - 1;
					continue;
				}
				let conf = knownFirst && lastFlags & L.LAST ? 0.86 : knownFirst ? 0.8 : 0.78;
				if (f & L.DEMONYM) conf = 0.5;
				else if (f & (L.CITY_M | L.REGION) && !(lastFlags & L.LAST)) conf = 0.75;
				out.push(candidate(i, end, 'person', 'pattern', conf));
				i = end - 1;
				continue;
			}
		} else if (
			STRONG_SURNAME_ENDING.test(t.lower) &&
			!(f & (PLACE_FLAGS | ORG_FLAGS | L.DEMONYM | L.NEVER)) &&
			t.lower.length > 5 &&
			!t.allCaps
		) {
			out.push(candidate(i, end, 'person', 'pattern', 0.55));
		}
	}
}
