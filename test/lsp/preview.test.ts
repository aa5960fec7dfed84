import * as assert from 'node:assert/strict';
import {
	MarkupRangesRequest,
	PreviewRequest,
	type MarkupRangesResult,
	type PreviewResult,
} from '../../server/src/shared/protocol';
import { InMemoryLsp } from '../helpers/lspClient';

const URI = 'file:///work/articles/preview.news';
const TEXT = [
	'---',
	'title: Ministers meet in Geneva',
	'---',
	'[GENEVA]{.place}, [Ada Berg]{.person ref=ada-berg} met <officials>.',
	'',
].join('\r\n');

suite('LSP: the article preview and the markup ranges over a connection', () => {
	let lsp: InMemoryLsp;

	suiteSetup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: false } };
		await lsp.initialize();
		await lsp.open(URI, TEXT, 4);
		await lsp.diagnostics(URI, 4);
	});
	suiteTeardown(() => lsp.dispose());

	test('attache/preview answers the open document as HTML, with its version', async () => {
		const preview = await lsp.request<PreviewResult>(PreviewRequest.method, { uri: URI });
		assert.equal(preview.version, 4);
		assert.equal(preview.title, 'Ministers meet in Geneva');
		assert.equal(preview.lineCount, 5);
		assert.match(
			preview.html,
			/<p data-line="3"><span class="entity type-place"[^>]*>GENEVA<\/span>, <span class="entity type-person"[^>]*title="Person · ref ada-berg">Ada Berg<\/span> met &lt;officials&gt;\.<\/p>/,
		);
	});

	test('attache/preview follows an edit', async () => {
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 5 },
			contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Today ' }],
		});
		const preview = await lsp.request<PreviewResult>(PreviewRequest.method, { uri: URI });
		assert.equal(preview.version, 5);
		assert.match(preview.html, /<p data-line="3">Today <span class="entity type-place"/);
	});

	test('a document the server does not have gives an empty preview', async () => {
		assert.deepEqual(await lsp.request<PreviewResult>(PreviewRequest.method, { uri: 'file:///nowhere.news' }), {
			version: -1,
			title: '',
			html: '',
			lineCount: 0,
		});
		assert.deepEqual(
			await lsp.request<MarkupRangesResult>(MarkupRangesRequest.method, { uri: 'file:///nowhere.news' }),
			{ version: -1, ranges: [] },
		);
	});

	test('attache/markupRanges answers each `[` and `]{...}` as ranges', async () => {
		const { version, ranges } = await lsp.request<MarkupRangesResult>(MarkupRangesRequest.method, { uri: URI });
		assert.equal(version, 5);
		const line = 'Today [GENEVA]{.place}, [Ada Berg]{.person ref=ada-berg} met <officials>.';
		assert.deepEqual(
			ranges.map((r) => [r.start.line, line.slice(r.start.character, r.end.character)]),
			[
				[3, '['],
				[3, ']{.place}'],
				[3, '['],
				[3, ']{.person ref=ada-berg}'],
			],
		);
	});
});
