/**
 * The messages between the extension and the webviews of the corpus views (Network of Actors, Timeline), declared
 * once for both sides, as the LSP messages are in protocol.ts. The webview asks, the extension asks the server.
 */
import type { NetworkData, NetworkParams, TimelineData, TimelineParams } from './views';

/** A place to open: an article at a mention. */
export interface OpenLocation {
	readonly uri: string;
	readonly line: number;
	readonly character: number;
}

/** What a view drew, for the real-editor tests and the status line under it. */
export interface RenderedSummary {
	readonly nodes?: number;
	readonly edges?: number;
	readonly items?: number;
	/** Labels drawn (node names, item texts), at most 50. */
	readonly labels: readonly string[];
	/** The ids of what `labels` name, in the same order. */
	readonly ids?: readonly string[];
	/** The selected node or item, and what the side panel lists for it. */
	readonly selected?: string;
	readonly details?: readonly string[];
	/** The network's first 50 edges and where their middles are drawn, in pixels from the graph's top left. */
	readonly edgeMidpoints?: readonly {
		readonly source: string;
		readonly target: string;
		readonly x: number;
		readonly y: number;
	}[];
	/** The tie whose sentences are shown over the graph (hovered, focused or selected), and those sentences. */
	readonly tie?: string;
	readonly tieSentences?: readonly string[];
}

export type ToNetworkView =
	| { readonly type: 'data'; readonly data: NetworkData; readonly params: NetworkParams }
	/** Selects a node by id (keyboard, tests). */
	| { readonly type: 'select'; readonly id: string }
	| { readonly type: 'exportImage'; readonly format: 'png' | 'svg' };

export type FromNetworkView =
	| { readonly type: 'ready' }
	| { readonly type: 'params'; readonly params: NetworkParams }
	| { readonly type: 'open'; readonly location: OpenLocation }
	/** PNG as base64, SVG as text. */
	| { readonly type: 'save'; readonly format: 'png' | 'svg'; readonly data: string }
	| { readonly type: 'rendered'; readonly summary: RenderedSummary };

export type ToTimelineView =
	| {
			readonly type: 'data';
			readonly data: TimelineData;
			readonly params: TimelineParams;
			readonly entityName?: string;
	  }
	| { readonly type: 'select'; readonly id: string };

export type FromTimelineView =
	| { readonly type: 'ready' }
	| { readonly type: 'params'; readonly params: TimelineParams }
	/** Asks the extension for an entity to filter by (a quick pick of the workspace's entities). */
	| { readonly type: 'pickEntity' }
	| { readonly type: 'open'; readonly location: OpenLocation }
	| { readonly type: 'rendered'; readonly summary: RenderedSummary };
