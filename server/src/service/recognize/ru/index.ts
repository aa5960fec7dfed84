/**
 * The Russian recognizer: people, organizations and places in Russian text (and the tagger's date extents), from the
 * workspace's names, the Russian lists, the Russian tagger and the article itself (a surname alone, in any case,
 * refers to the full name given elsewhere). Mentions carry the canonical name they refer to, in the nominative.
 */
import type { ExtraName, NameMention, NameSource, NameType } from '../names/types';
import { readArticle } from './features';
import { personLemma } from './inflection';
import { listKey, MAX_LIST_WORDS } from './lists';
import { matchLists } from './listMatch';
import { organizationPatterns, quotedOrganizations, rolePatterns } from './patterns';
import { RussianScratch } from './scratch';
import { holdsShorter } from './spanEnds';
import { tagRussian } from './tagger';
import { tokenizeRussian, type RuToken } from './tokenize';
import { wordsOf } from './words';

/** A span the tagger marks as a date (NEREL's sense: durations and prepositions included), for the date merge. */
export interface TaggedDate {
	readonly start: number;
	readonly end: number;
}

export interface RussianNames {
	readonly names: NameMention[];
	readonly dates: TaggedDate[];
}

interface Span {
	readonly from: number;
	readonly to: number;
	readonly type: NameType | 'none';
	readonly source: NameSource;
	readonly confidence: number;
	readonly canonical?: string;
	/** which wins an overlap: the workspace's names, then organizations the tagger read around a listed name, lists, the tagger */
	readonly rank: number;
}

const MIN_CONFIDENCE = 0.5;

/**
 * Plain text in, Russian mentions out (UTF-16 offsets, sorted, disjoint). scratch: the recognizer's
 * (`Recognizer.russian`); a call alone gets its own.
 */
export function findRussianNames(
	text: string,
	extra: readonly ExtraName[] = [],
	scratch: RussianScratch = new RussianScratch(),
	givenName: (word: string) => boolean = () => false,
): RussianNames {
	const tokens = tokenizeRussian(text);
	const words = wordsOf(tokens, scratch);
	const marks = matchLists(tokens, scratch, words);
	const article = readArticle(tokens, marks, scratch, words);
	const { stems } = scratch;
	// per token, the end of the list match that starts there, 0 for none (the matches do not overlap)
	const listEnd = new Int32Array(tokens.length);
	for (const m of marks.matches) listEnd[m.from] = m.to;
	// the same for the tagger's spans kept (they do not overlap either)
	const modelEnd = new Int32Array(tokens.length);
	const spans: Span[] = [];
	for (const m of marks.matches)
		spans.push({
			from: m.from,
			to: m.to,
			type: m.entry.type,
			source: 'list',
			confidence: 0.9,
			canonical: m.entry.name,
			rank: 2,
		});
	spans.push(...extraSpans(tokens, extra, stems));

	const dates: TaggedDate[] = [];
	for (const t of tagRussian(article)) {
		if (t.type === 'date') {
			dates.push({ start: (tokens[t.from] as RuToken).start, end: (tokens[t.to - 1] as RuToken).end });
			continue;
		}
		if (t.confidence < MIN_CONFIDENCE) continue;
		const wraps = holdsShorter(listEnd, t.from, t.to);
		modelEnd[t.from] = t.to;
		spans.push({
			from: t.from,
			to: t.to,
			type: latinPerson(tokens, t.from, t.to, givenName) ? 'person' : t.type,
			source: 'model',
			confidence: t.confidence,
			// a tagged organization or place that holds a listed name wins over it ("Северной Ирландии", not "Ирландии")
			rank: wraps && (t.type === 'org' || t.type === 'place') ? 2.5 : 1,
		});
	}
	// a pattern fills a gap the others leave, or completes an organization the tagger began ("... комиссии по
	// торгово-экономическому" ending before its ", научно-техническому и гуманитарному сотрудничеству")
	for (const p of organizationPatterns(tokens)) {
		const completes = holdsShorter(modelEnd, p.from, p.to);
		spans.push({
			from: p.from,
			to: p.to,
			type: 'org',
			source: 'pattern',
			confidence: 0.85,
			rank: completes ? 2.6 : 0.9,
		});
	}
	for (const r of rolePatterns(tokens)) {
		spans.push({
			from: r.person.from,
			to: r.person.to,
			type: 'person',
			source: 'pattern',
			confidence: 0.85,
			rank: 2.8,
		});
		if (r.ministry)
			spans.push({
				from: r.ministry.from,
				to: r.ministry.to,
				type: 'org',
				source: 'pattern',
				confidence: 0.8,
				rank: 2.75,
			});
		else if (r.place)
			spans.push({ from: r.place.from, to: r.place.to, type: 'place', source: 'pattern', confidence: 0.7, rank: 1.5 });
	}
	for (const p of quotedOrganizations(tokens))
		spans.push({ from: p.from, to: p.to, type: 'org', source: 'pattern', confidence: 0.85, rank: 2.7 });
	const chosen = vote(choose(spans, tokens.length), article.stems);
	const withSurnames = joinPeople(tokens, chosen, article.stems);
	const names: NameMention[] = [];
	for (const s of withSurnames) {
		if (s.type === 'none') continue;
		const a = tokens[s.from] as RuToken;
		const b = tokens[s.to - 1] as RuToken;
		const m: NameMention = {
			start: a.start,
			end: b.end,
			type: s.type,
			text: text.slice(a.start, b.end),
			source: s.source,
			confidence: Math.round(s.confidence * 100) / 100,
		};
		if (s.canonical && s.canonical !== m.text) m.canonical = s.canonical;
		names.push(m);
	}
	return { names, dates };
}

