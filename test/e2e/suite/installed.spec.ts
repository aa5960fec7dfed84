// Checks of the extension as users get it: installed from its .vsix (test/e2e/installed.js), not loaded from the
// checkout. The language server, the grammar and the documents all come from the package.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { eventually, hoverText, openNews, positionOf, semanticTokens } from './util';

suite('The installed extension (.vsix)', () => {
	const extension = () => vscode.extensions.getExtension('attache.attache');

	test('is the installed package, not a development checkout', () => {
		const ext = extension();
		assert.ok(ext, 'attache.attache is installed');
		const installed = process.env.ATTACHE_E2E_EXTENSIONS_DIR;
		assert.ok(installed, 'the driver says where it installed the package');
		assert.ok(
			ext.extensionPath.startsWith(fs.realpathSync(installed) + path.sep) ||
				ext.extensionPath.startsWith(installed + path.sep),
			`${ext.extensionPath} is under ${installed}`,
		);
		assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
	});

	test('ships its bundles, the user guide, the format and the walkthrough, and nothing of the sources', () => {
		const root = extension()!.extensionPath;
		for (const f of [
			'dist/client.js',
			'dist/server.js',
			'dist/cli.js',
			'docs/format.md',
			'docs/user-guide.md',
			'syntaxes/annotated-news.tmLanguage.json',
		]) {
			assert.ok(fs.existsSync(path.join(root, f)), `${f} is in the package`);
		}
		const walkthroughs = extension()!.packageJSON.contributes.walkthroughs as {
			steps: { media: { markdown?: string; image?: string } }[];
		}[];
		for (const step of walkthroughs.flatMap((w) => w.steps)) {
			const media = step.media.markdown ?? step.media.image ?? '';
			assert.ok(fs.existsSync(path.join(root, media)), `${media} is in the package`);
		}
		for (const absent of ['server/src', 'client/src', 'test', 'node_modules', 'package-lock.json'])
			assert.ok(!fs.existsSync(path.join(root, absent)), `${absent} is not in the package`);
	});

	test('an article opens as Annotated News, with highlighting, an outline and hover from the packaged server', async () => {
		const document = await openNews('ministers-meet.news');
		assert.strictEqual(document.languageId, 'annotated-news');
		const tokens = await eventually(
			() => semanticTokens(document),
			(t) => t.length > 0,
			'semantic tokens',
		);
		assert.ok(
			tokens.some((t) => t.text === 'Anna Lindqvist' && t.type === 'person'),
			'the person is highlighted as a person',
		);
		const symbols = await eventually(
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => (s?.length ?? 0) > 0,
			'the outline',
		);
		assert.ok(
			symbols.some((s) => s.name === 'People'),
			`the outline lists People: ${symbols.map((s) => s.name).join(', ')}`,
		);
		const hover = await hoverText(document, positionOf(document, 'June 30').translate(0, 2));
		assert.match(hover, /Sunday, 30 June 2024/);
	});

	test('a command of the package edits the article in one undoable edit', async () => {
		const document = await openNews('suggestions.news');
		const editor = await vscode.window.showTextDocument(document);
		const before = document.getText();
		await eventually(
			() => semanticTokens(document),
			(t) => t.some((k) => k.text === 'Moscow' && k.modifiers.includes('suggested')),
			'Moscow as a suggestion',
		);
		const at = positionOf(document, 'Moscow').translate(0, 2);
		editor.selection = new vscode.Selection(at, at);
		await vscode.commands.executeCommand('attache.acceptSuggestion');
		await eventually(
			() => document.getText(),
			(t) => t !== before,
			'the accepted suggestion',
		);
		assert.match(document.getText(), /\[Moscow\]\{\.place/);
		await vscode.commands.executeCommand('undo');
		await eventually(
			() => document.getText(),
			(t) => t === before,
			'one undo to take it back',
		);
	});
});
