import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { eventually, fileUri, hoverText, positionOf, workspaceUri } from './util';

/**
 * Where Attache starts, in windows of their own (test/e2e/run.js opens each workspace of test/fixtures/e2e-activation
 * with these tests; the folder's name says which suite runs). None of these tests activates the extension itself:
 * VS Code must, from the activation events of package.json.
 */

const extension = (): vscode.Extension<unknown> => {
	const found = vscode.extensions.getExtension('attache.attache');
	assert.ok(found, 'the extension under test is installed');
	return found;
};
const folderName = path.basename(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '');
const relative = (uri: vscode.Uri): string => uri.path.slice(workspaceUri().path.length + 1);

async function codeLenses(document: vscode.TextDocument): Promise<string[]> {
	const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
		'vscode.executeCodeLensProvider',
		document.uri,
	);
	return lenses.map((l) => `${l.range.start.line} ${l.command?.title}`);
}

if (folderName.startsWith('knowledge-base-only-')) {
	suite('A folder with entities.yaml and no article: Attache starts, and the knowledge base gets its features', () => {
		let kb: vscode.TextDocument;

		test('no .news file in the folder, yet VS Code activates Attache (workspaceContains), before any file is opened', async () => {
			assert.deepStrictEqual(await vscode.workspace.findFiles('**/*.news'), []);
			assert.deepStrictEqual(
				vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()),
				[],
				'nothing opened yet',
			);
			await eventually(
				() => extension().isActive,
				(active) => active,
				'VS Code to activate Attache',
			);
		});

		test('opened first: code lenses above its entries, the entity card on hover', async () => {
			kb = await vscode.workspace.openTextDocument(fileUri('entities.yaml'));
			await vscode.window.showTextDocument(kb);
			assert.strictEqual(kb.languageId, 'yaml', 'still YAML: Attache adds to it, it does not take it over');
			await eventually(
				() => codeLenses(kb),
				(l) => l.length === 2,
				'the code lenses of the two complete entries',
			);
			assert.deepStrictEqual(await codeLenses(kb), ['1 no mentions yet', '6 no mentions yet']);
			assert.strictEqual(
				await hoverText(kb, positionOf(kb, 'Ильза Маррен').translate(0, 3)),
				'**Person** · Ilsa Marren (`ilsa-marren`)\n\nForeign Minister of Velmora\n\nAlso known as Marren, Ильза Маррен\n\nNo mentions yet: link one with `ref=ilsa-marren` or **Attache: Link to Entity**.',
			);
		});

		test('Find All References from an alias: the entry (no article refers to it yet)', async () => {
			const locations = await vscode.commands.executeCommand<vscode.Location[]>(
				'vscode.executeReferenceProvider',
				kb.uri,
				positionOf(kb, 'VGC').translate(0, 1),
			);
			assert.deepStrictEqual(
				locations.map((l) => [
					relative(l.uri),
					l.range.start.line,
					l.range.start.character,
					l.range.end.line,
					l.range.end.character,
				]),
				[['entities.yaml', 6, 0, 6, 21]],
			);
		});

		test('its problems are in the Problems panel: an entry without a name', async () => {
			const problems = await eventually(
				() => vscode.languages.getDiagnostics(kb.uri),
				(d) => d.length > 0,
				'the diagnostics of entities.yaml',
			);
			assert.deepStrictEqual(
				problems.map((d) => [d.source, d.code, d.range.start.line, d.message]),
				[['attache', 'attache.knowledge-base-syntax', 10, '`ostrel-port` has no `name:`.']],
			);
		});
	});
}

if (folderName.startsWith('other-yaml-')) {
	suite('A folder with other YAML files and no article: Attache stays asleep until an article is opened', () => {
		test('opening a YAML file that is no knowledge base does not start Attache', async () => {
			const config = await vscode.workspace.openTextDocument(fileUri('config.yaml'));
			await vscode.window.showTextDocument(config);
			assert.strictEqual(config.languageId, 'yaml');
			// onLanguage activation happens as the document opens. This is the one wait on time in the suite: it proves
			// an absence, which no event can announce; a slow machine could only make it pass wrongly, never fail.
			await new Promise((r) => setTimeout(r, 3000));
			assert.strictEqual(extension().isActive, false, 'Attache is not active for a YAML file of another kind');
			assert.deepStrictEqual(await codeLenses(config), []);
		});

		test('an article opened afterwards starts it (onLanguage:annotated-news)', async () => {
			const article = await vscode.workspace.openTextDocument({
				language: 'annotated-news',
				content: '---\ndate: 2025-03-10\n---\n[Ilsa Marren]{.person} spoke.\n',
			});
			await vscode.window.showTextDocument(article);
			await eventually(
				() => extension().isActive,
				(active) => active,
				'VS Code to activate Attache',
			);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		});
	});
}
