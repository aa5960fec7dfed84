import type { SuggestionSettings } from '../../shared/settings';
import type { NewsDocument, OffsetRange } from '../parse/model';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { cyrillicGuess, hasCyrillic, romanize, scriptKey } from '../workspace/transliteration';
import type { CorpusName } from '../workspace/workspaceIndex';
import { findDates, type DateMention } from './dates';
import { calibrate } from './calibration';
import { chooseLanguage, type ArticleLanguage, type LanguageChoice } from './language';
import { findKnownNames, findNames, type ExtraName, type LoneRole, type NameMention, type NameSource } from './names';
import { Recognizer } from './recognizer';
import { findRussianDates } from './ru/dates';
import { findRussianNames } from './ru';
import { englishGivenName } from './ru/givenName';
import { scriptStretches } from './scriptStretches';

export type SuggestionType = 'person' | 'org' | 'place' | 'date' | 'role';
export type SuggestionSource = NameSource | 'dates';

/** Text the recognizer takes for an entity that nobody has annotated yet (docs/format.md, suggestions). */
export interface Suggestion {
	readonly type: SuggestionType;
	readonly text: string;
	/** In the plain text. */
	readonly plainStart: number;
	readonly plainEnd: number;
	/** In the source. */
	readonly range: OffsetRange;
	readonly source: SuggestionSource;
	readonly confidence: number;
	/** A date's TIMEX3 value. */
	readonly value?: string;
	/** The knowledge-base id (or the ref annotated elsewhere) that the text names. */
	readonly ref?: string;
	/** The full name this mention stands for in the article ("Sergey Lavrov" for "Lavrov"). */
	readonly canonical?: string;
	/** The recognizer that found it, by the article's language, and where the language was read. */
	readonly language: LanguageChoice;
}

export interface WorkspaceNames {
	readonly entries: readonly KnowledgeEntry[];
	readonly corpus: readonly CorpusName[];
}

const NAME_TYPES = new Set(['person', 'org', 'place']);

/** Whether the settings (`attache.suggestions.sources`) let a name source suggest (a switch: V8 looks properties up by varying names slowly). */
function sourceOn(on: SuggestionSettings['sources'], source: NameSource): boolean {
	switch (source) {
		case 'knowledge-base':
			return on.knowledgeBase;
		case 'corpus':
			return on.corpus;
		case 'list':
			return on.lists;
		case 'pattern':
			return on.patterns;
		case 'article':
			return on.article;
		default:
			return on.model;
	}
}

/** An entity found in plain text, with plain-text offsets. */
export interface RecognizedEntity {
	readonly start: number;
	readonly end: number;
	readonly type: SuggestionType;
	readonly text: string;
	readonly source: SuggestionSource;
	readonly confidence: number;
	readonly value?: string;
	readonly ref?: string;
	readonly canonical?: string;
}

export interface RecognizeOptions {
	/** Date extents: TimeML's (relative expressions are dates, the default) or MUC/IEER's (calendar names only). */
	readonly dateStyle?: 'timeml' | 'muc';
	/** Plain-text ranges that are annotated already: nothing is found that overlaps them. */
	readonly covered?: readonly OffsetRange[];
	/** The recognizer to run: the article's language (`language` in the header, else read from the text). */
	readonly language?: ArticleLanguage;
	/** What is kept from one article to the next, and the calibration: the service's; a call alone gets its own. */
	readonly recognizer?: Recognizer;
}

