import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { nodeServerHost } from './nodeServerHost';

/** Starts the language server on the transport named by the command line (--stdio, --node-ipc, --socket=N). */
export function listen(): void {
	const connection = createConnection(ProposedFeatures.all);
	console.log = connection.console.log.bind(connection.console);
	console.error = connection.console.error.bind(connection.console);
	process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${String(e)}`));
	startServer(connection, nodeServerHost);
}
