/**
 * Name recognizer of the language service: people, organizations and places in plain text. Pure: no I/O; its lists
 * and its model are JSON artifacts in server/data/ built by scripts/build-gazetteer.mjs and scripts/train-tagger.mjs.
 *
 * Sources, most trusted first: the workspace's names (`extra`), patterns (titles, organization and place words,
 * acronyms, datelines), the article itself (surnames, acronyms, names typed once), the built-in lists, the model.
 */
import { choose, combineMore, rank } from './combine';
import type { Acronym } from './acronyms';
import { lineNames, readArticle, type LineNames } from './articleLines';
import { type Ctx, makeContext } from './context';
import { articleCandidates } from './coref';
import { extraCandidates } from './knownNameCandidates';
import { listCandidates } from './gazetteer';
import { dropCommonNamesInHeadlines } from './headlines';
import { countriesAsActors } from './metonymy';
import { personsAfterRoleNouns } from './roleNouns';
import { qualifiedPlaces } from './placeQualifiers';
import { patternCandidates } from './patterns';
import { NameScratch } from './nameScratch';
import { personsYieldToLongerTagged, yieldToLongerTagged } from './longerTagged';
import { taggedCandidates, withArticleVotes } from './tagger';
import type { Candidate, ExtraName, LoneRole, NameMention, NameType } from './types';

export type { ExtraName, LoneRole, NameMention, NameSource, NameType } from './types';

/** Candidates below this are claimed but not emitted. */
const MIN_CONFIDENCE = 0.5;

/** Titles naming a person by office alone are as sure as a title pattern before a name in lower case. */
const LONE_ROLE_CONFIDENCE = 0.8;

/**
 * Plain text in, mentions out (UTF-16 offsets, non-overlapping, sorted). extra: names from the workspace knowledge
 * base / corpus; 'none' silences a phrase. scratch: the recognizer's (`Recognizer.names`); a call alone gets its own.
 * The titles that name a person alone go into `loneRoles`, in text order.
 */
export function findNames(
	text: string,
	extra: readonly ExtraName[] = [],
	scratch: NameScratch = new NameScratch(),
	loneRoles?: LoneRole[],
): NameMention[] {
	const article = readArticle(text, scratch);
	const { ctx } = article;
	const { tokens } = ctx;
	const fromExtra = extraCandidates(ctx, extra);
	// each line's patterns, lists and tagger, kept from the last time its text was read (articleLines.ts)
	const fromPatterns: Candidate[] = [];
	const acronyms: Acronym[] = [];
	const loneTitles: { from: number; to: number }[] = [];
	const fromLists: Candidate[] = [];
	const tagged: Candidate[] = [];
	const whole = article.lines.length === 1;
	for (const line of article.lines) {
		const found = lineNames(ctx, line, whole, lineFindings);
		for (const c of found.patterns) fromPatterns.push(c);
		for (const a of found.acronyms) acronyms.push(a);
		for (const t of found.loneTitles) loneTitles.push(t);
		for (const c of found.lists) fromLists.push(c);
		for (const c of found.model) tagged.push(c);
	}
	const fromModel = withArticleVotes(ctx, tagged);
	const first = rank([
		...fromExtra,
		...personsYieldToLongerTagged(ctx, fromPatterns, fromModel),
		...yieldToLongerTagged(ctx, fromLists, fromModel),
		...qualifiedPlaces(ctx, fromLists),
		...fromModel,
	]);
	const chosen0 = choose(first, tokens.length, scratch.chosen);
	// (before the article's reasoning, which then takes the person's words for the person elsewhere)
	personsAfterRoleNouns(ctx, chosen0);
	const fromArticle = articleCandidates(ctx, chosen0, acronyms);
	const chosen = combineMore(first, fromArticle, tokens.length, scratch.chosen);
	countriesAsActors(ctx, chosen);
	dropCommonNamesInHeadlines(ctx, chosen);
	// the title before a person, whichever source names the person (a knowledge-base name wins over the title pattern)
	const titleBefore = new Map<number, { from: number; to: number }>();
	for (let k = 0; k < fromPatterns.length; k++) {
		const c = fromPatterns[k] as Candidate;
		if (c.role && c.type === 'person') titleBefore.set(c.from, c.role);
	}
	const out = mentionsOf(text, ctx.tokens, chosen, titleBefore);
	if (loneRoles) addLoneRoles(text, ctx.tokens, loneTitles, out, loneRoles);
	return out;
}

