import * as vscode from 'vscode';
import {
	CloseAction,
	ErrorAction,
	type BaseLanguageClient,
	type ErrorHandler,
	type LanguageClientOptions,
} from 'vscode-languageclient';
import { languageId } from '../../server/src/shared/commands';
import { articleOnlyFeatures, followKnowledgeBaseGlob, knowledgeBaseFilter } from './knowledgeBaseDocuments';

export interface AttacheClient {
	readonly ready: Promise<void>;
	/** For custom requests (the same object across restarts). */
	readonly languageClient: BaseLanguageClient;
	restart(): Promise<void>;
	stop(): Promise<void>;
}

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

/**
 * How a host makes the language client: on Node a process running dist/server.js (extension.ts), in the browser a
 * web worker running dist/browser/server.js (browserExtension.ts).
 */
export interface ClientFactory {
	create(options: LanguageClientOptions): BaseLanguageClient;
	/** The URI schemes of the documents the server sees (the browser's workspace may be any file system). */
	readonly schemes: readonly string[] | 'any';
}

/** Starts the language server and restarts it when it crashes, telling the user. */
export function startLanguageClient(
	context: vscode.ExtensionContext,
	output: vscode.LogOutputChannel,
	factory: ClientFactory,
): AttacheClient {
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
			void vscode.window.showWarningMessage(
				'The Attache language server stopped unexpectedly and was restarted. Your text is safe.',
			);
			return { action: CloseAction.Restart, handled: true };
		},
	};
	// Knowledge bases (entities.yaml) are sent to the server too: it answers references, rename, hover and code lenses there.
	const knowledgeBases = knowledgeBaseFilter();
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			...(factory.schemes === 'any'
				? [{ language: languageId }]
				: factory.schemes.map((scheme) => ({ language: languageId, scheme }))),
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
	const client = factory.create(clientOptions);
	const restart = async (): Promise<void> => {
		await client.stop();
		await client.start();
	};
	context.subscriptions.push(followKnowledgeBaseGlob(knowledgeBases, restart, output));
	const ready = client.start();
	ready.catch((e: unknown) => output.error(`The language server did not start: ${String(e)}`));
	return {
		ready,
		languageClient: client,
		restart,
		stop: () => client.stop(),
	};
}
