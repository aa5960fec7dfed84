import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, CompletionList, InitializeResult, InlayHint, TextEdit } from 'vscode-languageserver-protocol';
import { IndexChangedNotification } from '../../server/src/shared/protocol';
import { InMemoryLsp } from '../helpers/lspClient';
import { positionOf } from '../helpers/positions';

const URI = 'file:///work/articles/bishkek.news';
const TEXT =
	'---\r\ndate: 2025-01-22\r\n---\r\nвстреча 🤝 [Sergey Lavrov]{.person ref=} met [Kulubayev]{.person} on [May 9]{.date}, then on May 12.\r\n';
const LINE = TEXT.split('\r\n')[3]!;
const at = (needle: string, delta = 0) => positionOf(TEXT, needle, { line: 3, delta });

suite('LSP: completion, inlay hints, code lens', () => {
	let lsp: InMemoryLsp;
	let init: InitializeResult;
	suiteSetup(async () => {
		// A workspace folder with a knowledge base, which the server indexes in the background.
		const folder = mkdtempSync(path.join(tmpdir(), 'attache-lsp-'));
		writeFileSync(
			path.join(folder, 'entities.yaml'),
			'sergey-lavrov:\n  type: person\n  name: Sergey Lavrov\n  description: Minister of Foreign Affairs of Russia\neaeu:\n  type: org\n  name: Eurasian Economic Union\n',
		);
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: true } };
		init = await lsp.client.sendRequest<InitializeResult>('initialize', {
			processId: null,
			rootUri: pathToFileURL(folder).toString(),
			workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'news' }],
			capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
		});
		// The first reading of the workspace ends with attache/indexChanged, `indexing: false`.
		const indexed = new Promise<void>((resolve) => {
			lsp.client.onNotification(IndexChangedNotification.type, (p) => {
				if (!p.indexing) resolve();
			});
		});
		await lsp.client.sendNotification('initialized', {});
		await lsp.open(URI, TEXT);
		await lsp.diagnostics(URI, 1);
		await indexed;
	});
	suiteTeardown(() => lsp.dispose());

	test('the server announces the three providers', () => {
		assert.deepEqual(init.capabilities.completionProvider, { triggerCharacters: ['.', '=', '{'] });
		assert.equal(init.capabilities.inlayHintProvider, true);
		assert.deepEqual(init.capabilities.codeLensProvider, { resolveProvider: false });
	});

	test('completion after `ref=`: knowledge-base ids, the one named like the text first', async () => {
		const list = await lsp.request<CompletionList>('textDocument/completion', {
			textDocument: { uri: URI },
			position: at('ref=', 4),
			context: { triggerKind: 2, triggerCharacter: '=' },
		});
		const sorted = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
		assert.deepEqual(
			sorted.map((i) => [i.label, i.detail]),
			[
				['sergey-lavrov', 'Sergey Lavrov (person)'],
				['eaeu', 'Eurasian Economic Union (organization)'],
			],
		);
		assert.deepEqual((sorted[0]!.textEdit as TextEdit).range, { start: at('ref=', 4), end: at('ref=', 4) });
	});

	test('completion after `{.` and outside annotations', async () => {
		const list = await lsp.request<CompletionList>('textDocument/completion', {
			textDocument: { uri: URI },
			position: at('{.person}', 2),
		});
		assert.deepEqual(list.items.map((i) => i.label).slice(0, 5), ['.person', '.org', '.place', '.date', '.role']);
		assert.equal(
			await lsp.request('textDocument/completion', { textDocument: { uri: URI }, position: at('met', 1) }),
			null,
		);
	});

	test('inlay hints: the value a date annotation lacks, and a date suggestion', async () => {
		const hints = await lsp.request<InlayHint[]>('textDocument/inlayHint', {
			textDocument: { uri: URI },
			range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
		});
		assert.deepEqual(
			hints.map((h) => [h.position, h.label]),
			[
				[at(', then'), 'value? 2025-05-09 (Fri)'],
				[{ line: 3, character: LINE.length - 1 }, '= 2025-05-12 (Mon)'],
			],
		);
	});

	test('code lens: the counts, then the suggestions', async () => {
		const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
		assert.deepEqual(
			lenses.map((l) => l.command!.title),
			['2 people · 0 organizations · 0 places · 1 date', '1 suggestion'],
		);
		assert.deepEqual(lenses[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
	});

	test('a changed setting takes effect without a restart', async () => {
		lsp.settings = { suggestions: { enabled: true }, inlayHints: { dateValues: false }, codeLens: { enabled: false } };
		const republished = lsp.nextDiagnostics(URI);
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await republished;
		assert.deepEqual(await lsp.request('textDocument/codeLens', { textDocument: { uri: URI } }), []);
		assert.deepEqual(
			await lsp.request('textDocument/inlayHint', {
				textDocument: { uri: URI },
				range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
			}),
			[],
		);
		lsp.settings = { suggestions: { enabled: true } };
		const again = lsp.nextDiagnostics(URI);
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await again;
		assert.equal((await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } })).length, 2);
	});
});
