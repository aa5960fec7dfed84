import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { EntitiesRequest, EntityMentionsRequest, type EntitiesResult } from '../../server/src/shared/protocol';
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

suite('LSP: the corpus (index, references, rename, symbols, Entities view)', () => {
	let lsp: InMemoryLsp;
	let workspace: WorkspaceLsp;
	let dir: string;
	const uri = (name: string) => workspace.uri(name);
	const indexChanged = () => workspace.indexChanged();
	const fileChanged = async (name: string, type: 1 | 2 | 3, text?: string) => {
		if (text !== undefined) writeFileSync(path.join(dir, name), text);
		if (type === 3) rmSync(path.join(dir, name), { recursive: true, force: true });
		const changed = indexChanged();
		await lsp.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });
		await changed;
	};
	const references = (position: { line: number; character: number }) =>
		lsp.request<Location[]>('textDocument/references', {
			textDocument: { uri: uri('a.news') },
			position,
			context: { includeDeclaration: false },
		});

	suiteSetup(async () => {
		workspace = await WorkspaceLsp.start('attache-corpus-', {
			'entities.yaml': KB,
			'a.news': A,
			'more/b.news': B,
			'folder.news/': '',
		});
		({ lsp, dir } = workspace);
		await lsp.open(uri('a.news'), A);
	});
	suiteTeardown(() => workspace.dispose());

	test('announces references, definition, rename (with prepare) and workspace symbols', () => {
		assert.equal(workspace.init!.capabilities.referencesProvider, true);
		assert.equal(workspace.init!.capabilities.definitionProvider, true);
		assert.deepEqual(workspace.init!.capabilities.renameProvider, { prepareProvider: true });
		assert.equal(workspace.init!.capabilities.workspaceSymbolProvider, true);
	});

	test('indexes the workspace in the background with a progress notification, then says so', () => {
		assert.deepEqual(workspace.progress[0], {
			kind: 'begin',
			title: 'Attache: indexing articles',
			percentage: 0,
			message: 'Looking for articles and knowledge bases…',
			cancellable: false,
		});
		assert.deepEqual(workspace.progress.at(-1), { kind: 'end' });
		assert.deepEqual(workspace.changes[0], { articles: 2, indexing: false });
	});

	test('references and definition across the files on disk', async () => {
		assert.deepEqual(await references({ line: 3, character: 14 }), [
			{ uri: uri('a.news'), range: range(3, 12, 20) },
			{ uri: uri('more/b.news'), range: range(0, 17, 21) },
		]);
		const definition = await lsp.request<Location[]>('textDocument/definition', {
			textDocument: { uri: uri('a.news') },
			position: { line: 3, character: 14 },
		});
		assert.deepEqual(definition, [{ uri: uri('entities.yaml'), range: range(0, 0, 8) }]);
	});

	test('a file changed on disk, created, deleted: the results follow', async () => {
		await fileChanged(
			'more/b.news',
			2,
			'date 2025-01-23 Nothing.\n\n[Ada Berg]{.person ref=ada-berg} and [Halvik]{.place}.\n',
		);
		assert.deepEqual((await references({ line: 3, character: 14 })).at(-1), {
			uri: uri('more/b.news'),
			range: range(2, 1, 9),
		});
		await fileChanged('c.news', 1, '[Berg]{.person ref=ada-berg}\n');
		assert.deepEqual(
			(await references({ line: 3, character: 14 })).map((l) => path.basename(l.uri)),
			['a.news', 'c.news', 'b.news'],
		);
		await fileChanged('c.news', 3);
		assert.deepEqual(
			(await references({ line: 3, character: 14 })).map((l) => path.basename(l.uri)),
			['a.news', 'b.news'],
		);
	});

	test('consistency diagnostics of an open article are recomputed when another file changes on disk', async () => {
		const halvik = (
			await lsp.diagnosticsWhere(uri('a.news'), (d) => d.some((x) => x.code === 'attache.inconsistent-type'))
		).find((x) => x.code === 'attache.inconsistent-type')!;
		assert.equal(
			halvik.message,
			'"Halvik" is annotated as organization here but as place in b.news: change the type where it is wrong.',
		);
		const republished = lsp.nextDiagnostics(uri('a.news'));
		await fileChanged('entities.yaml', 2, KB.replace('norland:', 'nordland:'));
		const diagnostics = await republished;
		assert.deepEqual(
			diagnostics.filter((d) => d.code === 'attache.unknown-ref').map((d) => [d.range, d.message]),
			[
				[
					range(3, 87, 94),
					'The knowledge base (entities.yaml) has no entity `norland`: correct the id, or add the entity to the knowledge base.',
				],
			],
		);
		await fileChanged('entities.yaml', 2, KB);
	});

	test('a malformed knowledge base is a diagnostic in that file; unreadable files are left out; the server keeps answering', async () => {
		const published = lsp.nextDiagnostics(uri('entities.yaml'));
		await fileChanged('entities.yaml', 2, 'ada-berg: [\n  type: person\n');
		assert.deepEqual(
			(await published).map((d) => d.code),
			['attache.knowledge-base-syntax'],
		);
		await fileChanged('folder.news', 2);
		await fileChanged('missing.news', 2);
		assert.equal((await references({ line: 3, character: 14 })).length, 2);
		await fileChanged('entities.yaml', 2, KB);
	});

	test('rename: one edit over every file, with a refactor preview; a refusal says why', async () => {
		const edit = await lsp.request<WorkspaceEdit>('textDocument/rename', {
			textDocument: { uri: uri('a.news') },
			position: { line: 3, character: 14 },
			newName: 'ada-lind',
		});
		assert.deepEqual(
			edit.documentChanges!.map((c) =>
				'textDocument' in c ? [path.basename(c.textDocument.uri), c.edits.map((e) => e.newText)] : [],
			),
			[
				['a.news', ['ada-lind']],
				['b.news', ['ada-lind']],
				['entities.yaml', ['ada-lind']],
			],
		);
		assert.equal(edit.changeAnnotations!['attache.renameEntity']!.needsConfirmation, true);
		await assert.rejects(
			lsp
				.request('textDocument/prepareRename', {
					textDocument: { uri: uri('a.news') },
					position: { line: 3, character: 14 },
				})
				.then(() =>
					lsp.request('textDocument/rename', {
						textDocument: { uri: uri('a.news') },
						position: { line: 3, character: 14 },
						newName: 'Not An Id',
					}),
				),
			/"Not An Id" is not an id/,
		);
	});

	test('the knowledge-base glob (setting attache.knowledgeBase.glob) decides which files are knowledge bases', async () => {
		mkdirSync(path.join(dir, 'kb'));
		writeFileSync(path.join(dir, 'kb', 'people.yaml'), 'ada-berg:\n  type: person\n  name: Ada Berg\n');
		const definition = () =>
			lsp.request<Location[]>('textDocument/definition', {
				textDocument: { uri: uri('a.news') },
				position: { line: 3, character: 14 },
			});
		const reindexed = indexChanged();
		lsp.settings = { knowledgeBase: { glob: 'kb/*.yaml' } };
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await reindexed;
		assert.deepEqual(await definition(), [{ uri: uri('kb/people.yaml'), range: range(0, 0, 8) }]);
		const back = indexChanged();
		lsp.settings = {};
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await back;
		assert.deepEqual(await definition(), [{ uri: uri('entities.yaml'), range: range(0, 0, 8) }]);
	});

	test('workspace symbols and the Entities view', async () => {
		const symbols = await lsp.request<SymbolInformation[]>('workspace/symbol', { query: 'berg' });
		assert.deepEqual(
			symbols.map((s) => [s.name, s.containerName]),
			[['Ada Berg', 'person · 2 mentions in 2 articles']],
		);
		const view = await lsp.request<EntitiesResult>(EntitiesRequest.method, { filter: 'halvik' });
		assert.deepEqual(
			view.groups.map((g) => [g.label, g.entities.map((e) => [e.name, e.mentions, e.articles])]),
			[
				['Organizations', [['Halvik', 1, 1]]],
				['Places', [['Halvik', 1, 1]]],
			],
		);
		const mentions = await lsp.request(EntityMentionsRequest.method, { key: 'ref:ada-berg', uri: uri('a.news') });
		assert.deepEqual(mentions, [
			{ range: range(3, 12, 20), line: 'Встреча 🤝 Ada Berg met Halvik in Norland.', highlight: [11, 19] },
		]);
	});
});
