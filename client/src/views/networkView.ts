import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { Commands } from '../../../server/src/shared/commands';
import { NetworkRequest, type NetworkParams } from '../../../server/src/shared/protocol';
import type { FromNetworkView, ToNetworkView } from '../../../server/src/shared/viewMessages';
import { openLocation, openViewPanel, type RenderedEvent, type ViewPanel } from './viewPanel';

/** Re-asks the server this long after the index last changed, so that a burst of edits asks once. */
const REFRESH_DELAY_MS = 300;

/**
 * Attache: Show Network of Actors: people and organizations of the workspace as a graph (cytoscape, bundled), who
 * appears with whom, with the sentences that say so. Follows the index; exports PNG and SVG.
 */
export function registerNetworkView(
	context: vscode.ExtensionContext,
	client: LanguageClient,
	ready: Promise<void>,
	onIndexChanged: vscode.Event<unknown>,
	rendered: vscode.EventEmitter<RenderedEvent>,
): vscode.Disposable[] {
	let view: ViewPanel<ToNetworkView> | undefined;
	let params: NetworkParams = {};
	let timer: ReturnType<typeof setTimeout> | undefined;

	// One request at a time, the latest parameters winning: a date-range slider being dragged asks once a frame, and
	// the drawings follow as fast as the server answers without a queue of stale spans behind them.
	let running: Promise<void> | undefined;
	let again = false;
	const refresh = async (): Promise<void> => {
		if (!view) return;
		if (running) {
			again = true;
			return running;
		}
		running = (async () => {
			await ready;
			do {
				again = false;
				const asked = params;
				const data = await client.sendRequest(NetworkRequest.type, asked);
				if (!again) await view?.post({ type: 'data', data, params: asked });
			} while (again && view);
		})().finally(() => (running = undefined));
		return running;
	};
	const onMessage = async (message: FromNetworkView): Promise<void> => {
		switch (message.type) {
			case 'ready':
				return refresh();
			case 'params':
				params = message.params;
				return refresh();
			case 'open':
				return openLocation(message.location);
			case 'save':
				return save(message.format, message.data);
			case 'rendered':
				rendered.fire({ view: 'network', summary: message.summary });
				return;
		}
	};
	return [
		vscode.commands.registerCommand(Commands.showNetwork, () => {
			if (view) return view.panel.reveal(vscode.ViewColumn.Beside);
			view = openViewPanel<ToNetworkView, FromNetworkView>(context, {
				viewType: 'attache.network',
				title: 'Network of Actors',
				bundle: 'network',
				hasStyles: false,
				onMessage: (m) =>
					onMessage(m).catch(
						(e: unknown) =>
							void vscode.window.showErrorMessage(
								`Attache: the network could not be shown: ${e instanceof Error ? e.message : String(e)}`,
							),
					),
				onDispose: () => (view = undefined),
			});
		}),
		onIndexChanged(() => {
			if (!view) return;
			clearTimeout(timer);
			timer = setTimeout(() => void refresh().catch(() => undefined), REFRESH_DELAY_MS);
		}),
		{ dispose: () => clearTimeout(timer) },
		vscode.commands.registerCommand(Commands.networkSelect, (id: string) => view?.post({ type: 'select', id })),
		vscode.commands.registerCommand(Commands.networkExportImage, (format: 'png' | 'svg') =>
			view?.post({ type: 'exportImage', format }),
		),
	];
}

async function save(format: 'png' | 'svg', data: string): Promise<void> {
	const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
	const target = await vscode.window.showSaveDialog({
		title: `Save the network as ${format.toUpperCase()}`,
		filters: format === 'png' ? { 'PNG image': ['png'] } : { 'SVG image': ['svg'] },
		...(folder && { defaultUri: vscode.Uri.joinPath(folder, `network.${format}`) }),
	});
	if (!target) return;
	await vscode.workspace.fs.writeFile(
		target,
		format === 'png' ? Buffer.from(data, 'base64') : Buffer.from(data, 'utf8'),
	);
	void vscode.window.showInformationMessage(
		`Attache: the network was saved as ${vscode.workspace.asRelativePath(target)}.`,
	);
}