/** Recognizes people, organizations, places and dates in plain text, from every source the settings allow. */
export function recognize(
	text: string,
	articleDay: string | undefined,
	workspace: WorkspaceNames,
	settings: SuggestionSettings,
	options: RecognizeOptions = {},
): RecognizedEntity[] {
	if (!settings.enabled) return [];
	const on = settings.sources;
	const extra: ExtraName[] = [];
	const refByName = new Map<string, string>();
	if (on.knowledgeBase) {
		for (const e of workspace.entries) {
			if (!NAME_TYPES.has(e.type) && e.type !== 'none') continue;
			// two scripts, one entity: a Cyrillic name is found in Latin letters too ("Кулубаев": "Kulubayev"), and an
			// entry written only in Latin letters in Cyrillic ("Smirnov": "Смирнову"; not one that silences a phrase)
			const names = [e.name, ...e.aliases];
			const latinOnly = e.type !== 'none' && !names.some(hasCyrillic);
			for (const name of names) {
				extra.push({
					text: name,
					type: e.type as ExtraName['type'],
					source: 'knowledge-base',
					id: e.id,
					...(latinOnly && { cyrillic: cyrillicGuess(name) }),
				});
				if (e.type !== 'none') refByName.set(name.toLowerCase(), e.id);
			}
			if (!latinOnly)
				for (const name of names)
					if (hasCyrillic(name))
						extra.push({ text: romanize(name), type: e.type as ExtraName['type'], source: 'knowledge-base', id: e.id });
		}
	}
	if (on.corpus) {
		for (const n of workspace.corpus) {
			if (!NAME_TYPES.has(n.type) || n.text.length < 2 || /\n/.test(n.text)) continue;
			extra.push({ text: n.text, type: n.type as ExtraName['type'], source: 'corpus', id: n.ref });
			if (n.ref && !refByName.has(n.text.toLowerCase())) refByName.set(n.text.toLowerCase(), n.ref);
		}
	}
	// the entries by their names across the scripts, for a name that no entry spells as the article does; made once asked
	let scripts: Map<string, string | null> | undefined;
	const byScript = (): Map<string, string | null> => (scripts ??= namesAcrossScripts(workspace.entries));
	const covered = options.covered ?? [];
	const free =
		covered.length === 0
			? (start: number, end: number): boolean => end > start
			: (start: number, end: number): boolean => end > start && !overlapsAny(covered, start, end);
	const out: RecognizedEntity[] = [];
	const recognizer = options.recognizer ?? new Recognizer();
	const russian = (options.language ?? chooseLanguage(undefined, text).language) === 'ru';
	const ru = russian
		? findRussianNames(text, extra, recognizer.russian, (word) => englishGivenName(recognizer.names, word))
		: undefined;
	const stretches = scriptStretches(text, russian ? 'latin' : 'cyrillic');
	const loneRoles: LoneRole[] = [];
	const names = withStretchNames(
		ru ? ru.names : findNames(text, extra, recognizer.names, loneRoles),
		stretches,
		text,
		extra,
		russian,
		recognizer,
	);
	// the curves are fitted on English news and web text: the Russian recognizer keeps its own confidences
	const table = recognizer.calibration;
	const sure = russian
		? (_source: string, raw: number): number => raw
		: (source: string, raw: number, type?: string): number => calibrate(table, source, raw, type);
	const least = settings.minConfidence;
	for (let k = 0; k < names.length; k++) {
		const m = names[k] as NameMention;
		if (!sourceOn(on, m.source) || !free(m.start, m.end)) continue;
		const confidence = sure(m.source, m.confidence, m.type);
		if (confidence < least) continue;
		const ref =
			refByName.size === 0
				? undefined
				: (refByName.get(m.text.toLowerCase()) ??
					(m.canonical ? refByName.get(m.canonical.toLowerCase()) : undefined) ??
					acrossScripts(byScript(), m));
		out.push({
			start: m.start,
			end: m.end,
			type: m.type,
			text: m.text,
			source: m.source,
			confidence,
			...(ref !== undefined && { ref }),
			...(m.canonical !== undefined && { canonical: m.canonical }),
		});
	}
	const roles = rolesOf(text, names, loneRoles, on.patterns, free, sure, least);
	if (!on.dates) return withRoles(out, roles);
	// names and dates are each in text order, and never overlap: merged, they are too
	const dates: RecognizedEntity[] = [];
	const found = withStretchDates(
		ru
			? withTaggedDates(findRussianDates(text, articleDay), ru.dates, text)
			: findDates(text, articleDay, { style: options.dateStyle ?? 'timeml' }, recognizer.dates),
		stretches,
		text,
		(part) =>
			russian
				? findDates(part, articleDay, { style: options.dateStyle ?? 'timeml' }, recognizer.dates)
				: findRussianDates(part, articleDay),
	);
	const dateConfidence = sure('dates', 0.9, 'date');
	for (let k = 0; k < found.length && dateConfidence >= least; k++) {
		const d = found[k] as DateMention;
		if (
			!free(d.start, d.end) ||
			(overlapsAny(out, d.start, d.end) && !cutBeforeDate(out, d, text)) ||
			(roles.length > 0 && overlapsAny(roles, d.start, d.end))
		)
			continue;
		dates.push({
			start: d.start,
			end: d.end,
			type: 'date',
			text: d.text,
			source: 'dates',
			confidence: dateConfidence,
			...(d.value !== undefined && { value: d.value }),
		});
	}
	if (dates.length === 0) return withRoles(out, roles);
	const all: RecognizedEntity[] = [];
	let i = 0;
	let j = 0;
	while (i < out.length && j < dates.length)
		all.push(
			(out[i] as RecognizedEntity).start <= (dates[j] as RecognizedEntity).start
				? (out[i++] as RecognizedEntity)
				: (dates[j++] as RecognizedEntity),
		);
	while (i < out.length) all.push(out[i++] as RecognizedEntity);
	while (j < dates.length) all.push(dates[j++] as RecognizedEntity);
	return withRoles(all, roles);
}

