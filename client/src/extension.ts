import * as vscode from 'vscode';
import { Commands } from '../../server/src/shared/commands';
import { startLanguageClient, type AttacheClient } from './languageClient';
import { registerEditingCommands } from './commands/registerEditingCommands';
import { registerEntitiesView } from './entitiesView';
import { registerInterchangeCommands } from './interchange/registerInterchangeCommands';
import { registerOpenAsAnnotatedNews, registerOpenAsOffer, type OpenAsOffer } from './openAsAnnotatedNews';
import { indexChanges } from './indexChanges';
import { registerShowReferences } from './showReferences';
import { registerNetworkView } from './views/networkView';
import { registerTimelineView } from './views/timelineView';
import type { RenderedEvent } from './views/viewPanel';
import { registerDimAttributes, type DimmingApi } from './dimAttributes';
import { registerPreview, type PreviewApi } from './preview/registerPreview';

let client: AttacheClient | undefined;

/** What the extension hands other extensions and its own tests. */
export interface AttacheApi {
	/** Settles when the language server has started. */
	readonly ready: Promise<void>;
	/** Fires when "Open as Annotated News" is offered for a raw article, and when the offer is answered. */
	readonly onDidOfferOpenAs: vscode.Event<OpenAsOffer>;
	/** Fires when the Network of Actors or the Timeline has drawn what the server sent, with a summary of it. */
	readonly onDidRenderView: vscode.Event<RenderedEvent>;
	/** The article previews (Attache: Open Preview): what each showed, and their webview messages. */
	readonly preview: PreviewApi;
	/** The dimmed markup of the editors (attache.editor.dimAttributes). */
	readonly dimming: DimmingApi;
}

export function activate(context: vscode.ExtensionContext): AttacheApi {
	const output = vscode.window.createOutputChannel('Attache', { log: true });
	context.subscriptions.push(output);
	client = startLanguageClient(context, output);
	const offers = new vscode.EventEmitter<OpenAsOffer>();
	const rendered = new vscode.EventEmitter<RenderedEvent>();
	const index = indexChanges(client.languageClient);
	const preview = registerPreview(context, client.languageClient, client.ready);
	const dimming = registerDimAttributes(client.languageClient, client.ready);
	context.subscriptions.push(
		...index.disposables,
		offers,
		rendered,
		...registerNetworkView(context, client.languageClient, client.ready, index.event, rendered),
		...registerTimelineView(context, client.languageClient, client.ready, index.event, rendered),
		registerOpenAsAnnotatedNews(),
		registerOpenAsOffer(context.workspaceState, offers),
		...registerEditingCommands(client),
		...registerEntitiesView(client.languageClient, client.ready, index.event),
		...registerInterchangeCommands(client, output, context),
		registerShowReferences(client),
		...preview.disposables,
		...dimming.disposables,
		vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
		vscode.commands.registerCommand(Commands.restartServer, async () => {
			await client?.restart();
			void vscode.window.setStatusBarMessage('Attache: the language server was restarted', 3000);
		}),
	);
	return { ready: client.ready, onDidOfferOpenAs: offers.event, onDidRenderView: rendered.event, preview: preview.api, dimming: dimming.api };
}

export async function deactivate(): Promise<void> {
	await client?.stop();
}
