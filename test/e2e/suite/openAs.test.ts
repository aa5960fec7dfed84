import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, fileUri, openNews } from './util';

suite('Attache: Open as Annotated News', () => {
	suiteSetup(async () => {
		await openNews('ministers-meet.news');
	});

	test('switches a raw .txt article to the language and shows its article date in the outline', async () => {
		const document = await vscode.workspace.openTextDocument(fileUri('raw-article.txt'));
		await vscode.window.showTextDocument(document);
		assert.strictEqual(document.languageId, 'plaintext');
		await vscode.commands.executeCommand('attache.openAsAnnotatedNews');
		const switched = vscode.window.activeTextEditor!.document;
		assert.strictEqual(switched.languageId, 'annotated-news');
		const symbols = await eventually(
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', switched.uri),
			(s) => Array.isArray(s) && s.length > 0,
			'the outline of the switched article',
		);
		assert.strictEqual(symbols[0]!.name, 'Header');
		assert.strictEqual(symbols[0]!.children[0]!.name, 'Article date');
		assert.match(symbols[0]!.children[0]!.detail, /^2024-03-14 \(Thursday, 14 March 2024\)/);
	});

	test('is in the command palette under the Attache category', async () => {
		const commands = await vscode.commands.getCommands(true);
		assert.ok(commands.includes('attache.openAsAnnotatedNews'));
		const manifest = vscode.extensions.getExtension('attache.attache')!.packageJSON as {
			contributes: { commands: { command: string; category: string; title: string }[] };
		};
		const entry = manifest.contributes.commands.find((c) => c.command === 'attache.openAsAnnotatedNews');
		assert.deepStrictEqual([entry?.category, entry?.title], ['Attache', 'Open as Annotated News']);
	});
});