/**
 * The roles merged into the entities, each before the first entity that starts inside or after it, without the
 * places inside a title ("Kyrgyzstan" in "President of Kyrgyzstan", "US" in "US Secretary of State"): they are the
 * role's, as the hand annotation has them and as re3d marks the whole title with its person. (IEER, after MUC, marks
 * such a place; its development set has none, and what the batch CLI prints is now what the editor suggests.)
 */
function withRoles(entities: RecognizedEntity[], roles: readonly RecognizedEntity[]): RecognizedEntity[] {
	if (roles.length === 0) return entities;
	const all: RecognizedEntity[] = [];
	let r = 0;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k] as RecognizedEntity;
		while (r < roles.length && (roles[r] as RecognizedEntity).start <= e.start)
			all.push(roles[r++] as RecognizedEntity);
		all.push(e);
	}
	while (r < roles.length) all.push(roles[r++] as RecognizedEntity);
	const outside = outsideRoles(all);
	return outside === all ? all : outside.slice();
}

/** The entities without those inside a role, which stand before them: suggestions never overlap. */
export function outsideRoles(entities: readonly RecognizedEntity[]): readonly RecognizedEntity[] {
	let role: RecognizedEntity | undefined;
	let nested = false;
	for (const e of entities) {
		if (role && e.end <= role.end) nested = true;
		if (e.type === 'role') role = e;
	}
	if (!nested) return entities;
	role = undefined;
	return entities.filter((e) => {
		if (role && e.end <= role.end) return false;
		if (e.type === 'role') role = e;
		return true;
	});
}

/**
 * The titles before people ("Russian Foreign Minister Sergey Lavrov", "President of Kyrgyzstan Sadyr Zhaparov"), as
 * roles: the title patterns find them with the person, and they are as sure as the person is. Then the titles that
 * name a person alone ("the Russian Foreign Minister said"), in text order with the others.
 */
function rolesOf(
	text: string,
	names: readonly NameMention[],
	lone: readonly LoneRole[],
	patternsOn: boolean,
	free: (start: number, end: number) => boolean,
	sure: (source: string, raw: number, type?: string) => number,
	least: number,
): RecognizedEntity[] {
	const roles: RecognizedEntity[] = [];
	if (!patternsOn) return roles;
	for (let k = 0; k < names.length; k++) {
		const m = names[k] as NameMention;
		if (!m.role || m.type !== 'person' || !free(m.role.start, m.role.end)) continue;
		// no data marks roles: a title is as sure as the person after it
		const confidence = sure(m.source, m.confidence, m.type);
		if (confidence < least) continue;
		roles.push({
			start: m.role.start,
			end: m.role.end,
			type: 'role',
			text: text.slice(m.role.start, m.role.end),
			source: 'pattern',
			confidence,
		});
	}
	if (lone.length === 0) return roles;
	for (const r of lone) {
		const confidence = sure('pattern', r.confidence);
		if (confidence < least || !free(r.start, r.end)) continue;
		roles.push({ start: r.start, end: r.end, type: 'role', text: r.text, source: 'pattern', confidence });
	}
	return roles.sort((a, b) => a.start - b.start);
}

/**
 * The entry a mention names in the other script: by its full name ("Жээнбек Кулубаев" for "Кулубаеву"), its text,
 * or, for a person, the surname of its full name (an entry "Kulubayev").
 */
function acrossScripts(names: ReadonlyMap<string, string | null>, m: NameMention): string | undefined {
	const tries = [m.canonical, m.text, m.type === 'person' ? (m.canonical ?? m.text).split(' ').at(-1) : undefined];
	for (const t of tries) {
		const id = t ? names.get(scriptKey(t)) : undefined;
		if (id) return id;
	}
	return undefined;
}

