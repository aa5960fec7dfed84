import type { Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsDocument } from '../parse/model';
import { refOfKey } from '../workspace/entityKey';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { allMentions, knowledgeLocations, locationOf, type EntityTarget } from './entityTarget';

/** Find All References: the knowledge-base entry (when asked for the declaration), then every annotation of the entity. */
export function provideReferences(
	document: TextDocument,
	parsed: NewsDocument | undefined,
	index: WorkspaceIndex,
	target: EntityTarget,
	includeDeclaration: boolean,
): Location[] {
	const declaration = includeDeclaration ? knowledgeLocations(index, refOfKey(target.key)) : [];
	return [...declaration, ...allMentions(target.key, document, parsed, index).map(locationOf)];
}
