import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, hoverText, openNews, positionOf, semanticTokens } from './util';

suite('Suggestions in a real VS Code', () => {
	let document: vscode.TextDocument;
	suiteSetup(async () => {
		document = await openNews('suggestions.news');
	});

	test('unannotated entities are highlighted with the suggested modifier', async () => {
		const tokens = await eventually(
			() => semanticTokens(document),
			(t) => t.some((x) => x.text === 'Halvik Water Board'),
			'suggestion tokens (the knowledge base is indexed in the background)',
		);
		const suggested = tokens.filter((t) => t.modifiers.includes('suggested')).map((t) => [t.text, t.type]);
		assert.deepStrictEqual(suggested, [
			['Foreign Minister', 'role'],
			['Tomas Brenner', 'person'],
			['Moscow', 'place'],
			['May 9', 'date'],
			['Brenner', 'person'],
			['Halvik Water Board', 'organization'],
		]);
	});

	test('hover says why, with what the knowledge base says', async () => {
		const text = await hoverText(document, positionOf(document, 'Halvik Water Board').translate(0, 3));
		assert.match(text, /\*\*Suggested organization\*\* · \d+% likely · Halvik Water Board/);
		assert.match(text, /From the knowledge base/);
		assert.match(text, /the water utility of Halvik, Norland/);
		const date = await hoverText(document, positionOf(document, 'May 9').translate(0, 1));
		assert.match(date, /2024-05-09.*Thursday, 9 May 2024/);
	});

	test('the quick fix annotates it in one undoable edit', async () => {
		const at = positionOf(document, 'Moscow').translate(0, 2);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
			'vscode.executeCodeActionProvider',
			document.uri,
			new vscode.Range(at, at),
		);
		const annotate = actions.find((a) => a.title === 'Annotate "Moscow" as place')!;
		const before = document.getText();
		assert.ok(await vscode.workspace.applyEdit(annotate.edit!));
		// With ../shared/corpus in the workspace, its knowledge base knows Moscow, and the annotation links to it.
		assert.match(document.getText(), /flew to \[Moscow\]\{\.place( ref=moscow)?\} on/);
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(document.getText(), before);
	});
});
