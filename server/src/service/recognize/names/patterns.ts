import type { Ctx } from './context';
import { type Acronym, acronyms } from './acronyms';
import { nationalBodies, operations, organizations } from './organizations';
import { namedPersons, titledPersons } from './persons';
import { datelines, nearPlaces, places } from './places';
import type { Candidate } from './types';

export type { Acronym } from './acronyms';

/** All pattern candidates. Acronym definitions are also returned, for the article's coreference. */
export function patternCandidates(ctx: Ctx): { candidates: Candidate[]; acronyms: Acronym[] } {
	const out: Candidate[] = [];
	titledPersons(ctx, out);
	namedPersons(ctx, out);
	organizations(ctx, out);
	nationalBodies(ctx, out);
	places(ctx, out);
	const acr = acronyms(ctx, out);
	datelines(ctx, out);
	nearPlaces(ctx, out);
	operations(ctx, out);
	return { candidates: out, acronyms: acr };
}
