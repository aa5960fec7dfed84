import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseNews } from '../../../server/src/service/parse/document';
import { eventually, fileUri, hoverText, openNews, semanticTokens } from './util';

const TYPE_TOKEN: Record<string, string> = {
	person: 'person',
	org: 'organization',
	place: 'place',
	date: 'date',
	role: 'role',
};

// The seed article lives in ../shared/corpus; test/e2e/workspace.js copies it into the test workspace when present.
suite('The seed article (../shared/corpus)', function () {
	let present = false;
	suiteSetup(async function () {
		try {
			await vscode.workspace.fs.stat(fileUri('shared-corpus', 'lavrov-kulubayev-2025-01-22.news'));
			present = true;
		} catch {
			console.log('note: ../shared/corpus is absent, so the seed article is not tested');
		}
		await openNews('ministers-meet.news');
	});

	test('the raw article opens as Annotated News with its article date in the outline', async function () {
		if (!present) this.skip();
		const document = await vscode.workspace.openTextDocument(
			fileUri('shared-corpus', 'lavrov-kulubayev-2025-01-22.txt'),
		);
		await vscode.window.showTextDocument(document);
		await vscode.commands.executeCommand('attache.openAsAnnotatedNews');
		const symbols = await eventually(
			() =>
				vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
			(s) => Array.isArray(s) && s.length > 0,
			'the outline',
		);
		assert.strictEqual(symbols[0]!.children[0]!.name, 'Article date');
		assert.match(symbols[0]!.children[0]!.detail, /^2025-01-22 \(Wednesday, 22 January 2025\)/);
	});

	test('every annotation of the annotated copy is highlighted, explained on hover and in the outline', async function () {
		if (!present) this.skip();
		const document = await openNews('shared-corpus', 'lavrov-kulubayev-2025-01-22.news');
		const parsed = parseNews(document.getText());
		assert.strictEqual(parsed.annotations.length, 34);
		const tokens = await eventually(
			() => semanticTokens(document),
			(t) => t.length > 0,
			'semantic tokens',
		);
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
			'vscode.executeDocumentSymbolProvider',
			document.uri,
		);
		const outlined = new Set(
			symbols.flatMap((group) =>
				group.children.flatMap((entity) =>
					entity.children.map((m) => `${m.range.start.line}:${m.range.start.character}`),
				),
			),
		);
		for (const a of parsed.annotations) {
			const start = document.positionAt(a.contentRange.start);
			const token = tokens.find((t) => t.line === start.line && t.character === start.character);
			assert.strictEqual(token?.type, TYPE_TOKEN[a.type!], `token of "${a.text}"`);
			const hover = await hoverText(document, start);
			assert.ok(hover.includes(a.text), `hover of "${a.text}": ${hover}`);
			if (a.type !== 'role') {
				const begin = document.positionAt(a.range.start);
				assert.ok(outlined.has(`${begin.line}:${begin.character}`), `"${a.text}" in the outline`);
			}
		}
	});
});
