import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import { Commands } from '../../shared/commands';
import { knowledgeRef } from '../commands/annotate';
import { documentEdit, sortEdits, type OffsetEdit } from '../commands/edits';
import { retypeEdits, setAttributeEdits, wrapEdits } from '../commands/markup';
import { annotationAtCursor, suggestionAt } from '../commands/target';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import { resolveDate } from '../recognize/dates';
import type { Suggestion } from '../recognize/suggestions';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';

/**
 * The editing commands as code actions on the annotation or suggestion at the cursor: link to the entity the
 * knowledge base knows by that name, set a date's value, remove the annotation, change its type, ignore or
 * annotate a suggestion otherwise. Quick fixes for what is plainly missing, refactorings for the rest.
 */
export function provideEditingActions(
	document: TextDocument,
	parsed: NewsDocument,
	types: EntityTypes,
	suggestions: readonly Suggestion[],
	entries: readonly KnowledgeEntry[],
	range: Range,
): CodeAction[] {
	const cursor = document.offsetAt(range.start);
	const position = range.start;
	const actions: CodeAction[] = [];
	const edit = (title: string, kind: string, edits: OffsetEdit[]): void => {
		actions.push({ title, kind, edit: documentEdit(document, sortEdits(edits)) });
	};
	const command = (title: string, kind: string, id: string): void => {
		actions.push({ title, kind, command: { title, command: id, arguments: [{ uri: document.uri, position }] } });
	};
	const source = parsed.source;

	const a = annotationAtCursor(parsed, cursor);
	if (a && a.type) {
		const text = displayText(a.text);
		const known = a.type === 'date' || a.type === 'role' ? undefined : knowledgeRef(entries, a.type, a.text);
		const entry = known === undefined ? undefined : entries.find((e) => e.id === known);
		if (entry && a.ref !== entry.id) {
			edit(
				`Link "${text}" to ${entry.name} (${entry.id})`,
				CodeActionKind.QuickFix,
				setAttributeEdits(source, a, 'ref', entry.id),
			);
		}
		if (a.type === 'date' && a.value === undefined) {
			const value = resolveDate(a.text, parsed.header.date?.day);
			if (value)
				edit(`Set the date value to ${value}`, CodeActionKind.QuickFix, setAttributeEdits(source, a, 'value', value));
		}
		edit(`Remove the annotation of "${text}" (keep the text)`, CodeActionKind.RefactorRewrite, [
			{ start: a.range.start, end: a.contentRange.start, text: '' },
			{ start: a.contentRange.end, end: a.range.end, text: '' },
		]);
		for (const t of types.all) {
			if (t.name === a.type) continue;
			edit(
				`Change the type to .${t.name}`,
				CodeActionKind.RefactorRewrite,
				retypeEdits(source, a, t.name, t.name === 'date' ? resolveDate(a.text, parsed.header.date?.day) : undefined),
			);
		}
		if (a.type !== 'date' && a.type !== 'role' && !entry && !(a.ref && entries.some((e) => e.id === a.ref))) {
			command(`Add "${text}" to the knowledge base...`, CodeActionKind.RefactorRewrite, Commands.addToKnowledgeBase);
		}
		return actions;
	}

	const s = suggestionAt(suggestions, cursor);
	if (s) {
		const text = displayText(s.text);
		for (const t of types.all) {
			if (t.name === s.type || s.type === 'date') continue;
			const value = t.name === 'date' ? resolveDate(s.text, parsed.header.date?.day) : undefined;
			if (t.name === 'date' && !value) continue;
			const ref = t.name === 'date' || t.name === 'role' ? undefined : knowledgeRef(entries, t.name, s.text);
			edit(
				`Annotate "${text}" as ${t.label}`,
				CodeActionKind.RefactorRewrite,
				wrapEdits(s.range, t.name, { ref, value }),
			);
		}
		// The command, not an edit made ahead: the editor asks for the actions at every cursor move, and the edit of
		// every suggestion of a long article is tens of thousands of them (it says how many of which, then applies).
		if (suggestions.length > 1)
			command(
				`Annotate all ${suggestions.length} suggestions in this article...`,
				CodeActionKind.QuickFix,
				Commands.acceptAllSuggestions,
			);
		command(
			`Annotate "${text}" wherever it is suggested in the workspace`,
			CodeActionKind.RefactorRewrite,
			Commands.acceptEntityInWorkspace,
		);
		command(`Ignore "${text}": never suggest it again`, CodeActionKind.QuickFix, Commands.ignoreSuggestion);
	}
	return actions;
}
