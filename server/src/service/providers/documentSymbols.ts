import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypeInfo, EntityTypes } from '../entityTypes';
import type { Annotation, NewsDocument } from '../parse/model';
import { displayText, toRange } from '../text/offsetRanges';
import type { LanguageChoice } from '../recognize/language';
import type { Suggestion } from '../recognize/suggestions';
import { describePeriod, parseTimex } from '../../shared/timex';

const HEADER_LABELS: Record<string, string> = {
	date: 'Article date',
	title: 'Title',
	source: 'Source',
	url: 'URL',
	place: 'Place',
	language: 'Language',
	authors: 'Authors',
	tags: 'Tags',
};
const HEADER_ORDER = ['date', 'title', 'source'];
const KIND: Record<string, SymbolKind> = {
	person: SymbolKind.Variable,
	org: SymbolKind.Class,
	place: SymbolKind.Struct,
	date: SymbolKind.Event,
	role: SymbolKind.Property,
};

/** A mention of an entity: an annotation or a suggestion, as it is (a raw article has tens of thousands of suggestions). */
type Mention = Annotation | Suggestion;

/** An entity of the outline as its mentions are gathered, in text order: what its symbol shows, no list of them. */
interface Entity {
	readonly key: string;
	/** The longest way the article writes it (the first such). */
	name: string;
	readonly first: Mention;
	/** Where its last-ending mention ends. */
	end: number;
	suggested: number;
	readonly annotated: Annotation[];
}

const isSuggestion = (m: Mention): m is Suggestion => !('contentRange' in m);
const contentOf = (m: Mention): Annotation['contentRange'] => (isSuggestion(m) ? m.range : m.contentRange);

/** The outline: the header first, then one group per type (People, Organizations, Places, Dates, custom types) of entities with their mentions; VS Code shows the groups by position, the first named first. */
export function provideDocumentSymbols(
	document: TextDocument,
	parsed: NewsDocument,
	types: EntityTypes,
	suggestions: readonly Suggestion[] = [],
): DocumentSymbol[] {
	const symbols: DocumentSymbol[] = [];
	const header = headerSymbol(document, parsed, suggestions[0]?.language);
	if (header) symbols.push(header);

	const groups = new Map<string, Map<string, Entity>>();
	/** Per type, the entity key of each text (lower case) seen so far. */
	const keysOfText = new Map<string, Map<string, string>>();
	const add = (m: Mention): void => {
		const info = types.get(m.type);
		if (!info || info.group === 'role' || m.text.length === 0) return;
		const display = displayText(m.text);
		const lower = display.toLowerCase();
		const keyOfText = keysOfText.get(info.name) ?? keysOfText.set(info.name, new Map()).get(info.name)!;
		const canonical = isSuggestion(m) && m.canonical ? m.canonical.toLowerCase() : undefined;
		// A suggestion joins the entity of its ref, of the full name it stands for, or of the same text annotated.
		const key =
			m.ref !== undefined
				? `ref:${m.ref}`
				: info.group === 'date' && m.value
					? `value:${m.value}`
					: (keyOfText.get(lower) ??
						(canonical !== undefined ? keyOfText.get(canonical) : undefined) ??
						`text:${info.name}:${canonical ?? lower}`);
		if (!keyOfText.has(lower)) keyOfText.set(lower, key);
		// "Владимиром Путиным" and a later "Путин" are one entity even where the article never writes "Владимир Путин"
		if (canonical !== undefined && !keyOfText.has(canonical)) keyOfText.set(canonical, key);
		const group = groups.get(info.name) ?? groups.set(info.name, new Map()).get(info.name)!;
		const entity = group.get(key);
		if (!entity) {
			const annotated = isSuggestion(m) ? [] : [m];
			group.set(key, {
				key,
				name: display,
				first: m,
				end: m.range.end,
				suggested: annotated.length ? 0 : 1,
				annotated,
			});
			return;
		}
		if (display.length > entity.name.length) entity.name = display;
		if (m.range.end > entity.end) entity.end = m.range.end;
		if (isSuggestion(m)) entity.suggested++;
		else entity.annotated.push(m);
	};
	// annotations and suggestions in text order, an annotation first where both start at once
	const annotations = parsed.annotations;
	const shown = inTextOrder(suggestions);
	let i = 0;
	for (const s of shown) {
		while (i < annotations.length && annotations[i]!.range.start <= s.range.start) add(annotations[i++]!);
		add(s);
	}
	while (i < annotations.length) add(annotations[i++]!);

	for (const info of types.all) {
		const group = groups.get(info.name);
		if (!group) continue;
		const entities = [...group.values()];
		if (info.group === 'date') byTime(entities);
		const children = entities.map((e) => entitySymbol(document, parsed, info, e));
		// The group spans its entities and no more, so that the breadcrumb names it only where one of them is.
		symbols.push({
			name: info.plural,
			detail: `${entities.length}`,
			kind: SymbolKind.Namespace,
			range: spanOf(children),
			selectionRange: firstOf(children).selectionRange,
			children,
		});
	}
	return symbols;
}

/** The suggestions by start (as the recognizer gives them; sorted here only if they are not). */
function inTextOrder(suggestions: readonly Suggestion[]): readonly Suggestion[] {
	for (let k = 1; k < suggestions.length; k++)
		if (suggestions[k - 1]!.range.start > suggestions[k]!.range.start)
			return [...suggestions].sort((a, b) => a.range.start - b.range.start);
	return suggestions;
}

const RECOGNIZER_NAMES: Record<LanguageChoice['language'], string> = { en: 'English', ru: 'Russian' };

