import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { PreviewRequest } from '../../../server/src/shared/protocol';
import type { FromPreviewMessage, RenderedSummary, ToPreviewMessage } from '../../../server/src/shared/previewMessages';
import { previewPage, previewResourceRoots } from './previewPage';

/** What the preview of an article showed last (the webview's `rendered` message). */
export interface PreviewRendered {
	readonly uri: string;
	readonly version: number;
	readonly summary: RenderedSummary;
}

/** Where the preview of an article is scrolled to (the webview's `revealLine` message). */
export interface PreviewScrolled {
	readonly uri: string;
	/** The source line at the top of the preview, fractional. */
	readonly line: number;
}

/** What the preview tells the rest of the extension. */
export interface PreviewListener {
	rendered(rendered: PreviewRendered): void;
	scrolled(scrolled: PreviewScrolled): void;
}

/** Typing is followed after this pause, as the built-in Markdown preview does. */
const DEBOUNCE_MS = 50;

/**
 * The preview of one article in a webview panel (Attache: Open Preview): the HTML comes from the server
 * (PreviewRequest); the panel follows edits of the document, scrolls with its editor and back, and selects an entity
 * in the editor when it is clicked.
 */
export class ArticlePreview {
	readonly panel: vscode.WebviewPanel;
	readonly #uri: vscode.Uri;
	readonly #client: LanguageClient;
	readonly #ready: Promise<void>;
	readonly #listener: PreviewListener;
	readonly #subscriptions: vscode.Disposable[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#updating: Promise<void> | undefined;
	#again = false;
	/** The editor line that the preview last revealed: the editor's own scroll event for it is not sent back. */
	#revealedLine: number | undefined;
	#disposed = false;

	constructor(
		uri: vscode.Uri,
		panel: vscode.WebviewPanel,
		extensionUri: vscode.Uri,
		client: LanguageClient,
		ready: Promise<void>,
		listener: PreviewListener,
	) {
		this.#uri = uri;
		this.panel = panel;
		this.#client = client;
		this.#ready = ready;
		this.#listener = listener;
		panel.webview.options = { enableScripts: true, localResourceRoots: previewResourceRoots(extensionUri) };
		panel.webview.html = previewPage(panel.webview, extensionUri);
		this.#subscriptions.push(panel.webview.onDidReceiveMessage((m: FromPreviewMessage) => void this.receive(m)));
	}

	get uri(): vscode.Uri {
		return this.#uri;
	}

	/** The document changed: update after a short pause (a burst of keys makes one request). */
	documentChanged(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.update();
		}, DEBOUNCE_MS);
	}

	/** The editor of the document scrolled: scroll the preview to its first visible line. */
	editorScrolled(editor: vscode.TextEditor): void {
		const top = editor.visibleRanges[0]?.start.line;
		// The user is in the preview, and the editor follows it: sending its scroll back would fight the user's.
		if (top === undefined || this.panel.active) return;
		if (this.#revealedLine === top) {
			this.#revealedLine = undefined;
			return;
		}
		this.#revealedLine = undefined;
		this.#post({ type: 'scrollToLine', line: top });
	}

	/** Asks the server for the HTML and sends it to the webview; one request at a time, the latest text last. */
	update(): Promise<void> {
		if (this.#updating) {
			this.#again = true;
			return this.#updating;
		}
		this.#updating = (async () => {
			try {
				do {
					this.#again = false;
					await this.#ready;
					const result = await this.#client
						.sendRequest(PreviewRequest.type, { uri: this.#uri.toString() })
						.catch(() => undefined);
					// No answer (the server is restarting): the next change asks again.
					if (!result) return;
					// The server has not got the document (it was closed): keep what is shown.
					if (this.#disposed || result.version < 0) return;
					this.#post({
						type: 'update',
						resource: this.#uri.toString(),
						version: result.version,
						html: result.html,
						lineCount: result.lineCount,
					});
					// The server may answer before it has the latest edit: ask again for it.
					const document = this.#document();
					if (document && document.version > result.version) this.#again = true;
				} while (this.#again && !this.#disposed);
			} finally {
				this.#updating = undefined;
			}
		})();
		return this.#updating;
	}

	/** A message from the webview (the real-editor tests send theirs here too). */
	async receive(message: FromPreviewMessage): Promise<void> {
		switch (message.type) {
			case 'ready':
				return this.update();
			case 'rendered':
				return this.#listener.rendered({
					uri: this.#uri.toString(),
					version: message.version,
					summary: message.summary,
				});
			case 'select':
				return this.#select(message.version, message.start, message.end);
			case 'revealLine':
				this.#listener.scrolled({ uri: this.#uri.toString(), line: message.line });
				// Scrolled to follow the editor: scrolling the editor back would make the two chase each other.
				if (!message.synced) this.#reveal(message.line);
				return;
		}
	}

	async #select(version: number, start: number, end: number): Promise<void> {
		const document = this.#document() ?? (await vscode.workspace.openTextDocument(this.#uri));
		// Offsets of another version would select the wrong text; the preview is about to show the new one.
		if (document.version !== version) return;
		const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
		const column = this.#editor()?.viewColumn ?? vscode.ViewColumn.Beside;
		const editor = await vscode.window.showTextDocument(document, {
			viewColumn: column,
			selection,
			preserveFocus: false,
		});
		editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	#reveal(line: number): void {
		const editor = this.#editor();
		if (!editor) return;
		const target = Math.max(0, Math.min(Math.floor(line), editor.document.lineCount - 1));
		if (editor.visibleRanges[0]?.start.line === target) return;
		this.#revealedLine = target;
		editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
	}

	#document(): vscode.TextDocument | undefined {
		return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.#uri.toString());
	}

	#editor(): vscode.TextEditor | undefined {
		return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.#uri.toString());
	}

	#post(message: ToPreviewMessage): void {
		void this.panel.webview.postMessage(message);
	}

	dispose(): void {
		this.#disposed = true;
		if (this.#timer) clearTimeout(this.#timer);
		for (const s of this.#subscriptions) s.dispose();
	}
}
