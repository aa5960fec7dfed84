import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, hoverText, openNews, positionOf, semanticTokens } from './util';

suite('A Russian article in a real VS Code', () => {
	let document: vscode.TextDocument;
	suiteSetup(async () => {
		document = await openNews('russian.news');
	});

	test('Russian suggestions are highlighted, inflected forms included', async () => {
		const tokens = await eventually(
			() => semanticTokens(document),
			(t) => t.some((x) => x.text === 'Вельдту' && x.modifiers.includes('suggested')),
			'the Russian suggestions',
		);
		const suggested = tokens.filter((t) => t.modifiers.includes('suggested')).map((t) => [t.text, t.type]);
		for (const e of [
			['Йонас Вельдт', 'person'],
			['Москву', 'place'],
			['понедельник', 'date'],
			['Вельдту', 'person'],
			['Кремль', 'organization'],
			['9 мая', 'date'],
		]) assert.ok(suggested.some((s) => s[0] === e[0] && s[1] === e[1]), `${JSON.stringify(e)} in ${JSON.stringify(suggested)}`);
	});

	test('hover names the Russian recognizer and the full name; a Russian date has its value', async () => {
		const person = await hoverText(document, positionOf(document, 'Вельдту').translate(0, 2));
		assert.match(person, /Russian recognizer/);
		assert.match(person, /Stands for \*Йонас Вельдт\*/);
		const date = await hoverText(document, positionOf(document, 'понедельник').translate(0, 2));
		assert.match(date, /2025-03-10/);
	});

	test('the outline says which recognizer ran', async () => {
		const symbols = await eventually(
			() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => (s ?? []).some((x) => x.name === 'Header' && x.children.some((c) => c.name === 'Recognizer')),
			'the outline with the recognizer',
		);
		const header = symbols.find((x) => x.name === 'Header')!;
		assert.strictEqual(header.children.find((c) => c.name === 'Recognizer')!.detail, 'Russian (language from the header)');
	});
});
