import * as assert from 'assert';
import * as vscode from 'vscode';
import { keyboard, keyboardAvailable } from './keyboard';
import {
	applyInRefactorPreview,
	eventually,
	fileUri,
	hoverText,
	nextDiagnostics,
	openNews,
	positionOf,
	semanticTokens,
	workspaceUri,
} from './util';

/**
 * The knowledge base (entities.yaml) in a real VS Code, on the fixtures of test/fixtures/e2e/knowledge: Find All
 * References, Rename Symbol, hover and code lenses on its entries, the editor's unsaved text, its diagnostics, the
 * glob setting; and Link to Entity driven through its quick pick as a person does.
 */

const KB = ['knowledge', 'entities.yaml'] as const;
const TALKS = ['knowledge', 'grain-talks.news'] as const;
const HARVEST = ['knowledge', 'harvest-report.news'] as const;
const EXTRA = ['knowledge', 'people.kb.yaml'] as const;

const relative = (uri: vscode.Uri): string => uri.path.slice(workspaceUri().path.length + 1);
const where = (l: vscode.Location): [string, number, number, number, number] => [
	relative(l.uri),
	l.range.start.line,
	l.range.start.character,
	l.range.end.line,
	l.range.end.character,
];

const references = (document: vscode.TextDocument, position: vscode.Position) =>
	vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);

async function codeLenses(document: vscode.TextDocument): Promise<string[]> {
	const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
		'vscode.executeCodeLensProvider',
		document.uri,
	);
	return lenses.map((l) => `${l.range.start.line} ${l.command?.title} -> ${l.command?.command || '(none)'}`);
}

/** Puts back the text of files a test changed (open, dirty or saved). */
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

/** Applies a workspace edit, through VS Code's refactor preview when it shows one (Apply, as a person clicks it). */
const applyWithPreview = (edit: vscode.WorkspaceEdit): Promise<boolean> =>
	applyInRefactorPreview(vscode.workspace.applyEdit(edit, { isRefactoring: true }));

