import * as vscode from 'vscode';
import { looksLikeRawArticle } from '../../server/src/shared/rawArticle';
import { Commands, languageId } from '../../server/src/shared/commands';

/** "Attache: Open as Annotated News": switches the active editor (a raw `.txt` article, say) to the language. */
export function registerOpenAsAnnotatedNews(): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.openAsAnnotatedNews, async (uri?: vscode.Uri) => {
		const document =
			uri instanceof vscode.Uri
				? await vscode.workspace.openTextDocument(uri)
				: vscode.window.activeTextEditor?.document;
		if (!document) {
			void vscode.window.showInformationMessage('Open an article first, then run "Attache: Open as Annotated News".');
			return undefined;
		}
		const switched =
			document.languageId === languageId
				? document
				: await vscode.languages.setTextDocumentLanguage(document, languageId);
		if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(switched);
		return switched.uri.toString();
	});
}

/** The files offered once already, and whether the analyst said "Don't Ask Again" in this workspace. */
const OFFERED = 'attache.openAsAnnotatedNews.offered';
const NEVER = 'attache.openAsAnnotatedNews.never';
const OPEN = 'Open as Annotated News';
const NEVER_AGAIN = "Don't Ask Again";

/** An offer made: the file, and what the analyst answered (undefined when the notification was closed). */
export interface OpenAsOffer {
	readonly uri: string;
	readonly answer: 'open' | 'never' | undefined;
}

/**
 * Offers "Open as Annotated News" when a plain-text file that reads like a news article (a `date YYYY-MM-DD` line, a
 * "BISHKEK, January 22" dateline) comes to the editor: once per file, remembered in the workspace state, and never
 * again in the workspace after "Don't Ask Again". `offered` fires when the offer is shown and when it is answered.
 */
export function registerOpenAsOffer(
	state: vscode.Memento,
	offered: vscode.EventEmitter<OpenAsOffer>,
): vscode.Disposable {
	const pending = new Set<string>();
	const consider = (editor: vscode.TextEditor | undefined): void => {
		const document = editor?.document;
		if (
			!document ||
			document.languageId !== 'plaintext' ||
			document.uri.scheme !== 'file' ||
			state.get<boolean>(NEVER, false)
		)
			return;
		const uri = document.uri.toString();
		if (
			pending.has(uri) ||
			state.get<readonly string[]>(OFFERED, []).includes(uri) ||
			!looksLikeRawArticle(document.getText())
		)
			return;
		pending.add(uri);
		void offer(document, uri).finally(() => pending.delete(uri));
	};
	const offer = async (document: vscode.TextDocument, uri: string): Promise<void> => {
		await state.update(OFFERED, [...state.get<readonly string[]>(OFFERED, []), uri]);
		const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
		const shown = vscode.window.showInformationMessage(
			`${name} reads like a news article. Open it as Annotated News, to annotate it with Attache?`,
			OPEN,
			NEVER_AGAIN,
		);
		offered.fire({ uri, answer: undefined });
		const answer = await shown;
		if (answer === OPEN) await vscode.languages.setTextDocumentLanguage(document, languageId);
		else if (answer === NEVER_AGAIN) {
			await state.update(NEVER, true);
		}
		offered.fire({ uri, answer: answer === OPEN ? 'open' : answer === NEVER_AGAIN ? 'never' : undefined });
	};
	consider(vscode.window.activeTextEditor);
	return vscode.window.onDidChangeActiveTextEditor(consider);
}
