import type { EntityTypes } from '../entityTypes';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { refOfKey } from '../workspace/entityKey';
import { nominativeScore } from '../recognize/ru/inflection';
import type { EntityStats, WorkspaceIndex } from '../workspace/workspaceIndex';

/** An entity of the workspace as lists show it: from its mentions, its knowledge-base entry, or both. */
export interface EntitySummary {
	readonly key: string;
	/** The type as annotated (or as the knowledge base says); '' when no mention has a type. */
	readonly type: string;
	readonly name: string;
	readonly ref: string | undefined;
	readonly entry: KnowledgeEntry | undefined;
	/** Other texts it is annotated with, and the knowledge base's aliases. */
	readonly aliases: readonly string[];
	readonly mentions: number;
	readonly articles: number;
}

/** Every entity: each one annotated somewhere, and each knowledge-base entry (but `type: none`) even if unannotated. */
export function summarizeEntities(index: WorkspaceIndex): EntitySummary[] {
	const out: EntitySummary[] = [];
	const seen = new Set<string>();
	for (const stats of index.entities) {
		seen.add(stats.key);
		out.push(summarize(stats.key, stats, index));
	}
	for (const entry of index.entries) {
		const key = `ref:${entry.id}`;
		if (entry.type === 'none' || seen.has(key)) continue;
		seen.add(key);
		out.push(summarize(key, undefined, index));
	}
	return out;
}

export function summarize(key: string, stats: EntityStats | undefined, index: WorkspaceIndex): EntitySummary {
	const ref = refOfKey(key);
	const entry = ref === undefined ? undefined : index.entry(ref);
	// Russian case forms are one entity: its name is the form most like a nominative ("Лавров", not "Лаврову")
	const texts = stats
		? [...stats.texts].sort(
				(a, b) => nominativeScore(b[0]) - nominativeScore(a[0]) || b[1] - a[1] || b[0].length - a[0].length,
			)
		: [];
	const name = entry?.name ?? texts[0]?.[0]?.trim() ?? ref ?? key;
	const aliases = [...new Set([...(entry?.aliases ?? []), ...texts.map(([t]) => t.trim())])].filter(
		(a) => a && a !== name,
	);
	return {
		key,
		type: typeOf(stats, entry),
		name,
		ref,
		entry,
		aliases,
		mentions: stats?.mentions ?? 0,
		articles: stats?.articles ?? 0,
	};
}

/** The knowledge base's type, else the type most mentions have. */
function typeOf(stats: EntityStats | undefined, entry: KnowledgeEntry | undefined): string {
	if (entry && entry.type !== 'none') return entry.type;
	let best = '';
	let bestCount = 0;
	for (const [type, n] of stats?.types ?? []) {
		if (type && type !== 'role' && n > bestCount) {
			best = type;
			bestCount = n;
		}
	}
	return best;
}

/** "person", "organization"; the type as written when settings do not know it. */
export function typeLabel(types: EntityTypes, type: string): string {
	return types.get(type)?.label ?? (type || 'untyped');
}
