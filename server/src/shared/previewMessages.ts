/**
 * The messages between the extension and the article preview's webview (client/src/preview/, client/webview/),
 * each way declared once. Source offsets are UTF-16 offsets into the document at `version`.
 */

/** From the extension to the webview. */
export type ToPreviewMessage =
	/**
	 * New content: the page body from the server (PreviewRequest) for the document `resource` (a URI, kept in the
	 * webview's state so that VS Code can restore the preview). The webview keeps its scroll position.
	 */
	| {
			readonly type: 'update';
			readonly resource: string;
			readonly version: number;
			readonly html: string;
			readonly lineCount: number;
	  }
	/** The editor scrolled: show this source line (fractional: part of the way to the next) at the top. */
	| { readonly type: 'scrollToLine'; readonly line: number };

/** What the webview tells about what it shows, after each update (the real-editor tests await it). */
export interface RenderedSummary {
	/** The title block's title. */
	readonly title: string;
	/** Spans of annotations and of suggestions. */
	readonly entities: number;
	readonly suggestions: number;
	/** The text of the first paragraph of the body. */
	readonly firstParagraph: string;
	/** The entity types of the legend, in order. */
	readonly legend: readonly string[];
}

/** From the webview to the extension. */
export type FromPreviewMessage =
	/** The script has loaded and waits for content. */
	| { readonly type: 'ready' }
	| { readonly type: 'rendered'; readonly version: number; readonly summary: RenderedSummary }
	/** A click on an entity: select its text, source offsets [start, end) of the document at `version`. */
	| { readonly type: 'select'; readonly version: number; readonly start: number; readonly end: number }
	/**
	 * The preview scrolled: this source line (fractional) is at its top. `synced` when it scrolled because the editor
	 * did (or an update restored its place): then the editor is not scrolled back.
	 */
	| { readonly type: 'revealLine'; readonly line: number; readonly synced: boolean };
