/** The article preview and the dimmed markup: the data of their requests (declared in protocol.ts). */
import type { Range } from 'vscode-languageserver-protocol';

export interface PreviewParams {
	readonly uri: string;
}

/** The article rendered without markup: the body of the preview's page (the client adds the page around it). */
export interface PreviewResult {
	/** The version of the document the HTML was made from; -1 when the server does not have it open. */
	readonly version: number;
	/** The header's title, else empty. */
	readonly title: string;
	/** Escaped HTML: the title block, one block per paragraph (each with `data-line`), the legend. */
	readonly html: string;
	/** The number of source lines, for the scroll sync past the last block. */
	readonly lineCount: number;
}

export interface MarkupRangesParams {
	readonly uri: string;
}

/** The markup of annotations that the editor dims (`attache.editor.dimAttributes`): each `[`, and each `]{...}`. */
export interface MarkupRangesResult {
	/** -1 when the server does not have the document open. */
	readonly version: number;
	readonly ranges: readonly Range[];
}
