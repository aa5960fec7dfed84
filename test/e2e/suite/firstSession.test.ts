import * as assert from 'assert';
import * as vscode from 'vscode';
import { keyboard, keyboardAvailable } from './keyboard';
import { eventually, fileUri, openNews, positionOf, semanticTokens } from './util';

/**
 * An analyst's first session on a raw article: the offer to open it as Annotated News, Convert with the place and
 * source filled and a .news that exists already, a part of a name snapping to the whole one, Accept All saying how many
 * of which types first (and its per-type variants), and outline ranges that let the breadcrumb follow the cursor.
 * The notification is answered by clicking its button, as a person does (test/e2e/keyboard.js). VS Code refuses to
 * show modal dialogs while extension tests run (the command fails with the dialog's text): the tests check that text
 * and that nothing changed, then answer through the commands' arguments (`existing`, `confirm: false`).
 */

interface OpenAsOffer {
	readonly uri: string;
	readonly answer: 'open' | 'never' | undefined;
}
interface Api {
	readonly ready: Promise<void>;
	readonly onDidOfferOpenAs: vscode.Event<OpenAsOffer>;
}

const FOLDER = ['first-session'] as const;
const RAW =
	"date 2025-01-22 BISHKEK, Kyrgyzstan, January 22. Russian Foreign Minister Sergey Lavrov and Kyrgyzstan's Foreign Minister Jeenbek Kulubayev signed a Program in Moscow, Trend reports.\n\nLavrov noted that Kulubayev and Lavrov met in Bishkek on January 21.\n";
const encoder = new TextEncoder();

async function api(): Promise<Api> {
	const exports = (await vscode.extensions.getExtension('attache.attache')!.activate()) as Api;
	await exports.ready;
	return exports;
}

/** The next offer event that `accept` accepts, from now on. */
function nextOffer(events: vscode.Event<OpenAsOffer>, accept: (o: OpenAsOffer) => boolean): Promise<OpenAsOffer> {
	return new Promise((resolve) => {
		const subscription = events((o) => {
			if (!accept(o)) return;
			subscription.dispose();
			resolve(o);
		});
	});
}

async function write(name: string, text: string): Promise<vscode.Uri> {
	const uri = fileUri(...FOLDER, name);
	await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
	return uri;
}

