import * as assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeLens, Diagnostic, Hover, Location, Position, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { InMemoryLsp } from '../helpers/lspClient';
import { WorkspaceLsp } from '../helpers/workspaceLsp';

const KB = 'ada-berg:\n  type: person\n  name: Ada Berg\n  aliases: [Berg]\nnorland:\n  type: place\n  name: Norland\n';
const A =
	'---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [Ada Berg]{.person ref=ada-berg} met [Halvik]{.org} in [Norland]{.place ref=norland}.\r\n';
const B = 'date 2025-01-23 [Berg]{.person ref=ada-berg} flew to [Halvik]{.org}.\n';

const range = (line: number, start: number, end: number) => ({
	start: { line, character: start },
	end: { line, character: end },
});

suite('LSP: entities.yaml in the editor (references, rename, hover, code lenses, diagnostics)', () => {
	let lsp: InMemoryLsp;
	let workspace: WorkspaceLsp;
	const uri = (name: string) => workspace.uri(name);
	const indexChanged = () => workspace.indexChanged();
	let version = 1;
	const open = (name: string, text: string, languageId = 'yaml') =>
		lsp.client.sendNotification('textDocument/didOpen', {
			textDocument: { uri: uri(name), languageId, version: (version = 1), text },
		});
	const change = (name: string, text: string) =>
		lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: uri(name), version: ++version },
			contentChanges: [{ text }],
		});
	const close = (name: string) =>
		lsp.client.sendNotification('textDocument/didClose', { textDocument: { uri: uri(name) } });
	const at = (line: number, character: number): Position => ({ line, character });
	const codeLenses = (name = 'entities.yaml') =>
		lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri(name) } });
	const lensTitles = async (name?: string) =>
		(await codeLenses(name)).map((l) => `${l.range.start.line} ${l.command?.title}`);

	suiteSetup(async () => {
		workspace = await WorkspaceLsp.start('attache-kb-', {
			'entities.yaml': KB,
			'a.news': A,
			'b.news': B,
			'kb/people.yaml': 'ada-berg:\n  type: person\n  name: Ada Berg\n',
			'config.yaml': 'ada-berg:\n  type: person\n',
		});
		({ lsp } = workspace);
	});
	suiteTeardown(() => workspace.dispose());

	test('opened: references from the id, the name or an alias, with the entry when the declaration is asked for', async () => {
		await open('entities.yaml', KB);
		const mentions = [
			{ uri: uri('a.news'), range: range(3, 12, 20) },
			{ uri: uri('b.news'), range: range(0, 17, 21) },
		];
		for (const position of [at(0, 3), at(2, 10), at(3, 13)]) {
			assert.deepEqual(
				await lsp.request<Location[]>('textDocument/references', {
					textDocument: { uri: uri('entities.yaml') },
					position,
					context: { includeDeclaration: false },
				}),
				mentions,
			);
		}
		assert.deepEqual(
			await lsp.request<Location[]>('textDocument/references', {
				textDocument: { uri: uri('entities.yaml') },
				position: at(0, 3),
				context: { includeDeclaration: true },
			}),
			[{ uri: uri('entities.yaml'), range: range(0, 0, 8) }, ...mentions],
		);
	});

	test('rename: prepared on an id, refused elsewhere with what to do; one edit over the knowledge base and the articles', async () => {
		assert.deepEqual(
			await lsp.request('textDocument/prepareRename', {
				textDocument: { uri: uri('entities.yaml') },
				position: at(4, 2),
			}),
			{ range: range(4, 0, 7), placeholder: 'norland' },
		);
		await assert.rejects(
			lsp.request('textDocument/prepareRename', { textDocument: { uri: uri('entities.yaml') }, position: at(2, 10) }),
			/^Error: Rename Symbol renames ids: put the cursor on `ada-berg`/,
		);
		await assert.rejects(
			lsp.request('textDocument/prepareRename', { textDocument: { uri: uri('entities.yaml') }, position: at(1, 4) }),
			/Put the cursor on the id of an entry/,
		);
		const edit = await lsp.request<WorkspaceEdit>('textDocument/rename', {
			textDocument: { uri: uri('entities.yaml') },
			position: at(0, 3),
			newName: 'ada-lind',
		});
		assert.deepEqual(
			edit.documentChanges!.map((c) =>
				'textDocument' in c ? [path.basename(c.textDocument.uri), c.edits.map((e) => [e.range, e.newText])] : [],
			),
			[
				['a.news', [[range(3, 34, 42), 'ada-lind']]],
				['b.news', [[range(0, 35, 43), 'ada-lind']]],
				['entities.yaml', [[range(0, 0, 8), 'ada-lind']]],
			],
		);
		assert.equal(edit.changeAnnotations!['attache.renameEntity']!.needsConfirmation, true);
	});

	test('hover and code lenses, from the text in the editor, saved or not', async () => {
		const hover = await lsp.request<Hover>('textDocument/hover', {
			textDocument: { uri: uri('entities.yaml') },
			position: at(3, 13),
		});
		assert.deepEqual(hover, {
			contents: {
				kind: 'markdown',
				value: '**Person** · Ada Berg (`ada-berg`)\n\nAlso known as Berg\n\n2 mentions in 2 articles',
			},
			range: range(3, 12, 16),
		});
		assert.deepEqual(await codeLenses(), [
			{
				range: range(0, 0, 8),
				command: {
					title: '2 mentions in 2 articles',
					command: 'attache.showReferences',
					arguments: [uri('entities.yaml'), at(0, 0)],
				},
			},
			{
				range: range(4, 0, 7),
				command: {
					title: '1 mention in 1 article',
					command: 'attache.showReferences',
					arguments: [uri('entities.yaml'), at(4, 0)],
				},
			},
		]);
		// Typed, not saved: an entry added above the others moves them, and is counted at once.
		await change('entities.yaml', `halvik:\n  type: place\n  name: Halvik\n${KB}`);
		assert.deepEqual(await lensTitles(), [
			'0 no mentions yet',
			'3 2 mentions in 2 articles',
			'7 1 mention in 1 article',
		]);
		await open('a.news', A, 'annotated-news');
		assert.deepEqual(
			(
				await lsp.request<Location[]>('textDocument/references', {
					textDocument: { uri: uri('a.news') },
					position: at(3, 14),
					context: { includeDeclaration: true },
				})
			)[0],
			{ uri: uri('entities.yaml'), range: range(3, 0, 8) },
			'the articles see the unsaved knowledge base too',
		);
		await close('a.news');
	});

	test('what articles have, a knowledge base has not; its diagnostics are its own, once', async () => {
		assert.deepEqual(
			(
				await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', {
					textDocument: { uri: uri('entities.yaml') },
				})
			).data,
			[],
		);
		assert.deepEqual(
			await lsp.request('textDocument/foldingRange', { textDocument: { uri: uri('entities.yaml') } }),
			[],
		);
		assert.deepEqual(
			await lsp.request('textDocument/documentSymbol', { textDocument: { uri: uri('entities.yaml') } }),
			[],
		);
		assert.equal(
			await lsp.request('textDocument/completion', { textDocument: { uri: uri('entities.yaml') }, position: at(1, 4) }),
			null,
		);
		const broken = lsp.diagnosticsWhere(uri('entities.yaml'), (d) => d.length > 0);
		await change('entities.yaml', 'ada-berg: [\n  type: person\n');
		const diagnostics: Diagnostic[] = await broken;
		assert.deepEqual(
			diagnostics.map((d) => [d.code, d.source]),
			[['attache.knowledge-base-syntax', 'attache']],
			'no diagnostic meant for articles (such as "no article date")',
		);
		assert.deepEqual(await lensTitles(), []);
		const fixed = lsp.diagnosticsWhere(uri('entities.yaml'), (d) => d.length === 0);
		await change('entities.yaml', KB);
		await fixed;
	});

	test('closed: what is on disk counts again', async () => {
		await change('entities.yaml', `${KB}halvik:\n  type: place\n  name: Halvik\n`);
		assert.deepEqual(await lensTitles(), [
			'0 2 mentions in 2 articles',
			'4 1 mention in 1 article',
			'7 no mentions yet',
		]);
		const reread = indexChanged();
		await close('entities.yaml');
		await reread;
		await open('entities.yaml', KB);
		assert.deepEqual(await lensTitles(), ['0 2 mentions in 2 articles', '4 1 mention in 1 article']);
		await close('entities.yaml');
	});

	test('a YAML file that is no knowledge base gets nothing; the glob setting decides, for open files too', async () => {
		await open('config.yaml', 'ada-berg:\n  type: person\n');
		assert.deepEqual(await lensTitles('config.yaml'), []);
		assert.equal(
			await lsp.request('textDocument/hover', { textDocument: { uri: uri('config.yaml') }, position: at(0, 3) }),
			null,
		);
		assert.deepEqual(await lsp.diagnostics(uri('config.yaml'), 1), []);
		await open('kb/people.yaml', 'ada-berg:\n  type: person\n  name: Ada Berg\n');
		assert.deepEqual(await lensTitles('kb/people.yaml'), []);
		const reindexed = indexChanged();
		lsp.settings = { knowledgeBase: { glob: 'kb/*.yaml' } };
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await reindexed;
		assert.deepEqual(await lensTitles('kb/people.yaml'), ['0 2 mentions in 2 articles']);
		const back = indexChanged();
		lsp.settings = {};
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await back;
		assert.deepEqual(await lensTitles('kb/people.yaml'), []);
	});
});
