import * as assert from 'node:assert/strict';
import type { CodeAction, DocumentSymbol, Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import { semanticTokensLegend } from '../../server/src/shared/semanticTokens';
import { InMemoryLsp } from '../helpers/lspClient';
import { positionOf } from '../helpers/positions';

const URI = 'file:///work/articles/oslo.news';
const TEXT = '---\ndate: 2025-01-22\n---\nForeign Minister [Ada Lindqvist]{.person} arrived in Moscow on May 9.\n';
const at = (needle: string, delta = 0) => positionOf(TEXT, needle, { line: 3, delta });

suite('LSP: suggestions', () => {
	let lsp: InMemoryLsp;
	suiteSetup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: true, showAsDiagnostics: true } };
		await lsp.initialize();
		await lsp.open(URI, TEXT);
	});
	suiteTeardown(() => lsp.dispose());

	test('appear in semantic tokens with the suggested modifier', async () => {
		const { data } = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', {
			textDocument: { uri: URI },
		});
		const suggestedBit = 1 << semanticTokensLegend.tokenModifiers.indexOf('suggested');
		const found: [number, number, string][] = [];
		let line = 0;
		let char = 0;
		for (let i = 0; i < data.length; i += 5) {
			line += data[i]!;
			char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
			if (data[i + 4]! & suggestedBit) found.push([line, char, semanticTokensLegend.tokenTypes[data[i + 3]!]!]);
		}
		// the title before the annotated person is suggested as its role
		assert.deepEqual(found, [
			[3, 0, 'role'],
			[3, at('Moscow').character, 'place'],
			[3, at('May 9').character, 'date'],
		]);
	});

	test('hover, outline and Information diagnostics', async () => {
		const hover = await lsp.request<Hover>('textDocument/hover', {
			textDocument: { uri: URI },
			position: at('Moscow', 2),
		});
		assert.match(
			(hover.contents as { value: string }).value,
			/^\*\*Suggested place\*\* · \d+% likely · Moscow\n\nFrom the built-in lists/,
		);
		const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
		assert.deepEqual(
			symbols.find((s) => s.name === 'Places')!.children!.map((c) => [c.name, c.detail]),
			[['Moscow', '1 suggested']],
		);
		const diagnostics = await lsp.diagnosticsWhere(URI, (d) => d.length > 0);
		assert.deepEqual(
			diagnostics.map((d) => [d.code, d.severity]),
			[
				['attache.suggestion', 3],
				['attache.suggestion', 3],
				['attache.suggestion', 3],
			],
		);
	});

	test('the quick fix annotates, and the suggestion vanishes from the next version', async () => {
		const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: { start: at('Moscow', 1), end: at('Moscow', 1) },
			context: { diagnostics: [] },
		});
		assert.equal(actions[0]!.title, 'Annotate "Moscow" as place');
		const edits = actions[0]!.edit!.changes![URI]!;
		assert.deepEqual(
			edits.map((e) => e.newText),
			['[', ']{.place}'],
		);
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [...edits].reverse().map((e) => ({ range: e.range, text: e.newText })),
		});
		const diagnostics = await lsp.diagnostics(URI, 2);
		assert.deepEqual(
			diagnostics.map((d) => d.message),
			[
				'"Foreign Minister" looks like a role: annotate it with the quick fix.',
				'"May 9" looks like a date (2025-05-09): annotate it with the quick fix.',
			],
		);
	});
});
