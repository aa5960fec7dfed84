import type { OffsetRange } from '../parse/model';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** What stands under the cursor in a knowledge base: an entry's id, its name or one of its aliases. */
export interface KnowledgeEntryAt {
	readonly entry: KnowledgeEntry;
	readonly part: 'id' | 'name' | 'alias';
	/** Where that id, name or alias stands in the file. */
	readonly range: OffsetRange;
}

/** The entry of the knowledge base `uri` whose id, name or alias holds `offset` (its end included, as the cursor after a word). */
export function knowledgeEntryAt(index: WorkspaceIndex, uri: string, offset: number): KnowledgeEntryAt | undefined {
	const file = index.knowledgeFile(uri);
	if (!file) return undefined;
	const holds = (r: OffsetRange): boolean => r.start <= offset && offset <= r.end;
	for (const entry of file.entries) {
		if (holds(entry.idRange)) return { entry, part: 'id', range: entry.idRange };
		for (const name of entry.names ?? [])
			if (holds(name.range)) return { entry, part: name.alias ? 'alias' : 'name', range: name.range };
	}
	return undefined;
}
