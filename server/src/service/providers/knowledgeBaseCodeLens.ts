import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../text/offsetRanges';
import { entityKey } from '../workspace/entityKey';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { plural } from './workspaceNames';

/**
 * Above each entry of a knowledge base, as TypeScript's reference lenses: "12 mentions in 5 articles", whose
 * command (`showReferences`, run with the file's URI and the id's position) shows the references; "no mentions yet"
 * when there are none. The locations are found when the lens is clicked, so a large corpus costs nothing here.
 * A `type: none` entry (never suggested) has a lens only when something refers to it.
 */
export function provideKnowledgeBaseCodeLenses(
	document: TextDocument,
	index: WorkspaceIndex,
	showReferences: string,
): CodeLens[] {
	const file = index.knowledgeFile(document.uri);
	if (!file) return [];
	const lenses: CodeLens[] = [];
	for (const entry of file.entries) {
		const count = mentionCount(index, entry.id);
		if (!count && entry.type === 'none') continue;
		const range = toRange(document, entry.idRange);
		lenses.push({
			range,
			command: count
				? { title: count, command: showReferences, arguments: [document.uri, range.start] }
				: { title: 'no mentions yet', command: '' },
		});
	}
	return lenses;
}

/** "12 mentions in 5 articles" for the entity an id names; undefined when no article mentions it. */
export function mentionCount(index: WorkspaceIndex, id: string): string | undefined {
	const stats = index.entity(entityKey('', '', id, undefined));
	return stats ? `${plural(stats.mentions, 'mention')} in ${plural(stats.articles, 'article')}` : undefined;
}
