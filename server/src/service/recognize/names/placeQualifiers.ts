import { type Ctx, isCapWord } from './context';
import { type Candidate, candidate } from './types';

/** Capitalized words that make a part of a listed place a place of its own: "Southern California", "East Perth". */
const QUALIFIERS: ReadonlySet<string> = new Set([
	'north',
	'south',
	'east',
	'west',
	'northern',
	'southern',
	'eastern',
	'western',
	'central',
	'northeast',
	'northwest',
	'southeast',
	'southwest',
	'northeastern',
	'northwestern',
	'southeastern',
	'southwestern',
	'upper',
	'lower',
	'greater',
	'old',
]);

/**
 * Listed places with a capitalized qualifier before them, which is part of the name ("West Germany", "Greater Poland",
 * "Eastern Ukraine"), as candidates of the whole at the list's confidence; the longer one is chosen. Not where the
 * qualifier ends another run of capitals ("Air Force West Germany").
 */
export function qualifiedPlaces(ctx: Ctx, lists: readonly Candidate[]): Candidate[] {
	const { tokens } = ctx;
	const out: Candidate[] = [];
	for (let k = 0; k < lists.length; k++) {
		const c = lists[k] as Candidate;
		if (c.type !== 'place' || c.from < 1) continue;
		const q = tokens[c.from - 1];
		if (!isCapWord(q) || !q || !QUALIFIERS.has(q.lower) || tokens[c.from]?.sentStart) continue;
		if (!q.sentStart && isCapWord(tokens[c.from - 2])) continue;
		out.push(candidate(c.from - 1, c.to, 'place', 'list', c.confidence));
	}
	return out;
}
