import * as assert from 'node:assert/strict';
import type {
	CodeAction,
	DocumentSymbol,
	FoldingRange,
	Hover,
	InitializeResult,
	SemanticTokens,
	SemanticTokensDelta,
} from 'vscode-languageserver-protocol';
import { semanticTokensLegend } from '../../server/src/shared/semanticTokens';
import { InMemoryLsp } from '../helpers/lspClient';
import { positionOf } from '../helpers/positions';

const URI = 'file:///work/articles/geneva.news';
const TEXT = [
	'---',
	'date: 2024-03-14',
	'title: Ministers meet in Geneva',
	'---',
	'[GENEVA]{.place}, [March 12]{.date value=2024-03-12}. [Minister]{.role} [Ada Berg]{.person ref=ada-berg} met [Norland]{.plac} officials.',
	'',
].join('\n');

/** The position of the `nth` occurrence of `needle` in TEXT, moved `delta` characters. */
const at = (needle: string, delta = 0) => positionOf(TEXT, needle, { delta });

suite('LSP: the real server over a connection', () => {
	let lsp: InMemoryLsp;
	let init: InitializeResult;

	suiteSetup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: false } };
		init = await lsp.initialize();
		await lsp.open(URI, TEXT);
	});
	suiteTeardown(() => lsp.dispose());

	test('initialize announces the features and the token legend', () => {
		const caps = init.capabilities;
		assert.equal(caps.hoverProvider, true);
		assert.equal(caps.foldingRangeProvider, true);
		assert.deepEqual(caps.semanticTokensProvider, {
			legend: semanticTokensLegend,
			full: { delta: true },
			range: false,
		});
		assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
		assert.equal(init.serverInfo?.name, 'Attache');
	});

	test('didOpen publishes diagnostics with codes', async () => {
		const diagnostics = await lsp.diagnostics(URI, 1);
		assert.deepEqual(
			diagnostics.map((d) => [d.code, d.severity, d.range]),
			[['attache.unknown-type', 1, { start: at('.plac}'), end: at('.plac}', 5) }]],
		);
		assert.match(diagnostics[0]!.message, /did you mean `\.place`\?/);
	});

	test('semantic tokens: exact encoding of the first annotations', async () => {
		const tokens = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', {
			textDocument: { uri: URI },
		});
		const t = (name: string) => (semanticTokensLegend.tokenTypes as string[]).indexOf(name);
		// Header: `---`, date key and value, title key and value, closing `---`.
		assert.deepEqual(tokens.data.slice(0, 30), [
			0,
			0,
			3,
			t('annotationMarkup'),
			0,
			1,
			0,
			4,
			t('headerKey'),
			0,
			0,
			6,
			10,
			t('date'),
			0,
			1,
			0,
			5,
			t('headerKey'),
			0,
			0,
			7,
			24,
			t('headerValue'),
			0,
			1,
			0,
			3,
			t('annotationMarkup'),
			0,
		]);
		// `[GENEVA]{.place}` on line 4: `[`, text, `]{`, `.place`, `}`.
		assert.deepEqual(tokens.data.slice(30, 55), [
			1,
			0,
			1,
			t('annotationMarkup'),
			0,
			0,
			1,
			6,
			t('place'),
			0,
			0,
			6,
			2,
			t('annotationMarkup'),
			0,
			0,
			2,
			6,
			t('annotationAttribute'),
			0,
			0,
			6,
			1,
			t('annotationMarkup'),
			0,
		]);
	});

	test('hover on a date gives its value, weekday and distance from the article date', async () => {
		const hover = await lsp.request<Hover>('textDocument/hover', {
			textDocument: { uri: URI },
			position: at('March 12', 3),
		});
		assert.deepEqual(hover.range, { start: at('[March 12]'), end: at('. [Minister]') });
		assert.deepEqual(hover.contents, {
			kind: 'markdown',
			value:
				'**Date** · March 12\n\n`2024-03-12`: Tuesday, 12 March 2024\n\n2 days before the article date (2024-03-14)',
		});
	});

	test('hover outside annotations is empty', async () => {
		const hover = await lsp.request<Hover | null>('textDocument/hover', {
			textDocument: { uri: URI },
			position: at(' met '),
		});
		assert.equal(hover, null);
	});

	test('document symbols: header first, then groups of entities with their mentions', async () => {
		const symbols = await lsp.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
		const shape = (s: DocumentSymbol): unknown => [s.name, s.detail ?? '', (s.children ?? []).map(shape)];
		assert.deepEqual(symbols.map(shape), [
			[
				'Header',
				'Ministers meet in Geneva',
				[
					['Article date', '2024-03-14 (Thursday, 14 March 2024)', []],
					['Title', 'Ministers meet in Geneva', []],
				],
			],
			['People', '1', [['Ada Berg', 'ada-berg · 1 mention', [['Ada Berg', 'line 5 · Minister', []]]]]],
			['Places', '1', [['GENEVA', '1 mention', [['GENEVA', 'line 5', []]]]]],
			['Dates', '1', [['March 12', '2024-03-12 · 1 mention', [['March 12', 'line 5', []]]]]],
		]);
	});

	test('code actions: the quick fix for the misspelt type', async () => {
		const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: { start: at('.plac}', 1), end: at('.plac}', 1) },
			context: { diagnostics: [] },
		});
		const preferred = actions.filter((a) => a.isPreferred);
		assert.equal(preferred.length, 1);
		assert.equal(preferred[0]!.title, 'Change the type to .place');
		assert.deepEqual(preferred[0]!.edit, {
			changes: { [URI]: [{ range: { start: at('.plac}', 1), end: at('.plac}', 5) }, newText: 'place' }] },
		});
	});

	test('folding: the header', async () => {
		const ranges = await lsp.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
		assert.deepEqual(ranges, [{ startLine: 0, endLine: 3 }]);
	});

	test('an edit republishes diagnostics for the new version', async () => {
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: at('.plac}', 1), end: at('.plac}', 5) }, text: 'place' }],
		});
		assert.deepEqual(await lsp.diagnostics(URI, 2), []);
	});

	test('semantic tokens delta: the edits since the last result make the full tokens of the new text', async () => {
		const uri = 'file:///work/articles/delta.news';
		const text = '---\ndate: 2024-03-14\n---\n[Ada Berg]{.person} met [Norland]{.place} officials in [Oslo]{.place}.\n';
		await lsp.open(uri, text);
		const first = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.ok(first.resultId, 'a result id');
		const at = positionOf(text, 'Norland');
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: at, end: at }, text: 'the [Halvik Forum]{.org} and ' }],
		});
		const delta = await lsp.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
			textDocument: { uri },
			previousResultId: first.resultId,
		});
		const full = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.equal(delta.edits.length, 1);
		const [edit] = delta.edits;
		const applied = [
			...first.data.slice(0, edit!.start),
			...(edit!.data ?? []),
			...first.data.slice(edit!.start + edit!.deleteCount),
		];
		assert.deepEqual(applied, full.data);
		assert.ok(edit!.start > 0 && edit!.deleteCount < first.data.length, 'the tokens before the edit are kept');
		// a result the server no longer holds: every token
		const stale = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full/delta', {
			textDocument: { uri },
			previousResultId: first.resultId,
		});
		assert.deepEqual(stale.data, full.data);
	});

	test('custom types from settings are known types', async () => {
		const uri = 'file:///work/articles/custom.news';
		lsp.settings = { customTypes: ['event'], suggestions: { enabled: false } };
		const republished = lsp.nextDiagnostics(URI);
		await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await republished;
		await lsp.open(uri, '---\ndate: 2024-01-01\n---\nThe [Geneva Summit]{.event} opened.\n', 1);
		assert.deepEqual(await lsp.diagnostics(uri, 1), []);
		lsp.settings = { suggestions: { enabled: false } };
	});
});
