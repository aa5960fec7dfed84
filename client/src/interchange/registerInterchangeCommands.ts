import type * as vscode from 'vscode';
import type { AttacheClient } from '../languageClient';
import { registerCompare } from './compareCommand';
import { registerExportFile, registerExportWorkspace } from './exportCommands';
import { registerImport } from './importCommand';
import { InterchangeClient } from './interchangeClient';

/** The interchange commands of issue 5: Export File / Workspace As..., Import..., Compare Annotations With... */
export function registerInterchangeCommands(
	client: AttacheClient,
	output: vscode.LogOutputChannel,
	context: vscode.ExtensionContext,
): vscode.Disposable[] {
	const interchange = new InterchangeClient(client, output);
	return [
		registerExportFile(interchange),
		registerExportWorkspace(interchange),
		registerImport(interchange),
		registerCompare(interchange, context),
	];
}
