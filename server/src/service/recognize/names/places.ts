import { type Ctx, isCapWord, phraseAt } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import { flagsOf, leftRun, tok } from './spans';
import { type Candidate, candidate } from './types';
import { WordSet } from './wordSet';

/** Patterns for places: place words before and after names, datelines, "near X", a town before its state or country. */
export const STATE_ABBREVIATIONS = new Set([
	'Ala.',
	'Ariz.',
	'Ark.',
	'Calif.',
	'Colo.',
	'Conn.',
	'Del.',
	'Fla.',
	'Ga.',
	'Ill.',
	'Ind.',
	'Kan.',
	'Kans.',
	'Ky.',
	'La.',
	'Md.',
	'Mass.',
	'Mich.',
	'Minn.',
	'Miss.',
	'Mo.',
	'Mont.',
	'Neb.',
	'Nev.',
	'N.H.',
	'N.J.',
	'N.M.',
	'N.Y.',
	'N.C.',
	'N.D.',
	'Okla.',
	'Ore.',
	'Pa.',
	'R.I.',
	'S.C.',
	'S.D.',
	'Tenn.',
	'Tex.',
	'Vt.',
	'Va.',
	'Wash.',
	'W.Va.',
	'Wis.',
	'Wyo.',
	'D.C.',
	'Ont.',
	'Que.',
	'B.C.',
]);
/** "Cherating River", "Tiananmen Square", "Mount Sinjar", "Gulf of Mexico", "Oneida County", "79th Street". */
export function places(ctx: Ctx, out: Candidate[]): void {
	const n = ctx.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = tok(ctx, i);
		if (!t || !t.cap) continue;
		const f = flagsOf(ctx, i);
		if (f & L.PLACE_TAIL && i > 0 && !(t.lower === 'st.' && isCapWord(tok(ctx, i + 1)))) {
			const from = leftRun(ctx, i);
			if (from < i && !(flagsOf(ctx, from) & (L.NEVER | L.TITLE) && from === i - 1)) {
				out.push(candidate(from, i + 1, 'place', 'pattern', 0.87));
				continue;
			}
		}
		if (f & L.PLACE_HEAD) {
			let to = i + 1;
			const nx = tok(ctx, to);
			if (f & L.PLACE_HEAD_PREP && nx?.lower === 'of') {
				let k = to + 1;
				if (tok(ctx, k)?.lower === 'the') k++;
				let e = k;
				while (isCapWord(tok(ctx, e)) && !tok(ctx, e)?.sentStart) e++;
				if (e > k) to = e;
			} else if (!(f & L.PLACE_HEAD_PREP) && isCapWord(nx) && !nx?.sentStart) {
				let e = to;
				while (isCapWord(tok(ctx, e)) && !tok(ctx, e)?.sentStart && e - to < 3) e++;
				to = e;
			}
			if (to > i + 1) {
				// "Republic of Korea" is a place; "State of the Union" is not, so a known place must follow "of"
				const known =
					f & L.PLACE_HEAD_PREP
						? phraseAt(ctx, tok(ctx, i + 2)?.lower === 'the' ? i + 3 : i + 2, PLACE_FLAGS)
						: undefined;
				if (!(f & L.PLACE_HEAD_PREP) || known || ['gulf', 'bay', 'sea', 'strait', 'isle'].includes(t.lower)) {
					out.push(candidate(i, to, 'place', 'pattern', 0.86));
					i = to - 1;
				}
			}
		}
	}
}

/**
 * "BISHKEK, Kyrgyzstan, January 22." / "CALCUTTA, India (AP) _" / "Buffalo, N.Y.": a dateline in capitals, and a
 * town before a state or a country.
 */