/** What one line's patterns, lists and tagger find, before the article's own reasoning. */
function lineFindings(ctx: Ctx): LineNames {
	const { candidates: patterns, acronyms, loneTitles } = patternCandidates(ctx);
	return { patterns, acronyms, loneTitles, lists: listCandidates(ctx), model: taggedCandidates(ctx) };
}

/**
 * The lone titles that no name crosses (a knowledge-base name may cover one: "the President Hotel"); a place inside
 * is the title's complement ("the President of Kyrgyzstan"), part of the role as before a name.
 */
function addLoneRoles(
	text: string,
	tokens: ReturnType<typeof makeContext>['tokens'],
	titles: readonly { from: number; to: number }[],
	names: readonly NameMention[],
	out: LoneRole[],
): void {
	for (const t of titles) {
		const a = tokens[t.from];
		const b = tokens[t.to - 1];
		if (!a || !b || names.some((m) => m.start < b.end && a.start < m.end && (m.start < a.start || m.end > b.end)))
			continue;
		out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), confidence: LONE_ROLE_CONFIDENCE });
	}
}

/**
 * Only the workspace's names and the built-in lists, without the patterns, the tagger and the article's own
 * reasoning: what a Russian article keeps of the English recognizer in its Latin stretches (the rest was found wrong
 * there), at a fraction of the cost.
 */
export function findKnownNames(
	text: string,
	extra: readonly ExtraName[] = [],
	scratch: NameScratch = new NameScratch(),
): NameMention[] {
	const ctx = makeContext(text, scratch);
	const chosen = choose(
		rank([...extraCandidates(ctx, extra), ...listCandidates(ctx)]),
		ctx.tokens.length,
		scratch.chosen,
	);
	return mentionsOf(text, ctx.tokens, chosen);
}

/**
 * The mentions of the chosen candidates that name something, sure enough to be emitted; a person without a title of
 * its own takes the one `titleBefore` has at its first token.
 */
function mentionsOf(
	text: string,
	tokens: ReturnType<typeof makeContext>['tokens'],
	chosen: readonly Candidate[],
	titleBefore?: ReadonlyMap<number, { from: number; to: number }>,
): NameMention[] {
	const out: NameMention[] = [];
	for (let k = 0; k < chosen.length; k++) {
		const c = chosen[k] as Candidate;
		if (c.type === 'none' || c.type === 'misc' || c.confidence < MIN_CONFIDENCE) continue;
		const role =
			c.role ??
			(c.type === 'person' && titleBefore !== undefined && titleBefore.size > 0 ? titleBefore.get(c.from) : undefined);
		const m = toMention(text, tokens, role === c.role ? c : { ...c, role }, c.type);
		if (m) out.push(m);
	}
	return out;
}

function toMention(
	text: string,
	tokens: ReturnType<typeof makeContext>['tokens'],
	c: Candidate,
	type: NameType,
): NameMention | null {
	const a = tokens[c.from];
	const b = tokens[c.to - 1];
	if (!a || !b) return null;
	const m: NameMention = {
		start: a.start,
		end: b.end,
		type,
		text: text.slice(a.start, b.end),
		source: c.source,
		confidence: Math.round(c.confidence * 100) / 100,
	};
	if (c.canonical && c.canonical !== m.text) m.canonical = c.canonical;
	if (c.role) {
		const ra = tokens[c.role.from];
		const rb = tokens[c.role.to - 1];
		if (ra && rb) m.role = { start: ra.start, end: rb.end };
	}
	return m;
}
