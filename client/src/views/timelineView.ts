import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { Commands } from '../../../server/src/shared/commands';
import { EntitiesRequest, TimelineRequest, type TimelineParams } from '../../../server/src/shared/protocol';
import type { FromTimelineView, ToTimelineView } from '../../../server/src/shared/viewMessages';
import { openLocation, openViewPanel, type RenderedEvent, type ViewPanel } from './viewPanel';

const REFRESH_DELAY_MS = 300;
const TYPE_ICONS: Record<string, string> = {
	person: '$(person)',
	org: '$(organization)',
	place: '$(location)',
	date: '$(calendar)',
};

/**
 * Attache: Show Timeline: every dated item of the workspace on a time axis (vis-timeline, bundled) that zooms from
 * decades to days, ranges drawn as ranges, filtered by entity, kind or folder; a click opens the mention.
 */
export function registerTimelineView(
	context: vscode.ExtensionContext,
	client: LanguageClient,
	ready: Promise<void>,
	onIndexChanged: vscode.Event<unknown>,
	rendered: vscode.EventEmitter<RenderedEvent>,
): vscode.Disposable[] {
	let view: ViewPanel<ToTimelineView> | undefined;
	let params: TimelineParams = {};
	let entityName: string | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const refresh = async (): Promise<void> => {
		if (!view) return;
		await ready;
		const data = await client.sendRequest(TimelineRequest.type, params);
		await view?.post({ type: 'data', data, params, ...(entityName && { entityName }) });
	};
	/** A quick pick of the workspace's entities, the most mentioned first; undefined when dismissed. */
	const pickEntity = async (): Promise<{ id: string | undefined; name: string | undefined } | undefined> => {
		const result = await client.sendRequest(EntitiesRequest.type, { limit: 200 });
		const items: (vscode.QuickPickItem & { id?: string })[] = [{ label: '$(clear-all) All articles', id: undefined }];
		for (const group of result.groups) {
			if (group.type === 'date') continue;
			items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
			for (const e of group.entities)
				items.push({
					label: `${TYPE_ICONS[e.type] ?? '$(symbol-misc)'} ${e.name}`,
					description: `${e.mentions} mentions in ${e.articles} articles`,
					id: e.key,
				});
		}
		const picked = await vscode.window.showQuickPick(items, {
			title: 'Timeline: dates of the articles that mention...',
			placeHolder: 'Type a name',
			matchOnDescription: true,
		});
		return picked && { id: picked.id, name: picked.id ? picked.label.replace(/^\$\([^)]*\)\s*/, '') : undefined };
	};
	const onMessage = async (message: FromTimelineView): Promise<void> => {
		switch (message.type) {
			case 'ready':
				return refresh();
			case 'params':
				params = message.params;
				if (!params.entity) entityName = undefined;
				return refresh();
			case 'pickEntity': {
				const picked = await pickEntity();
				if (!picked) return;
				const { entity: _old, ...rest } = params;
				params = picked.id ? { ...rest, entity: picked.id } : rest;
				entityName = picked.name;
				return refresh();
			}
			case 'open':
				return openLocation(message.location);
			case 'rendered':
				rendered.fire({ view: 'timeline', summary: message.summary });
				return;
		}
	};
	return [
		vscode.commands.registerCommand(Commands.showTimeline, (options?: { entity?: string; entityName?: string }) => {
			if (options?.entity) {
				params = { ...params, entity: options.entity };
				entityName = options.entityName;
			}
			if (view) {
				view.panel.reveal(vscode.ViewColumn.Beside);
				return refresh();
			}
			view = openViewPanel<ToTimelineView, FromTimelineView>(context, {
				viewType: 'attache.timeline',
				title: 'Timeline',
				bundle: 'timeline',
				hasStyles: true,
				onMessage: (m) =>
					onMessage(m).catch(
						(e: unknown) =>
							void vscode.window.showErrorMessage(
								`Attache: the timeline could not be shown: ${e instanceof Error ? e.message : String(e)}`,
							),
					),
				onDispose: () => (view = undefined),
			});
			return undefined;
		}),
		onIndexChanged(() => {
			if (!view) return;
			clearTimeout(timer);
			timer = setTimeout(() => void refresh().catch(() => undefined), REFRESH_DELAY_MS);
		}),
		{ dispose: () => clearTimeout(timer) },
		vscode.commands.registerCommand(Commands.timelineSelect, (id: string) => view?.post({ type: 'select', id })),
	];
}
