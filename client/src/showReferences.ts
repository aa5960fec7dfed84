import * as vscode from 'vscode';
import { ReferencesRequest, type Position } from 'vscode-languageclient';
import { Commands } from '../../server/src/shared/commands';
import type { AttacheClient } from './languageClient';

/**
 * The command of the code lenses above knowledge-base entries ("12 mentions in 5 articles"): it asks the server for
 * the references at (uri, position), without the entry itself, and shows them in the peek view as TypeScript's
 * reference lenses do. Returns the locations shown.
 */
export function registerShowReferences(client: AttacheClient): vscode.Disposable {
	return vscode.commands.registerCommand(
		Commands.showReferences,
		async (uri: string, position: Position): Promise<vscode.Location[]> => {
			await client.ready;
			const { languageClient } = client;
			const found = await languageClient.sendRequest(ReferencesRequest.type, {
				textDocument: { uri },
				position,
				context: { includeDeclaration: false },
			});
			const locations = (await languageClient.protocol2CodeConverter.asReferences(found)) ?? [];
			await vscode.commands.executeCommand(
				'editor.action.showReferences',
				languageClient.protocol2CodeConverter.asUri(uri),
				languageClient.protocol2CodeConverter.asPosition(position),
				locations,
			);
			return locations;
		},
	);
}
