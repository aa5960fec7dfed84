import * as vscode from 'vscode';

export const workspaceUri = (): vscode.Uri => {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('the tests need a workspace folder');
	return folder.uri;
};

export const fileUri = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceUri(), ...segments);

/** Polls until `probe` returns a value that `done` accepts: the language server answers asynchronously. */
export async function eventually<T>(probe: () => Thenable<T> | T, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	let last: T;
	do {
		last = await probe();
		if (done(last)) return last;
		await new Promise((r) => setTimeout(r, 150));
	} while (Date.now() < until);
	throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

export async function openNews(...segments: string[]): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument(fileUri(...segments));
	await vscode.window.showTextDocument(document);
	const api = (await vscode.extensions.getExtension('attache.attache')!.activate()) as { ready: Promise<void> };
	await api.ready;
	return document;
}

export interface DecodedToken {
	readonly line: number;
	readonly character: number;
	readonly length: number;
	readonly type: string;
	readonly modifiers: string[];
	readonly text: string;
}

/** The document's semantic tokens through VS Code's own command, decoded with the legend it reports. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
	const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
	const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
	if (!legend || !tokens) return [];
	const out: DecodedToken[] = [];
	let line = 0;
	let character = 0;
	const d = tokens.data;
	for (let i = 0; i < d.length; i += 5) {
		line += d[i]!;
		character = d[i]! === 0 ? character + d[i + 1]! : d[i + 1]!;
		const mods = legend.tokenModifiers.filter((_, bit) => d[i + 4]! & (1 << bit));
		const range = new vscode.Range(line, character, line, character + d[i + 2]!);
		out.push({ line, character, length: d[i + 2]!, type: legend.tokenTypes[d[i + 3]!]!, modifiers: mods, text: document.getText(range) });
	}
	return out;
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
	return hovers
		.flatMap((h) => h.contents)
		.map((c) => (typeof c === 'string' ? c : c.value))
		.join('\n');
}

export function positionOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
	let at = -1;
	for (let i = 0; i <= nth; i++) {
		at = document.getText().indexOf(needle, at + 1);
		if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in ${document.uri.path}`);
	}
	return document.positionAt(at);
}
