import type { AnnotatedTextEdit, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { escapeText } from '../text/annotationMarkup';
import type { NewsDocument } from '../parse/model';
import { toRange } from '../text/offsetRanges';
import { isEntityType, refOfKey } from '../workspace/entityKey';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { allMentions, type EntityTarget } from './entityTarget';
import { fileName, listFiles, plural } from './workspaceNames';

/** Why an entity cannot be renamed, in words for the analyst. */
export interface RenameRefusal {
	readonly refusal: string;
}

export interface RenamePlaceholder {
	readonly range: Range;
	readonly placeholder: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const RENAME_ANNOTATION = 'attache.renameEntity';

/**
 * What Rename Symbol renames: an entity with a `ref` is renamed by its knowledge-base id (the placeholder is the id);
 * one without is renamed by its annotated text, in every article.
 */
export function prepareRename(document: TextDocument, target: EntityTarget): RenamePlaceholder | RenameRefusal {
	const ref = refOfKey(target.key);
	if (ref !== undefined) return { range: toRange(document, target.range), placeholder: ref };
	const refusal = textRenameRefusal(target);
	if (refusal) return refusal;
	return { range: toRange(document, target.range), placeholder: target.text.trim() };
}

/** The one edit that renames the entity everywhere; edits in several files ask for confirmation (refactor preview). */
export function provideRename(
	document: TextDocument,
	parsed: NewsDocument | undefined,
	index: WorkspaceIndex,
	target: EntityTarget,
	newName: string,
): WorkspaceEdit | RenameRefusal {
	const ref = refOfKey(target.key);
	const mentions = allMentions(target.key, document, parsed, index);
	const edits = new Map<string, TextEdit[]>();
	const add = (uri: string, edit: TextEdit): void => void (edits.get(uri) ?? edits.set(uri, []).get(uri)!).push(edit);
	let label: string;
	if (ref !== undefined) {
		const id = newName.trim();
		if (!ID.test(id))
			return { refusal: `"${id}" is not an id: use lower-case letters, digits and "-", such as "sergey-lavrov".` };
		if (id !== ref && (index.entriesWithId(id).length || index.entity(`ref:${id}`))) {
			return {
				refusal: `"${id}" is already the id of another entity: choose another id, or link these mentions to it with Link to Entity.`,
			};
		}
		for (const { mention, document: d } of mentions)
			if (mention.refRange) add(d.uri, { range: toRange(d, mention.refRange), newText: id });
		for (const entry of index.entriesWithId(ref)) {
			const kb = index.knowledgeDocument(entry.uri);
			if (kb) add(entry.uri, { range: toRange(kb, entry.idRange), newText: id });
		}
		label = `Rename the entity id "${ref}" to "${id}"`;
	} else {
		const refusal = textRenameRefusal(target);
		if (refusal) return refusal;
		const text = newName.replace(/\s+/g, ' ').trim();
		if (!text) return { refusal: 'Type the new name of the entity.' };
		const nested = mentions.filter((p) => p.mention.nested);
		if (nested.length) {
			return {
				refusal: `"${target.text.trim()}" holds another annotation in ${listFiles([...new Set(nested.map((p) => fileName(p.document.uri)))])}: rename it there by hand, or remove the inner annotation first.`,
			};
		}
		const oldCaps = isAllCaps(target.text);
		for (const { mention, document: d } of mentions) {
			// A dateline in capitals ("VIENNA") keeps its capitals.
			const written = isAllCaps(mention.text) && !oldCaps ? text.toUpperCase() : text;
			add(d.uri, { range: toRange(d, mention.contentRange), newText: escapeText(written) });
		}
		label = `Rename "${target.text.trim()}" to "${text}" (${plural(mentions.length, 'annotation')})`;
	}
	return toWorkspaceEdit(edits, label);
}

function textRenameRefusal(target: EntityTarget): RenameRefusal | undefined {
	if (target.via === 'suggestion')
		return {
			refusal: 'This is a suggestion, not an annotation yet: annotate it first (Ctrl+.), then rename the entity.',
		};
	if (!isEntityType(target.type))
		return { refusal: 'Only entities (people, organizations, places and custom types) can be renamed.' };
	if (target.type === 'date')
		return { refusal: 'Dates are not renamed across articles: edit the text of this one, or change its value.' };
	if (target.mention?.nested)
		return { refusal: `"${target.text.trim()}" holds another annotation: edit its text by hand.` };
	return undefined;
}

function toWorkspaceEdit(edits: Map<string, TextEdit[]>, label: string): WorkspaceEdit {
	if (edits.size <= 1) return { changes: Object.fromEntries(edits) };
	const documentChanges: TextDocumentEdit[] = [...edits].map(([uri, list]) => ({
		textDocument: { uri, version: null },
		edits: list.map((e): AnnotatedTextEdit => ({ ...e, annotationId: RENAME_ANNOTATION })),
	}));
	return {
		documentChanges,
		changeAnnotations: { [RENAME_ANNOTATION]: { label, needsConfirmation: true, description: `${edits.size} files` } },
	};
}

function isAllCaps(text: string): boolean {
	return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}
