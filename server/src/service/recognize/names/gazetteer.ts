import { type Ctx, isCapWord, isCommonWord, phraseAt, phraseText, tokenAt } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS, STRONG_PLACE_FLAGS } from './flags';
import { listCanonical } from './lexicon';
import { type Candidate, candidate } from './types';

/** Media names that are also everyday words: trusted only mid-sentence. */
const WORDLIKE = new Set([
	'trend',
	'times',
	'fed',
	'dawn',
	'fars',
	'guardian',
	'economist',
	'treasury',
	'army',
	'navy',
	'parliament',
	'congress',
	'senate',
	'marines',
	'rada',
	'labour',
	'democrats',
	'republicans',
	'conservatives',
]);

/** Lower-case particles that may open a listed person's name. */
const PARTICLES = new Set(['bin', 'ibn', 'von', 'van', 'de', 'del', 'der', 'da', 'di', 'al', 'el', 'le', 'la', 'du']);

/** Confidence of a place by the list it is in. */
export function placeConfidence(flags: number): number {
	if (flags & (L.COUNTRY | L.GEO)) return 0.86;
	if (flags & (L.CAPITAL | L.CITY_L | L.REGION)) return 0.83;
	if (flags & L.CITY_M) return 0.74;
	return 0.5;
}

/**
 * Candidates from the built-in lists: countries, cities, regions, organizations, news agencies. At each token the
 * longest listed phrase wins. Nationality words ("Russian") claim their span as `none`, so that nothing weaker
 * makes them a place.
 */
export function listCandidates(ctx: Ctx): Candidate[] {
	const out: Candidate[] = [];
	const { tokens } = ctx;
	const mask = PLACE_FLAGS | ORG_FLAGS | L.DEMONYM | L.OTHER | L.LEADER;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t || t.kind !== 'word') continue;
		if (!t.cap) {
			// "bin Salman", "von der Leyen", "de Mistura": a listed person's name may open with a lower-case particle
			const m =
				t.text.length <= 4 && PARTICLES.has(t.text) && tokens[i + 1]?.kind === 'word'
					? phraseAt(ctx, i, L.LEADER)
					: undefined;
			if (m) {
				out.push(candidate(i, m.to, 'person', 'list', 0.88));
				i = m.to - 1;
			}
			continue;
		}
		const f = ctx.flags[i] ?? 0;
		const m = phraseAt(ctx, i, mask);
		if (!m) {
			if (f & L.DEMONYM) out.push(candidate(i, i + 1, 'none', 'list', 0.6));
			continue;
		}
		const single = m.to === i + 1;
		if (single && f & L.NEVER && !(m.flags & (L.COUNTRY | ORG_FLAGS))) continue;
		const text = phraseText(tokens, i, m.to);
		if (m.flags & L.LEADER) {
			// the people of diplomacy (leaders.ts): "Lavrov met Putin in Moscow." needs no title; after one ("Foreign
			// Minister Sergey Lavrov") the title pattern, which marks the role too, is the surer
			const prev = tokenAt(tokens, i - 1);
			const titled = prev !== undefined && ((ctx.flags[i - 1] ?? 0) & L.TITLE) !== 0;
			out.push(candidate(i, m.to, 'person', 'list', titled ? 0.79 : 0.88, listCanonical(ctx.scratch, text)));
		} else if (m.flags & L.OTHER) {
			out.push(candidate(i, m.to, 'none', 'list', 0.9));
		} else if (m.flags & L.DEMONYM && !(m.flags & (ORG_FLAGS | L.COUNTRY | L.CAPITAL | L.CITY_L | L.GEO))) {
			out.push(candidate(i, m.to, 'none', 'list', 0.6));
		} else if (m.flags & ORG_FLAGS) {
			let conf = 0.86;
			if (single && WORDLIKE.has(t.lower)) conf = t.sentStart || ctx.lowerSeen.has(t.lower) ? 0.3 : 0.7;
			const canonical = listCanonical(ctx.scratch, text);
			out.push(candidate(i, m.to, 'org', 'list', conf, canonical ? canonical : undefined));
		} else if (m.flags & PLACE_FLAGS) {
			let conf = placeConfidence(m.flags);
			// a person's name that is also a town ("Taylor", "Edwards") is a place only when nothing says otherwise
			if (single && f & (L.FIRST | L.LAST) && !(m.flags & (L.COUNTRY | L.GEO | L.CAPITAL | L.CITY_L)))
				conf = Math.min(conf, 0.45);
			// a small town is a place only after a preposition of place
			if (
				!(m.flags & STRONG_PLACE_FLAGS) &&
				/^(in|at|from|near|to|of|outside|into)$/.test(tokenAt(tokens, i - 1)?.lower ?? '')
			)
				conf = Math.max(conf, 0.6);
			if (t.sentStart && single && ctx.lowerSeen.has(t.lower)) conf = 0.3;
			// "Man", "Paradise": a small place named by a common word needs the article to capitalize it mid-sentence,
			// and not as the last word of another name ("the G7 Ise-Shima Summit")
			if (
				single &&
				isCommonWord(ctx, i) &&
				!(m.flags & (L.COUNTRY | L.CAPITAL | L.CITY_L | L.GEO)) &&
				(t.sentStart || !ctx.capSeen.has(t.lower) || isCapWord(tokenAt(tokens, i - 1)))
			)
				conf = Math.min(conf, 0.45);
			out.push(candidate(i, m.to, 'place', 'list', conf));
		} else if (m.flags & L.DEMONYM) {
			out.push(candidate(i, m.to, 'none', 'list', 0.6));
		}
		i = m.to - 1;
	}
	return out;
}
