import type { Ctx } from './context';
import { PERSON_NOUNS } from './personNouns';
import type { Candidate } from './types';

/**
 * A name the tagger types an organization or a place right after a noun of a person ("our guide Tavi Rangiora",
 * "the drummer Ruairi Cavanagh") is that person: the noun says what the name is better than the tagger's guess,
 * which unfamiliar names make.
 */
export function personsAfterRoleNouns(ctx: Ctx, chosen: Candidate[]): void {
	const { tokens } = ctx;
	for (let k = 0; k < chosen.length; k++) {
		const c = chosen[k] as Candidate;
		if (c.source !== 'model' || (c.type !== 'org' && c.type !== 'place')) continue;
		const noun = tokens[c.from - 1];
		if (noun === undefined || noun.cap || tokens[c.from]?.sentStart || !PERSON_NOUNS.has(noun.lower)) continue;
		c.type = 'person';
	}
}
