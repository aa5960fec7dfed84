import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, hoverText, openNews, positionOf, semanticTokens } from './util';

suite('Annotated News in a real VS Code', () => {
	let document: vscode.TextDocument;

	suiteSetup(async () => {
		document = await openNews('ministers-meet.news');
	});

	test('a .news file opens as Annotated News', () => {
		assert.strictEqual(document.languageId, 'annotated-news');
	});

	test('semantic tokens colour each annotation by its type', async () => {
		const tokens = await eventually(
			() => semanticTokens(document),
			(t) => t.length > 0,
			'semantic tokens',
		);
		const typeOf = (text: string) =>
			tokens
				.filter((t) => t.text === text)
				.map((t) => `${t.type}${t.modifiers.length ? '.' + t.modifiers.join('.') : ''}`);
		assert.deepStrictEqual(typeOf('Anna Lindqvist'), ['person']);
		assert.deepStrictEqual(typeOf('Norland'), ['place']);
		assert.deepStrictEqual(typeOf('March 14'), ['date']);
		assert.deepStrictEqual(typeOf('Foreign Minister'), ['role']);
		assert.deepStrictEqual(typeOf('Austrian'), ['place.nested']);
		assert.deepStrictEqual(typeOf(' Foreign Ministry'), ['organization']);
		assert.ok(
			typeOf('.person').every((t) => t === 'annotationAttribute'),
			'classes are dimmed attributes',
		);
		assert.deepStrictEqual(typeOf('date'), ['headerKey']);
		assert.deepStrictEqual(typeOf('2024-03-14').slice(0, 1), ['date']);
	});

	test('hover explains a date against the article date', async () => {
		const text = await eventually(
			() => hoverText(document, positionOf(document, 'June 30').translate(0, 2)),
			(t) => t.includes('Date'),
			'a hover',
		);
		assert.match(text, /\*\*Date\*\* · June 30/);
		assert.match(text, /2024-06-30.*Sunday, 30 June 2024/);
		assert.match(text, /108 days after the article date \(2024-03-14\)/);
	});

	test('hover shows a person with its ref', async () => {
		const text = await hoverText(document, positionOf(document, 'Anna Lindqvist').translate(0, 3));
		assert.match(text, /\*\*Person\*\* · Anna Lindqvist/);
		assert.match(text, /Refers to `anna-lindqvist`/);
	});

	test('the outline lists the header, then a group per type, in the order the article first names them', async () => {
		const symbols = await eventually(
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => Array.isArray(s) && s.length > 0,
			'document symbols',
		);
		// VS Code orders the outline by position; each group spans its own entities, so the first one named comes first.
		assert.deepStrictEqual(
			symbols.map((s) => s.name),
			['Header', 'Places', 'Dates', 'People', 'Organizations'],
		);
		const starts = symbols.map((s) => s.range.start);
		assert.ok(
			starts.every((p, i) => i === 0 || !p.isBefore(starts[i - 1]!)),
			'groups in the order of their first entity',
		);
		const header = symbols[0]!;
		assert.strictEqual(header.children[0]!.name, 'Article date');
		assert.match(header.children[0]!.detail, /^2024-03-14/);
		const group = (name: string) => symbols.find((s) => s.name === name)!.children;
		assert.deepStrictEqual(
			group('People').map((p) => [p.name, p.children.length]),
			[
				['Anna Lindqvist', 2],
				['Tomas Brenner', 1],
			],
		);
		assert.deepStrictEqual(
			group('Dates').map((d) => d.name),
			['March 14', 'June 30'],
			'one date per value',
		);
	});

	test('the header folds', async () => {
		const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
			'vscode.executeFoldingRangeProvider',
			document.uri,
		);
		assert.ok(
			ranges.some((r) => r.start === 0 && r.end === 5),
			JSON.stringify(ranges),
		);
	});
});
