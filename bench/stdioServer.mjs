// A language server as the benchmarks talk to it: a child process over stdio (`dist/cli.js lsp --stdio`, or a peer
// server's script), and the client side an editor has: `settings` for every configuration request, capability
// registration, progress, semantic-token refreshes (`onRefresh`), diagnostics (`onDiagnostics`), log messages (`onLog`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

/** Starts and initializes the server; `workspace`: client workspace capabilities beside configuration. */
export async function startStdioServer(
	args,
	{
		settings = {},
		workspace = {},
		onRefresh = () => undefined,
		onDiagnostics = () => undefined,
		onLog = () => undefined,
	} = {},
) {
	const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createMessageConnection(
		new StreamMessageReader(child.stdout),
		new StreamMessageWriter(child.stdin),
	);
	connection.onRequest('workspace/semanticTokens/refresh', () => {
		onRefresh();
		return null;
	});
	connection.onRequest('workspace/configuration', ({ items }) => items.map(() => settings));
	connection.onRequest('client/registerCapability', () => null);
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onNotification('$/progress', () => undefined);
	connection.onNotification('window/logMessage', ({ message }) => onLog(message));
	connection.onNotification('textDocument/publishDiagnostics', (p) => onDiagnostics(p));
	// a server killed at the end of a measure closes the stream under pending writes: not an error of the bench
	connection.onError(() => undefined);
	connection.listen();
	const { capabilities } = await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		capabilities: { workspace: { configuration: true, ...workspace } },
	});
	await connection.sendNotification('initialized', {});
	return {
		connection,
		child,
		capabilities,
		/** The server process's CPU milliseconds so far (user + system), from /proc (Linux: clock ticks of 10 ms). */
		cpu() {
			try {
				const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
				return (Number(fields[11]) + Number(fields[12])) * 10;
			} catch {
				return NaN;
			}
		},
		stop() {
			connection.dispose();
			child.kill('SIGKILL');
		},
	};
}
