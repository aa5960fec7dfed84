import type { Location, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../text/offsetRanges';
import { entityKey } from '../workspace/entityKey';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { EntityTarget } from './entityTarget';
import { knowledgeEntryAt, type KnowledgeEntryAt } from './knowledgeEntryAt';
import { provideReferences } from './references';
import { provideRename, type RenamePlaceholder, type RenameRefusal } from './rename';

// Find All References and Rename Symbol in a knowledge base (`entities.yaml`): the entry under the cursor stands for
// the entity its id names, as a `ref=` of that id does in an article, so both go through the articles' providers.

/** The entity of an entry, as an article's `ref=` of its id would name it. */
function targetOf({ entry }: KnowledgeEntryAt): EntityTarget {
	return {
		key: entityKey(entry.type, entry.name, entry.id, undefined),
		type: entry.type,
		text: entry.name,
		ref: entry.id,
		via: 'ref',
		range: entry.idRange,
		mention: undefined,
	};
}

/** Every mention of the entry's entity in the articles, and (when asked for the declaration) every entry with its id. */
export function provideKnowledgeBaseReferences(
	document: TextDocument,
	index: WorkspaceIndex,
	offset: number,
	includeDeclaration: boolean,
): Location[] {
	const at = knowledgeEntryAt(index, document.uri, offset);
	return at ? provideReferences(document, undefined, index, targetOf(at), includeDeclaration) : [];
}

/** Only an id is renamed from a knowledge base; elsewhere, a refusal says where to put the cursor. */
export function prepareKnowledgeBaseRename(
	document: TextDocument,
	index: WorkspaceIndex,
	offset: number,
): RenamePlaceholder | RenameRefusal {
	const at = knowledgeEntryAt(index, document.uri, offset);
	if (!at) {
		const file = index.knowledgeFile(document.uri);
		if (file && !file.entries.length && file.problems.length)
			return {
				refusal:
					'This knowledge base has problems (see the Problems panel): correct them, then put the cursor on an id to rename it.',
			};
		return {
			refusal:
				'Put the cursor on the id of an entry (the key before `:`, such as `sergey-lavrov`) to rename it here and in every `ref=` of the articles.',
		};
	}
	if (at.part !== 'id') {
		return {
			refusal: `Rename Symbol renames ids: put the cursor on \`${at.entry.id}\` to rename it here and in every \`ref=\`. To change this ${at.part === 'name' ? 'name' : 'alias'}, edit it here; the articles keep the text they quote.`,
		};
	}
	return { range: toRange(document, at.range), placeholder: at.entry.id };
}

/** The one edit that renames the id in every knowledge base that defines it and in every `ref=` (articles' rename). */
export function provideKnowledgeBaseRename(
	document: TextDocument,
	index: WorkspaceIndex,
	offset: number,
	newName: string,
): WorkspaceEdit | RenameRefusal {
	const prepared = prepareKnowledgeBaseRename(document, index, offset);
	if ('refusal' in prepared) return prepared;
	return provideRename(document, undefined, index, targetOf(knowledgeEntryAt(index, document.uri, offset)!), newName);
}