function headerSymbol(
	document: TextDocument,
	parsed: NewsDocument,
	language: LanguageChoice | undefined,
): DocumentSymbol | undefined {
	const { header } = parsed;
	if (header.kind === 'none') return undefined;
	const fields = [...header.fields].sort((a, b) => rank(a.key) - rank(b.key));
	const children: DocumentSymbol[] = fields.map((f) => {
		const range = toRange(document, { start: f.keyRange.start, end: f.valueRange?.end ?? f.keyRange.end });
		let detail = typeof f.value === 'string' || typeof f.value === 'number' ? String(f.value) : JSON.stringify(f.value);
		if (f.key === 'date' && header.date) {
			const when = parseTimex(header.date.day);
			detail = `${header.date.raw}${when ? ` (${describePeriod(when.start)})` : ''}`;
		}
		return {
			name: HEADER_LABELS[f.key] ?? f.key,
			detail,
			kind: f.key === 'date' ? SymbolKind.Event : SymbolKind.Property,
			range,
			selectionRange: toRange(document, f.keyRange),
		};
	});
	const range = toRange(document, header.range);
	// which recognizer made the suggestions, and why: the language the header names or the one its letters show
	if (language) {
		const detail = `${RECOGNIZER_NAMES[language.language]} (${language.from === 'header' ? 'language from the header' : 'language read from the text'})`;
		children.push({ name: 'Recognizer', detail, kind: SymbolKind.Property, range, selectionRange: range });
	}
	const title = header.fields.find((f) => f.key === 'title');
	return {
		name: 'Header',
		detail: typeof title?.value === 'string' ? title.value : header.date ? header.date.raw : '',
		kind: SymbolKind.Module,
		range,
		selectionRange: range,
		children,
	};
}

/** An entity: its range spans its mentions (VS Code orders the outline by position; the list itself is in time order for dates). */
function entitySymbol(
	document: TextDocument,
	parsed: NewsDocument,
	info: EntityTypeInfo,
	entity: Entity,
): DocumentSymbol {
	const { first, suggested, annotated } = entity;
	const details: string[] = [];
	if (info.group === 'date' && first.value) details.push(first.value);
	if (first.ref !== undefined) details.push(first.ref);
	if (annotated.length) details.push(`${annotated.length} mention${annotated.length === 1 ? '' : 's'}`);
	if (suggested) details.push(`${suggested} suggested`);
	// The annotated mentions are the entity's children; its suggestions are counted, not listed: a raw article has
	// hundreds (a 0.4 MB one, 17,000), which made the outline a tree of every word the recognizer found and its
	// answer megabytes long on each edit. Go to Next Suggestion and Find All References walk them.
	const children = annotated.map((m): DocumentSymbol => {
		const range = toRange(document, m.range);
		const line = range.start.line + 1;
		return {
			name: displayText(m.text),
			detail: `line ${line}${roleOf(parsed, m)}`,
			kind: SymbolKind.String,
			range,
			selectionRange: toRange(document, m.contentRange),
		};
	});
	// The entity spans every mention, suggested too, so that the breadcrumb names it wherever it is mentioned.
	// (the mentions are in text order: the first starts first)
	return {
		name: entity.name,
		detail: details.join(' · '),
		kind: KIND[info.group] ?? SymbolKind.Object,
		range: toRange(document, { start: first.range.start, end: entity.end }),
		selectionRange: children.length ? firstOf(children).selectionRange : toRange(document, contentOf(first)),
		...(children.length > 0 && { children }),
	};
}

/** The title annotated just before a person: ", Russian Foreign Minister". */
function roleOf(parsed: NewsDocument, a: Annotation): string {
	const prev = parsed.annotations[a.index - 1];
	if (
		a.type !== 'person' ||
		!prev ||
		prev.type !== 'role' ||
		!/^[\s,]*$/.test(parsed.plainText.slice(prev.plainEnd, a.plainStart))
	)
		return '';
	return ` · ${displayText(prev.text)}`;
}

/** Dates in time order, then those without a value in text order (each value read once, not once per comparison). */
function byTime(entities: Entity[]): void {
	const when = new Map<Entity, ReturnType<typeof parseTimex>>();
	for (const e of entities) when.set(e, e.first.value ? parseTimex(e.first.value) : undefined);
	entities.sort((a, b) => {
		const da = when.get(a);
		const db = when.get(b);
		if (da && db)
			return da.start.firstDay - db.start.firstDay || (da.end ?? da.start).lastDay - (db.end ?? db.start).lastDay;
		if (da) return -1;
		if (db) return 1;
		return a.first.range.start - b.first.range.start;
	});
}

const before = (a: DocumentSymbol['range']['start'], b: DocumentSymbol['range']['start']): boolean =>
	a.line < b.line || (a.line === b.line && a.character < b.character);

/** The child that starts first: its selection range is the parent's, inside the parent's range. */
function firstOf(children: readonly DocumentSymbol[]): DocumentSymbol {
	return children.reduce((first, c) => (before(c.range.start, first.range.start) ? c : first), children[0]!);
}

function spanOf(children: readonly DocumentSymbol[]): DocumentSymbol['range'] {
	let start = children[0]!.range.start;
	let end = children[0]!.range.end;
	for (const c of children) {
		if (before(c.range.start, start)) start = c.range.start;
		if (before(end, c.range.end)) end = c.range.end;
	}
	return { start, end };
}

function rank(key: string): number {
	const i = HEADER_ORDER.indexOf(key);
	return i < 0 ? HEADER_ORDER.length : i;
}
