import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IndexChangedNotification, type IndexChangedParams } from '../../server/src/shared/protocol';

/**
 * The server's "index changed" notification as an event many views can follow: the language client keeps one
 * handler per notification, so a second `onNotification` for it would silently replace the first.
 */
export function indexChanges(client: LanguageClient): {
	readonly event: vscode.Event<IndexChangedParams>;
	readonly disposables: vscode.Disposable[];
} {
	const emitter = new vscode.EventEmitter<IndexChangedParams>();
	const handler = client.onNotification(IndexChangedNotification.type, (state) => emitter.fire(state));
	return { event: emitter.event, disposables: [emitter, handler] };
}
