import type { NewsDocument } from '../parse/model';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';

export interface StatsInput {
	readonly name: string;
	readonly document: NewsDocument;
	/** What the recognizer still finds unannotated. */
	readonly suggestions: readonly { readonly type: string }[];
	readonly knowledge?: (id: string) => KnowledgeEntry | undefined;
}

export interface TypeStats {
	readonly type: string;
	readonly annotations: number;
	/** Distinct entities: by ref, else by text. */
	readonly entities: number;
	readonly articles: number;
}

export interface EntityStats {
	readonly type: string;
	readonly name: string;
	readonly ref?: string;
	readonly mentions: number;
	readonly articles: number;
}

export interface CorpusStats {
	readonly articles: number;
	readonly annotations: number;
	readonly types: readonly TypeStats[];
	readonly top: readonly EntityStats[];
	readonly suggestions: {
		readonly total: number;
		readonly byType: Readonly<Record<string, number>>;
		readonly articles: number;
	};
}

/** Types that are no entities of their own: not listed among the top entities. */
const NOT_ENTITIES = new Set(['role', 'date']);

/** Counts a corpus: annotations and distinct entities per type, the most mentioned entities, suggestions left. */
export function corpusStats(inputs: readonly StatsInput[], top = 10): CorpusStats {
	const types = new Map<string, { annotations: number; entities: Set<string>; articles: Set<string> }>();
	const entities = new Map<
		string,
		{ type: string; ref?: string; texts: Map<string, number>; mentions: number; articles: Set<string>; name?: string }
	>();
	let annotations = 0;
	const byType: Record<string, number> = {};
	let suggestionArticles = 0;
	for (const input of inputs) {
		for (const a of input.document.annotations) {
			if (a.type === undefined || !a.text) continue;
			annotations++;
			const text = a.text.replace(/\s+/g, ' ');
			const id = a.ref !== undefined ? `${a.type}\u0000ref:${a.ref}` : `${a.type}\u0000${text.toLowerCase()}`;
			const t =
				types.get(a.type) ??
				types.set(a.type, { annotations: 0, entities: new Set(), articles: new Set() }).get(a.type)!;
			t.annotations++;
			t.entities.add(id);
			t.articles.add(input.name);
			if (NOT_ENTITIES.has(a.type)) continue;
			const e =
				entities.get(id) ??
				entities.set(id, { type: a.type, ref: a.ref, texts: new Map(), mentions: 0, articles: new Set() }).get(id)!;
			e.mentions++;
			e.articles.add(input.name);
			e.texts.set(text, (e.texts.get(text) ?? 0) + 1);
			if (a.ref !== undefined) e.name ??= input.knowledge?.(a.ref)?.name;
		}
		for (const s of input.suggestions) byType[s.type] = (byType[s.type] ?? 0) + 1;
		if (input.suggestions.length) suggestionArticles++;
	}
	const mostFrequent = (texts: Map<string, number>): string =>
		[...texts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]![0];
	return {
		articles: inputs.length,
		annotations,
		types: [...types]
			.map(([type, t]) => ({ type, annotations: t.annotations, entities: t.entities.size, articles: t.articles.size }))
			.sort((x, y) => y.annotations - x.annotations || x.type.localeCompare(y.type)),
		top: [...entities.values()]
			.map((e) => ({
				type: e.type,
				name: e.name ?? mostFrequent(e.texts),
				...(e.ref !== undefined && { ref: e.ref }),
				mentions: e.mentions,
				articles: e.articles.size,
			}))
			.sort((x, y) => y.mentions - x.mentions || y.articles - x.articles || x.name.localeCompare(y.name))
			.slice(0, top),
		suggestions: { total: Object.values(byType).reduce((n, c) => n + c, 0), byType, articles: suggestionArticles },
	};
}

/** The statistics as text for a terminal. */
export function statsText(stats: CorpusStats): string {
	const lines = [
		`${stats.articles} article${stats.articles === 1 ? '' : 's'}, ${stats.annotations} annotation${stats.annotations === 1 ? '' : 's'}`,
		'',
	];
	const rows = [
		['type', 'annotations', 'entities', 'articles'],
		...stats.types.map((t) => [t.type, String(t.annotations), String(t.entities), String(t.articles)]),
	];
	lines.push(...columns(rows), '');
	if (stats.top.length) {
		lines.push('Top entities:');
		lines.push(
			...columns([
				['entity', 'type', 'mentions', 'articles'],
				...stats.top.map((e) => [
					e.ref !== undefined ? `${e.name} (${e.ref})` : e.name,
					e.type,
					String(e.mentions),
					String(e.articles),
				]),
			]).map((l) => `  ${l}`),
			'',
		);
	}
	const left = Object.entries(stats.suggestions.byType)
		.sort((x, y) => y[1] - x[1])
		.map(([type, n]) => `${n} ${type}`)
		.join(', ');
	lines.push(
		stats.suggestions.total
			? `Suggestions left: ${stats.suggestions.total} in ${stats.suggestions.articles} article${stats.suggestions.articles === 1 ? '' : 's'} (${left})`
			: 'Suggestions left: none',
	);
	return lines.join('\n') + '\n';
}

function columns(rows: readonly string[][]): string[] {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
	return rows.map((r) =>
		r
			.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
			.join('  ')
			.trimEnd(),
	);
}
