import * as assert from 'assert';
import * as vscode from 'vscode';
import { fileUri, openNews, positionOf } from './util';

/** The parts of the extension's API these tests read (client/src/extension.ts). */
interface Rendered {
	readonly uri: string;
	readonly version: number;
	readonly summary: {
		readonly title: string;
		readonly entities: number;
		readonly suggestions: number;
		readonly firstParagraph: string;
		readonly legend: readonly string[];
	};
}
interface Api {
	readonly preview: {
		readonly onDidRender: vscode.Event<Rendered>;
		readonly onDidScroll: vscode.Event<unknown>;
		scrolledLine(uri: vscode.Uri): number | undefined;
		rendered(uri: vscode.Uri): Rendered | undefined;
		panel(uri: vscode.Uri): vscode.WebviewPanel | undefined;
		receive(uri: vscode.Uri, message: unknown): Promise<void>;
	};
	readonly dimming: {
		readonly onDidDim: vscode.Event<vscode.TextEditor>;
		dimmed(editor: vscode.TextEditor): readonly vscode.Range[] | undefined;
	};
}

/**
 * Settles when `probe` gives a value `done` accepts: asked once, then after each `event`, never on a timer; the timeout
 * is only a safety net against a hang.
 */
function after<T>(
	event: vscode.Event<unknown>,
	probe: () => T,
	done: (value: T) => boolean,
	what: string,
	timeoutMs = 120_000,
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let last: T | undefined;
		const check = (): boolean => {
			last = probe();
			if (!done(last)) return false;
			clearTimeout(timer);
			subscription.dispose();
			resolve(last);
			return true;
		};
		const subscription = event(() => void check());
		const timer = setTimeout(() => {
			subscription.dispose();
			reject(new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`));
		}, timeoutMs);
		check();
	});
}

/** The source texts of the ranges, each as `line:text`. */
const texts = (document: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] =>
	ranges.map((r) => `${r.start.line}:${document.getText(r)}`);

/** The markup a line holds, found by the test itself: every `[`, every `]{...}`. */
function markupOf(document: vscode.TextDocument, line: number): string[] {
	return [...document.lineAt(line).text.matchAll(/\[|\]\{[^}]*\}/g)].map((m) => `${line}:${m[0]}`);
}

suite('Article preview and dimmed markup in a real VS Code', () => {
	let document: vscode.TextDocument;
	let api: Api;
	const renderedAt = (version: number): Promise<Rendered> =>
		after(
			api.preview.onDidRender,
			() => api.preview.rendered(document.uri),
			(r): r is Rendered => r?.version === version,
			`the preview of version ${version}`,
		) as Promise<Rendered>;
	const editorOf = (): vscode.TextEditor => {
		const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
		assert.ok(editor, 'the article is in an editor');
		return editor;
	};

	suiteSetup(async () => {
		document = await openNews('ministers-meet.news');
		api = vscode.extensions.getExtension('attache.attache')!.exports as Api;
	});

	suiteTeardown(async () => {
		api.preview.panel(document.uri)?.dispose();
		await vscode.window.showTextDocument(document);
		if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
		await vscode.workspace
			.getConfiguration('attache')
			.update('editor.dimAttributes', undefined, vscode.ConfigurationTarget.Workspace);
	});

	test('Open Preview to the Side shows the article beside the editor, without markup', async () => {
		const column = editorOf().viewColumn!;
		await vscode.commands.executeCommand('attache.showPreviewToSide');
		const { summary } = await renderedAt(document.version);
		assert.strictEqual(summary.title, 'Alpine foreign ministers agree on a river commission');
		assert.strictEqual(summary.entities, 12);
		assert.strictEqual(
			summary.firstParagraph,
			'VIENNA, March 14. Foreign Minister Anna Lindqvist of Norland met her counterpart Tomas Brenner at the Austrian Foreign Ministry on Thursday.',
		);
		assert.deepStrictEqual(
			summary.legend.filter((l) => l !== 'suggested'),
			['person', 'organization', 'place', 'date', 'role'],
		);
		const panel = api.preview.panel(document.uri);
		assert.ok(panel, 'a preview panel is open');
		assert.strictEqual(panel.title, 'Preview ministers-meet.news');
		assert.strictEqual(panel.viewColumn, column + 1, 'beside the editor');
		const tab = vscode.window.tabGroups.all
			.flatMap((g) => g.tabs)
			.find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('attache.preview'));
		assert.ok(tab, 'the preview is a webview tab');
		assert.strictEqual(tab.group.viewColumn, column + 1);
	});

	test('Open Preview on a file from the Explorer (not open in an editor) shows it, with its suggestions apart', async () => {
		const uri = fileUri('suggestions.news');
		await vscode.commands.executeCommand('attache.showPreview', uri);
		const opened = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
		assert.ok(opened, 'the article was opened for the language server');
		const { summary } = (await after(
			api.preview.onDidRender,
			() => api.preview.rendered(uri),
			(r): r is Rendered => r?.version === opened.version,
			'the preview of suggestions.news',
		)) as Rendered;
		try {
			assert.strictEqual(summary.title, 'Suggestions, for the real-editor tests');
			assert.match(summary.firstParagraph, /^Foreign Minister Tomas Brenner flew to Moscow on May 9/);
			assert.strictEqual(summary.entities, 0);
			assert.ok(summary.suggestions > 0, 'suggestions are shown');
			assert.deepStrictEqual(summary.legend.slice(-1), ['suggested']);
		} finally {
			api.preview.panel(uri)?.dispose();
			// It opened in place of the article's editor: bring that back for the next tests.
			await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
		}
	});

	test('typing updates the preview', async () => {
		const editor = editorOf();
		await editor.edit((e) => e.insert(positionOf(document, '[VIENNA]'), 'Today in [Oslo]{.place} & '));
		const { summary } = await renderedAt(document.version);
		assert.strictEqual(summary.entities, 13);
		assert.match(summary.firstParagraph, /^Today in Oslo & VIENNA, March 14\. /);
		await editor.edit((e) => e.insert(positionOf(document, 'Today in'), 'Ещё 😀 '));
		const again = await renderedAt(document.version);
		assert.match(again.summary.firstParagraph, /^Ещё 😀 Today in Oslo & VIENNA/);
	});

	test('a click on an entity in the preview selects it in the editor', async () => {
		const panel = api.preview.panel(document.uri)!;
		panel.reveal(panel.viewColumn, false);
		await after(
			panel.onDidChangeViewState,
			() => panel.active,
			(active) => active,
			'the preview to be the active tab',
		);
		// As the webview sends it: the data-start and data-end of the entity's span, source offsets of its text.
		const start = document.getText().indexOf('Tomas Brenner');
		await api.preview.receive(document.uri, {
			type: 'select',
			version: document.version,
			start,
			end: start + 'Tomas Brenner'.length,
		});
		const editor = vscode.window.activeTextEditor;
		assert.ok(editor && editor.document === document, 'the editor of the article is active');
		assert.strictEqual(editor.viewColumn, panel.viewColumn! - 1, 'in its own column, beside the preview');
		assert.strictEqual(document.getText(editor.selection), 'Tomas Brenner');
	});

	test('the markup is dimmed on every line but the cursor line, and not at all when the setting is off', async () => {
		const editor = editorOf();
		const first = positionOf(document, 'Tomas Brenner').line;
		const second = positionOf(document, 'Danube Valley').line;
		editor.selection = new vscode.Selection(first, 3, first, 3);
		const onFirst = await after(
			api.dimming.onDidDim,
			() => texts(document, api.dimming.dimmed(editor) ?? []),
			(t) => t.length > 0 && t.every((x) => !x.startsWith(`${first}:`)),
			'the dimming off the first line',
		);
		assert.deepStrictEqual(onFirst, markupOf(document, second));
		assert.deepStrictEqual(onFirst.slice(0, 2), [`${second}:[`, `${second}:]{.person ref=anna-lindqvist}`]);
		editor.selection = new vscode.Selection(second, 0, second, 0);
		const onSecond = await after(
			api.dimming.onDidDim,
			() => texts(document, api.dimming.dimmed(editor) ?? []),
			(t) => t.length > 0 && t.every((x) => !x.startsWith(`${second}:`)),
			'the dimming off the second line',
		);
		assert.deepStrictEqual(onSecond, markupOf(document, first));
		assert.ok(onSecond.includes(`${first}:]{.place}`) && onSecond.includes(`${first}:]{.person ref=anna-lindqvist}`));
		await vscode.workspace
			.getConfiguration('attache')
			.update('editor.dimAttributes', false, vscode.ConfigurationTarget.Workspace);
		try {
			await after(
				api.dimming.onDidDim,
				() => api.dimming.dimmed(editor)?.length,
				(n) => n === 0,
				'no dimming with the setting off',
			);
		} finally {
			await vscode.workspace
				.getConfiguration('attache')
				.update('editor.dimAttributes', undefined, vscode.ConfigurationTarget.Workspace);
		}
		await after(
			api.dimming.onDidDim,
			() => api.dimming.dimmed(editor)?.length ?? 0,
			(n) => n > 0,
			'the dimming back with the setting reset',
		);
	});

	test('the preview and the editor scroll together, both ways; a long article is dimmed near what the editor shows', async () => {
		const paragraphs = Array.from(
			{ length: 400 },
			(_, i) =>
				`Paragraph ${i}: [Anna Lindqvist]{.person} met [Tomas Brenner]{.person} in [Vienna]{.place} to talk about the river and the commission once more.`,
		);
		const long = await vscode.workspace.openTextDocument({
			language: 'annotated-news',
			content: ['---', 'title: A long article', '---', ...paragraphs.flatMap((p) => [p, ''])].join('\n'),
		});
		const editor = await vscode.window.showTextDocument(long, vscode.ViewColumn.One);
		try {
			await vscode.commands.executeCommand('attache.showPreviewToSide');
			await after(
				api.preview.onDidRender,
				() => api.preview.rendered(long.uri)?.version,
				(v) => v === long.version,
				'the preview of the long article',
			);
			// Paragraph i is on line 3 + 2i.
			const down = 3 + 2 * 60;
			editor.revealRange(new vscode.Range(down, 0, down, 0), vscode.TextEditorRevealType.AtTop);
			// The preview follows the first line the editor reports visible (VS Code may show a line or two above the one revealed).
			const [line, top] = await after(
				api.preview.onDidScroll,
				() => [api.preview.scrolledLine(long.uri), editor.visibleRanges[0]!.start.line] as const,
				([l, t]) => l !== undefined && t >= down - 2 && Math.abs(l - t) < 1,
				`the preview at the editor's top line, near ${down}`,
			);
			assert.ok(
				line !== undefined && Math.abs(line - top) < 1 && Math.abs(top - down) <= 2,
				`preview at ${line}, editor at ${top}`,
			);
			// The dimmed markup: the lines shown and 300 on either side, no further (the article has 803 lines).
			const lines = await after(
				api.dimming.onDidDim,
				() => (api.dimming.dimmed(editor) ?? []).map((r) => r.start.line),
				(l) => l.length > 0 && Math.max(...l) >= editor.visibleRanges[0]!.end.line + 250,
				'the dimming to follow the scroll',
			);
			const shown = editor.visibleRanges[0]!;
			assert.ok(
				lines.every((l) => l >= shown.start.line - 300 && l <= shown.end.line + 300),
				`dimmed lines ${Math.min(...lines)}..${Math.max(...lines)}, shown ${shown.start.line}..${shown.end.line}`,
			);
			assert.ok(Math.max(...lines) < 800 && lines.includes(down));
			// As the webview sends it when the user scrolls it: the editor follows to the line at the preview's top.
			const up = 3 + 2 * 20;
			await api.preview.receive(long.uri, { type: 'revealLine', line: up + 0.4, synced: false });
			const editorTop = await after(
				vscode.window.onDidChangeTextEditorVisibleRanges,
				() => editor.visibleRanges[0]!.start.line,
				(l) => Math.abs(l - up) <= 2,
				`the editor near line ${up}`,
			);
			assert.ok(Math.abs(editorTop - up) <= 2);
		} finally {
			api.preview.panel(long.uri)?.dispose();
			await vscode.window.showTextDocument(long, vscode.ViewColumn.One);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});
});
