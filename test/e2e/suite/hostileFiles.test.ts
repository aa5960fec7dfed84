import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, fileUri, hoverText, openNews } from './util';

/**
 * Files a user opens by mistake, in the real editor: a file above attache.limits.maxFileSize gets one warning and
 * nothing else; a megabyte of `[` gets its problems capped; and after both, a normal article still gets its hover.
 */
const run = Date.now().toString(36);
const encoder = new TextEncoder();

async function open(name: string, text: string): Promise<vscode.TextDocument> {
	const uri = fileUri('hostile', name);
	await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
	const document = await vscode.workspace.openTextDocument(uri);
	await vscode.window.showTextDocument(document, { preview: false });
	return document;
}

suite('Files opened by mistake, in a real VS Code', () => {
	const written: vscode.Uri[] = [];

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of written)
			await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
	});

	test('3 MB on one line: one warning that names the setting, and no other feature', async () => {
		const document = await open(
			`huge-${run}.news`,
			`date 2025-01-22 ${'[Ada Berg]{.person} met Tor Lund. '.repeat(90_000)}\n`,
		);
		written.push(document.uri);
		const diagnostics = await eventually(
			() => vscode.languages.getDiagnostics(document.uri),
			(d) => d.length > 0,
			'the size warning',
		);
		assert.deepStrictEqual(
			diagnostics.map((d) => String(d.code)),
			['attache.file-too-large'],
		);
		assert.match(diagnostics[0]!.message, /attache\.limits\.maxFileSize/);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
			'vscode.executeDocumentSymbolProvider',
			document.uri,
		);
		assert.deepStrictEqual(symbols ?? [], []);
	});

	test('a megabyte of [: the problems stop at a thousand and one that counts the rest', async () => {
		const document = await open(`brackets-${run}.news`, '['.repeat(1_000_000));
		written.push(document.uri);
		const diagnostics = await eventually(
			() => vscode.languages.getDiagnostics(document.uri),
			(d) => d.length > 0,
			'the capped problems',
		);
		assert.ok(diagnostics.length <= 1002, `${diagnostics.length} diagnostics`);
		assert.ok(
			diagnostics.some((d) => String(d.code) === 'attache.too-many-problems'),
			JSON.stringify([...new Set(diagnostics.map((d) => String(d.code)))]),
		);
	});

	test('afterwards a normal article still answers its hover', async () => {
		const article = await openNews('ministers-meet.news');
		const text = await eventually(
			() => hoverText(article, article.positionAt(article.getText().indexOf('Anna Lindqvist') + 2)),
			(t) => t.includes('Anna Lindqvist'),
			'the hover',
		);
		assert.match(text, /person/i);
	});
});
