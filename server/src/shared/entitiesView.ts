import type { Range } from 'vscode-languageserver-types';

/** The data of the Entities view (client/src/entitiesView.ts), level by level: types and entities, articles, mentions. */
export interface EntitiesParams {
	/** Only entities whose name, an alias, an annotated text or the id holds this (case-insensitive). */
	readonly filter?: string;
	/** At most this many entities per type (the most mentioned); `total` says how many there are. */
	readonly limit?: number;
}

export interface EntityItem {
	readonly key: string;
	readonly name: string;
	readonly type: string;
	readonly ref?: string;
	readonly description?: string;
	readonly aliases: readonly string[];
	readonly mentions: number;
	readonly articles: number;
}

export interface EntityTypeGroup {
	readonly type: string;
	/** "People", "Organizations". */
	readonly label: string;
	readonly entities: readonly EntityItem[];
	/** Entities of this type (that match the filter), `entities` being the first `limit` of them. */
	readonly total: number;
}

export interface EntitiesResult {
	readonly groups: readonly EntityTypeGroup[];
	/** Articles in the index, filtered or not. */
	readonly articleCount: number;
}

export interface EntityArticlesParams {
	readonly key: string;
}

export interface EntityArticleItem {
	readonly uri: string;
	/** The file name. */
	readonly name: string;
	readonly title?: string;
	readonly mentions: number;
}

export interface EntityMentionsParams {
	readonly key: string;
	readonly uri: string;
}

export interface EntityMentionItem {
	/** The annotated text, in the article. */
	readonly range: Range;
	/** The line around the mention, markup removed. */
	readonly line: string;
	/** Where the mention stands in `line`: [start, end). */
	readonly highlight: readonly [number, number];
}
