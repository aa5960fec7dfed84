import type { AttacheService } from '../attacheService';
import type { NetworkData, TimelineData } from '../../shared/views';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from '../host';
import type { NewsDocument } from '../parse/model';
import { summarize } from '../providers/entitySummary';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { articleFacts, readArticleFacts, type ArticleFacts } from './articleFacts';
import { buildNetwork, type EntityDescription } from './network';
import { buildTimeline } from './timeline';

/** The corpus views: the network of actors and the timeline, from the workspace index. */
export type ViewProviders = Pick<AttacheService, 'getNetwork' | 'getTimeline' | 'readViewFactsAhead'>;

export interface ViewContext {
	readonly index: WorkspaceIndex;
	parseText(uri: string, text: string): NewsDocument;
}

const EMPTY_NETWORK: NetworkData = { nodes: [], edges: [], totalNodes: 0, articles: 0 };
const EMPTY_TIMELINE: TimelineData = { items: [], total: 0, undated: 0 };

export function createViewProviders(context: ViewContext): ViewProviders {
	const { index } = context;
	// The facts of each article, kept until its text changes: a view of 10,000 articles reads each once.
	const cache = new Map<string, { readonly document: object; readonly facts: ArticleFacts }>();
	const factsOf = (uri: string, document: TextDocument): ArticleFacts => {
		let hit = cache.get(uri);
		if (hit?.document !== document) {
			hit = { document, facts: articleFacts(uri, document, context.parseText(uri, document.getText())) };
			cache.set(uri, hit);
		}
		return hit.facts;
	};
	// The articles whose facts may be missing, in the order they came: the read-ahead takes from the front, so that
	// a slice costs the articles it reads, not a walk of every URI to find them.
	const unread = new Set<string>(index.uris);
	index.onArticleChanged((uri) => {
		unread.add(uri);
		if (!index.article(uri)) cache.delete(uri);
	});
	/** The article the read-ahead is in the middle of (a big one, read a part a call). */
	let reading:
		| { readonly uri: string; readonly document: TextDocument; readonly facts: Generator<void, ArticleFacts, void> }
		| undefined;
	/** Reads one part of the article being read: false when it was done, changed, or read whole by a request. */
	const readPart = (): boolean => {
		if (!reading) return false;
		const { uri, document, facts } = reading;
		if (index.article(uri)?.document !== document || cache.get(uri)?.document === document) {
			reading = undefined;
			return false;
		}
		const next = facts.next();
		if (next.done) {
			cache.set(uri, { document, facts: next.value });
			reading = undefined;
		}
		return true;
	};
	/** The facts of every indexed article, or undefined when cancelled on the way. */
	const allFacts = (token: CancellationToken): ArticleFacts[] | undefined => {
		const out: ArticleFacts[] = [];
		const live = new Set<string>();
		for (const uri of index.uris) {
			const article = index.article(uri);
			if (!article) continue;
			live.add(uri);
			if (cache.get(uri)?.document !== article.document && token.isCancellationRequested) return undefined;
			out.push(factsOf(uri, article.document));
		}
		for (const uri of cache.keys()) if (!live.has(uri)) cache.delete(uri);
		return out;
	};
	const describe = (key: string): EntityDescription => {
		const s = summarize(key, index.entity(key), index);
		return {
			name: s.name,
			type: s.type,
			...(s.ref && { ref: s.ref }),
			...(s.entry?.wikidata && { wikidata: s.entry.wikidata }),
		};
	};
	return {
		readViewFactsAhead: (articles, token) => {
			let left = articles;
			while (left > 0 && !token.isCancellationRequested) {
				if (readPart()) {
					left--;
					continue;
				}
				const next = unread.values().next();
				if (next.done) return false;
				const uri = next.value;
				unread.delete(uri);
				const article = index.article(uri);
				if (!article || cache.get(uri)?.document === article.document) continue;
				const { document } = article;
				reading = { uri, document, facts: readArticleFacts(uri, document, context.parseText(uri, document.getText())) };
			}
			return reading !== undefined || unread.size > 0;
		},
		getNetwork: (params, token) => {
			const facts = token.isCancellationRequested ? undefined : allFacts(token);
			return facts ? buildNetwork(facts, describe, params) : EMPTY_NETWORK;
		},
		getTimeline: (params, token) => {
			const facts = token.isCancellationRequested ? undefined : allFacts(token);
			return facts ? buildTimeline(facts, describe, params) : EMPTY_TIMELINE;
		},
	};
}