suite('The knowledge base (entities.yaml) in a real VS Code', () => {
	let kb: vscode.TextDocument;
	let talks: vscode.TextDocument;
	let harvest: vscode.TextDocument;
	let originals: Map<string, string>;

	suiteSetup(async () => {
		await openNews(...TALKS);
		talks = await vscode.workspace.openTextDocument(fileUri(...TALKS));
		harvest = await vscode.workspace.openTextDocument(fileUri(...HARVEST));
		kb = await vscode.workspace.openTextDocument(fileUri(...KB));
		await vscode.window.showTextDocument(kb);
		originals = new Map([kb, talks, harvest].map((d) => [d.uri.toString(), d.getText()]));
		// The index is built in the background: wait until it holds both articles.
		await eventually(
			() => references(kb, positionOf(kb, 'petra-vosk')),
			(l) => l.length === 4,
			'the references of petra-vosk',
		);
	});

	setup(async () => {
		await vscode.window.showTextDocument(kb);
	});

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		await restore(originals);
		await vscode.workspace
			.getConfiguration('attache')
			.update('knowledgeBase.glob', undefined, vscode.ConfigurationTarget.Workspace);
	});

	test('Find All References from the id, the name or an alias: the entry, then every mention in the articles', async () => {
		const expected = [
			['knowledge/entities.yaml', 1, 0, 1, 10],
			['knowledge/grain-talks.news', 4, 1, 4, 11],
			['knowledge/grain-talks.news', 6, 1, 6, 5],
			// CRLF, Cyrillic and an emoji before it: UTF-16 columns.
			['knowledge/harvest-report.news', 4, 10, 4, 20],
		];
		for (const needle of ['petra-vosk:', 'Petra Vosk', 'Vosk,', 'Петра Воск']) {
			assert.deepStrictEqual(
				(await references(kb, positionOf(kb, needle).translate(0, 2))).map(where),
				expected,
				needle,
			);
		}
		assert.deepStrictEqual(harvest.getText(new vscode.Range(4, 10, 4, 20)), 'Петра Воск');
		assert.deepStrictEqual(
			(await references(kb, positionOf(kb, 'ivan-vosk'))).map(where),
			[['knowledge/entities.yaml', 6, 0, 6, 9]],
			'no mentions: the entry alone',
		);
		assert.deepStrictEqual(await references(kb, positionOf(kb, 'type: org')), [], 'not on an entry');
	});

	test('hover on an entry: the entity card, with its mentions', async () => {
		const card = await hoverText(kb, positionOf(kb, 'Петра Воск').translate(0, 3));
		assert.strictEqual(
			card,
			'**Person** · Petra Vosk (`petra-vosk`)\n\nMinister of Trade of Ostmark\n\nAlso known as Vosk, Петра Воск\n\n3 mentions in 2 articles',
		);
		assert.match(await hoverText(kb, positionOf(kb, 'ivan-vosk')), /No mentions yet: link one with `ref=ivan-vosk`/);
	});

	test('a code lens above each entry runs Find All References; "no mentions yet" where there are none', async () => {
		assert.deepStrictEqual(await codeLenses(kb), [
			'1 3 mentions in 2 articles -> attache.showReferences',
			'6 no mentions yet -> (none)',
			'10 no mentions yet -> (none)',
		]);
		const [lens] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', kb.uri);
		const shown = await vscode.commands.executeCommand<vscode.Location[]>(
			lens!.command!.command,
			...(lens!.command!.arguments ?? []),
		);
		assert.deepStrictEqual(shown.map(where), [
			['knowledge/grain-talks.news', 4, 1, 4, 11],
			['knowledge/grain-talks.news', 6, 1, 6, 5],
			['knowledge/harvest-report.news', 4, 10, 4, 20],
		]);
		await vscode.commands.executeCommand('closeReferenceSearch');
		await vscode.workspace
			.getConfiguration('attache')
			.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
		try {
			await eventually(
				() => codeLenses(kb),
				(l) => l.length === 0,
				'the lenses gone with attache.codeLens.enabled off',
			);
		} finally {
			await vscode.workspace
				.getConfiguration('attache')
				.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
		}
		await eventually(
			() => codeLenses(kb),
			(l) => l.length === 3,
			'the lenses back',
		);
	});

	test('the unsaved text of entities.yaml counts: an entry typed in makes an unknown ref known, and one Undo takes it back', async () => {
		const unknownRef = () =>
			vscode.languages
				.getDiagnostics(harvest.uri)
				.filter((d) => d.code === 'attache.unknown-ref')
				.map((d) => harvest.getText(d.range));
		await eventually(unknownRef, (d) => d.join() === 'sarnhall', 'the unknown ref `sarnhall` in the harvest report');
		const editor = await vscode.window.showTextDocument(kb);
		const end = kb.positionAt(kb.getText().length);
		assert.ok(await editor.edit((b) => b.insert(end, 'sarnhall:\n  type: place\n  name: Sarnhall\n')));
		assert.ok(kb.isDirty, 'not saved');
		await eventually(unknownRef, (d) => d.length === 0, 'the ref known from the unsaved entry');
		assert.deepStrictEqual((await codeLenses(kb)).at(-1), '15 1 mention in 1 article -> attache.showReferences');
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(kb.getText(), originals.get(kb.uri.toString()));
		await eventually(unknownRef, (d) => d.join() === 'sarnhall', 'the unknown ref again');
	});

	test('Rename Symbol on an id: entities.yaml and every `ref=` in one edit; elsewhere a refusal says what to do', async () => {
		await assert.rejects(
			Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', kb.uri, positionOf(kb, 'Petra Vosk'))),
			/Rename Symbol renames ids: put the cursor on `petra-vosk`/,
		);
		assert.deepStrictEqual(
			await vscode.commands.executeCommand(
				'vscode.prepareRename',
				kb.uri,
				positionOf(kb, 'petra-vosk').translate(0, 3),
			),
			{
				range: new vscode.Range(1, 0, 1, 10),
				placeholder: 'petra-vosk',
			},
		);
		const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
			'vscode.executeDocumentRenameProvider',
			kb.uri,
			positionOf(kb, 'petra-vosk').translate(0, 3),
			'petra-lind',
		);
		assert.deepStrictEqual(
			edit
				.entries()
				.map(([uri, edits]) => [relative(uri), edits.map((e) => e.newText)])
				.sort(),
			[
				['knowledge/entities.yaml', ['petra-lind']],
				['knowledge/grain-talks.news', ['petra-lind', 'petra-lind']],
				['knowledge/harvest-report.news', ['petra-lind']],
			],
		);
		const before = [kb, talks, harvest].map((d) => d.getText());
		assert.strictEqual(await applyWithPreview(edit), true);
		assert.deepStrictEqual(
			[kb, talks, harvest].map((d) => d.getText()),
			[
				before[0]!.replace('petra-vosk:', 'petra-lind:'),
				before[1]!.replaceAll('ref=petra-vosk', 'ref=petra-lind'),
				before[2]!.replace('ref=petra-vosk', 'ref=petra-lind'),
			],
		);
		await eventually(
			() => codeLenses(kb),
			(l) => l[0] === '1 3 mentions in 2 articles -> attache.showReferences',
			'the lens of the renamed entry',
		);
		// One Undo restores the three files.
		await vscode.window.showTextDocument(kb);
		await vscode.commands.executeCommand('undo');
		assert.deepStrictEqual(
			[kb, talks, harvest].map((d) => d.getText()),
			before,
		);
		await restore(originals);
	});

	test('diagnostics: a malformed knowledge base is reported once, with nothing meant for articles, from the unsaved text', async () => {
		// In a folder of the fixtures, watched since VS Code started (see its README.md), so the new file is reported.
		const broken = fileUri('knowledge', 'broken', 'entities.yaml');
		await vscode.workspace.fs.writeFile(broken, Buffer.from('ada-berg: [\n  type: person\n'));
		try {
			const codes = () => vscode.languages.getDiagnostics(broken).map((d) => `${d.source} ${String(d.code)}`);
			await eventually(codes, (c) => c.length > 0, 'the diagnostic of the file on disk');
			// Opened, it is published again, from the editor's text: still once, and only the knowledge base's problem.
			const republished = nextDiagnostics(broken, 'the opened knowledge base');
			const document = await vscode.workspace.openTextDocument(broken);
			const editor = await vscode.window.showTextDocument(document);
			await republished;
			assert.deepStrictEqual(codes(), ['attache attache.knowledge-base-syntax']);
			assert.deepStrictEqual(await semanticTokens(document), [], 'no highlighting of articles in YAML');
			await editor.edit((b) =>
				b.replace(new vscode.Range(0, 0, 2, 0), 'ada-berg:\n  type: person\n  name: Ada Berg\n'),
			);
			await eventually(codes, (c) => c.length === 0, 'no diagnostic once the text is fixed, unsaved');
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
			await eventually(codes, (c) => c.join() === 'attache attache.knowledge-base-syntax', 'the text on disk again');
		} finally {
			await vscode.workspace.fs.delete(vscode.Uri.joinPath(broken, '..'), { recursive: true, useTrash: false });
		}
	});

	suite('Link to Entity, through its quick pick', () => {
		let editor: vscode.TextEditor;
		const cursorIn = (needle: string): void => {
			const at = positionOf(talks, needle).translate(0, 2);
			editor.selection = new vscode.Selection(at, at);
		};
		/** Runs the command as the palette does (no argument), plays the keys, then (its list shown) runs each command id. */
		async function link(keys: Parameters<typeof keyboard>, commands: readonly string[]): Promise<boolean> {
			const running = Promise.resolve(vscode.commands.executeCommand<boolean>('attache.linkToEntity'));
			await keyboard(
				{ waitFor: 'quickInput' },
				...keys,
				...(commands.length ? [{ waitFor: 'quickPickItem' } as const] : []),
			);
			for (const command of commands) await vscode.commands.executeCommand(command);
			return running;
		}

		setup(async function () {
			if (!keyboardAvailable()) {
				console.log('skipped: typing into a quick pick needs the keyboard of test/e2e/run.js');
				this.skip();
			}
			editor = await vscode.window.showTextDocument(talks);
		});
		teardown(async () => {
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		});

		test('the entity the text names is proposed first: Enter links it; one Undo', async () => {
			const before = talks.getText();
			cursorIn('Ostmark Grain Board');
			assert.strictEqual(await link([], ['workbench.action.acceptSelectedQuickOpenItem']), true);
			assert.strictEqual(
				talks.getText(),
				before.replace('[Ostmark Grain Board]{.org}', '[Ostmark Grain Board]{.org ref=ostmark-grain-board}'),
			);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(talks.getText(), before);
		});

		test('typing an alias (in Cyrillic) filters the pick to the entity it names', async () => {
			const before = talks.getText();
			cursorIn('the minister');
			assert.strictEqual(await link([{ type: 'Петра' }], ['workbench.action.acceptSelectedQuickOpenItem']), true);
			assert.strictEqual(
				talks.getText(),
				before.replace('[the minister]{.person}', '[the minister]{.person ref=petra-vosk}'),
			);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(talks.getText(), before);
		});

		test('typing a word of a description, or a name and moving down the list', async () => {
			const before = talks.getText();
			cursorIn('the trader');
			assert.strictEqual(await link([{ type: 'trader' }], ['workbench.action.acceptSelectedQuickOpenItem']), true);
			assert.strictEqual(
				talks.getText(),
				before.replace('[the trader]{.person}', '[the trader]{.person ref=ivan-vosk}'),
			);
			await vscode.commands.executeCommand('undo');
			cursorIn('the minister');
			// "vosk": Ivan Vosk, then Petra Vosk.
			assert.strictEqual(
				await link(
					[{ type: 'vosk' }],
					['workbench.action.quickOpenSelectNext', 'workbench.action.acceptSelectedQuickOpenItem'],
				),
				true,
			);
			assert.strictEqual(
				talks.getText(),
				before.replace('[the minister]{.person}', '[the minister]{.person ref=petra-vosk}'),
			);
			await vscode.commands.executeCommand('undo');
			assert.strictEqual(talks.getText(), before);
		});

		test('Escape closes the pick and changes nothing', async () => {
			const before = talks.getText();
			cursorIn('the trader');
			assert.strictEqual(await link([{ type: 'ivan' }, { press: 'Escape' }], []), false);
			assert.strictEqual(talks.getText(), before);
		});
	});

	test('the setting attache.knowledgeBase.glob decides which YAML files are knowledge bases, open or not', async () => {
		const extra = await vscode.workspace.openTextDocument(fileUri(...EXTRA));
		await vscode.window.showTextDocument(extra);
		assert.deepStrictEqual(await codeLenses(extra), [], 'not a knowledge base under the default glob');
		await vscode.workspace
			.getConfiguration('attache')
			.update('knowledgeBase.glob', '**/*.kb.yaml', vscode.ConfigurationTarget.Workspace);
		try {
			// The language server restarts with the new glob and reads the workspace again.
			await eventually(
				() => codeLenses(extra),
				(l) => l.length === 1,
				'the lens of people.kb.yaml',
			);
			assert.deepStrictEqual(await codeLenses(extra), ['1 1 mention in 1 article -> attache.showReferences']);
			assert.match(await hoverText(extra, positionOf(extra, 'sarnhall')), /\*\*Place\*\* · Sarnhall \(`sarnhall`\)/);
			assert.deepStrictEqual(await codeLenses(kb), [], 'entities.yaml is no knowledge base under this glob');
		} finally {
			await vscode.workspace
				.getConfiguration('attache')
				.update('knowledgeBase.glob', undefined, vscode.ConfigurationTarget.Workspace);
		}
		await eventually(
			() => codeLenses(kb),
			(l) => l.length === 3,
			'entities.yaml a knowledge base again',
		);
		assert.deepStrictEqual(await codeLenses(extra), []);
		await vscode.window
			.showTextDocument(extra)
			.then(() => vscode.commands.executeCommand('workbench.action.closeActiveEditor'));
	});
});
