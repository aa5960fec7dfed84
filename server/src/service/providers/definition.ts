import type { Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsDocument } from '../parse/model';
import { refOfKey } from '../workspace/entityKey';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { allMentions, knowledgeLocations, locationOf, type EntityTarget } from './entityTarget';

/** Go to Definition: the knowledge-base entry of the entity, else its first annotation in the workspace. */
export function provideDefinition(
	document: TextDocument,
	parsed: NewsDocument,
	index: WorkspaceIndex,
	target: EntityTarget,
): Location[] {
	const entries = knowledgeLocations(index, refOfKey(target.key));
	if (entries.length) return entries;
	const first = allMentions(target.key, document, parsed, index)[0];
	return first ? [locationOf(first)] : [];
}
