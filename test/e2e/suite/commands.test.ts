import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyInRefactorPreview, eventually, fileUri, hoverText, openNews, positionOf, semanticTokens } from './util';

/**
 * The editing commands in a real VS Code, on the fixtures of test/fixtures/e2e/commands: each runs through
 * vscode.commands.executeCommand (arguments stand in for the pickers), changes the text exactly, leaves the cursor
 * where a person expects it (`|` in the expected texts), and one Undo restores the original.
 */

const CORRIDOR = ['commands', 'corridor.news'] as const;
const FOLLOWUP = ['commands', 'corridor-followup.news'] as const;
const KB = ['commands', 'entities.yaml'] as const;

const editorOf = (document: vscode.TextDocument): vscode.TextEditor => {
	const editor = vscode.window.activeTextEditor;
	assert.ok(editor && editor.document === document, 'the article is the active editor');
	return editor;
};

/** The text with the cursor marked `|`. */
function withCursor(editor: vscode.TextEditor): string {
	const text = editor.document.getText();
	const at = editor.document.offsetAt(editor.selection.active);
	return text.slice(0, at) + '|' + text.slice(at);
}

function select(editor: vscode.TextEditor, needle: string, nth = 0): void {
	const start = positionOf(editor.document, needle, nth);
	editor.selection = new vscode.Selection(start, start.translate(0, needle.length));
}

function cursorAt(editor: vscode.TextEditor, needle: string, delta = 0, nth = 0): void {
	const at = positionOf(editor.document, needle, nth).translate(0, delta);
	editor.selection = new vscode.Selection(at, at);
}

/** Runs the command, checks the text and cursor it leaves, then that one Undo restores the article. */
async function runAndUndo(
	document: vscode.TextDocument,
	command: string,
	args: unknown,
	expected: string,
): Promise<void> {
	const before = document.getText();
	const editor = editorOf(document);
	const applied = await vscode.commands.executeCommand<boolean>(command, args);
	assert.strictEqual(applied, true, `${command} applied its edit`);
	assert.strictEqual(withCursor(editor), expected);
	await vscode.commands.executeCommand('undo');
	assert.strictEqual(document.getText(), before, 'one Undo restores the article');
}

/** Puts back what a test changed in files other than the active article (dirty or saved). */
async function restore(originals: Map<string, string>): Promise<void> {
	for (const [uri, text] of originals) {
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
		if (document.getText() !== text) {
			const edit = new vscode.WorkspaceEdit();
			edit.replace(
				document.uri,
				new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
				text,
			);
			await vscode.workspace.applyEdit(edit);
		}
		if (document.isDirty) await document.save();
	}
}

async function snapshot(...files: (readonly string[])[]): Promise<Map<string, string>> {
	const map = new Map<string, string>();
	for (const f of files)
		map.set(fileUri(...f).toString(), (await vscode.workspace.openTextDocument(fileUri(...f))).getText());
	return map;
}

