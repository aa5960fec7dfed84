import * as vscode from 'vscode';
import { Commands } from '../../server/src/shared/commands';
import { startLanguageClient, type AttacheClient, type ClientFactory } from './languageClient';
import { registerEditingCommands } from './commands/registerEditingCommands';
import { registerEntitiesView } from './entitiesView';
import { registerOpenAsAnnotatedNews, registerOpenAsOffer, type OpenAsOffer } from './openAsAnnotatedNews';
import { indexChanges } from './indexChanges';
import { registerShowReferences } from './showReferences';
import { registerWorkspaceFiles } from './workspaceFiles';
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

/** What differs between the hosts of the extension: how the language client is made, and whether the server has files of its own. */
export interface ExtensionHost {
	readonly clients: ClientFactory;
	/** Export, Import and Compare: they run on the server's file system, which the Node host has and the browser's has not. */
	registerFileCommands(
		client: AttacheClient,
		output: vscode.LogOutputChannel,
		context: vscode.ExtensionContext,
	): vscode.Disposable[];
}

/** Activates Attache on a host (extension.ts on Node, browserExtension.ts in VS Code for the web). */
export function activateAttache(context: vscode.ExtensionContext, host: ExtensionHost): AttacheApi {
	const output = vscode.window.createOutputChannel('Attache', { log: true });
	context.subscriptions.push(output);
	client = startLanguageClient(context, output, host.clients);
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
		...host.registerFileCommands(client, output, context),
		...registerWorkspaceFiles(client.languageClient),
		registerShowReferences(client),
		...preview.disposables,
		...dimming.disposables,
		vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
		vscode.commands.registerCommand(Commands.restartServer, async () => {
			await client?.restart();
			void vscode.window.setStatusBarMessage('Attache: the language server was restarted', 3000);
		}),
	);
	return {
		ready: client.ready,
		onDidOfferOpenAs: offers.event,
		onDidRenderView: rendered.event,
		preview: preview.api,
		dimming: dimming.api,
	};
}

export async function deactivateAttache(): Promise<void> {
	await client?.stop();
}