/** Entry ids by the scriptKey of their names and aliases; null where two entries share one. */
function namesAcrossScripts(entries: readonly KnowledgeEntry[]): Map<string, string | null> {
	const out = new Map<string, string | null>();
	for (const e of entries) {
		if (!NAME_TYPES.has(e.type)) continue;
		for (const name of [e.name, ...e.aliases]) {
			const key = scriptKey(name);
			const known = out.get(key);
			out.set(key, known === undefined || known === e.id ? e.id : null);
		}
	}
	return out;
}

/**
 * Mixed text: the names the other language's recognizer finds in the stretches of the other script (Latin names in a
 * Russian article, Russian ones in an English article), where the article's own recognizer found none. In a Russian
 * article only the English lists and the workspace's names count: the Russian tagger reads Latin names itself
 * ("Ada Lindqvist", "Reuters"), and what the English tagger and patterns add there, measured on NEREL's training
 * part, was wrong 128 times of 128 (titles of songs and books, brands: "Golden Foot", "Ford Mustang").
 */
function withStretchNames(
	names: NameMention[],
	stretches: readonly OffsetRange[],
	text: string,
	extra: readonly ExtraName[],
	russian: boolean,
	recognizer: Recognizer,
): NameMention[] {
	if (stretches.length === 0) return names;
	const added: NameMention[] = [];
	for (const s of stretches) {
		const part = text.slice(s.start, s.end);
		const found = russian
			? findKnownNames(part, extra, recognizer.names)
			: findRussianNames(part, extra, recognizer.russian).names;
		for (const m of found) {
			const start = m.start + s.start;
			const end = m.end + s.start;
			if (overlapsAny(names, start, end) || (russian && !trustedInRussian(m))) continue;
			added.push({
				...m,
				start,
				end,
				...(m.role && { role: { start: m.role.start + s.start, end: m.role.end + s.start } }),
			});
		}
	}
	return added.length === 0 ? names : [...names, ...added].sort((a, b) => a.start - b.start);
}

/** Names the English recognizer takes from a list with confidence, or from the workspace. */
function trustedInRussian(m: NameMention): boolean {
	return m.source === 'knowledge-base' || m.source === 'corpus' || (m.source === 'list' && m.confidence >= 0.8);
}

/** Mixed text: the other language's dates in the stretches of the other script ("on May 9" in a Russian article). */
function withStretchDates(
	dates: DateMention[],
	stretches: readonly OffsetRange[],
	text: string,
	find: (part: string) => DateMention[],
): DateMention[] {
	if (stretches.length === 0) return dates;
	const added: DateMention[] = [];
	for (const s of stretches) {
		for (const d of find(text.slice(s.start, s.end))) {
			const start = d.start + s.start;
			const end = d.end + s.start;
			if (!overlapsAny(dates, start, end)) added.push({ ...d, start, end });
		}
	}
	return added.length === 0 ? dates : [...dates, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The grammar's Russian dates, and the tagger's where the grammar has none ("декабрьском", durations that NEREL marks
 * as dates): those without a value. Measured on the NEREL dev set, DATE overlap F1 83.9 by the grammar alone, 93.7 so.
 */
function withTaggedDates(
	grammar: DateMention[],
	tagged: readonly { start: number; end: number }[],
	text: string,
): DateMention[] {
	const extra = tagged
		.filter((t) => !overlapsAny(grammar, t.start, t.end))
		.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), value: undefined }));
	return [...grammar, ...extra].sort((a, b) => a.start - b.start);
}

