import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import { importFormatChoices, type ImportResult } from '../../../server/src/shared/interchange';
import { ImportRequest } from '../../../server/src/shared/protocol';
import { pickFolder, pickFormat, plural, type InterchangeClient } from './interchangeClient';

/** The argument of Import..., so that tests can skip the pickers. */
export interface ImportArgs {
	readonly format?: string;
	readonly paths?: readonly string[];
	readonly outDir?: string;
	readonly force?: boolean;
}

/** "Attache: Import...": brat, CoNLL, doccano or Prodigy files become `.news` articles in a folder. */
export function registerImport(client: InterchangeClient): vscode.Disposable {
	return vscode.commands.registerCommand(
		Commands.importFiles,
		async (arg?: unknown): Promise<ImportResult | undefined> => {
			const args = (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg : {}) as ImportArgs;
			const format = await pickFormat(importFormatChoices, args.format, 'Import articles from...');
			if (!format) return undefined;
			const extensions = importFormatChoices.find((c) => c.id === format.id)!.extensions;
			const workspace = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri;
			const paths =
				args.paths ??
				(
					await vscode.window.showOpenDialog({
						canSelectFiles: true,
						canSelectMany: true,
						title: `Import ${format.label} files`,
						openLabel: 'Import',
						filters: { [format.label]: [...extensions] },
						defaultUri: workspace,
					})
				)?.map((u) => u.fsPath);
			if (!paths?.length) return undefined;
			const outDir = await pickFolder(args.outDir, 'Write the .news articles into...', 'Import Here', workspace);
			if (!outDir) return undefined;
			let result = await client.request(
				ImportRequest.type,
				{ format: format.id, paths, outDir, force: args.force },
				`Attache: importing ${format.label}`,
			);
			if (result.error) {
				void vscode.window.showErrorMessage(`Attache could not import: ${result.error}`);
				return result;
			}
			if (result.kept.length && args.force === undefined) {
				const overwrite = await vscode.window.showWarningMessage(
					`${plural(result.kept.length, 'article')} already exist${result.kept.length === 1 ? 's' : ''} in ${outDir} and ${result.kept.length === 1 ? 'was' : 'were'} kept. Overwrite ${result.kept.length === 1 ? 'it' : 'them'} with the imported text?`,
					{ modal: true },
					'Overwrite',
				);
				if (overwrite === 'Overwrite')
					result = await client.request(
						ImportRequest.type,
						{ format: format.id, paths, outDir, force: true },
						`Attache: importing ${format.label}`,
					);
			}
			const errors = result.problems.filter((p) => p.severity === 'error');
			if (result.problems.length)
				client.details(
					`Import of ${format.label} into ${outDir}`,
					result.problems.map(
						(p) =>
							`${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'error' ? 'not imported' : 'note'}: ${p.message}`,
					),
				);
			const first = result.written[0];
			if (first) await vscode.window.showTextDocument(vscode.Uri.file(first), { preview: false });
			const message = `Imported ${plural(result.written.length, 'article')} into ${outDir}.${errors.length ? ` ${plural(errors.length, 'thing')} could not be imported: see the Attache output.` : ''}`;
			void (errors.length ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
			return result;
		},
	);
}
