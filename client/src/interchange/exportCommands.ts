import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands, languageId } from '../../../server/src/shared/commands';
import { exportFormatChoices, type ExportResult } from '../../../server/src/shared/interchange';
import { ExportRequest } from '../../../server/src/shared/protocol';
import { pickFolder, pickFormat, plural, type InterchangeClient } from './interchangeClient';

/** The argument of the export commands, so that tests and keybindings can skip the pickers. */
export interface ExportArgs {
	readonly format?: string;
	readonly outDir?: string;
	/** The article (Export File), as a URI string or a Uri; else the active editor's. */
	readonly uri?: string | vscode.Uri;
}

const argsOf = (arg: unknown): ExportArgs =>
	arg instanceof vscode.Uri ? { uri: arg } : arg && typeof arg === 'object' ? (arg as ExportArgs) : {};

/** "Attache: Export File As...": the active article (or the one given) in a format, into a folder. */
export function registerExportFile(client: InterchangeClient): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.exportFile, async (arg?: unknown) => {
		const args = argsOf(arg);
		const uri =
			args.uri !== undefined
				? typeof args.uri === 'string'
					? vscode.Uri.parse(args.uri)
					: args.uri
				: vscode.window.activeTextEditor?.document.uri;
		const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		if (!uri || (document && document.languageId !== languageId) || (!document && !uri.path.endsWith('.news'))) {
			void vscode.window.showInformationMessage(
				'Open an Annotated News article (.news), then run "Attache: Export File As...".',
			);
			return undefined;
		}
		if (uri.scheme !== 'file') {
			void vscode.window.showInformationMessage(
				'Save the article as a .news file first: Attache exports files from disk.',
			);
			return undefined;
		}
		return runExport(client, args, [uri.fsPath], path.basename(uri.fsPath), vscode.Uri.file(path.dirname(uri.fsPath)));
	});
}

/** "Attache: Export Workspace As...": every article of the workspace folders. */
export function registerExportWorkspace(client: InterchangeClient): vscode.Disposable {
	return vscode.commands.registerCommand(Commands.exportWorkspace, async (arg?: unknown) => {
		const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
		if (!folders.length) {
			void vscode.window.showInformationMessage(
				'Open a folder of articles first, then run "Attache: Export Workspace As...".',
			);
			return undefined;
		}
		const name = folders.length === 1 ? folders[0]!.name : 'the workspace';
		return runExport(
			client,
			argsOf(arg),
			folders.map((f) => f.uri.fsPath),
			name,
			folders[0]!.uri,
		);
	});
}

async function runExport(
	client: InterchangeClient,
	args: ExportArgs,
	paths: string[],
	what: string,
	near: vscode.Uri,
): Promise<ExportResult | undefined> {
	const format = await pickFormat(exportFormatChoices, args.format, `Export ${what} as...`);
	if (!format) return undefined;
	const outDir = await pickFolder(args.outDir, `Export ${what} as ${format.label} into...`, 'Export Here', near);
	if (!outDir) return undefined;
	const result = await client.request(
		ExportRequest.type,
		{ format: format.id, paths, outDir },
		`Attache: exporting ${what} as ${format.label}`,
	);
	if (result.error) {
		void vscode.window.showErrorMessage(`Attache could not export ${what}: ${result.error}`);
		return result;
	}
	const lost = result.lostSummary ? ` ${format.label} could not carry ${result.lostSummary}.` : '';
	const errors = result.withErrors.length
		? ` ${plural(result.withErrors.length, 'article')} ${result.withErrors.length === 1 ? 'has' : 'have'} errors (see the Problems panel).`
		: '';
	if (lost || errors) {
		client.details(`Export of ${what} as ${format.label} to ${outDir}: ${result.lostSummary || 'nothing lost'}`, [
			...result.losses.map((l) => `${l.file}:${l.line + 1}:${l.character + 1}: lost: ${l.message}`),
			...result.withErrors.map((f) => `${f}: has errors`),
		]);
	}
	void vscode.window
		.showInformationMessage(
			`Exported ${plural(result.articles, 'article')} as ${format.label} to ${outDir} (${plural(result.written.length, 'file')}).${lost}${errors}`,
			'Reveal in File Explorer',
		)
		.then((choice) => {
			if (choice) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.written[0] ?? outDir));
		});
	return result;
}