/** The suggestions of a document: recognized entities that no annotation covers. */
export function suggest(
	parsed: NewsDocument,
	workspace: WorkspaceNames,
	settings: SuggestionSettings,
	recognizer?: Recognizer,
): Suggestion[] {
	// The article's own annotations teach the recognizer too: "Lavrov" annotated once is suggested elsewhere.
	const own = parsed.annotations.map((a) => ({ text: a.text, type: a.type ?? '', ref: a.ref, uri: '' }));
	const language = articleLanguage(parsed);
	const found = recognize(
		parsed.plainText,
		parsed.header.date?.day,
		{ entries: workspace.entries, corpus: [...workspace.corpus, ...own] },
		settings,
		{
			covered: coverage(parsed),
			language: language.language,
			...(recognizer && { recognizer }),
		},
	);
	return toSuggestions(found, 0, parsed.offsets, language);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Entities found in plain text from `shift` on, as the document's suggestions (plain and source offsets). */
export function toSuggestions(
	found: readonly RecognizedEntity[],
	shift: number,
	offsets: NewsDocument['offsets'],
	language: LanguageChoice,
): Suggestion[] {
	// Field by field, not with an object rest: V8 copies a rest's properties in a slow runtime call, a sixth of a
	// keystroke's work on a short article.
	const out: Suggestion[] = new Array<Suggestion>(found.length);
	for (let i = 0; i < found.length; i++) {
		const f = found[i]!;
		const plainStart = f.start + shift;
		const plainEnd = f.end + shift;
		const s: Writable<Suggestion> = {
			type: f.type,
			text: f.text,
			plainStart,
			plainEnd,
			range: { start: offsets.toSource(plainStart, 'right'), end: offsets.toSource(plainEnd, 'left') },
			source: f.source,
			confidence: f.confidence,
			language,
		};
		if (f.value !== undefined) s.value = f.value;
		if (f.ref !== undefined) s.ref = f.ref;
		if (f.canonical !== undefined) s.canonical = f.canonical;
		out[i] = s;
	}
	return out;
}

/**
 * The suggestions of a chunk that moved with its text and markup (an edit before it): the same, `plainShift` and
 * `sourceShift` further on. Copied field by field as in `toSuggestions`, without mapping each offset again.
 */
export function shiftedSuggestions(list: readonly Suggestion[], plainShift: number, sourceShift: number): Suggestion[] {
	const out: Suggestion[] = new Array<Suggestion>(list.length);
	for (let i = 0; i < list.length; i++) {
		const f = list[i]!;
		const s: Writable<Suggestion> = {
			type: f.type,
			text: f.text,
			plainStart: f.plainStart + plainShift,
			plainEnd: f.plainEnd + plainShift,
			range: { start: f.range.start + sourceShift, end: f.range.end + sourceShift },
			source: f.source,
			confidence: f.confidence,
			language: f.language,
		};
		if (f.value !== undefined) s.value = f.value;
		if (f.ref !== undefined) s.ref = f.ref;
		if (f.canonical !== undefined) s.canonical = f.canonical;
		out[i] = s;
	}
	return out;
}

/** The article's language: the header's `language` (or `lang`), else read from its text. */
export function articleLanguage(parsed: NewsDocument): LanguageChoice {
	const field =
		parsed.header.fields.find((f) => f.key === 'language') ?? parsed.header.fields.find((f) => f.key === 'lang');
	return chooseLanguage(field?.value, parsed.plainText);
}

/** Plain-text ranges that annotations already cover, sorted and disjoint; suggestions never overlap them. */
export function coverage(parsed: NewsDocument): OffsetRange[] {
	return parsed.annotations
		.filter((a) => a.depth === 0 && a.plainEnd > a.plainStart)
		.map((a) => ({ start: a.plainStart, end: a.plainEnd }));
}

/**
 * A name the recognizer guessed (the tagger's, a pattern's, the article's) that runs on into a date the grammar finds
 * ("near Tikrit Monday": a capitalized weekday or month beside a name looks like more of it) ends before the date,
 * which is then free; true when so cut. A name the user listed (knowledge base, annotations) stays whole.
 */
function cutBeforeDate(out: RecognizedEntity[], d: DateMention, text: string): boolean {
	const k = lastStartingBefore(out, d.end);
	const e = out[k];
	if (!e || !GUESSED.has(e.source) || e.end > d.end || e.start >= d.start || (k > 0 && out[k - 1]!.end > d.start))
		return false;
	const end = e.start + text.slice(e.start, d.start).trimEnd().length;
	if (end === d.start || end <= e.start) return false;
	out[k] = { ...e, end, text: text.slice(e.start, end) };
	return true;
}

const GUESSED: ReadonlySet<SuggestionSource> = new Set<SuggestionSource>(['model', 'pattern', 'article']);

/** Whether [start, end) overlaps one of `ranges` (sorted by start, disjoint). */
function overlapsAny(ranges: readonly OffsetRange[], start: number, end: number): boolean {
	const last = lastStartingBefore(ranges, end);
	return last >= 0 && ranges[last]!.end > start;
}

/** The index of the last of `ranges` (sorted by start) that starts before `end`; -1 if none does. */
function lastStartingBefore(ranges: readonly OffsetRange[], end: number): number {
	let lo = 0;
	let hi = ranges.length - 1;
	let last = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		if (ranges[mid]!.start < end) {
			last = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return last;
}
