import { type Ctx, phrasesAt, tokenAt } from './context';
import { L } from './flags';
import type { Candidate } from './types';

/** Verbs of a government acting: a country before them is the state as an actor ("Iraq will", "The UK continues"). */
const ACTOR_VERBS = new Set([
	'will',
	'would',
	'can',
	'could',
	'shall',
	'should',
	'must',
	'signed',
	'agreed',
	'continues',
	'stands',
	'supports',
	'pledged',
	'pledges',
	'announced',
	'announces',
	'urged',
	'urges',
	'condemned',
	'condemns',
	'welcomed',
	'welcomes',
	'rejected',
	'rejects',
	'demanded',
	'demands',
	'vowed',
	'vows',
	'intends',
	'plans',
	'insists',
	'insisted',
	'warned',
	'warns',
	'accused',
	'accuses',
	'imposed',
	'imposes',
	'recognized',
	'recognised',
	'recognizes',
	'addresses',
	'offered',
	'offers',
	'proposed',
	'proposes',
	'voted',
	'votes',
	'decided',
	'expressed',
	'expresses',
	'reaffirmed',
	'reaffirms',
	'remains',
	'sanctioned',
	'ratified',
	'ratifies',
	'vetoed',
	'denounced',
	'protested',
	'summoned',
	'expelled',
	'approved',
	'approves',
	'backed',
	'backs',
	'opposes',
	'opposed',
	'hopes',
	'seeks',
	'sought',
]);
/** Words before a country and "to": "enable Iraq to access", "pressed for Russia to use", "urged Iran to stop". */
const CAUSE_BEFORE = new Set([
	'enable',
	'enables',
	'enabled',
	'enabling',
	'for',
	'urge',
	'urged',
	'urges',
	'allow',
	'allows',
	'allowed',
	'help',
	'helps',
	'helped',
	'encourage',
	'encouraged',
	'encourages',
	'on',
	'called',
	'pressed',
	'asked',
	'asks',
	'invited',
	'invites',
	'persuade',
	'persuaded',
	'force',
	'forced',
	'compel',
	'compelled',
]);
/** Nouns that make an enumeration of countries a list of members: "Coalition nations ... include Australia, ...". */
const MEMBERS = new Set([
	'nations',
	'countries',
	'members',
	'partners',
	'allies',
	'states',
	'governments',
	'signatories',
	'participants',
]);

/**
 * A country acting as a state is an organization (the convention of re3d and ACE for a government actor): the subject
 * of a verb of acting, the one caused to act, a member in a list of members. Elsewhere it stays a place.
 */
export function countriesAsActors(ctx: Ctx, chosen: Candidate[]): void {
	const { tokens } = ctx;
	const isCountry = (c: Candidate): boolean =>
		c.type === 'place' && (c.source === 'list' || c.source === 'article') && countryFlags(ctx, c);
	for (let k = 0; k < chosen.length; k++) {
		const c = chosen[k] as Candidate;
		if (!isCountry(c)) continue;
		let next = c.to;
		// "the United States and Iraq signed": the verb after the last of two countries
		const other = chosen[k + 1];
		if (tokens[next]?.lower === 'and' && other && other.from === next + 1 && isCountry(other)) next = other.to;
		const after = tokens[next]?.lower ?? '';
		const before = tokenAt(tokens, c.from - 1)?.lower ?? '';
		const before2 = tokenAt(tokens, c.from - 2)?.lower ?? '';
		let actor = ACTOR_VERBS.has(after) && !tokens[next]?.sentStart;
		if (!actor && after === 'to' && (CAUSE_BEFORE.has(before) || (before === 'the' && CAUSE_BEFORE.has(before2)))) {
			const verb = tokens[next + 1];
			actor = verb !== undefined && verb.kind === 'word' && !verb.cap && ((ctx.flags[next + 1] ?? 0) & L.FUNC) === 0;
		}
		if (!actor && inMemberList(ctx, c.from)) actor = true;
		if (actor) {
			c.type = 'org';
			if (other && next === other.to && isCountry(other)) other.type = 'org';
		}
	}
}

function countryFlags(ctx: Ctx, c: Candidate): boolean {
	// the flags of the whole phrase: "United States" is a country, "United" alone is not
	const m = phrasesAt(ctx, c.from).find((x) => x.to === c.to);
	return m !== undefined && (m.flags & L.COUNTRY) !== 0;
}

/** In "… nations which have conducted strikes in Iraq include Australia, Belgium, …": after "include" in such a sentence. */
function inMemberList(ctx: Ctx, i: number): boolean {
	const { tokens } = ctx;
	let k = i - 1;
	// back over the enumeration: names, commas, "and", "the"
	while (
		k >= 0 &&
		(tokens[k]?.cap || tokens[k]?.text === ',' || tokens[k]?.lower === 'and' || tokens[k]?.lower === 'the') &&
		!tokens[k + 1]?.sentStart
	)
		k--;
	const verb = tokenAt(tokens, k)?.lower ?? '';
	if (verb !== 'include' && verb !== 'includes' && verb !== 'including' && verb !== 'comprise' && verb !== 'comprising')
		return false;
	for (let j = k - 1; j >= 0 && k - j < 20; j--) {
		const t = tokens[j];
		if (!t) break;
		if (MEMBERS.has(t.lower)) return true;
		if (t.sentStart) break;
	}
	return false;
}
