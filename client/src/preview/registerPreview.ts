import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { Commands, languageId } from '../../../server/src/shared/commands';
import type { FromPreviewMessage } from '../../../server/src/shared/previewMessages';
import { ArticlePreview, type PreviewRendered, type PreviewScrolled } from './articlePreview';

export const PREVIEW_VIEW_TYPE = 'attache.preview';

/** The preview as the extension's API hands it to its real-editor tests. */
export interface PreviewApi {
	/** Fires each time a preview has shown new content. */
	readonly onDidRender: vscode.Event<PreviewRendered>;
	/** Fires each time a preview has scrolled (with the editor, or by itself). */
	readonly onDidScroll: vscode.Event<PreviewScrolled>;
	/** The source line at the top of the preview of `uri`, when it has scrolled. */
	scrolledLine(uri: vscode.Uri): number | undefined;
	/** What the preview of `uri` showed last. */
	rendered(uri: vscode.Uri): PreviewRendered | undefined;
	/** The panel of the preview of `uri`, if open. */
	panel(uri: vscode.Uri): vscode.WebviewPanel | undefined;
	/** Handles `message` as if the webview of the preview of `uri` had sent it. */
	receive(uri: vscode.Uri, message: FromPreviewMessage): Promise<void>;
}

/** Attache: Open Preview (to the Side): one preview per article, following its editor. */
export function registerPreview(
	context: vscode.ExtensionContext,
	client: LanguageClient,
	ready: Promise<void>,
): { disposables: vscode.Disposable[]; api: PreviewApi } {
	const previews = new Map<string, ArticlePreview>();
	const rendered = new Map<string, PreviewRendered>();
	const scrolled = new Map<string, number>();
	const onDidRender = new vscode.EventEmitter<PreviewRendered>();
	const onDidScroll = new vscode.EventEmitter<PreviewScrolled>();
	const listener = {
		rendered: (r: PreviewRendered): void => {
			rendered.set(r.uri, r);
			onDidRender.fire(r);
		},
		scrolled: (s: PreviewScrolled): void => {
			scrolled.set(s.uri, s.line);
			onDidScroll.fire(s);
		},
	};

	const adopt = (target: vscode.Uri, panel: vscode.WebviewPanel): void => {
		const preview = new ArticlePreview(target, panel, context.extensionUri, client, ready, listener);
		previews.set(target.toString(), preview);
		panel.onDidDispose(() => {
			preview.dispose();
			previews.delete(target.toString());
			rendered.delete(target.toString());
			scrolled.delete(target.toString());
		});
	};

	const open = async (uri: vscode.Uri | undefined, column: vscode.ViewColumn): Promise<void> => {
		// From the Explorer, the article may not be open: opening its document gives it to the language server.
		const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
		if (!document || document.languageId !== languageId) {
			void vscode.window.showInformationMessage('Attache: open an Annotated News file (.news) to preview it.');
			return;
		}
		const existing = previews.get(document.uri.toString());
		if (existing) {
			existing.panel.reveal(column, true);
			return;
		}
		const panel = vscode.window.createWebviewPanel(
			PREVIEW_VIEW_TYPE,
			`Preview ${document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1)}`,
			{ viewColumn: column, preserveFocus: true },
			{
				enableScripts: true,
				enableFindWidget: true,
			},
		);
		adopt(document.uri, panel);
	};

	/** A preview left open when VS Code closed comes back with it (the webview's state names its article). */
	const serializer: vscode.WebviewPanelSerializer = {
		deserializeWebviewPanel: async (panel, state: unknown) => {
			const resource = (state as { resource?: unknown } | undefined)?.resource;
			if (typeof resource !== 'string') return panel.dispose();
			const uri = vscode.Uri.parse(resource);
			if (previews.has(uri.toString())) return panel.dispose();
			await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined);
			adopt(uri, panel);
		},
	};

	const disposables = [
		onDidRender,
		onDidScroll,
		vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, serializer),
		vscode.commands.registerCommand(Commands.showPreview, (uri?: vscode.Uri) =>
			open(uri instanceof vscode.Uri ? uri : undefined, vscode.ViewColumn.Active),
		),
		vscode.commands.registerCommand(Commands.showPreviewToSide, (uri?: vscode.Uri) =>
			open(uri instanceof vscode.Uri ? uri : undefined, vscode.ViewColumn.Beside),
		),
		vscode.workspace.onDidChangeTextDocument((e) => {
			if (e.contentChanges.length) previews.get(e.document.uri.toString())?.documentChanged();
		}),
		vscode.window.onDidChangeTextEditorVisibleRanges((e) =>
			previews.get(e.textEditor.document.uri.toString())?.editorScrolled(e.textEditor),
		),
		{ dispose: () => [...previews.values()].forEach((p) => p.panel.dispose()) },
	];
	const api: PreviewApi = {
		onDidRender: onDidRender.event,
		onDidScroll: onDidScroll.event,
		scrolledLine: (uri) => scrolled.get(uri.toString()),
		rendered: (uri) => rendered.get(uri.toString()),
		panel: (uri) => previews.get(uri.toString())?.panel,
		receive: async (uri, message) => previews.get(uri.toString())?.receive(message),
	};
	return { disposables, api };
}
