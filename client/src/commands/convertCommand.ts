import * as vscode from 'vscode';
import { Commands, languageId } from '../../../server/src/shared/commands';
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

const nameOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** The first of `NAME-2.news`, `NAME-3.news`... that does not exist. */
async function freeNameBeside(target: vscode.Uri): Promise<vscode.Uri> {
	const stem = target.path.replace(/\.news$/i, '');
	for (let n = 2; ; n++) {
		const candidate = target.with({ path: `${stem}-${n}.news` });
		if (!(await exists(candidate))) return candidate;
	}
}

/** What to do where the `.news` exists already: a choice of the analyst, or of the caller (`args.existing`). */
type WhenExists = 'compare' | 'writeBeside' | 'open';
const CHOICES: Readonly<Record<string, WhenExists>> = {
	Compare: 'compare',
	'Write Beside': 'writeBeside',
	'Open Existing': 'open',
};

/**
 * Convert Plain Article: a `.news` beside a raw `.txt`, with YAML front matter from its dateline (date, place,
 * source); opens it. Where that `.news` exists, it is never overwritten: the analyst compares it with the converted
 * text, writes the conversion beside it (NAME-2.news), or opens it.
 */
export function registerConvertCommand(runner: CommandRunner): vscode.Disposable {
	return vscode.commands.registerCommand(
		Commands.convertPlainArticle,
		async (arg: unknown): Promise<string | undefined> => {
			const args = argsOf(arg) as ReturnType<typeof argsOf> & { readonly existing?: WhenExists };
			const document = args.uri
				? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))
				: vscode.window.activeTextEditor?.document;
			if (!document || !/\.txt$/i.test(document.uri.path)) {
				void vscode.window.showInformationMessage(
					'Open a raw article saved as .txt (or right-click it in the Explorer), then run "Attache: Convert Plain Article to Annotated News".',
				);
				return undefined;
			}
			let target = document.uri.with({ path: document.uri.path.replace(/\.txt$/i, '.news') });
			if (await exists(target)) {
				const choice =
					args.existing ??
					CHOICES[
						(await vscode.window.showWarningMessage(
							`${nameOf(target)} exists already.`,
							{
								modal: true,
								detail: `Attache never overwrites it. Compare it with the conversion of ${nameOf(document.uri)}, write the conversion beside it, or open it.`,
							},
							'Compare',
							'Write Beside',
							'Open Existing',
						)) ?? ''
					];
				if (!choice) return undefined;
				if (choice === 'open') {
					await vscode.window.showTextDocument(target);
					return target.toString();
				}
				if (choice === 'compare') {
					const result = await runner.request(ConvertPlainArticleRequest.type, {
						uri: document.uri.toString(),
						text: document.getText(),
					});
					if (result.error || result.text === undefined) {
						void vscode.window.showWarningMessage(result.error ?? 'Attache could not convert the article.');
						return undefined;
					}
					const converted = await vscode.workspace.openTextDocument({ language: languageId, content: result.text });
					await vscode.commands.executeCommand(
						'vscode.diff',
						target,
						converted.uri,
						`${nameOf(target)} ↔ converted ${nameOf(document.uri)}`,
					);
					return converted.uri.toString();
				}
				target = await freeNameBeside(target);
			}
			const result = await runner.request(ConvertPlainArticleRequest.type, {
				uri: document.uri.toString(),
				text: document.getText(),
				target: target.toString(),
			});
			if (!(await runner.apply(undefined, undefined, result, args)) || !result.uri) return undefined;
			const created = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
			const editor = await vscode.window.showTextDocument(created);
			// The cursor at the start of the article, after the header.
			const body = created.getText().startsWith('---') ? created.getText().indexOf('\n---', 3) : -1;
			const at = body < 0 ? new vscode.Position(0, 0) : new vscode.Position(created.positionAt(body + 1).line + 1, 0);
			editor.selection = new vscode.Selection(at, at);
			return created.uri.toString();
		},
	);
}
