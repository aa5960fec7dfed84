import * as vscode from 'vscode';

export const workspaceUri = (): vscode.Uri => {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('the tests need a workspace folder');
	return folder.uri;
};

export const fileUri = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceUri(), ...segments);

/**
 * What can change an answer of the language server or of VS Code while a test waits: the server publishes the
 * diagnostics of every open document each time its index, its settings or a document changes (it also refreshes
 * semantic tokens, inlay hints and code lenses then), and VS Code reports edits, opened and closed documents,
 * editors, tabs and settings.
 */
const changes = (): ((listener: () => void) => vscode.Disposable)[] => [
	vscode.languages.onDidChangeDiagnostics,
	vscode.workspace.onDidChangeTextDocument,
	vscode.workspace.onDidOpenTextDocument,
	vscode.workspace.onDidCloseTextDocument,
	vscode.workspace.onDidSaveTextDocument,
	vscode.workspace.onDidChangeConfiguration,
	vscode.window.onDidChangeActiveTextEditor,
	vscode.window.onDidChangeVisibleTextEditors,
	vscode.window.tabGroups.onDidChangeTabs,
];

/**
 * Settles when `probe` returns a value that `done` accepts: it asks once, then again after each event that can
 * change the answer (see `changes`), never on a timer. `timeoutMs` is only a safety net for a wait that would
 * otherwise hang; it is generous, so that a loaded machine slows a test down without failing it.
 */
export function eventually<T>(
	probe: () => Thenable<T> | T,
	done: (value: T) => boolean,
	what: string,
	timeoutMs = 120_000,
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let last: T | undefined;
		let probing = false;
		let again = false;
		let settled = false;
		const subscriptions = changes().map((event) => event(() => void ask()));
		const timer = setTimeout(
			() => settle(new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`)),
			timeoutMs,
		);
		function settle(error: unknown, value?: T): void {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			for (const s of subscriptions) s.dispose();
			if (error) reject(error instanceof Error ? error : new Error(String(error)));
			else resolve(value as T);
		}
		// One probe at a time; an event during a probe asks once more after it, so no change is missed.
		async function ask(): Promise<void> {
			if (settled) return;
			if (probing) {
				again = true;
				return;
			}
			probing = true;
			try {
				do {
					again = false;
					last = await probe();
					if (done(last)) return settle(undefined, last);
				} while (again && !settled);
			} catch (e) {
				settle(e);
			} finally {
				probing = false;
			}
		}
		void ask();
	});
}

/** The next time VS Code receives diagnostics for `uri` (published by the server, possibly the same as before). */
export function nextDiagnostics(uri: vscode.Uri, what: string, timeoutMs = 120_000): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			subscription.dispose();
			reject(new Error(`timed out waiting for the diagnostics of ${what}`));
		}, timeoutMs);
		const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
			if (!e.uris.some((u) => u.toString() === uri.toString())) return;
			clearTimeout(timer);
			subscription.dispose();
			resolve();
		});
	});
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
	const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
		'vscode.provideDocumentSemanticTokensLegend',
		document.uri,
	);
	const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
		'vscode.provideDocumentSemanticTokens',
		document.uri,
	);
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
		out.push({
			line,
			character,
			length: d[i + 2]!,
			type: legend.tokenTypes[d[i + 3]!]!,
			modifiers: mods,
			text: document.getText(range),
		});
	}
	return out;
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
		'vscode.executeHoverProvider',
		document.uri,
		position,
	);
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

/**
 * Applies what VS Code shows in its refactor preview, as a person clicks Apply, and settles with `running` (the
 * command or applyEdit that opened it). The preview accepts Apply once it holds the edit, which is when it opens
 * its preview documents (scheme vscode-bulkeditpreview-editor): that is the event waited for. An edit that needs
 * no confirmation settles without a preview.
 */
export async function applyInRefactorPreview<T>(running: Thenable<T>): Promise<T> {
	const previewing = (): boolean =>
		vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'vscode-bulkeditpreview-editor');
	let settled = false;
	const result = Promise.resolve(running).finally(() => (settled = true));
	const shown = new Promise<void>((resolve) => {
		if (previewing()) return resolve();
		const subscription = vscode.workspace.onDidOpenTextDocument(() => {
			if (!previewing()) return;
			subscription.dispose();
			resolve();
		});
		void result.finally(() => subscription.dispose()).catch(() => undefined);
	});
	await Promise.race([shown, result.catch(() => undefined)]);
	if (!settled) await vscode.commands.executeCommand('refactorPreview.apply');
	return result;
}