export function datelines(ctx: Ctx, out: Candidate[]): void {
	const n = ctx.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = tok(ctx, i);
		if (!t || t.kind !== 'word') continue;
		// a run of words in capitals followed by a comma or "(AP)" / " _ " / " - ", early on a line
		if (t.allCaps && (i === 0 || t.sentStart || tok(ctx, i - 1)?.kind !== 'word')) {
			let e = i;
			while (tok(ctx, e)?.allCaps && tok(ctx, e)?.kind === 'word' && e - i < 4) e++;
			const nx = tok(ctx, e);
			if (
				e > i &&
				nx &&
				(nx.text === ',' || nx.text === '(' || nx.text === '_' || nx.text === '-' || nx.text === '—' || nx.text === '–')
			) {
				const after = tok(ctx, e + 1);
				const placeAfter = after && phraseAt(ctx, e + 1, PLACE_FLAGS);
				const agency = after && nx.text === '(' && phraseAt(ctx, e + 1, L.ORG_MEDIA);
				const known = phraseAt(ctx, i, PLACE_FLAGS);
				if (placeAfter || agency || (known && known.to === e) || (nx.text !== ',' && t.sentStart)) {
					const org = phraseAt(ctx, i, ORG_FLAGS);
					if (!(org && org.to === e) && (!(flagsOf(ctx, i) & L.NEVER) || known))
						out.push(candidate(i, e, 'place', 'pattern', 0.9));
				}
			}
		}
		// "Sen. Trent Lott, R-Miss.", "Rep. Jerrold Nadler, D-New York City": a party letter before a state or a town
		if (
			t.text.length === 1 &&
			(t.text === 'D' || t.text === 'R' || t.text === 'I') &&
			tok(ctx, i + 1)?.text === '-' &&
			tok(ctx, i - 1)?.text === ','
		) {
			let e = i + 2;
			while (isCapWord(tok(ctx, e)) && e - i < 6) e++;
			if (e > i + 2) out.push(candidate(i + 2, e, 'place', 'pattern', 0.9));
		}
		// "Anaheim, Calif." / "Palmyra, Syria"
		if (t.cap) {
			const nx = tok(ctx, i + 1);
			const st = tok(ctx, i + 2);
			if (nx?.text === ',' && st && STATE_ABBREVIATIONS.has(st.text)) {
				let from = i;
				while (
					from > 0 &&
					isCapWord(tok(ctx, from - 1)) &&
					!tok(ctx, from)?.sentStart &&
					!(flagsOf(ctx, from - 1) & (L.NEVER | L.TITLE))
				)
					from--;
				if (t.allCaps && !tok(ctx, from)?.sentStart && tok(ctx, from - 1)?.kind === 'word') continue;
				out.push(candidate(from, i + 1, 'place', 'pattern', 0.88));
				out.push(candidate(i + 2, i + 3, 'place', 'pattern', 0.9));
			}
		}
	}
}
/** "near Al Shadaddi", "outside Mosul", "40 km north of Kirkuk": the words after these are a place. */
const NEAR = new WordSet(['near', 'outside', 'around', 'nearby', 'toward', 'towards']);
const DIRECTION_OF = new WordSet([
	'north',
	'south',
	'east',
	'west',
	'northeast',
	'northwest',
	'southeast',
	'southwest',
	'north-east',
	'north-west',
	'south-east',
	'south-west',
]);
export function nearPlaces(ctx: Ctx, out: Candidate[]): void {
	for (let i = 0; i + 1 < ctx.tokens.length; i++) {
		const t = tok(ctx, i);
		if (!t || t.kind !== 'word') continue;
		// every case below needs a capitalized word or "of" next
		// (`next` computed once: an `i + 1` first computed on a rare path makes V8 redo the optimized code)
		const next = i + 1;
		const nx = tok(ctx, next);
		if (!isCapWord(nx) && nx?.lower !== 'of') continue;
		let at = -1;
		if (NEAR.has(t.lower)) at = next;
		else if (DIRECTION_OF.has(t.lower) && nx?.lower === 'of') at = i + 2;
		// "a restaurant in al-Hilla in Iraq", "at Tabqa, Syria": a town before its country
		if (at < 0 && (t.lower === 'in' || t.lower === 'at' || t.lower === 'from') && isCapWord(nx)) {
			let e = next;
			while (e < ctx.tokens.length && e - i <= 3 && isCapWord(tok(ctx, e)) && !tok(ctx, e)?.sentStart) e++;
			const sep = tok(ctx, e)?.lower;
			if (
				(sep === 'in' || sep === ',') &&
				phraseAt(ctx, e + 1, L.COUNTRY | L.REGION) &&
				!phraseAt(ctx, next, PLACE_FLAGS | ORG_FLAGS | L.DEMONYM | L.NEVER)
			)
				at = next;
		}
		if (at < 0) continue;
		const first = tok(ctx, at);
		if (!isCapWord(first) || !first || first.sentStart) continue;
		const f = flagsOf(ctx, at);
		if (f & (L.NEVER | L.TITLE | ORG_FLAGS | L.DEMONYM)) continue;
		let e = at;
		while (e < ctx.tokens.length && e - at < 4 && isCapWord(tok(ctx, e)) && !(flagsOf(ctx, e) & (L.ORG_HEAD | L.TITLE)))
			e++;
		if (e > at) out.push(candidate(at, e, 'place', 'pattern', 0.82));
	}
}
