import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypes } from '../entityTypes';
import { toRange } from '../text/offsetRanges';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { capitalize, escapeMarkdown } from './hover';
import { knowledgeEntryAt } from './knowledgeEntryAt';
import { mentionCount } from './knowledgeBaseCodeLens';

/** Hover on an entry's id, name or alias in a knowledge base: the entity card, with where it appears in the articles. */
export function provideKnowledgeBaseHover(
	document: TextDocument,
	index: WorkspaceIndex,
	types: EntityTypes,
	offset: number,
): Hover | null {
	const at = knowledgeEntryAt(index, document.uri, offset);
	if (!at) return null;
	return {
		contents: { kind: MarkupKind.Markdown, value: describeKnowledgeEntry(at.entry, index, types) },
		range: toRange(document, at.range),
	};
}

/** "**Person** · Sergey Lavrov (`sergey-lavrov`)", the description, aliases, Wikidata, "12 mentions in 5 articles". */
export function describeKnowledgeEntry(entry: KnowledgeEntry, index: WorkspaceIndex, types: EntityTypes): string {
	const label = entry.type === 'none' ? 'Never suggested' : capitalize(types.get(entry.type)?.label ?? entry.type);
	const lines = [`**${label}** · ${escapeMarkdown(entry.name)} (\`${entry.id}\`)`];
	if (entry.description) lines.push('', escapeMarkdown(entry.description));
	if (entry.aliases.length) lines.push('', `Also known as ${entry.aliases.map(escapeMarkdown).join(', ')}`);
	if (entry.wikidata)
		lines.push(
			'',
			`Wikidata: [${entry.wikidata}](https://www.wikidata.org/wiki/${encodeURIComponent(entry.wikidata)})`,
		);
	const count = mentionCount(index, entry.id);
	lines.push('', count ?? `No mentions yet: link one with \`ref=${entry.id}\` or **Attache: Link to Entity**.`);
	return lines.join('\n');
}
