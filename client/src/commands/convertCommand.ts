import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import { ConvertPlainArticleRequest } from '../../../server/src/shared/protocol';
import { argsOf, type CommandRunner } from './commandRunner';

async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/** Convert Plain Article: a `.news` beside a raw `.txt`, with YAML front matter from its dateline; opens it. */
export function registerConvertCommand(runner: CommandRunner): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.convertPlainArticle, async (arg: unknown): Promise<string | undefined> => {
		const args = argsOf(arg);
		const document = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
		if (!document || !/\.txt$/i.test(document.uri.path)) {
			void vscode.window.showInformationMessage('Open a raw article saved as .txt (or right-click it in the Explorer), then run "Attache: Convert Plain Article to Annotated News".');
			return undefined;
		}
		const target = document.uri.with({ path: document.uri.path.replace(/\.txt$/i, '.news') });
		if (await exists(target)) {
			const name = target.path.slice(target.path.lastIndexOf('/') + 1);
			void vscode.window.showWarningMessage(`${name} exists already: it was not overwritten.`, 'Open It').then((choice) => {
				if (choice) void vscode.window.showTextDocument(target);
			});
			return undefined;
		}
		const result = await runner.request(ConvertPlainArticleRequest.type, { uri: document.uri.toString(), text: document.getText() });
		if (!(await runner.apply(undefined, undefined, result, args)) || !result.uri) return undefined;
		const created = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
		const editor = await vscode.window.showTextDocument(created);
		// The cursor at the start of the article, after the header.
		const body = created.getText().startsWith('---') ? created.getText().indexOf('\n---', 3) : -1;
		const at = body < 0 ? new vscode.Position(0, 0) : new vscode.Position(created.positionAt(body + 1).line + 1, 0);
		editor.selection = new vscode.Selection(at, at);
		return created.uri.toString();
	});
}
