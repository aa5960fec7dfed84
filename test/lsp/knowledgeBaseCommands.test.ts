import * as assert from 'node:assert/strict';
import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import {
	AddToKnowledgeBaseRequest,
	IgnoreSuggestionRequest,
	type CommandResult,
} from '../../server/src/shared/protocol';
import { appliedTo, needsConfirmation } from '../helpers/commands';
import type { InMemoryLsp } from '../helpers/lspClient';
import { WorkspaceLsp } from '../helpers/workspaceLsp';
import { positionOf } from '../helpers/positions';

/**
 * Add to Knowledge Base and Ignore Suggestion over LSP against a workspace on disk: an `entities.yaml` open in the
 * editor is written to in its unsaved text, at the version the client sent; closed, as it is on disk.
 */

const KB = '# People (fictional)\nilsa-marren:\n  type: person\n  name: Ilsa Marren\n';
/** Typed in the editor and not saved: an entry whose last line has no line break yet. */
const TYPED = `${KB}kessel:\n  type: place\n  name: Kessel Port`;
const ARTICLE =
	'---\r\ndate: 2025-03-10\r\n---\r\n😀 KESSEL, March 10. [Tomas Brenner]{.person} met [Brenner]{.person} in Ostrel.\r\n';

suite('LSP: the knowledge-base commands write to entities.yaml as the editor has it', () => {
	let lsp: InMemoryLsp;
	let workspace: WorkspaceLsp;
	const uri = (name: string) => workspace.uri(name);
	const indexChanged = () => workspace.indexChanged();
	const at = (needle: string, delta = 0) => positionOf(ARTICLE, needle, { line: 3, delta });
	const target = (needle: string, delta = 1) => {
		const position = at(needle, delta);
		return { textDocument: { uri: uri('a.news') }, position, range: { start: position, end: position } };
	};
	const kbChange = (result: CommandResult): TextDocumentEdit =>
		result.edit!.documentChanges!.find(
			(c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri('entities.yaml'),
		)!;
	const articleChange = (result: CommandResult): TextDocumentEdit | undefined =>
		result.edit!.documentChanges!.find(
			(c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri('a.news'),
		);

	suiteSetup(async () => {
		workspace = await WorkspaceLsp.start(
			'attache-kb-commands-',
			{ 'entities.yaml': KB, 'a.news': ARTICLE },
			{ suggestions: { enabled: true } },
		);
		({ lsp } = workspace);
		await lsp.open(uri('a.news'), ARTICLE, 2);
		await lsp.diagnostics(uri('a.news'), 2);
	});
	suiteTeardown(() => workspace.dispose());

	test('not open: Ignore Suggestion edits the file as it is on disk (no version)', async () => {
		const result = await lsp.request<CommandResult>(IgnoreSuggestionRequest.method, target('KESSEL'));
		assert.equal(result.error, undefined, result.error);
		assert.equal(kbChange(result).textDocument.version, null);
		assert.equal(appliedTo(result, uri('entities.yaml'), KB), `${KB}kessel:\n  type: none\n  name: KESSEL\n`);
		assert.deepEqual(result.edit!.documentChanges!.length, 1, 'only the knowledge base');
	});

	test('open with unsaved changes: Add to Knowledge Base appends to the editor’s text at its version, the article in the same edit', async () => {
		await lsp.client.sendNotification('textDocument/didOpen', {
			textDocument: { uri: uri('entities.yaml'), languageId: 'yaml', version: 5, text: KB },
		});
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: uri('entities.yaml'), version: 6 },
			contentChanges: [{ text: TYPED }],
		});
		const result = await lsp.request<CommandResult>(AddToKnowledgeBaseRequest.method, {
			...target('Tomas'),
			id: 'tomas-brenner',
		});
		assert.equal(result.error, undefined, result.error);
		assert.equal(kbChange(result).textDocument.version, 6, 'the version the editor sent last');
		assert.equal(
			appliedTo(result, uri('entities.yaml'), TYPED),
			`${TYPED}\ntomas-brenner:\n  type: person\n  name: Tomas Brenner\n  aliases: [Brenner]\n`,
		);
		assert.equal(articleChange(result)!.textDocument.version, 2);
		assert.equal(
			appliedTo(result, uri('a.news'), ARTICLE),
			ARTICLE.replace('[Tomas Brenner]{.person}', '[Tomas Brenner]{.person ref=tomas-brenner}').replace(
				'[Brenner]{.person}',
				'[Brenner]{.person ref=tomas-brenner}',
			),
		);
		assert.equal(needsConfirmation(result.edit!), true, 'two files: the refactor preview');
		assert.equal(result.save, uri('entities.yaml'));
	});

	test('open with unsaved changes: Ignore Suggestion takes the unsaved entries into account', async () => {
		const result = await lsp.request<CommandResult>(IgnoreSuggestionRequest.method, target('KESSEL'));
		assert.equal(kbChange(result).textDocument.version, 6);
		assert.equal(
			appliedTo(result, uri('entities.yaml'), TYPED),
			`${TYPED}\nkessel-2:\n  type: none\n  name: KESSEL\n`,
			'`kessel` is taken by the unsaved entry',
		);
	});

	test('open and typed halfway: no edit, and the error says where to look', async () => {
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri: uri('entities.yaml'), version: 7 },
			contentChanges: [{ text: `${KB}kessel: [\n` }],
		});
		const result = await lsp.request<CommandResult>(IgnoreSuggestionRequest.method, target('KESSEL'));
		assert.equal(result.edit, undefined);
		assert.match(
			result.error ?? '',
			/^entities\.yaml cannot be read \(line 6: Not valid YAML: .*\): correct it, then run the command again\.$/,
		);
	});

	test('closed without saving: what is on disk counts again', async () => {
		const reread = indexChanged();
		await lsp.client.sendNotification('textDocument/didClose', { textDocument: { uri: uri('entities.yaml') } });
		await reread;
		const result = await lsp.request<CommandResult>(IgnoreSuggestionRequest.method, target('KESSEL'));
		assert.equal(kbChange(result).textDocument.version, null);
		assert.equal(appliedTo(result, uri('entities.yaml'), KB), `${KB}kessel:\n  type: none\n  name: KESSEL\n`);
	});
});
