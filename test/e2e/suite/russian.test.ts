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
		])
			assert.ok(
				suggested.some((s) => s[0] === e[0] && s[1] === e[1]),
				`${JSON.stringify(e)} in ${JSON.stringify(suggested)}`,
			);
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
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => (s ?? []).some((x) => x.name === 'Header' && x.children.some((c) => c.name === 'Recognizer')),
			'the outline with the recognizer',
		);
		const header = symbols.find((x) => x.name === 'Header')!;
		assert.strictEqual(
			header.children.find((c) => c.name === 'Recognizer')!.detail,
			'Russian (language from the header)',
		);
	});
});

suite('Russian case forms in a real VS Code: hover and Find All References', () => {
	let arrives: vscode.TextDocument;
	const references = (document: vscode.TextDocument, position: vscode.Position) =>
		vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
	suiteSetup(async () => {
		arrives = await openNews('russian-corpus', 'veldt-arrives.news');
	});

	test('an inflected surname: hover names the full name in the nominative; references are its case forms in both articles', async () => {
		const hover = await eventually(
			() => hoverText(arrives, positionOf(arrives, 'Вельдтом').translate(0, 2)),
			(h) => /Stands for/.test(h),
			'the hover of the suggested surname',
		);
		assert.match(hover, /Stands for \*Йонас Вельдт\*/);
		// The index is built in the background: wait until it holds the other article too.
		const found = await eventually(
			() => references(arrives, positionOf(arrives, 'Вельдту]').translate(0, 2)),
			(l) => l.length === 4,
			'references from the index',
		);
		const texts = await Promise.all(
			found.map(async (l) => [
				l.uri.path.split('/').pop(),
				(await vscode.workspace.openTextDocument(l.uri)).getText(l.range),
				l.range.start.line,
			]),
		);
		assert.deepStrictEqual(texts, [
			['veldt-arrives.news', 'Вельдта', 5],
			['veldt-arrives.news', 'Вельдту', 5],
			// CRLF and an emoji before them: positions are UTF-16 columns
			['veldt-leaves.news', 'Вельдтом', 5],
			['veldt-leaves.news', 'Вельдте', 5],
		]);
	});
});
