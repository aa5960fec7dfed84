import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { EntityTypes } from '../entityTypes';
import { toRange } from '../text/offsetRanges';
import type { Mention } from '../workspace/mentions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { summarizeEntities, typeLabel, type EntitySummary } from './entitySummary';
import { plural } from './workspaceNames';

const KIND: Record<string, SymbolKind> = {
	person: SymbolKind.Variable,
	org: SymbolKind.Class,
	place: SymbolKind.Struct,
	date: SymbolKind.Event,
};
const LIMIT = 500;

/**
 * Go to Symbol in Workspace (Ctrl+T): entities whose name or an alias holds the query's characters in order.
 * An entity found by an alias is listed as "Alias (Name)", since VS Code filters the list by the symbol's name.
 */
export function provideWorkspaceSymbols(query: string, index: WorkspaceIndex, types: EntityTypes): SymbolInformation[] {
	const q = query.toLowerCase().replace(/\s+/g, '');
	const found: { score: number; name: string; entity: EntitySummary }[] = [];
	for (const e of summarizeEntities(index)) {
		if (e.type === 'date') continue;
		let name: string | undefined;
		let score = match(e.name, q);
		if (score >= 0) name = e.name;
		else {
			for (const alias of e.aliases) {
				const s = match(alias, q);
				if (s >= 0 && (name === undefined || s + 1 < score)) {
					name = `${alias} (${e.name})`;
					score = s + 1;
				}
			}
		}
		if (name !== undefined) found.push({ score, name, entity: e });
	}
	// Best matches first, then the most mentioned.
	found.sort((a, b) => a.score - b.score || b.entity.mentions - a.entity.mentions || a.name.localeCompare(b.name));
	const symbols: SymbolInformation[] = [];
	const shown = found.slice(0, LIMIT);
	const first = index.firstMentions(shown.filter((f) => !f.entity.entry).map((f) => f.entity.key));
	for (const { name, entity: e } of shown) {
		const location = locationOf(e, index, first);
		if (!location) continue;
		const where = e.mentions
			? `${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}`
			: 'in the knowledge base only';
		symbols.push({
			name,
			kind: KIND[e.type] ?? SymbolKind.Object,
			location,
			containerName: `${typeLabel(types, e.type)} · ${where}`,
		});
	}
	return symbols;
}

/** 0 for a prefix, 1 for a substring, 2 for the characters in order, -1 for no match. */
function match(text: string, q: string): number {
	if (!q) return 0;
	const t = text.toLowerCase().replace(/\s+/g, '');
	if (t.startsWith(q)) return 0;
	if (t.includes(q)) return 1;
	let i = 0;
	for (const c of t) if (c === q[i] && ++i === q.length) return 2;
	return -1;
}

/** The knowledge-base entry, else the first annotation. */
function locationOf(
	e: EntitySummary,
	index: WorkspaceIndex,
	firstMentions: ReadonlyMap<string, Mention>,
): SymbolInformation['location'] | undefined {
	if (e.entry) {
		const kb = index.knowledgeDocument(e.entry.uri);
		if (kb) return { uri: e.entry.uri, range: toRange(kb, e.entry.idRange) };
	}
	const first = firstMentions.get(e.key);
	const article = first && index.article(first.uri);
	return article ? { uri: first.uri, range: toRange(article.document, first.contentRange) } : undefined;
}
