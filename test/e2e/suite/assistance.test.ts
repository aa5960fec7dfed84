import * as assert from 'assert';
import * as vscode from 'vscode';
import { keyboard, keyboardAvailable } from './keyboard';
import { eventually, openNews, positionOf } from './util';

const FILE = ['assistance', 'assistance.news'];

async function completions(
	document: vscode.TextDocument,
	position: vscode.Position,
	trigger?: string,
): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList>(
		'vscode.executeCompletionItemProvider',
		document.uri,
		position,
		trigger,
	);
	return list.items;
}

const label = (item: vscode.CompletionItem | vscode.InlayHint): string =>
	typeof item.label === 'string'
		? item.label
		: 'label' in item.label
			? item.label.label
			: item.label.map((p) => p.value).join('');

async function inlayHints(document: vscode.TextDocument): Promise<string[]> {
	const whole = new vscode.Range(0, 0, document.lineCount, 0);
	const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
		'vscode.executeInlayHintProvider',
		document.uri,
		whole,
	);
	return hints.map((h) => `${h.position.line}:${h.position.character} ${label(h)}`);
}

async function codeLenses(document: vscode.TextDocument): Promise<string[]> {
	const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
		'vscode.executeCodeLensProvider',
		document.uri,
	);
	return lenses.map(
		(l) => `${l.range.start.line}:${l.range.start.character} ${l.command?.title} -> ${l.command?.command}`,
	);
}

async function setting(key: string, value: boolean | undefined): Promise<void> {
	await vscode.workspace.getConfiguration('attache').update(key, value, vscode.ConfigurationTarget.Global);
}

suite('Editor assistance in a real VS Code', () => {
	let document: vscode.TextDocument;
	suiteSetup(async () => {
		document = await openNews(...FILE);
	});
	suiteTeardown(async () => {
		await setting('inlayHints.dateValues', undefined);
		await setting('codeLens.enabled', undefined);
	});

	test('completion after `ref=`: the knowledge-base entry named like the text comes first, and is preselected', async () => {
		const at = positionOf(document, 'ref=}').translate(0, 4);
		const items = await eventually(
			() => completions(document, at, '='),
			(list) => list.some((i) => label(i) === 'marta-oyelaran'),
			'the knowledge base in completion (it is indexed in the background)',
		);
		const ours = items
			.filter((i) => ['marta-oyelaran', 'martin-oyelaran'].includes(label(i)))
			.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
		assert.deepStrictEqual(ours.map(label), ['marta-oyelaran', 'martin-oyelaran']);
		assert.strictEqual(ours[0]!.preselect, true);
		assert.strictEqual(ours[0]!.detail, 'Marta Oyelaran (person)');
		assert.match((ours[0]!.documentation as vscode.MarkdownString).value, /Foreign Minister of Riverland/);
		const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
		assert.strictEqual(label(first), 'marta-oyelaran', 'nothing of the other knowledge bases ranks before it');
	});

	test('accepting the preselected completion writes the id, and one Undo removes it', async function () {
		if (!keyboardAvailable()) {
			console.log('skipped: seeing the suggest widget open needs the page of test/e2e/run.js');
			this.skip();
		}
		const editor = await vscode.window.showTextDocument(document);
		const before = document.getText();
		const at = positionOf(document, 'ref=}').translate(0, 4);
		editor.selection = new vscode.Selection(at, at);
		await vscode.commands.executeCommand('editor.action.triggerSuggest');
		// The widget lists its items (the driver sees them on the page): accept the preselected one.
		await keyboard({ waitFor: 'suggestions' });
		await vscode.commands.executeCommand('acceptSelectedSuggestion');
		assert.notStrictEqual(document.getText(), before, 'the suggest widget accepted an item');
		assert.match(document.getText(), /\[Marta Oyelaran\]\{\.person ref=marta-oyelaran\}/);
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), before);
	});

	test('completion after `{.`: the entity types, replacing the class typed', async () => {
		const at = positionOf(document, '{.place}').translate(0, 2);
		const items = await completions(document, at, '.');
		const types = items.filter((i) => label(i).startsWith('.')).sort((a, b) => a.sortText!.localeCompare(b.sortText!));
		assert.deepStrictEqual(types.map(label).slice(0, 5), ['.person', '.org', '.place', '.date', '.role']);
		const range = types[0]!.range as vscode.Range;
		assert.ok(
			range.start.isEqual(at.translate(0, -1)) && range.end.isEqual(at.translate(0, 5)),
			`range ${JSON.stringify(range)}`,
		);
	});

	test('completion after `value=`: the resolved date, then the article date', async () => {
		const editor = await vscode.window.showTextDocument(document);
		const before = document.getText();
		const brace = positionOf(document, 'September 20]{.date}').translate(0, 'September 20]{.date'.length);
		await editor.edit((b) => b.insert(brace, ' value='));
		try {
			const items = await completions(document, brace.translate(0, 7), '=');
			assert.deepStrictEqual(items.filter((i) => /^\d{4}-/.test(label(i))).map(label), ['2024-09-20', '2024-09-18']);
		} finally {
			await vscode.commands.executeCommand('undo');
		}
		assert.strictEqual(document.getText(), before);
	});

	test('inlay hints: each date value after it, the missing one as `value?`', async () => {
		const hints = await eventually(
			() => inlayHints(document),
			(h) => h.length === 3,
			'three inlay hints',
		);
		assert.deepStrictEqual(hints, [
			'5:47 value? 2024-09-20 (Fri)',
			'5:97 = 2024-10-02 (Wed)',
			'6:56 = 2024-09-25 (Wed)',
		]);
	});

	test('code lens on the first line: the counts and the suggestions', async () => {
		const lenses = await eventually(
			() => codeLenses(document),
			(l) => l.length === 2,
			'two code lenses',
		);
		assert.strictEqual(lenses[0], '0:0 2 people · 1 organization · 2 places · 2 dates -> outline.focus');
		assert.strictEqual(lenses[1], '0:0 1 suggestion -> attache.nextSuggestion');
		// Clicking the suggestion count runs its command: the cursor goes to the suggestion.
		const editor = await vscode.window.showTextDocument(document);
		editor.selection = new vscode.Selection(0, 0, 0, 0);
		const lens = (
			await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)
		)[1]!;
		await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
		assert.deepStrictEqual(editor.selection.active, positionOf(document, 'September 25'));
	});

	test('switching inlay hints and code lens off in the settings takes effect at once, and back on', async () => {
		await setting('inlayHints.dateValues', false);
		await setting('codeLens.enabled', false);
		await eventually(
			() => inlayHints(document),
			(h) => h.length === 0,
			'no inlay hints',
		);
		await eventually(
			() => codeLenses(document),
			(l) => l.length === 0,
			'no code lenses',
		);
		await setting('inlayHints.dateValues', undefined);
		await setting('codeLens.enabled', undefined);
		await eventually(
			() => inlayHints(document),
			(h) => h.length === 3,
			'the inlay hints back',
		);
		await eventually(
			() => codeLenses(document),
			(l) => l.length === 2,
			'the code lenses back',
		);
	});
});
