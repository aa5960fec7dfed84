import * as vscode from 'vscode';
import type { OpenLocation, RenderedSummary } from '../../../server/src/shared/viewMessages';
import { nonce as freshNonce } from '../nonce';

/** A corpus view as the extension holds it: one webview panel, reused; messages typed both ways. */
export interface ViewPanel<To> {
	readonly panel: vscode.WebviewPanel;
	post(message: To): Thenable<boolean>;
}

export interface ViewPanelOptions<From extends { readonly type: string }> {
	readonly viewType: string;
	readonly title: string;
	/** The bundle of the webview: dist/webviews/NAME.js (and NAME.css when it has styles). */
	readonly bundle: string;
	readonly hasStyles: boolean;
	readonly onMessage: (message: From, panel: vscode.WebviewPanel) => void | Promise<void>;
	readonly onDispose: () => void;
}

/**
 * Opens the webview of a corpus view beside the editor, with a strict Content-Security-Policy: scripts only from the
 * extension, with a nonce; styles from the extension and the inline style attributes the libraries set; images as
 * data URIs (a PNG export); nothing from the network.
 */
export function openViewPanel<To, From extends { readonly type: string }>(
	context: vscode.ExtensionContext,
	options: ViewPanelOptions<From>,
): ViewPanel<To> {
	const dist = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webviews');
	const panel = vscode.window.createWebviewPanel(
		options.viewType,
		options.title,
		{ viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
		{
			enableScripts: true,
			retainContextWhenHidden: true,
			localResourceRoots: [dist],
		},
	);
	const nonce = freshNonce();
	const webview = panel.webview;
	const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, `${options.bundle}.js`));
	const style = options.hasStyles
		? webview.asWebviewUri(vscode.Uri.joinPath(dist, `${options.bundle}.css`))
		: undefined;
	const csp = [
		`default-src 'none'`,
		`script-src 'nonce-${nonce}'`,
		`style-src ${webview.cspSource} 'unsafe-inline'`,
		`img-src ${webview.cspSource} data: blob:`,
		`font-src ${webview.cspSource}`,
	].join('; ');
	webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${style ? `<link rel="stylesheet" href="${style}">` : ''}
<title>${options.title}</title>
</head>
<body>
<div id="app" aria-busy="true">Loading…</div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
	const subscription = webview.onDidReceiveMessage((message: From) => options.onMessage(message, panel));
	panel.onDidDispose(() => {
		subscription.dispose();
		options.onDispose();
	});
	return { panel, post: (message: To) => webview.postMessage(message) };
}

/** Opens an article at a mention, beside the view, and selects the line's place. */
export async function openLocation(location: OpenLocation): Promise<void> {
	const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
	const position = new vscode.Position(location.line, location.character);
	await vscode.window.showTextDocument(document, {
		viewColumn: vscode.ViewColumn.One,
		selection: new vscode.Range(position, position),
		preserveFocus: false,
	});
}

/** What the views drew, for the real-editor tests (the extension's API hands it out). */
export interface RenderedEvent {
	readonly view: 'network' | 'timeline';
	readonly summary: RenderedSummary;
}
