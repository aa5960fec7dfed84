import * as vscode from 'vscode';
import { Commands, languageId } from '../../server/src/shared/commands';

/** "Attache: Open as Annotated News": switches the active editor (a raw `.txt` article, say) to the language. */
export function registerOpenAsAnnotatedNews(): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.openAsAnnotatedNews, async (uri?: vscode.Uri) => {
		const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (!document) {
			void vscode.window.showInformationMessage('Open an article first, then run "Attache: Open as Annotated News".');
			return undefined;
		}
		const switched = document.languageId === languageId ? document : await vscode.languages.setTextDocumentLanguage(document, languageId);
		if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(switched);
		return switched.uri.toString();
	});
}
