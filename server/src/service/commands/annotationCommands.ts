import type { CommandResult, CommandTarget } from '../../shared/commandProtocol';
import type { Annotation } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import { annotateTarget, retype, unknownTypeError, type CommandKnowledge } from './annotate';
import { dateValueProblem } from '../../shared/dateValue';
import { caretAfter, deleteRange, documentEdit, sortEdits } from './edits';
import { setAttributeEdits } from './markup';
import { annotationAtCursor, cursorOf, suggestionAt, type Article } from './target';

/** Removes the innermost annotation at the cursor and keeps its text. */
export function removeAnnotation(article: Article, params: CommandTarget): CommandResult {
	const cursor = cursorOf(article, params);
	const a = annotationAtCursor(article.parsed, cursor);
	if (!a) return { error: 'Put the cursor on an annotation to remove it (its text stays).' };
	const edits = [deleteRange(a.range.start, a.contentRange.start), deleteRange(a.contentRange.end, a.range.end)];
	const at = cursor >= a.range.end ? a.range.end : cursor;
	return { edit: documentEdit(article.document, edits), selection: caretAfter(article.document, edits, at) };
}

/** Gives the annotation at the cursor another type; on a suggestion, annotates it with that type. */
export function changeType(
	article: Article,
	params: CommandTarget,
	type: string,
	knowledge: CommandKnowledge,
): CommandResult {
	const cursor = cursorOf(article, params);
	const a = annotationAtCursor(article.parsed, cursor);
	if (!knowledge.types.get(type)) return { error: unknownTypeError(knowledge.types, type) };
	if (a) {
		const result = retype(article, a, type);
		// The cursor stays where it was.
		return result.edit ? { ...result, selection: undefined } : result;
	}
	const suggestion = suggestionAt(article.suggestions, cursor);
	if (suggestion) return annotateTarget(article, { range: suggestion.range, suggestion }, type, {}, knowledge);
	return { error: 'Put the cursor on an annotation (or a suggestion) to change its type.' };
}

/** The innermost date annotation that holds the cursor. */
function dateAt(article: Article, cursor: number): Annotation | undefined {
	for (
		let a = annotationAtCursor(article.parsed, cursor);
		a;
		a = a.parent === undefined ? undefined : article.parsed.annotations[a.parent]
	) {
		if (a.type === 'date') return a;
	}
	return undefined;
}

/** Sets (or, with an empty value, removes) the `value=` of the date at the cursor; a suggested date is annotated with it. */
export function setDateValue(
	article: Article,
	params: CommandTarget,
	rawValue: string,
	knowledge: CommandKnowledge,
): CommandResult {
	const value = rawValue.trim();
	const problem = dateValueProblem(value);
	if (problem) return { error: problem };
	const cursor = cursorOf(article, params);
	const a = dateAt(article, cursor);
	if (a) {
		if ((a.value ?? '') === value)
			return {
				message: value
					? `The value of "${displayText(a.text)}" is ${value} already.`
					: `"${displayText(a.text)}" has no value.`,
			};
		const edits = sortEdits(setAttributeEdits(article.parsed.source, a, 'value', value || undefined));
		return { edit: documentEdit(article.document, edits), selection: caretAfter(article.document, edits, cursor) };
	}
	const suggestion = suggestionAt(article.suggestions, cursor);
	if (suggestion?.type === 'date' && value)
		return annotateTarget(article, { range: suggestion.range, suggestion }, 'date', { value }, knowledge);
	return { error: 'Put the cursor on a date annotation (or a suggested date) to set its value.' };
}
