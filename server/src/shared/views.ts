/**
 * The data of the corpus views (the network of actors and the timeline), as the server sends it to the client's
 * webviews and as `attache network` and `attache timeline` write it. Positions are 0-based, UTF-16, as LSP counts.
 */

/** What a sentence says two actors did together ("met", "signed"...); a plain co-mention has none. */
export const interactionKinds = ['signed', 'talks', 'met', 'visited', 'called'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** The entity types the network draws; places only when asked. */
export const networkTypes = ['person', 'org', 'place'] as const;
export type NetworkType = (typeof networkTypes)[number];

export interface NetworkParams {
	/** Entity types to draw (default: people and organizations). */
	readonly types?: readonly NetworkType[];
	/** Only sentences of articles dated on or after / before or on this day (YYYY-MM-DD), by the article date. */
	readonly from?: string;
	readonly to?: string;
	/** The strongest nodes to send (default 500); `totalNodes` says how many there are. */
	readonly limit?: number;
	/** Only articles under this folder URI (or path, for the CLI). */
	readonly folder?: string;
}

export interface NetworkNode {
	/** The entity's identity in the workspace (a knowledge-base id as `ref:ID`, else type and text). */
	readonly id: string;
	readonly name: string;
	readonly type: NetworkType;
	readonly ref?: string;
	readonly wikidata?: string;
	/** Mentions in the articles drawn, and the number of those articles. */
	readonly mentions: number;
	readonly articles: number;
}

/** A sentence in which two actors stand together. */
export interface NetworkEvidence {
	readonly uri: string;
	readonly line: number;
	readonly character: number;
	/** The sentence, markup removed (cut to some 300 characters). */
	readonly sentence: string;
	readonly kinds: readonly InteractionKind[];
	/** The article date, when it has one. */
	readonly date?: string;
}

export interface NetworkEdge {
	readonly source: string;
	readonly target: string;
	/** Sentences that name both. */
	readonly weight: number;
	readonly articles: number;
	/** What those sentences say they did, most frequent first. */
	readonly kinds: readonly InteractionKind[];
	/** The first sentences (at most 20), in corpus order. */
	readonly evidence: readonly NetworkEvidence[];
	/** The first and last article dates of those sentences. */
	readonly firstDate?: string;
	readonly lastDate?: string;
}

export interface NetworkData {
	readonly nodes: readonly NetworkNode[];
	readonly edges: readonly NetworkEdge[];
	/** Nodes before the limit. */
	readonly totalNodes: number;
	/** Articles drawn (after the folder and date filters). */
	readonly articles: number;
	/** The span of the article dates in the whole index, for the date slider. */
	readonly dateRange?: { readonly first: string; readonly last: string };
}

export interface TimelineParams {
	/** Only articles that mention this entity (its id, as NetworkNode.id). */
	readonly entity?: string;
	/** Only these kinds of item. */
	readonly kinds?: readonly TimelineItemKind[];
	readonly folder?: string;
	/** At most this many items (default 50,000), the earliest first. */
	readonly limit?: number;
}

/** An annotated date, or the date of an article. */
export type TimelineItemKind = 'date' | 'article';

export interface TimelineItem {
	/** Unique within one answer. */
	readonly id: string;
	readonly kind: TimelineItemKind;
	/** The TIMEX value as annotated (2025-01-22, 2025-05, 2025/2027). */
	readonly value: string;
	/** First and last day it covers (YYYY-MM-DD); equal for a day. */
	readonly start: string;
	readonly end: string;
	/** The annotated text, or the article's title. */
	readonly text: string;
	readonly uri: string;
	readonly line: number;
	readonly character: number;
	readonly title?: string;
	/** Knowledge-base ids of the entities in the same sentence (for an article: in the article). */
	readonly refs: readonly string[];
	/** The names of those entities, in the same order, for display. */
	readonly names: readonly string[];
}

export interface TimelineData {
	readonly items: readonly TimelineItem[];
	/** Items before the limit. */
	readonly total: number;
	/** Dates annotated without a value a time axis can place. */
	readonly undated: number;
}