/** A stretch of two or more Latin words whose first is a given name ("Ada Lindqvist"): a person, whatever the tagger says. */
function latinPerson(
	tokens: readonly RuToken[],
	from: number,
	to: number,
	givenName: (word: string) => boolean,
): boolean {
	if (to - from < 2) return false;
	for (let k = from; k < to; k++) if ((tokens[k] as RuToken).lower.charCodeAt(0) >= 0x250) return false;
	return givenName((tokens[from] as RuToken).text);
}

/** The workspace's names (knowledge base, annotations elsewhere) wherever their words occur in any case form. */
function extraSpans(tokens: readonly RuToken[], extra: readonly ExtraName[], stems: Map<string, string>): Span[] {
	if (extra.length === 0) return [];
	const byKey = new Map<string, ExtraName>();
	const keyOf = (name: string): string =>
		name
			.split(/\s+/)
			.map((w) => listKey(w, w.toLowerCase(), stems))
			.join(' ');
	for (const e of extra) {
		const key = keyOf(e.text);
		if (!byKey.has(key)) byKey.set(key, e);
	}
	// then the Cyrillic spellings of the entries written in Latin letters, where no name of the workspace is written so
	for (const e of extra) {
		const key = e.cyrillic === undefined ? undefined : keyOf(e.cyrillic);
		if (key !== undefined && !byKey.has(key)) byKey.set(key, e);
	}
	const keys = tokens.map((t) => (t.kind === 'word' ? listKey(t.text, t.lower, stems) : t.text));
	const out: Span[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (!(tokens[i] as RuToken).cap) continue;
		let key = '';
		let found: Span | undefined;
		for (let j = i; j < Math.min(tokens.length, i + MAX_LIST_WORDS + 1); j++) {
			key = j === i ? (keys[j] as string) : `${key} ${keys[j] as string}`;
			const e = byKey.get(key);
			if (e)
				found = { from: i, to: j + 1, type: e.type, source: e.source, confidence: 0.95, canonical: e.text, rank: 3 };
		}
		if (found) {
			out.push(found);
			i = found.to - 1;
		}
	}
	return out;
}

/**
 * One name, one type in an article: the tagger's spans of the same words in any case form ("Эльба", "Эльбе") vote
 * with their confidence, and each takes the type with the most.
 */
function vote(spans: Span[], stems: readonly string[]): Span[] {
	const key = (s: Span): string => stems.slice(s.from, s.to).join(' ');
	const sums = new Map<string, Map<Span['type'], number>>();
	for (const s of spans) {
		if (s.source !== 'model') continue;
		const k = key(s);
		const byType = sums.get(k) ?? new Map<Span['type'], number>();
		byType.set(s.type, (byType.get(s.type) ?? 0) + s.confidence);
		sums.set(k, byType);
	}
	return spans.map((s) => {
		const byType = s.source === 'model' ? sums.get(key(s)) : undefined;
		if (!byType || byType.size < 2) return s;
		let best = s.type;
		let most = -1;
		for (const [type, sum] of byType) if (sum > most) [best, most] = [type, sum];
		return best === s.type ? s : { ...s, type: best };
	});
}

/** The best spans that do not overlap, in text order. */
function choose(spans: Span[], n: number): Span[] {
	const taken = new Uint8Array(n);
	const out: Span[] = [];
	for (const s of [...spans].sort((a, b) => b.rank - a.rank || b.to - b.from - (a.to - a.from) || a.from - b.from)) {
		let free = true;
		for (let k = s.from; k < s.to && free; k++) if (taken[k]) free = false;
		if (!free) continue;
		for (let k = s.from; k < s.to; k++) taken[k] = 1;
		out.push(s);
	}
	return out.sort((a, b) => a.from - b.from);
}

/**
 * One person, one name: the mentions whose last word has the same stem ("Лавров", "Лаврова", "Лавровым") refer to
 * the longest of them, in the nominative ("Сергей Лавров"); a capitalized word of that stem that nothing took is
 * that person too.
 */
function joinPeople(tokens: readonly RuToken[], spans: Span[], stems: readonly string[]): Span[] {
	const seen = new Set<string>();
	for (const t of tokens)
		if (t.cap) {
			seen.add(t.text);
			if (t.text.includes('-')) for (const part of t.text.split('-')) seen.add(part);
		}
	const full = new Map<string, { words: number; name: string }>();
	for (const s of spans) {
		if (s.type !== 'person') continue;
		const words: string[] = [];
		let last = -1;
		for (let k = s.from; k < s.to; k++)
			if ((tokens[k] as RuToken).kind === 'word') {
				words.push((tokens[k] as RuToken).text);
				last = k;
			}
		if (last < 0) continue;
		const key = stems[last] as string;
		const known = full.get(key);
		if (!known || words.length > known.words) full.set(key, { words: words.length, name: personLemma(words, seen) });
	}
	if (full.size === 0) return spans;
	const taken = new Uint8Array(tokens.length);
	for (const s of spans) for (let k = s.from; k < s.to; k++) taken[k] = 1;
	const out: Span[] = [];
	for (const s of spans) {
		if (s.type === 'person') {
			const name = full.get(stems[s.to - 1] as string)?.name;
			out.push(name ? { ...s, canonical: name } : s);
		} else out.push(s);
	}
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as RuToken;
		if (taken[i] || !t.cap || t.kind !== 'word' || t.lower.length < 4) continue;
		const name = full.get(stems[i] as string)?.name;
		if (name)
			out.push({ from: i, to: i + 1, type: 'person', source: 'article', confidence: 0.75, canonical: name, rank: 0 });
	}
	return out.sort((a, b) => a.from - b.from);
}
