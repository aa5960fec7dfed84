import type { Ctx } from './context';
import { type Acronym, acronyms } from './acronyms';
import { nationalBodies, operations, organizations } from './organizations';
import { namedPersons, titledPersons } from './persons';
import { datelines, nearPlaces, places } from './places';
import type { Candidate } from './types';

export type { Acronym } from './acronyms';

/**
 * All pattern candidates. Acronym definitions are also returned, for the article's coreference, and the titles that
 * name a person by office alone ("the Foreign Minister said"), roles without a person.
 */
export function patternCandidates(ctx: Ctx): {
	candidates: Candidate[];
	acronyms: Acronym[];
	loneTitles: { from: number; to: number }[];
} {
	const out: Candidate[] = [];
	const loneTitles: { from: number; to: number }[] = [];
	titledPersons(ctx, out, loneTitles);
	namedPersons(ctx, out);
	organizations(ctx, out);
	nationalBodies(ctx, out);
	places(ctx, out);
	const acr = acronyms(ctx, out);
	datelines(ctx, out);
	nearPlaces(ctx, out);
	operations(ctx, out);
	return { candidates: out, acronyms: acr, loneTitles };
}
