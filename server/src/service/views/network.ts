import {
	interactionKinds,
	networkTypes,
	type InteractionKind,
	type NetworkData,
	type NetworkEdge,
	type NetworkEvidence,
	type NetworkNode,
	type NetworkParams,
	type NetworkType,
} from '../../shared/views';
import { MAX_EVIDENCE, type ArticleFacts } from './articleFacts';

/** How an entity is named and typed in the views: its knowledge-base entry, else its most frequent text. */
export interface EntityDescription {
	readonly name: string;
	readonly type: string;
	readonly ref?: string;
	readonly wikidata?: string;
}

export const DEFAULT_NODE_LIMIT = 500;

interface NodeAcc {
	mentions: number;
	articles: number;
	readonly type: string;
}

interface EdgeAcc {
	readonly source: string;
	readonly target: string;
	weight: number;
	articles: number;
	readonly kinds: Map<InteractionKind, number>;
	readonly evidence: NetworkEvidence[];
	firstDate: string | undefined;
	lastDate: string | undefined;
}

/** Articles the filters keep: under the folder, and dated within [from, to] when either is given. */
export function articlesInScope(
	articles: Iterable<ArticleFacts>,
	params: { readonly folder?: string; readonly from?: string; readonly to?: string },
): ArticleFacts[] {
	const out: ArticleFacts[] = [];
	for (const a of articles) {
		if (params.folder && !a.uri.startsWith(params.folder)) continue;
		if (
			(params.from || params.to) &&
			(!a.date || (params.from && a.date < params.from) || (params.to && a.date > params.to))
		)
			continue;
		out.push(a);
	}
	return out;
}

/**
 * The network of actors: a node per person or organization (places when asked), sized by mentions; an edge between
 * two that one sentence names, weighted by such sentences, labelled with what they say the two did. The strongest
 * `limit` nodes are kept, with the edges between them. Each article's share is counted already (articleFacts.ts):
 * this merges the shares.
 */
export function buildNetwork(
	articles: Iterable<ArticleFacts>,
	describe: (key: string) => EntityDescription,
	params: NetworkParams = {},
): NetworkData {
	const types = new Set<string>(params.types?.length ? params.types : ['person', 'org']);
	const all = [...articles];
	const scoped = articlesInScope(all, params);
	const nodes = new Map<string, NodeAcc>();
	const descriptions = new Map<string, EntityDescription>();
	const described = (key: string): EntityDescription =>
		descriptions.get(key) ?? descriptions.set(key, describe(key)).get(key)!;
	const typeOf = new Map<string, string>();
	const drawn = (key: string, annotated: string): boolean => {
		let type = typeOf.get(key);
		if (type === undefined) typeOf.set(key, (type = described(key).type || annotated));
		return types.has(type);
	};
	for (const article of scoped) {
		for (const [key, e] of article.entities) {
			if (!drawn(key, e.type)) continue;
			const node = nodes.get(key) ?? nodes.set(key, { mentions: 0, articles: 0, type: typeOf.get(key)! }).get(key)!;
			node.mentions += e.count;
			node.articles++;
		}
	}
	const ranked = [...nodes].sort(
		([ka, a], [kb, b]) => b.mentions - a.mentions || b.articles - a.articles || (ka < kb ? -1 : ka > kb ? 1 : 0),
	);
	const limit = Math.max(0, params.limit ?? DEFAULT_NODE_LIMIT);
	const kept = new Set(ranked.slice(0, limit).map(([k]) => k));
	// Only the pairs of kept nodes are merged: a corpus has many more pairs than a view shows.
	const edges = new Map<string, EdgeAcc>();
	for (const article of scoped) {
		for (const p of article.pairs) {
			if (!kept.has(p.source) || !kept.has(p.target)) continue;
			const id = p.id;
			const edge =
				edges.get(id) ??
				edges
					.set(id, {
						source: p.source,
						target: p.target,
						weight: 0,
						articles: 0,
						kinds: new Map(),
						evidence: [],
						firstDate: undefined,
						lastDate: undefined,
					})
					.get(id)!;
			edge.weight += p.weight;
			edge.articles++;
			for (const k in p.kinds) {
				const kind = k as InteractionKind;
				edge.kinds.set(kind, (edge.kinds.get(kind) ?? 0) + p.kinds[kind]!);
			}
			for (const e of p.evidence) if (edge.evidence.length < MAX_EVIDENCE) edge.evidence.push(e);
			if (article.date) {
				if (!edge.firstDate || article.date < edge.firstDate) edge.firstDate = article.date;
				if (!edge.lastDate || article.date > edge.lastDate) edge.lastDate = article.date;
			}
		}
	}
	const outNodes: NetworkNode[] = ranked.slice(0, limit).map(([key, n]) => {
		const d = described(key);
		return {
			id: key,
			name: d.name,
			type: asNetworkType(n.type),
			...(d.ref && { ref: d.ref }),
			...(d.wikidata && { wikidata: d.wikidata }),
			mentions: n.mentions,
			articles: n.articles,
		};
	});
	const outEdges: NetworkEdge[] = [];
	for (const e of edges.values()) {
		const kinds = [...e.kinds]
			.sort((a, b) => b[1] - a[1] || interactionKinds.indexOf(a[0]) - interactionKinds.indexOf(b[0]))
			.map(([k]) => k);
		outEdges.push({
			source: e.source,
			target: e.target,
			weight: e.weight,
			articles: e.articles,
			kinds,
			evidence: e.evidence,
			...(e.firstDate && { firstDate: e.firstDate }),
			...(e.lastDate && { lastDate: e.lastDate }),
		});
	}
	outEdges.sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
	let first: string | undefined;
	let last: string | undefined;
	for (const a of all) {
		if (!a.date) continue;
		if (!first || a.date < first) first = a.date;
		if (!last || a.date > last) last = a.date;
	}
	return {
		nodes: outNodes,
		edges: outEdges,
		totalNodes: nodes.size,
		articles: scoped.length,
		...(first && last && { dateRange: { first, last } }),
	};
}

function asNetworkType(type: string): NetworkType {
	return (networkTypes as readonly string[]).includes(type) ? (type as NetworkType) : 'org';
}
