import * as vscode from 'vscode';
import { nonce as freshNonce } from '../nonce';

/**
 * The page around the article in the preview's webview: a strict Content-Security-Policy (nothing remote, no inline
 * script or style: the stylesheet from media/, the script from dist/ with a fresh nonce). The article itself comes
 * later, in an `update` message, and is put into `<main>`.
 */
export function previewPage(webview: vscode.Webview, extensionUri: vscode.Uri): string {
	const nonce = freshNonce();
	const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
	const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webviews', 'preview.js'));
	const csp = [
		`default-src 'none'`,
		`style-src ${webview.cspSource}`,
		`img-src ${webview.cspSource}`,
		`font-src ${webview.cspSource}`,
		`script-src 'nonce-${nonce}'`,
	].join('; ');
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<main id="article"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** Where the preview's webview may load files from. */
export function previewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
	return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')];
}
