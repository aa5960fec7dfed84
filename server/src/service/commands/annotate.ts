import type { CommandResult } from '../../shared/commandProtocol';
import type { EntityTypes } from '../entityTypes';
import type { Annotation } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import { resolveDate } from '../recognize/dates';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { sameAcrossScripts } from '../workspace/transliteration';
import { caretAfter, documentEdit, sortEdits, type OffsetEdit } from './edits';
import { retypeEdits, setAttributeEdits, wrapEdits, type SpanAttributes } from './markup';
import { snapTarget } from './snap';
import { annotatableProblem, plainTextOf, type Article, type Target } from './target';

/** What the editing commands know besides the article. */
export interface CommandKnowledge {
	readonly types: EntityTypes;
	readonly entries: readonly KnowledgeEntry[];
}

const normalize = (text: string): string => displayText(text).toLowerCase();

/** The knowledge-base id that `text` names for entities of `type`, when exactly one entry claims it. */
export function knowledgeRef(entries: readonly KnowledgeEntry[], type: string, text: string): string | undefined {
	const wanted = normalize(text);
	const ids = new Set(
		entries
			.filter((e) => e.type === type && [e.name, ...e.aliases].some((n) => normalize(n) === wanted))
			.map((e) => e.id),
	);
	if (ids.size === 0) {
		// two scripts, one entity: "Kulubayev" names the entry that only writes "Кулубаев"
		for (const e of entries)
			if (e.type === type && [e.name, ...e.aliases].some((n) => sameAcrossScripts(n, text))) ids.add(e.id);
	}
	return ids.size === 1 ? [...ids][0] : undefined;
}

export function unknownTypeError(types: EntityTypes, type: string): string {
	return `There is no entity type "${type}": use one of ${types.all.map((t) => t.name).join(', ')}, or declare it in the setting attache.customTypes.`;
}

/** Annotates the target as `type`: wraps it, or retypes it when it is an annotation already. */
export function annotateTarget(
	article: Article,
	asked: Target,
	type: string,
	attrs: SpanAttributes,
	knowledge: CommandKnowledge,
): CommandResult {
	if (asked.error !== undefined) return { error: asked.error };
	if (!knowledge.types.get(type)) return { error: unknownTypeError(knowledge.types, type) };
	const { target, note } = snapTarget(article.parsed, article.suggestions, asked, type);
	if (target.error !== undefined) return { error: target.error };
	if (target.annotation) {
		const result = retype(article, target.annotation, type, attrs);
		return note && !result.edit ? { message: `${note} It is annotated as ${type} already.` } : result;
	}
	const { parsed, document } = article;
	const problem = annotatableProblem(parsed, target.range);
	if (problem) return { error: problem };
	const text = plainTextOf(parsed, target.range);
	const fromSuggestion = target.suggestion?.type === type ? target.suggestion : undefined;
	let value: string | undefined;
	let message: string | undefined;
	if (type === 'date') {
		value = attrs.value ?? fromSuggestion?.value ?? resolveDate(text, parsed.header.date?.day);
		if (value === undefined) {
			message = parsed.header.date
				? `Annotated "${text}" as a date without a value: set one with Attache: Set Date Value.`
				: `Annotated "${text}" as a date without a value: the article has no date to resolve it against.`;
		}
	}
	const ref =
		type === 'date' || type === 'role'
			? attrs.ref
			: (attrs.ref ?? fromSuggestion?.ref ?? knowledgeRef(knowledge.entries, type, text));
	const edits = wrapEdits(target.range, type, { ref, value });
	const said = [note, message].filter((m) => m !== undefined).join(' ');
	return {
		edit: documentEdit(document, edits),
		selection: caretAfter(document, edits, target.range.end),
		...(said && { message: said }),
	};
}

/** Gives an existing annotation another type (and the ref or value asked for). */
export function retype(article: Article, a: Annotation, type: string, attrs: SpanAttributes = {}): CommandResult {
	const { parsed, document } = article;
	const source = parsed.source;
	const resolved = type === 'date' ? (attrs.value ?? resolveDate(a.text, parsed.header.date?.day)) : undefined;
	const edits: OffsetEdit[] = a.type === type ? [] : retypeEdits(source, a, type, resolved);
	if (attrs.ref !== undefined && attrs.ref !== a.ref) edits.push(...setAttributeEdits(source, a, 'ref', attrs.ref));
	if (type === 'date' && a.type === 'date' && attrs.value !== undefined && attrs.value !== a.value)
		edits.push(...setAttributeEdits(source, a, 'value', attrs.value));
	if (!edits.length) return { message: `"${displayText(a.text)}" is annotated as ${type} already.` };
	const sorted = sortEdits(edits);
	return { edit: documentEdit(document, sorted), selection: caretAfter(document, sorted, a.range.end) };
}
