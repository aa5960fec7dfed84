import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { languageId } from '../../server/src/shared/commands';
import { MarkupRangesRequest } from '../../server/src/shared/protocol';

/** The setting, under `attache.` */
export const DIM_SETTING = 'editor.dimAttributes';
const DEBOUNCE_MS = 50;
/**
 * Only the markup near what the editor shows is decorated (a 1 MB article has some 80,000 ranges, sent again on every
 * cursor move otherwise); scrolling decorates the new lines.
 */
const MARGIN_LINES = 300;

/** The dimmed markup as the extension's API hands it to its real-editor tests. */
export interface DimmingApi {
	/** Fires each time the dimmed ranges of an editor are set. */
	readonly onDidDim: vscode.Event<vscode.TextEditor>;
	/** The ranges last dimmed in `editor`. */
	dimmed(editor: vscode.TextEditor): readonly vscode.Range[] | undefined;
}

interface MarkupOf {
	readonly version: number;
	readonly ranges: readonly vscode.Range[];
}

/**
 * attache.editor.dimAttributes: the markup of annotations (`[` and `]{...}`, from the server) is dimmed on every line
 * but the ones the cursors are on, so that the article reads as text and the markup being edited stays clear.
 */
export function registerDimAttributes(
	client: LanguageClient,
	ready: Promise<void>,
): { disposables: vscode.Disposable[]; api: DimmingApi } {
	const decoration = vscode.window.createTextEditorDecorationType({
		opacity: '0.4',
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
	});
	const markup = new Map<string, MarkupOf>();
	const dimmed = new WeakMap<vscode.TextEditor, readonly vscode.Range[]>();
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	const fetching = new Set<string>();
	const onDidDim = new vscode.EventEmitter<vscode.TextEditor>();

	const enabled = (document: vscode.TextDocument): boolean =>
		vscode.workspace.getConfiguration('attache', document).get<boolean>(DIM_SETTING, true);
	const articleEditors = (): vscode.TextEditor[] =>
		vscode.window.visibleTextEditors.filter((e) => e.document.languageId === languageId);

	const set = (editor: vscode.TextEditor, ranges: readonly vscode.Range[]): void => {
		editor.setDecorations(decoration, ranges);
		dimmed.set(editor, ranges);
		onDidDim.fire(editor);
	};

	const apply = (editor: vscode.TextEditor): void => {
		const { document } = editor;
		if (document.languageId !== languageId) return;
		if (!enabled(document)) {
			if (dimmed.get(editor)?.length !== 0) set(editor, []);
			return;
		}
		const known = markup.get(document.uri.toString());
		if (!known || known.version !== document.version) {
			void fetch(document);
			return;
		}
		const cursorLines = editor.selections.map((s) => [s.start.line, s.end.line] as const);
		const onCursorLine = (r: vscode.Range): boolean =>
			cursorLines.some(([from, to]) => r.start.line <= to && r.end.line >= from);
		const visible = editor.visibleRanges;
		const from = Math.max(0, (visible[0]?.start.line ?? 0) - MARGIN_LINES);
		const to = (visible[visible.length - 1]?.end.line ?? 0) + MARGIN_LINES;
		const near: vscode.Range[] = [];
		for (
			let i = firstEndingAtOrAfter(known.ranges, from);
			i < known.ranges.length && known.ranges[i]!.start.line <= to;
			i++
		) {
			if (!onCursorLine(known.ranges[i]!)) near.push(known.ranges[i]!);
		}
		set(editor, near);
	};

	/** Asks the server for the markup of the document (one request at a time per document), then dims it. */
	const fetch = async (document: vscode.TextDocument): Promise<void> => {
		const key = document.uri.toString();
		if (fetching.has(key)) return;
		fetching.add(key);
		try {
			await ready;
			const result = await client.sendRequest(MarkupRangesRequest.type, { uri: key });
			if (result.version < 0) return;
			markup.set(key, {
				version: result.version,
				ranges: result.ranges.map(
					(r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
				),
			});
		} catch {
			// The server is restarting: the next change asks again.
			return;
		} finally {
			fetching.delete(key);
		}
		for (const editor of articleEditors()) if (editor.document.uri.toString() === key) apply(editor);
	};

	const scheduleFetch = (document: vscode.TextDocument): void => {
		const key = document.uri.toString();
		const pending = timers.get(key);
		if (pending) clearTimeout(pending);
		timers.set(
			key,
			setTimeout(() => {
				timers.delete(key);
				void fetch(document);
			}, DEBOUNCE_MS),
		);
	};

	for (const editor of articleEditors()) apply(editor);
	const disposables = [
		decoration,
		onDidDim,
		vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(apply)),
		vscode.window.onDidChangeTextEditorSelection((e) => apply(e.textEditor)),
		vscode.window.onDidChangeTextEditorVisibleRanges((e) => apply(e.textEditor)),
		vscode.workspace.onDidChangeTextDocument((e) => {
			if (e.document.languageId === languageId && e.contentChanges.length && enabled(e.document))
				scheduleFetch(e.document);
		}),
		vscode.workspace.onDidCloseTextDocument((d) => markup.delete(d.uri.toString())),
		vscode.workspace.onDidChangeConfiguration((e) => {
			if (e.affectsConfiguration(`attache.${DIM_SETTING}`)) articleEditors().forEach(apply);
		}),
		{ dispose: () => timers.forEach((t) => clearTimeout(t)) },
	];
	return { disposables, api: { onDidDim: onDidDim.event, dimmed: (editor) => dimmed.get(editor) } };
}

/** The index of the first range (sorted by start; markup ranges do not overlap) that ends on `line` or later. */
function firstEndingAtOrAfter(ranges: readonly vscode.Range[], line: number): number {
	let lo = 0;
	let hi = ranges.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ranges[mid]!.end.line < line) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
