import * as vscode from 'vscode';
import {
	CloseAction,
	ErrorAction,
	LanguageClient,
	TransportKind,
	type ErrorHandler,
	type LanguageClientOptions,
	type ServerOptions,
} from 'vscode-languageclient/node';
import { languageId } from '../../server/src/shared/commands';
import { articleOnlyFeatures, followKnowledgeBaseGlob, knowledgeBaseFilter } from './knowledgeBaseDocuments';

export interface AttacheClient {
	readonly ready: Promise<void>;
	/** For custom requests (the same object across restarts). */
	readonly languageClient: LanguageClient;
	restart(): Promise<void>;
	stop(): Promise<void>;
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

/** Starts the language server (dist/server.js) and restarts it when it crashes, telling the user. */
export function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): AttacheClient {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const crashes: number[] = [];
	const errorHandler: ErrorHandler = {
		error: () => ({ action: ErrorAction.Continue }),
		closed: () => {
			const now = Date.now();
			crashes.push(now);
			while (crashes.length && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
			if (crashes.length > MAX_RESTARTS) {
				void vscode.window
					.showErrorMessage(
						`The Attache language server stopped ${crashes.length} times in 3 minutes and will not be restarted. Your text is safe; highlighting and hover are off until you restart it.`,
						'Restart Server',
						'Show Output',
					)
					.then((choice) => {
						if (choice === 'Restart Server') void vscode.commands.executeCommand('attache.restartServer');
						if (choice === 'Show Output') output.show(true);
					});
				return { action: CloseAction.DoNotRestart, handled: true };
			}
			void vscode.window.showWarningMessage('The Attache language server stopped unexpectedly and was restarted. Your text is safe.');
			return { action: CloseAction.Restart, handled: true };
		},
	};
	// Knowledge bases (entities.yaml) are sent to the server too: it answers references, rename, hover and code lenses there.
	const knowledgeBases = knowledgeBaseFilter();
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ language: languageId, scheme: 'file' },
			{ language: languageId, scheme: 'untitled' },
			{ language: languageId, scheme: 'vscode-remote' },
			knowledgeBases,
		],
		middleware: articleOnlyFeatures,
		synchronize: {
			configurationSection: 'attache',
			// The server indexes articles and knowledge bases from disk: tell it what changes. Knowledge bases are the
			// files that the setting attache.knowledgeBase.glob matches, so every YAML file is watched; the server sorts.
			fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{news,yaml,yml}'),
		},
		outputChannel: output,
		errorHandler,
	};
	const client = new LanguageClient('attache', 'Attache Language Server', serverOptions, clientOptions);
	context.subscriptions.push(followKnowledgeBaseGlob(knowledgeBases, () => client.restart(), output));
	const ready = client.start();
	ready.catch((e: unknown) => output.error(`The language server did not start: ${String(e)}`));
	return {
		ready,
		languageClient: client,
		restart: () => client.restart(),
		stop: () => client.stop(),
	};
}
