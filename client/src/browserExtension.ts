import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateAttache, deactivateAttache, type AttacheApi } from './activation';
import { registerWithoutServerFiles } from './workspaceFiles';

/** The extension host in the browser has web workers (the client's types leave out the DOM). */
declare const Worker: new (scriptURL: string) => ConstructorParameters<typeof LanguageClient>[3];

/**
 * The extension in VS Code for the web: the language server in a web worker (dist/browser/server.js), the workspace
 * read through the editor. Export, Import and Compare need a server with files of its own and say so.
 */
export function activate(context: vscode.ExtensionContext): AttacheApi {
	const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
	return activateAttache(context, {
		clients: {
			create: (options) =>
				new LanguageClient('attache', 'Attache Language Server', options, new Worker(main.toString(true))),
			schemes: 'any',
		},
		registerFileCommands: registerWithoutServerFiles,
	});
}

export const deactivate = deactivateAttache;
