import type { Ctx } from './context';
import { L, ORG_FLAGS, PLACE_FLAGS } from './flags';
import type { Candidate } from './types';

/** What a word that lengthens a listed place into another name may not be: listed itself, or a word of the lists' kinds. */
const LISTED = PLACE_FLAGS | ORG_FLAGS | L.DEMONYM | L.NEVER | L.FUNC | L.TITLE;

/**
 * A listed place that the tagger reads as the first word of a longer organization or person ("Vancouver Canucks",
 * "Salvador Luria") is not a place there: the list's candidate is dropped, so that the tagger's longer one is chosen.
 * Only when the words after it are capitalized and unlisted; and not where the tagger lengthens it into a place
 * ("Pacific States", where a corpus marks "Pacific" alone), nor where the place comes last ("Nazi Germany").
 */
export function yieldToLongerTagged(
	ctx: Ctx,
	lists: readonly Candidate[],
	model: readonly Candidate[],
): readonly Candidate[] {
	// per token, the tagger's candidate of several words that starts there (the tagger's candidates do not overlap)
	let startsAt: Map<number, Candidate> | undefined;
	for (let k = 0; k < model.length; k++) {
		const m = model[k] as Candidate;
		if (m.to - m.from < 2 || (m.type !== 'org' && m.type !== 'person')) continue;
		(startsAt ??= new Map()).set(m.from, m);
	}
	if (!startsAt) return lists;
	const longer = startsAt;
	return lists.filter((c) => {
		const m = c.type === 'place' ? longer.get(c.from) : undefined;
		return !(m && m.to > c.to && capitalizedUnlisted(ctx, c.to, m.to));
	});
}

/**
 * A person that a pattern finds from a known first name, where the tagger reads the same person with unlisted
 * capitalized words before it ("Gotthold Ephraim Lessing", "Wellesley Tudor Pole"): the pattern's shorter candidate is
 * dropped, so that the tagger's whole name is chosen. A person after a title keeps the pattern's (the title is its role).
 */
export function personsYieldToLongerTagged(
	ctx: Ctx,
	patterns: readonly Candidate[],
	model: readonly Candidate[],
): readonly Candidate[] {
	let endsAt: Map<number, Candidate> | undefined;
	for (let k = 0; k < model.length; k++) {
		const m = model[k] as Candidate;
		if (m.to - m.from >= 3 && m.type === 'person') (endsAt ??= new Map()).set(m.to, m);
	}
	if (!endsAt) return patterns;
	const longer = endsAt;
	return patterns.filter((c) => {
		const m = c.type === 'person' && c.role === undefined ? longer.get(c.to) : undefined;
		return !(m && m.from < c.from && capitalizedUnlisted(ctx, m.from, c.from));
	});
}

/** Whether tokens [from, to) are all capitalized words that no list knows. */
function capitalizedUnlisted(ctx: Ctx, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const t = ctx.tokens[i];
		if (!t || !t.cap || ((ctx.flags[i] ?? 0) & LISTED) !== 0) return false;
	}
	return true;
}
