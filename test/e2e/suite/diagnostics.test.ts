import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, openNews } from './util';

suite('Diagnostics and quick fixes in a real VS Code', () => {
	let document: vscode.TextDocument;

	suiteSetup(async () => {
		document = await openNews('broken.news');
	});

	test('malformed annotations are reported with stable codes', async () => {
		const diagnostics = await eventually(
			() => vscode.languages.getDiagnostics(document.uri),
			(d) => d.length >= 7,
			'diagnostics',
		);
		const codes = diagnostics.map((d) => String(d.code)).sort();
		assert.deepStrictEqual(codes, [
			'attache.invalid-date-value',
			'attache.missing-type',
			'attache.multiple-types',
			'attache.no-article-date',
			'attache.unclosed-brace',
			'attache.unclosed-bracket',
			'attache.unknown-type',
		]);
		assert.ok(diagnostics.every((d) => d.source === 'attache'));
	});

	test('the quick fix for an unknown type corrects it in one undoable edit', async () => {
		const at = document.positionAt(document.getText().indexOf('.persn') + 2);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
			'vscode.executeCodeActionProvider',
			document.uri,
			new vscode.Range(at, at),
		);
		const preferred = actions.find((a) => a.isPreferred);
		assert.strictEqual(preferred?.title, 'Change the type to .person');
		const before = document.getText();
		assert.ok(await vscode.workspace.applyEdit(preferred!.edit!));
		assert.ok(document.getText().includes('[Anna Lindqvist]{.person}'));
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), before);
	});
});
