import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateAttache, deactivateAttache, type AttacheApi } from './activation';
import { registerInterchangeCommands } from './interchange/registerInterchangeCommands';

export type { AttacheApi } from './activation';

/** The extension in desktop VS Code (and code-server): the language server in a Node process, dist/server.js. */
export function activate(context: vscode.ExtensionContext): AttacheApi {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	return activateAttache(context, {
		clients: {
			create: (options) => new LanguageClient('attache', 'Attache Language Server', serverOptions, options),
			schemes: ['file', 'untitled', 'vscode-remote'],
		},
		registerFileCommands: registerInterchangeCommands,
	});
}

export const deactivate = deactivateAttache;
