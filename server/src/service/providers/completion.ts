import {
	CompletionItemKind,
	InsertTextFormat,
	MarkupKind,
	type CompletionItem,
	type CompletionList,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { attributeList } from '../text/annotationMarkup';
import type { EntityTypeInfo, EntityTypes } from '../entityTypes';
import type { NewsDocument, OffsetRange } from '../parse/model';
import { toRange } from '../text/offsetRanges';
import { resolveDate } from '../recognize/dates';
import { describePeriod, parseTimex } from '../../shared/timex';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { cyrillicGuess, hasCyrillic, romanize, sameAcrossScripts, scriptKey } from '../workspace/transliteration';
import { attributeContextAt, type AttributeContext } from './attributeContext';

export interface CompletionContext {
	readonly types: EntityTypes;
	/** The knowledge base (every `entities.yaml` of the workspace). */
	readonly entries: readonly KnowledgeEntry[];
}

/** The characters after which an editor asks for completion without being told to. */
export const completionTriggerCharacters = ['.', '=', '{'] as const;

/** Past this many knowledge-base entries, the list is filtered here and the editor asks again as the user types. */
const MAX_REFS = 500;

/** VS Code's command that opens the suggest widget again: after `ref=` is inserted, the ids show at once. */
const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

const TYPE_DOCS: Record<string, string> = {
	person: 'A person: `[Sergey Lavrov]{.person}`.',
	org: 'An organization: a ministry, an agency, a company, an alliance: `[Eurasian Economic Union]{.org}`.',
	place: 'A place: a country, a city, a region: `[Bishkek]{.place}`.',
	date: 'A date, with the day it means in `value=`: `[May 9]{.date value=2025-05-09}`.',
	role: 'A title such as Foreign Minister; not an entity: it belongs to the person after it.',
};

/**
 * Completion inside the `{...}` of an annotation: entity types after `.` (or right after `]{`), the keys `ref=` and
 * `value=`, knowledge-base ids after `ref=` (those named like the annotated text first), and after `value=` the date
 * the annotated text resolves to and the article date.
 */
export function provideCompletion(
	document: TextDocument,
	parsed: NewsDocument,
	context: CompletionContext,
	offset: number,
): CompletionList | null {
	const at = attributeContextAt(parsed, offset);
	if (!at) return null;
	const { prefix } = at;
	const articleDay = parsed.header.date?.day;
	if (prefix.startsWith('.')) return list(typeItems(document, at, context, articleDay, at.item, true));
	const eq = prefix.indexOf('=');
	if (eq >= 0) {
		const key = prefix.slice(0, eq);
		const valueRange = { start: at.item.start + eq + 1, end: at.item.end };
		if (key === 'ref') return refItems(document, at, context, valueRange, prefix.slice(eq + 1));
		if (key === 'value') return list(valueItems(document, at, articleDay, valueRange));
		return null;
	}
	if (!/^[\p{L}]*$/u.test(prefix)) return null;
	const type = at.classes[0];
	const items = [
		...(type === undefined ? typeItems(document, at, context, articleDay, at.item, false) : []),
		...keyItems(document, at, context, articleDay, type),
	];
	return list(items);
}

function list(items: CompletionItem[]): CompletionList {
	return { isIncomplete: false, items };
}

function typeItems(
	document: TextDocument,
	at: AttributeContext,
	context: CompletionContext,
	articleDay: string | undefined,
	range: OffsetRange,
	dotTyped: boolean,
): CompletionItem[] {
	const editRange = toRange(document, range);
	const guess = guessType(at, context, articleDay);
	const items = context.types.all.map((t, i): CompletionItem => ({
		label: `.${t.name}`,
		kind: CompletionItemKind.EnumMember,
		detail: t.group === 'custom' ? `${t.label} (custom type)` : t.label,
		documentation: {
			kind: MarkupKind.Markdown,
			value:
				TYPE_DOCS[t.name] ??
				`${/^[aeiou]/i.test(t.label) ? 'An' : 'A'} ${t.label}: a custom type from the setting \`attache.customTypes\`.`,
		},
		filterText: dotTyped ? `.${t.name}` : t.name,
		sortText: `1-${String(i).padStart(3, '0')}`,
		textEdit: { range: editRange, newText: `.${t.name}` },
	}));
	// The whole attribute list in one go, when the text says what it is: `.date value=...`, `.person ref=...`.
	if (guess && !at.keys.includes(guess.key)) {
		const newText = attributeList(guess.type.name, { [guess.key]: guess.value });
		items.unshift({
			label: newText,
			kind: CompletionItemKind.Snippet,
			detail: guess.detail,
			filterText: dotTyped ? `.${guess.type.name}` : guess.type.name,
			sortText: '0',
			preselect: true,
			insertTextFormat: InsertTextFormat.PlainText,
			textEdit: { range: editRange, newText },
		});
	}
	return items;
}

interface TypeGuess {
	readonly type: EntityTypeInfo;
	readonly key: 'ref' | 'value';
	readonly value: string;
	readonly detail: string;
}

/** A date the text resolves to, or a knowledge-base entry the text names exactly. */
function guessType(
	at: AttributeContext,
	context: CompletionContext,
	articleDay: string | undefined,
): TypeGuess | undefined {
	if (!at.text) return undefined;
	const value = resolveDate(at.text, articleDay);
	const date = context.types.get('date');
	if (value !== undefined && date)
		return { type: date, key: 'value', value, detail: `"${at.text}" is ${describeValue(value)}` };
	const wanted = normalize(at.text);
	const entry = context.entries.find((e) => e.type !== 'none' && names(e).some((n) => normalize(n) === wanted));
	const type = entry && context.types.get(entry.type);
	if (entry && type) return { type, key: 'ref', value: entry.id, detail: `${entry.name} in the knowledge base` };
	return undefined;
}

function keyItems(
	document: TextDocument,
	at: AttributeContext,
	context: CompletionContext,
	articleDay: string | undefined,
	type: string | undefined,
): CompletionItem[] {
	const range = toRange(document, at.item);
	const items: CompletionItem[] = [];
	const isDate =
		type === 'date' || (type === undefined && at.text !== '' && resolveDate(at.text, articleDay) !== undefined);
	if (!at.keys.includes('ref') && !isDate && type !== 'role' && context.entries.length > 0) {
		items.push({
			label: 'ref=',
			kind: CompletionItemKind.Property,
			detail: 'the knowledge-base entry this mention refers to',
			documentation: {
				kind: MarkupKind.Markdown,
				value: 'Links the mention to an entry of `entities.yaml`: `[Lavrov]{.person ref=sergey-lavrov}`.',
			},
			sortText: '2-ref',
			textEdit: { range, newText: 'ref=' },
			command: TRIGGER_SUGGEST,
		});
	}
	if (!at.keys.includes('value') && isDate) {
		items.push({
			label: 'value=',
			kind: CompletionItemKind.Property,
			detail: 'the day (or month, year, week...) this date means',
			documentation: {
				kind: MarkupKind.Markdown,
				value:
					'The normalized date, TIMEX3 style: `2025-05-09`, `2025-05`, `2025`, `2025-W19`, `2025-Q2`, `2025-01-20/2025-01-24`.',
			},
			sortText: '2-value',
			textEdit: { range, newText: 'value=' },
			command: TRIGGER_SUGGEST,
		});
	}
	return items;
}

function refItems(
	document: TextDocument,
	at: AttributeContext,
	context: CompletionContext,
	valueRange: OffsetRange,
	typed: string,
): CompletionList {
	const range = toRange(document, valueRange);
	const wanted = normalize(at.text);
	const words = new Set(wanted.split(' ').filter((w) => w.length >= 3));
	const type = at.classes[0];
	let candidates = context.entries.filter((e) => e.type !== 'none');
	let isIncomplete = false;
	if (candidates.length > MAX_REFS) {
		const t = typed.toLowerCase();
		const tk = scriptKey(typed);
		candidates = candidates.filter(
			(e) =>
				e.id.includes(t) ||
				names(e).some((n) => n.toLowerCase().includes(t) || (tk !== '' && scriptKey(n).includes(tk))),
		);
		const ranked = candidates
			.map((e) => ({ e, rank: rankEntry(e, wanted, words, type) }))
			.sort((a, b) => a.rank - b.rank);
		isIncomplete = ranked.length > MAX_REFS;
		candidates = ranked.slice(0, MAX_REFS).map((r) => r.e);
	}
	let best: CompletionItem | undefined;
	let bestRank = Infinity;
	const items = candidates.map((e): CompletionItem => {
		const rank = rankEntry(e, wanted, words, type);
		const typeLabel = context.types.get(e.type)?.label ?? e.type;
		const item: CompletionItem = {
			label: e.id,
			labelDetails: { detail: ` ${e.name}`, description: typeLabel },
			kind: CompletionItemKind.Reference,
			detail: `${e.name} (${typeLabel})`,
			documentation: { kind: MarkupKind.Markdown, value: describeEntry(e) },
			filterText: [...new Set([e.id, ...names(e), ...otherScript(e)])].join(' '),
			sortText: `${rank}-${e.name.toLowerCase()}`,
			textEdit: { range, newText: e.id },
		};
		if (rank < bestRank) {
			best = item;
			bestRank = rank;
		}
		return item;
	});
	// Preselect the entry named exactly like the annotated text.
	if (best && bestRank < 2) best.preselect = true;
	return { isIncomplete, items };
}

/**
 * 0-1: a name or alias is the annotated text; 2-3: they share a word; 4-5: the rest. The odd ranks are entries of
 * another type than the annotation's.
 */
function rankEntry(e: KnowledgeEntry, wanted: string, words: ReadonlySet<string>, type: string | undefined): number {
	const otherType = type !== undefined && e.type !== type ? 1 : 0;
	const all = names(e).map(normalize);
	if (wanted && (all.includes(wanted) || names(e).some((n) => sameAcrossScripts(n, wanted)))) return otherType;
	if (words.size && all.some((n) => n.split(' ').some((w) => words.has(w)))) return 2 + otherType;
	return 4 + otherType;
}

function describeEntry(e: KnowledgeEntry): string {
	const lines = [`**${e.name}** · ${e.type}`];
	if (e.description) lines.push('', e.description);
	if (e.aliases.length) lines.push('', `Also known as ${e.aliases.join(', ')}`);
	if (e.wikidata) lines.push('', `Wikidata: ${e.wikidata}`);
	return lines.join('\n');
}

function valueItems(
	document: TextDocument,
	at: AttributeContext,
	articleDay: string | undefined,
	valueRange: OffsetRange,
): CompletionItem[] {
	const range = toRange(document, valueRange);
	const items: CompletionItem[] = [];
	const resolved = at.text ? resolveDate(at.text, articleDay) : undefined;
	if (resolved !== undefined) {
		items.push({
			label: resolved,
			kind: CompletionItemKind.Value,
			detail: `"${at.text}": ${describeValue(resolved)}`,
			documentation:
				resolved === articleDay
					? 'The article date.'
					: articleDay
						? `Resolved against the article date, ${articleDay}.`
						: 'The article has no date; this date is written in full.',
			sortText: '0',
			preselect: true,
			textEdit: { range, newText: resolved },
		});
	}
	if (articleDay !== undefined && articleDay !== resolved) {
		items.push({
			label: articleDay,
			kind: CompletionItemKind.Value,
			detail: `the article date: ${describeValue(articleDay)}`,
			sortText: '1',
			textEdit: { range, newText: articleDay },
		});
	}
	return items;
}

function describeValue(value: string): string {
	const v = parseTimex(value);
	if (!v) return value;
	return v.end ? `${describePeriod(v.start)} to ${describePeriod(v.end)}` : describePeriod(v.start);
}

function names(e: KnowledgeEntry): string[] {
	return [e.name, ...e.aliases];
}

/**
 * Two scripts, one entity: an entry's Cyrillic names in Latin letters, and its Latin names keyed as their Cyrillic
 * would be, so that typing either spelling after `ref=` finds it ("Kulub" finds an entry that writes "Кулубаев").
 */
function otherScript(e: KnowledgeEntry): string[] {
	const cyrillic = names(e).filter(hasCyrillic);
	if (cyrillic.length === names(e).length) return cyrillic.map(romanize);
	return cyrillic.length === 0 ? names(e).map(cyrillicGuess) : [];
}

function normalize(s: string): string {
	return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
