import * as os from 'node:os';
import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import type { AgreementParams, AgreementResult } from '../../../server/src/shared/interchange';
import { AgreementRequest } from '../../../server/src/shared/protocol';
import { pickFolder, plural, type InterchangeClient } from './interchangeClient';

/** The argument of Compare Annotations With..., so that tests can skip the pickers. */
export interface CompareArgs {
	/** Your version (a folder); the workspace folder by default. */
	readonly folder?: string;
	readonly withFolder?: string;
	readonly withRevision?: string;
}

/**
 * "Attache: Compare Annotations With...": the workspace's annotations against another folder or a git revision,
 * as a Markdown report (precision, recall, F1, kappa, each disagreement linked) in the preview.
 */
export function registerCompare(client: InterchangeClient, context: vscode.ExtensionContext): vscode.Disposable {
	return vscode.commands.registerCommand(
		Commands.compareAnnotations,
		async (arg?: unknown): Promise<(AgreementResult & { reportFile: string }) | undefined> => {
			const args = (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg : {}) as CompareArgs;
			const folder = args.folder ?? (await workspaceFolder());
			if (!folder) return undefined;
			const other = await otherVersion(args, folder);
			if (!other) return undefined;
			const storage =
				context.storageUri?.scheme === 'file'
					? context.storageUri.fsPath
					: context.globalStorageUri.scheme === 'file'
						? context.globalStorageUri.fsPath
						: os.tmpdir();
			const reportUri = vscode.Uri.joinPath(vscode.Uri.file(storage), 'agreement', 'Annotation agreement.md');
			const params: AgreementParams = { a: folder, b: other, reportFile: reportUri.fsPath };
			const result = await client.request(AgreementRequest.type, params, 'Attache: comparing annotations');
			if (result.error) {
				void vscode.window.showErrorMessage(`Attache could not compare the annotations: ${result.error}`);
				return { ...result, reportFile: reportUri.fsPath };
			}
			await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(reportUri, '..'));
			await vscode.workspace.fs.writeFile(reportUri, new TextEncoder().encode(result.markdown));
			await vscode.commands.executeCommand('markdown.showPreview', reportUri);
			void vscode.window.setStatusBarMessage(
				`Attache: ${plural(result.compared, 'article')} compared, kappa ${result.kappa === null ? '–' : result.kappa.toFixed(3)}, ${plural(result.disagreements, 'disagreement')}`,
				10_000,
			);
			return { ...result, reportFile: reportUri.fsPath };
		},
	);
}

async function workspaceFolder(): Promise<string | undefined> {
	const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
	if (!folders.length) {
		void vscode.window.showInformationMessage(
			'Open a folder of annotated articles first, then run "Attache: Compare Annotations With...".',
		);
		return undefined;
	}
	if (folders.length === 1) return folders[0]!.uri.fsPath;
	return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Compare the annotations of which folder?' }))?.uri
		.fsPath;
}

async function otherVersion(args: CompareArgs, folder: string): Promise<AgreementParams['b'] | undefined> {
	if (args.withFolder !== undefined) return { folder: args.withFolder };
	if (args.withRevision !== undefined) return { revision: args.withRevision };
	const kind = await vscode.window.showQuickPick(
		[
			{
				label: 'Another Folder...',
				detail: "Someone else's annotations of the same articles, in a folder",
				id: 'folder' as const,
			},
			{
				label: 'A Git Revision...',
				detail: 'The same articles as a commit, branch or tag has them (HEAD, HEAD~1, main)',
				id: 'revision' as const,
			},
		],
		{ placeHolder: 'Compare your annotations with...' },
	);
	if (!kind) return undefined;
	if (kind.id === 'folder') {
		const other = await pickFolder(undefined, 'Compare with the annotations in...', 'Compare', vscode.Uri.file(folder));
		return other ? { folder: other } : undefined;
	}
	const revision = await vscode.window.showInputBox({
		title: 'Compare with a git revision',
		prompt: 'A commit, branch or tag: the articles as they are there are compared with the files on disk.',
		value: 'HEAD',
		validateInput: (v) => (v.trim() ? undefined : 'Give a revision, such as HEAD, HEAD~1 or main.'),
	});
	return revision?.trim() ? { revision: revision.trim() } : undefined;
}