async function closeAll(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const within = (r: vscode.Range, p: vscode.Position): boolean => r.contains(p);

suite('First session of an analyst on a raw article', () => {
	const run = `${process.pid}-${Date.now()}`;

	suiteSetup(async () => {
		await openNews('ministers-meet.news');
	});

	suiteTeardown(async () => {
		await closeAll();
		await vscode.workspace.fs.delete(fileUri(...FOLDER), { recursive: true, useTrash: false });
	});

	test('a raw article offers Open as Annotated News once; the button switches it; never offered again for that file', async function () {
		if (!keyboardAvailable()) {
			console.log('skipped: clicking the notification needs the keyboard driver of test/e2e/run.js');
			this.skip();
		}
		const { onDidOfferOpenAs } = await api();
		const first = await write(`raw-${run}.txt`, RAW);
		const shown = nextOffer(onDidOfferOpenAs, (o) => o.uri === first.toString() && o.answer === undefined);
		const answered = nextOffer(onDidOfferOpenAs, (o) => o.uri === first.toString() && o.answer !== undefined);
		const document = await vscode.workspace.openTextDocument(first);
		await vscode.window.showTextDocument(document);
		assert.strictEqual(document.languageId, 'plaintext');
		await shown;
		await keyboard({ click: 'Open as Annotated News' });
		assert.strictEqual((await answered).answer, 'open');
		await eventually(
			() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === first.toString())?.languageId,
			(id) => id === 'annotated-news',
			'the language switched',
		);

		// Back to Plain Text and shown again: no offer for it. A second raw article is offered, and it is the only offer
		// made since (the offers are made as an editor becomes active, in order).
		const plain = await vscode.languages.setTextDocumentLanguage(
			vscode.workspace.textDocuments.find((d) => d.uri.toString() === first.toString())!,
			'plaintext',
		);
		const offers: OpenAsOffer[] = [];
		const listening = onDidOfferOpenAs((o) => offers.push(o));
		try {
			const second = await write(`other-${run}.txt`, 'VIENNA, 14 March (Reuters). Talks ended.\n');
			const secondShown = nextOffer(onDidOfferOpenAs, (o) => o.uri === second.toString() && o.answer === undefined);
			await vscode.window.showTextDocument(plain);
			await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
			await secondShown;
			assert.deepStrictEqual(
				offers.map((o) => o.uri),
				[second.toString()],
				'the first file was not offered again',
			);
			const never = nextOffer(onDidOfferOpenAs, (o) => o.uri === second.toString() && o.answer !== undefined);
			await keyboard({ click: "Don't Ask Again" });
			assert.strictEqual((await never).answer, 'never');
		} finally {
			listening.dispose();
			await closeAll();
		}
	});

	test('Convert Plain Article fills date, place and source; where the .news exists: Compare, Write Beside, nothing unanswered', async () => {
		const txt = await write(`seed-${run}.txt`, RAW);
		const created = await vscode.commands.executeCommand<string>('attache.convertPlainArticle', txt);
		const news = fileUri(...FOLDER, `seed-${run}.news`);
		assert.strictEqual(created, news.toString());
		const editor = vscode.window.activeTextEditor!;
		assert.ok(
			editor.document
				.getText()
				.startsWith('---\ndate: 2025-01-22\nplace: Bishkek\nsource: Trend\n---\nBISHKEK, Kyrgyzstan, January 22.'),
			editor.document.getText(),
		);

		const compared = await vscode.commands.executeCommand<string>('attache.convertPlainArticle', {
			uri: txt.toString(),
			existing: 'compare',
		});
		assert.ok(compared?.startsWith('untitled:'), `the converted text in an untitled editor: ${compared}`);
		const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
		assert.ok(tab?.input instanceof vscode.TabInputTextDiff, 'a diff editor');
		assert.strictEqual((tab.input as vscode.TabInputTextDiff).original.toString(), news.toString());
		assert.strictEqual((tab.input as vscode.TabInputTextDiff).modified.toString(), compared);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

		// The real path asks in a modal dialog, which VS Code refuses to show while extension tests run, naming its text.
		await assert.rejects(
			Promise.resolve(vscode.commands.executeCommand<string>('attache.convertPlainArticle', txt)),
			new RegExp(`refused to show dialog in tests\\. Contents: seed-${run}\\.news exists already\\.`),
		);
		await assert.rejects(
			Promise.resolve(vscode.workspace.fs.stat(fileUri(...FOLDER, `seed-${run}-2.news`))),
			'no file beside it without an answer',
		);
		const beside = await vscode.commands.executeCommand<string>('attache.convertPlainArticle', {
			uri: txt.toString(),
			existing: 'writeBeside',
		});
		assert.strictEqual(beside, fileUri(...FOLDER, `seed-${run}-2.news`).toString());
		assert.strictEqual(vscode.window.activeTextEditor!.document.uri.toString(), beside);
		assert.ok(vscode.window.activeTextEditor!.document.getText().includes('place: Bishkek'));
		assert.strictEqual(
			new TextDecoder().decode(await vscode.workspace.fs.readFile(news)),
			editor.document.getText(),
			'the existing .news untouched',
		);
		await closeAll();
	});

	test('Annotate Selection as Person on "Lavrov" inside the suggestion "Sergey Lavrov": the whole name, one Undo', async () => {
		const uri = await write(`snap-${run}.news`, `---\ndate: 2025-01-22\n---\n${RAW.slice('date 2025-01-22 '.length)}`);
		const document = await openNews(...FOLDER, `snap-${run}.news`);
		assert.strictEqual(document.uri.toString(), uri.toString());
		const editor = vscode.window.activeTextEditor!;
		const at = positionOf(document, 'Sergey Lavrov');
		// The suggestion is computed in the background: wait until it is highlighted.
		await eventually(
			() => semanticTokens(document),
			(t) => t.some((x) => x.text === 'Sergey Lavrov' && x.modifiers.includes('suggested')),
			'the suggestion "Sergey Lavrov"',
		);
		editor.selection = new vscode.Selection(at.translate(0, 7), at.translate(0, 13));
		assert.strictEqual(document.getText(editor.selection), 'Lavrov');
		assert.strictEqual(await vscode.commands.executeCommand<boolean>('attache.annotateAsPerson'), true);
		assert.match(document.getText(), /\[Sergey Lavrov\]\{\.person[ }]/);
		assert.ok(!document.getText().includes('Sergey [Lavrov]'), 'not half of the name');
		await vscode.commands.executeCommand('undo');
		assert.ok(!document.getText().includes('['), 'one Undo');
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('Accept All Suggestions in File asks first (nothing applied unanswered); per-type variants; one Undo', async () => {
		await write(`accept-${run}.news`, `---\ndate: 2025-01-22\n---\n${RAW.slice('date 2025-01-22 '.length)}`);
		const document = await openNews(...FOLDER, `accept-${run}.news`);
		const original = document.getText();
		// Only the places: no question asked of a caller that says so (confirm: false).
		await eventually(
			() => vscode.commands.executeCommand<boolean>('attache.acceptAllPlaceSuggestions', { confirm: false }),
			(ok) => ok === true,
			'the place suggestions',
		);
		const after = document.getText();
		assert.match(after, /\[Moscow\]\{\.place[ }]/);
		assert.ok(!after.includes('.person}') && !after.includes('.date'), 'only places');
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), original, 'one Undo');
		// The real path asks first in a modal dialog, which VS Code refuses to show while extension tests run, naming its
		// text: the count per type, the most first. Unanswered, nothing changes.
		await assert.rejects(
			Promise.resolve(vscode.commands.executeCommand<boolean>('attache.acceptAllSuggestions')),
			/refused to show dialog in tests\. Contents: Accept \d+ suggestions: \d+ people, \d+ places, \d+ dates, 2 roles, 1 organization\?/,
		);
		assert.strictEqual(document.getText(), original, 'not applied without Accept');
		const all = vscode.commands.executeCommand<boolean>('attache.acceptAllSuggestions', { confirm: false });
		assert.strictEqual(await all, true);
		assert.ok(
			document.getText().includes('.person') &&
				document.getText().includes('.place') &&
				document.getText().includes('.date'),
			document.getText(),
		);
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), original, 'one Undo takes all of them back');
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('the outline: no group holds the dateline; each group spans its entities only', async () => {
		const uri = await write(
			`outline-${run}.txt`,
			RAW.replace('Sergey Lavrov', '[Sergey Lavrov]{.person}').replace('in Bishkek', 'in [Bishkek]{.place}'),
		);
		const document = await vscode.languages.setTextDocumentLanguage(
			await vscode.workspace.openTextDocument(uri),
			'annotated-news',
		);
		await vscode.window.showTextDocument(document);
		const symbols = await eventually(
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => Array.isArray(s) && s.some((x) => x.name === 'People'),
			'the outline',
		);
		const dateline = positionOf(document, '2025-01-22').translate(0, 3);
		assert.deepStrictEqual(
			symbols.filter((s) => within(s.range, dateline)).map((s) => s.name),
			['Header'],
		);
		for (const group of symbols.filter((s) => s.name !== 'Header')) {
			const start = group.children.map((c) => c.range.start).reduce((a, b) => (a.isBefore(b) ? a : b));
			const end = group.children.map((c) => c.range.end).reduce((a, b) => (a.isAfter(b) ? a : b));
			assert.ok(group.range.isEqual(new vscode.Range(start, end)), `${group.name} spans its entities`);
			assert.ok(group.range.contains(group.selectionRange), `${group.name}: selection inside`);
		}
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});
