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

/** An annotation, or a suggestion shaped like one for the outline. */
type Mention = Pick<Annotation, 'text' | 'range' | 'contentRange' | 'ref' | 'value' | 'type' | 'index'> & {
	readonly suggested: boolean;
	readonly canonical?: string;
};

interface Entity {
	readonly key: string;
	readonly mentions: Mention[];
}

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

	const mentions: Mention[] = parsed.annotations.map((a) => ({
		text: a.text,
		range: a.range,
		contentRange: a.contentRange,
		ref: a.ref,
		value: a.value,
		type: a.type,
		index: a.index,
		suggested: false,
	}));
	for (const s of suggestions) {
		mentions.push({
			text: s.text,
			range: s.range,
			contentRange: s.range,
			ref: s.ref,
			value: s.value,
			type: s.type,
			index: -1,
			suggested: true,
			canonical: s.canonical,
		});
	}
	mentions.sort((a, b) => a.range.start - b.range.start);
	const groups = new Map<string, Map<string, Entity>>();
	const keyOfText = new Map<string, string>();
	for (const m of mentions) {
		const info = types.get(m.type);
		if (!info || info.group === 'role' || m.text.length === 0) continue;
		const textKey = `${info.name}:${displayText(m.text).toLowerCase()}`;
		const canonical = m.canonical;
		// A suggestion joins the entity of its ref, of the full name it stands for, or of the same text annotated.
		const key =
			m.ref !== undefined
				? `ref:${m.ref}`
				: info.group === 'date' && m.value
					? `value:${m.value}`
					: (keyOfText.get(textKey) ??
						(canonical ? keyOfText.get(`${info.name}:${canonical.toLowerCase()}`) : undefined) ??
						`text:${canonical ? `${info.name}:${canonical.toLowerCase()}` : textKey}`);
		if (!keyOfText.has(textKey)) keyOfText.set(textKey, key);
		// "Владимиром Путиным" and a later "Путин" are one entity even where the article never writes "Владимир Путин"
		if (canonical && !keyOfText.has(`${info.name}:${canonical.toLowerCase()}`))
			keyOfText.set(`${info.name}:${canonical.toLowerCase()}`, key);
		const group = groups.get(info.name) ?? groups.set(info.name, new Map()).get(info.name)!;
		const entity = group.get(key) ?? group.set(key, { key, mentions: [] }).get(key)!;
		entity.mentions.push(m);
	}
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
	const names = entity.mentions.map((m) => displayText(m.text));
	const name = names.reduce((best, n) => (n.length > best.length ? n : best), names[0]!);
	const first = entity.mentions[0]!;
	const details: string[] = [];
	if (info.group === 'date' && first.value) details.push(first.value);
	if (first.ref !== undefined) details.push(first.ref);
	const suggested = entity.mentions.filter((m) => m.suggested).length;
	const annotated = entity.mentions.length - suggested;
	if (annotated) details.push(`${annotated} mention${annotated === 1 ? '' : 's'}`);
	if (suggested) details.push(`${suggested} suggested`);
	// The annotated mentions are the entity's children; its suggestions are counted, not listed: a raw article has
	// hundreds (a 0.4 MB one, 17,000), which made the outline a tree of every word the recognizer found and its
	// answer megabytes long on each edit. Go to Next Suggestion and Find All References walk them.
	const children = entity.mentions
		.filter((m) => !m.suggested)
		.map((m): DocumentSymbol => {
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
	const end = entity.mentions.reduce((a, m) => (m.range.end > a.range.end ? m : a)).range.end;
	return {
		name,
		detail: details.join(' · '),
		kind: KIND[info.group] ?? SymbolKind.Object,
		range: toRange(document, { start: first.range.start, end }),
		selectionRange: children.length ? firstOf(children).selectionRange : toRange(document, first.contentRange),
		...(children.length > 0 && { children }),
	};
}

/** The title annotated just before a person: ", Russian Foreign Minister". */
function roleOf(parsed: NewsDocument, m: Mention): string {
	if (m.index < 0) return '';
	const prev = parsed.annotations[m.index - 1];
	const a = parsed.annotations[m.index]!;
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
	for (const e of entities) when.set(e, e.mentions[0]!.value ? parseTimex(e.mentions[0]!.value) : undefined);
	entities.sort((a, b) => {
		const da = when.get(a);
		const db = when.get(b);
		if (da && db)
			return da.start.firstDay - db.start.firstDay || (da.end ?? da.start).lastDay - (db.end ?? db.start).lastDay;
		if (da) return -1;
		if (db) return 1;
		return a.mentions[0]!.range.start - b.mentions[0]!.range.start;
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