suite('Editing commands in a real VS Code', () => {
	let document: vscode.TextDocument;
	let text: string;
	let originals: Map<string, string>;

	suiteSetup(async () => {
		originals = await snapshot(CORRIDOR, FOLLOWUP, KB);
		document = await openNews(...CORRIDOR);
		text = document.getText();
		// The knowledge base is indexed in the background: wait until its names are suggested.
		await eventually(
			() => semanticTokens(document),
			(t) => t.some((x) => x.text === 'Marren' && x.modifiers.includes('suggested')),
			'the suggestions of the knowledge base',
		);
	});

	setup(async () => {
		await vscode.window.showTextDocument(document);
	});

	suiteTeardown(async () => {
		await restore(originals);
		await vscode.workspace
			.getConfiguration('attache')
			.update('customTypes', undefined, vscode.ConfigurationTarget.Workspace);
	});

	test('Annotate Selection as Person: the cursor after `]{...}`', async () => {
		select(editorOf(document), 'trade envoy');
		await runAndUndo(
			document,
			'attache.annotateAsPerson',
			undefined,
			text.replace('trade envoy', '[trade envoy]{.person}|'),
		);
	});

	test('Annotate Selection as Date without a selection: the suggestion under the cursor, with its resolved value', async () => {
		cursorAt(editorOf(document), 'June 2', 2);
		await runAndUndo(
			document,
			'attache.annotateAsDate',
			undefined,
			text.replace('June 2', '[June 2]{.date value=2025-06-02}|'),
		);
	});

	test('Annotate Selection as Organization without a selection or suggestion: the word under the cursor', async () => {
		cursorAt(editorOf(document), 'memorandum', 4);
		await runAndUndo(
			document,
			'attache.annotateAsOrganization',
			undefined,
			text.replace('memorandum', '[memorandum]{.org}|'),
		);
	});

	test('Annotate Selection as... a custom type from the settings', async () => {
		await vscode.workspace
			.getConfiguration('attache')
			.update('customTypes', ['event'], vscode.ConfigurationTarget.Workspace);
		const editor = editorOf(document);
		select(editor, 'Brisk corridor', 1);
		const before = document.getText();
		// The server reads the new setting asynchronously: until then it refuses the unknown type.
		await eventually(
			() => vscode.commands.executeCommand<boolean>('attache.annotateAs', { type: 'event' }),
			(ok) => ok === true,
			'the custom type',
		);
		assert.strictEqual(
			withCursor(editor),
			text.replace('the Brisk corridor opens', 'the [Brisk corridor]{.event}| opens'),
		);
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), before);
	});

	test('Accept Suggestion at the cursor, with the ref the knowledge base gives', async () => {
		cursorAt(editorOf(document), 'Marren said', 3);
		await runAndUndo(
			document,
			'attache.acceptSuggestion',
			undefined,
			text.replace('Marren said', '[Marren]{.person ref=ilsa-marren}| said'),
		);
	});

	test('Accept All Suggestions in File: one edit, the cursor stays on its text', async () => {
		const followup = await openNews(...FOLLOWUP);
		cursorAt(editorOf(followup), 'crossing', 2);
		await eventually(
			() => semanticTokens(followup),
			(t) => t.some((x) => x.text === 'Marren'),
			'the suggestions of the follow-up',
		);
		const original = followup.getText();
		await runAndUndo(
			followup,
			'attache.acceptAllSuggestions',
			{ confirm: false },
			original
				.replace('Marren', '[Marren]{.person ref=ilsa-marren}')
				.replace('April 9', '[April 9]{.date value=2025-04-09}')
				.replace('crossing', 'cr|ossing'),
		);
	});

	test('Go to Next / Previous Suggestion move the cursor, wrapping around', async () => {
		const editor = editorOf(document);
		const cursor = (): string =>
			document.getText(new vscode.Range(editor.selection.active, editor.selection.active.translate(0, 6)));
		cursorAt(editor, 'Velmora', 0, 1);
		assert.strictEqual(await vscode.commands.executeCommand('attache.nextSuggestion'), true);
		assert.strictEqual(cursor(), 'Ostrel');
		assert.ok(editor.selection.isEmpty);
		await vscode.commands.executeCommand('attache.nextSuggestion');
		assert.strictEqual(cursor(), 'Marren');
		await vscode.commands.executeCommand('attache.previousSuggestion');
		assert.strictEqual(cursor(), 'Ostrel');
		cursorAt(editor, 'KESSEL');
		await vscode.commands.executeCommand('attache.previousSuggestion');
		assert.strictEqual(cursor(), 'June 2', 'wraps around to the last');
		await vscode.commands.executeCommand('attache.nextSuggestion');
		assert.strictEqual(cursor(), 'KESSEL', 'and back to the first');
	});

	test('Remove Annotation keeps the text', async () => {
		cursorAt(editorOf(document), 'Ostrel]', 2);
		await runAndUndo(document, 'attache.removeAnnotation', undefined, text.replace('[Ostrel]{.place}', 'Os|trel'));
	});

	test('Change Type (the type as argument instead of the quick pick)', async () => {
		cursorAt(editorOf(document), 'Kessel]', 1);
		await runAndUndo(
			document,
			'attache.changeType',
			{ type: 'org' },
			text.replace('[Kessel]{.place}', '[K|essel]{.org}'),
		);
	});

	test('Set Date Value (the value as argument instead of the input box)', async () => {
		cursorAt(editorOf(document), 'Monday', 2);
		await runAndUndo(
			document,
			'attache.setDateValue',
			{ value: '2025-03-10' },
			text.replace('[Monday]{.date}', '[Mo|nday]{.date value=2025-03-10}'),
		);
	});

	test('Annotate All Occurrences in File: every unannotated one', async () => {
		select(editorOf(document), 'Velmora', 1);
		await runAndUndo(
			document,
			'attache.annotateOccurrencesInFile',
			{ type: 'place' },
			text.replace('Marren of Velmora', 'Marren of [Velmora]{.place}|'),
		);
	});

	test('Link to Entity sets ref (the id as argument instead of the quick pick)', async () => {
		cursorAt(editorOf(document), 'Velmora Grain', 2);
		const linked = text.replace(
			'[Velmora Grain Council]{.org ref=velmora-grain-council}',
			'[Ve|lmora Grain Council]{.org ref=velmora-grain-council}',
		);
		assert.strictEqual(
			await vscode.commands.executeCommand('attache.linkToEntity', { id: 'velmora-grain-council' }),
			false,
			'linked already: nothing to do',
		);
		assert.strictEqual(withCursor(editorOf(document)), linked);
		select(editorOf(document), 'Ilsa Marren');
		await runAndUndo(
			document,
			'attache.linkToEntity',
			{ id: 'ilsa-marren' },
			text.replace('Ilsa Marren', '[Ilsa Marren]{.person ref=ilsa-marren}|'),
		);
	});

	test('CRLF, Cyrillic and emoji in an untitled article', async () => {
		const crlf = await vscode.workspace.openTextDocument({
			language: 'annotated-news',
			content: '---\r\ndate: 2025-03-10\r\n---\r\n😀 Встреча: Сергей Лавров прибыл 🇷🇺.\r\n',
		});
		const editor = await vscode.window.showTextDocument(crlf);
		select(editor, 'Сергей Лавров');
		// the shared corpus's knowledge base (when present) has `sergey-lavrov` in Latin letters: the Cyrillic name links to it
		let sharedKb = false;
		try {
			await vscode.workspace.fs.stat(fileUri('shared-corpus', 'entities.yaml'));
			sharedKb = true;
		} catch {
			// absent: no entry to link to
		}
		const attrs = sharedKb ? '.person ref=sergey-lavrov' : '.person';
		await runAndUndo(
			crlf,
			'attache.annotateAsPerson',
			undefined,
			`---\r\ndate: 2025-03-10\r\n---\r\n😀 Встреча: [Сергей Лавров]{${attrs}}| прибыл 🇷🇺.\r\n`,
		);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('Accept All Suggestions of This Entity in the Workspace: after the refactor preview, every article', async () => {
		const followup = await vscode.workspace.openTextDocument(fileUri(...FOLLOWUP));
		await vscode.window.showTextDocument(document);
		cursorAt(editorOf(document), 'Marren said', 2);
		const running = Promise.resolve(vscode.commands.executeCommand<boolean>('attache.acceptEntityInWorkspace'));
		// VS Code shows its refactor preview, every change checked, and waits: apply it as a person would (Ctrl+Enter).
		const applied = await applyInRefactorPreview(running);
		assert.strictEqual(applied, true, `applied (the article: ${document.getText().slice(-300)})`);
		assert.strictEqual(
			document.getText(),
			text
				.replace('Ilsa Marren of', '[Ilsa Marren]{.person ref=ilsa-marren} of')
				.replace('Marren said', '[Marren]{.person ref=ilsa-marren} said'),
		);
		assert.strictEqual(
			followup.getText(),
			originals.get(fileUri(...FOLLOWUP).toString())!.replace('Marren', '[Marren]{.person ref=ilsa-marren}'),
		);
		await restore(originals);
	});

	test('Annotate All Occurrences in Workspace: this article and the others, in one edit (preview off by argument)', async () => {
		const followup = await vscode.workspace.openTextDocument(fileUri(...FOLLOWUP));
		await vscode.window.showTextDocument(document);
		select(editorOf(document), 'corridor', 1);
		assert.strictEqual(
			await vscode.commands.executeCommand('attache.annotateOccurrencesInWorkspace', { type: 'place', preview: false }),
			true,
		);
		assert.strictEqual(
			withCursor(editorOf(document)),
			text.replace('Brisk corridor opens', 'Brisk [corridor]{.place}| opens'),
		);
		assert.strictEqual(
			followup.getText(),
			originals.get(fileUri(...FOLLOWUP).toString())!.replace('the corridor', 'the [corridor]{.place}'),
		);
		await restore(originals);
	});

	test('Add to Knowledge Base: the entry and the link in one edit (preview off by argument)', async () => {
		await vscode.window.showTextDocument(document);
		cursorAt(editorOf(document), 'Ostrel]', 2);
		const applied = await vscode.commands.executeCommand<boolean>('attache.addToKnowledgeBase', {
			id: 'ostrel',
			preview: false,
		});
		assert.strictEqual(applied, true);
		assert.strictEqual(document.getText(), text.replace('[Ostrel]{.place}', '[Ostrel]{.place ref=ostrel}'));
		const kb = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(...KB)));
		assert.strictEqual(
			kb,
			originals.get(fileUri(...KB).toString()) + 'ostrel:\n  type: place\n  name: Ostrel\n',
			'the knowledge base is saved',
		);
		await restore(originals);
	});

	test('Ignore Suggestion (as its quick fix runs it): a `type: none` entry, and the suggestion is gone', async () => {
		await vscode.window.showTextDocument(document);
		const position = positionOf(document, 'KESSEL').translate(0, 2);
		const applied = await vscode.commands.executeCommand<boolean>('attache.ignoreSuggestion', {
			uri: document.uri.toString(),
			position: { line: position.line, character: position.character },
		});
		assert.strictEqual(applied, true);
		assert.strictEqual(document.getText(), text, 'the article is not changed');
		const kb = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(...KB)));
		assert.strictEqual(kb, originals.get(fileUri(...KB).toString()) + 'kessel:\n  type: none\n  name: KESSEL\n');
		await eventually(
			() => semanticTokens(document),
			(t) => !t.some((x) => x.text === 'KESSEL' && x.modifiers.includes('suggested')),
			'KESSEL no longer suggested',
		);
		await restore(originals);
	});

	suite('with entities.yaml open and unsaved: its current text is edited, and it stays unsaved', () => {
		/** Typed into entities.yaml and not saved: an entry whose last line has no line break yet. */
		const TYPED = 'kessel:\n  type: place\n  name: Kessel Port';
		let kb: vscode.TextDocument;
		let saved: string;
		let typed: string;
		const onDisk = async (): Promise<string> =>
			new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(...KB)));

		setup(async () => {
			kb = await vscode.workspace.openTextDocument(fileUri(...KB));
			saved = kb.getText();
			const kbEditor = await vscode.window.showTextDocument(kb);
			assert.ok(await kbEditor.edit((b) => b.insert(kb.positionAt(saved.length), TYPED)));
			typed = kb.getText();
			assert.ok(kb.isDirty);
			// The language server has the unsaved entry once it answers from it.
			await eventually(
				() => hoverText(kb, positionOf(kb, 'Kessel Port')),
				(h) => h.includes('Kessel Port (`kessel`)'),
				'the hover of the unsaved entry',
			);
			await vscode.window.showTextDocument(document);
		});
		teardown(async () => {
			await restore(originals);
		});

		test('Add to Knowledge Base: the entry after the unsaved text and the link, in one edit; one Undo restores both files', async () => {
			cursorAt(editorOf(document), 'Ostrel]', 2);
			assert.strictEqual(
				await vscode.commands.executeCommand<boolean>('attache.addToKnowledgeBase', { id: 'ostrel', preview: false }),
				true,
			);
			assert.strictEqual(
				withCursor(editorOf(document)),
				text.replace('[Ostrel]{.place}', '[Os|trel]{.place ref=ostrel}'),
			);
			assert.strictEqual(
				kb.getText(),
				`${saved}${TYPED}\nostrel:\n  type: place\n  name: Ostrel\n`,
				'a line break first: the unsaved text ends without one',
			);
			assert.ok(kb.isDirty, 'entities.yaml stays unsaved, for the analyst to save');
			assert.strictEqual(await onDisk(), saved, 'nothing written to disk');
			assert.ok(
				!document.isDirty,
				'the article, which had no unsaved changes, is saved as VS Code saves the files of a refactoring',
			);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(document.getText(), text, 'one Undo restores the article');
			assert.strictEqual(kb.getText(), typed, 'and entities.yaml as it was typed');
		});

		test('Ignore Suggestion: the unsaved entries count (`kessel` is taken); one Undo in entities.yaml restores it', async () => {
			await eventually(
				() => semanticTokens(document),
				(t) => t.some((x) => x.text === 'KESSEL' && x.modifiers.includes('suggested')),
				'KESSEL suggested',
			);
			const position = positionOf(document, 'KESSEL').translate(0, 2);
			assert.strictEqual(
				await vscode.commands.executeCommand<boolean>('attache.ignoreSuggestion', {
					uri: document.uri.toString(),
					position: { line: position.line, character: position.character },
				}),
				true,
			);
			assert.strictEqual(document.getText(), text, 'the article is not changed');
			assert.strictEqual(kb.getText(), `${saved}${TYPED}\nkessel-2:\n  type: none\n  name: KESSEL\n`);
			assert.ok(kb.isDirty);
			assert.strictEqual(await onDisk(), saved);
			await eventually(
				() => semanticTokens(document),
				(t) => !t.some((x) => x.text === 'KESSEL' && x.modifiers.includes('suggested')),
				'KESSEL no longer suggested',
			);
			await vscode.window.showTextDocument(kb);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(kb.getText(), typed, 'one Undo restores entities.yaml as it was typed');
		});
	});

	test('Add to Knowledge Base with an entities.yaml that is not open: written as it is on disk, and saved', async () => {
		// A folder of the fixtures, watched since VS Code started (see its README.md): in a folder created here, the
		// file watcher could miss entities.yaml, and the server would never read it.
		const folder = fileUri('commands', 'unopened');
		const kbUri = vscode.Uri.joinPath(folder, 'entities.yaml');
		const KB_TEXT =
			'# Written before the test opens anything (fictional).\r\nbrisk-office:\r\n    type: org\r\n    name: Brisk Corridor Office\r\n';
		const ARTICLE =
			'---\ndate: 2025-03-11\n---\nThe [Brisk Corridor Office]{.org ref=brisk-office} met [Ада Веллер]{.person} 😀.\n';
		await vscode.workspace.fs.writeFile(kbUri, new TextEncoder().encode(KB_TEXT));
		await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'talks.news'), new TextEncoder().encode(ARTICLE));
		try {
			const article = await openNews('commands', 'unopened', 'talks.news');
			// The server has read entities.yaml from disk once the hover of the ref tells its name.
			await eventually(
				() => hoverText(article, positionOf(article, 'Corridor')),
				(h) => h.includes('Refers to **Brisk Corridor Office**'),
				'brisk-office known',
			);
			assert.ok(
				!vscode.workspace.textDocuments.some((d) => d.uri.toString() === kbUri.toString()),
				'entities.yaml is not open',
			);
			cursorAt(editorOf(article), 'Веллер', 2);
			assert.strictEqual(
				await vscode.commands.executeCommand<boolean>('attache.addToKnowledgeBase', {
					id: 'ada-veller',
					preview: false,
				}),
				true,
			);
			// a Cyrillic name is recorded in Latin letters too, with the surname
			const expected = `${KB_TEXT}ada-veller:\r\n    type: person\r\n    name: Ада Веллер\r\n    aliases: [Ada Veller, Veller]\r\n`;
			assert.strictEqual(article.getText(), ARTICLE.replace('{.person}', '{.person ref=ada-veller}'));
			assert.strictEqual(
				new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri)),
				expected,
				'saved: it had no unsaved changes',
			);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(article.getText(), ARTICLE, 'one Undo restores the article');
			assert.strictEqual((await vscode.workspace.openTextDocument(kbUri)).getText(), KB_TEXT, 'and entities.yaml');
		} finally {
			for (const d of vscode.workspace.textDocuments.filter((x) => x.uri.path.startsWith(folder.path + '/'))) {
				await vscode.window.showTextDocument(d);
				await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
			}
			await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
		}
	});

	test('Convert Plain Article: a .news beside the .txt with the dateline as front matter; it opens', async () => {
		const created = await vscode.commands.executeCommand<string>(
			'attache.convertPlainArticle',
			fileUri('commands', 'plain-article.txt'),
		);
		try {
			assert.strictEqual(created, fileUri('commands', 'plain-article.news').toString());
			const editor = vscode.window.activeTextEditor!;
			assert.strictEqual(editor.document.uri.toString(), created);
			assert.strictEqual(editor.document.languageId, 'annotated-news');
			assert.strictEqual(
				withCursor(editor),
				'---\ndate: 2025-03-10\nplace: Kessel\n---\n|KESSEL, March 10. The Brisk corridor between Velmora and Ostrel opened today.\n\nIts first convoy left on Tuesday.\n',
			);
			assert.strictEqual(editor.document.isDirty, false, 'saved');
			assert.strictEqual(
				await vscode.commands.executeCommand('attache.convertPlainArticle', {
					uri: fileUri('commands', 'plain-article.txt').toString(),
					existing: 'open',
				}),
				created,
				'never over an existing file: it opens',
			);
		} finally {
			await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
			await vscode.workspace.fs.delete(fileUri('commands', 'plain-article.news'));
		}
	});

	test('every command is in the palette for Annotated News, with keybindings for the everyday ones', () => {
		const manifest = vscode.extensions.getExtension('attache.attache')!.packageJSON as {
			contributes: {
				commands: { command: string; category: string }[];
				keybindings: { command: string; key: string; when: string }[];
				menus: { commandPalette: { command: string; when: string }[] };
			};
		};
		const keys = Object.fromEntries(
			manifest.contributes.keybindings.filter((k) => k.command.startsWith('attache.')).map((k) => [k.command, k.key]),
		);
		assert.deepStrictEqual(
			[
				keys['attache.annotateAsPerson'],
				keys['attache.annotateAsOrganization'],
				keys['attache.annotateAsPlace'],
				keys['attache.annotateAsDate'],
				keys['attache.acceptSuggestion'],
				keys['attache.nextSuggestion'],
				keys['attache.previousSuggestion'],
			],
			['ctrl+alt+a p', 'ctrl+alt+a o', 'ctrl+alt+a l', 'ctrl+alt+a d', 'ctrl+alt+a enter', 'ctrl+f8', 'ctrl+shift+f8'],
		);
		for (const k of manifest.contributes.keybindings.filter((x) => x.command.startsWith('attache.')))
			assert.strictEqual(k.when, 'editorTextFocus && editorLangId == annotated-news');
		const palette = Object.fromEntries(manifest.contributes.menus.commandPalette.map((m) => [m.command, m.when]));
		assert.strictEqual(palette['attache.annotateAsPerson'], 'editorLangId == annotated-news');
		assert.strictEqual(palette['attache.convertPlainArticle'], 'resourceExtname == .txt');
	});
});
