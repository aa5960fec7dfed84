import { type Ctx, isCapWord, phraseAt } from './context';
import { L } from './flags';
import { COMPANY_SUFFIXES, complementEnd, flagsOf, leftRun, tok } from './spans';
import { type Candidate, candidate } from './types';

/** Patterns for organizations: heads and complements, a country before a listed body; operations and books claimed. */
/**
 * "Kyrgyz-Russian Slavic University", "Ministry of Foreign Affairs", "Russian Foreign Ministry", "Merrill Lynch & Co.";
 * and a company named by its web address ("Goto.com", "Amazon.com").
 */
export function organizations(ctx: Ctx, out: Candidate[]): void {
	const n = ctx.tokens.length;
	for (let i = 0; i < n; i++) {
		const t = tok(ctx, i);
		if (t?.cap && webName(t.text)) {
			out.push(candidate(i, i + 1, 'org', 'pattern', 0.86));
			continue;
		}
		const f = flagsOf(ctx, i);
		if (!t || !(f & L.ORG_HEAD) || !(t.cap || COMPANY_SUFFIXES.has(t.lower))) continue;
		let from = leftRun(ctx, i);
		// "WORLDSOURCES, INC.", "Goldman, Sachs & Co."
		if (from === i && COMPANY_SUFFIXES.has(t.lower) && tok(ctx, i - 1)?.text === ',' && isCapWord(tok(ctx, i - 2)))
			from = leftRun(ctx, i - 2);
		let to = i + 1;
		if (f & L.ORG_HEAD_PREP) to = complementEnd(ctx, i + 1);
		if (to === i + 1 && tok(ctx, to)?.text && COMPANY_SUFFIXES.has(tok(ctx, to)?.lower ?? '')) to++;
		if (from === i && to === i + 1) continue;
		// "Foreign Minister" is a title, not an organization
		const words = to - from;
		let conf = 0.88;
		if (from === i && tok(ctx, i)?.sentStart) conf = 0.8;
		if (words === 2 && from < i && flagsOf(ctx, from) & L.NEVER) conf = 0.6;
		out.push(candidate(from, to, 'org', 'pattern', conf));
		i = to - 1;
	}
}
/** A capitalized word ending in a commercial web domain: the company of that address ("Goto.com"), in any sentence. */
const WEB_SUFFIX = /^[A-Za-z][\w-]*\.(?:com|net)$/;
function webName(text: string): boolean {
	// (a dot four from the end first: most words have none, and skip the pattern)
	return text.length > 4 && text.charCodeAt(text.length - 4) === 46 && WEB_SUFFIX.test(text);
}
/** "U.S. Federal Reserve", "U.S. Marines", "British Army": a country or nationality before a listed body is one name. */
export function nationalBodies(ctx: Ctx, out: Candidate[]): void {
	for (let i = 0; i + 1 < ctx.tokens.length; i++) {
		const t = tok(ctx, i);
		if (!t || !t.cap) continue;
		const country = phraseAt(ctx, i, L.COUNTRY | L.DEMONYM);
		if (!country) continue;
		const body = phraseAt(ctx, country.to, L.ORG_GOV | L.ORG_INTL);
		if (!body || tok(ctx, country.to)?.sentStart || !tok(ctx, country.to)?.cap) continue;
		out.push(candidate(i, body.to, 'org', 'pattern', 0.87));
		i = body.to - 1;
	}
}
/** "Operation Inherent Resolve", "Book of Revelation": military operations and books are no organization. */
export function operations(ctx: Ctx, out: Candidate[]): void {
	for (let i = 0; i + 1 < ctx.tokens.length; i++) {
		const t = tok(ctx, i);
		// (both words are capitalized: a flag is quicker to test than a text to compare)
		if (!t?.cap) continue;
		const book = t.text === 'Book' && tok(ctx, i + 1)?.lower === 'of' && isCapWord(tok(ctx, i + 2));
		if (!book && (t.text !== 'Operation' || !isCapWord(tok(ctx, i + 1)))) continue;
		let e = book ? i + 2 : i + 1;
		while (e < ctx.tokens.length && e - i < 5 && isCapWord(tok(ctx, e))) e++;
		out.push(candidate(i, e, 'none', 'pattern', 0.9));
	}
}
