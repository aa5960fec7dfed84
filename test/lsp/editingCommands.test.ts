import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-protocol';
import {
	AcceptAllSuggestionsRequest,
	AcceptEntityInWorkspaceRequest,
	AddToKnowledgeBaseRequest,
	AnnotateRequest,
	CommandContextRequest,
	ConvertPlainArticleRequest,
	NavigateSuggestionRequest,
	SetDateValueRequest,
	type CommandContext,
	type CommandResult,
	type ConvertPlainArticleResult,
	type NavigateResult,
} from '../../server/src/shared/protocol';
import { appliedTo, createdFiles, editsOf, needsConfirmation } from '../helpers/commands';
import { InMemoryLsp } from '../helpers/lspClient';
import { positionOf } from '../helpers/positions';

const URI = 'file:///work/articles/oslo.news';
const TEXT =
	'---\ndate: 2025-01-22\n---\nForeign Minister Tomas Brenner flew to Moscow on May 9, where Brenner met [Ada Lindqvist]{.person}.\n';
const OTHER = 'file:///work/articles/bergen.news';
const OTHER_TEXT = '---\ndate: 2025-02-01\n---\nIn Moscow, Brenner spoke.\n';
const at = (needle: string, delta = 0) => positionOf(TEXT, needle, { line: 3, delta });
const target = (position: { line: number; character: number }) => ({
	textDocument: { uri: URI },
	position,
	range: { start: position, end: position },
});
const apply = (result: CommandResult, text = TEXT, uri = URI): string =>
	TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, text), editsOf(result.edit!, uri));

suite('LSP: the editing commands', () => {
	let lsp: InMemoryLsp;
	suiteSetup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = { suggestions: { enabled: true } };
		await lsp.initialize();
		await lsp.open(URI, TEXT);
		await lsp.open(OTHER, OTHER_TEXT);
		await lsp.diagnostics(URI, 1);
		await lsp.diagnostics(OTHER, 1);
	});
	suiteTeardown(() => lsp.dispose());

	test('attache/commandContext: the types, what is at the cursor, its date value', async () => {
		const context = await lsp.request<CommandContext>(CommandContextRequest.method, target(at('May 9', 1)));
		assert.deepEqual(
			context.types.map((t) => t.name),
			['person', 'org', 'place', 'date', 'role'],
		);
		assert.equal(context.annotation, undefined);
		assert.deepEqual(context.suggestion, {
			text: 'May 9',
			type: 'date',
			value: '2025-05-09',
			range: { start: at('May 9'), end: at('May 9', 5) },
		});
		assert.equal(context.text, 'May 9');
		assert.equal(context.resolvedValue, '2025-05-09');
		assert.equal(context.articleDate, '2025-01-22');
	});

	test('attache/annotate: the selection, at the document version, the cursor after it', async () => {
		const range = { start: at('Foreign'), end: at('Foreign', 16) };
		const result = await lsp.request<CommandResult>(AnnotateRequest.method, {
			textDocument: { uri: URI },
			position: range.end,
			range,
			type: 'role',
		});
		assert.equal(apply(result), TEXT.replace('Foreign Minister', '[Foreign Minister]{.role}'));
		assert.deepEqual(result.selection, { start: at('Foreign', 25), end: at('Foreign', 25) });
		assert.equal((result.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 1);
	});

	test('attache/acceptAllSuggestions and attache/navigateSuggestion', async () => {
		const all = await lsp.request<CommandResult>(AcceptAllSuggestionsRequest.method, target(at('flew')));
		assert.equal(
			apply(all),
			TEXT.replace('Foreign Minister', '[Foreign Minister]{.role}')
				.replace('Tomas Brenner', '[Tomas Brenner]{.person}')
				.replace('Moscow', '[Moscow]{.place}')
				.replace('May 9', '[May 9]{.date value=2025-05-09}')
				.replace('where Brenner', 'where [Brenner]{.person}'),
		);
		const next = await lsp.request<NavigateResult>(NavigateSuggestionRequest.method, {
			...target(at('flew')),
			direction: 'next',
		});
		assert.deepEqual(next, {
			range: { start: at('Moscow'), end: at('Moscow', 6) },
			index: 3,
			total: 5,
			label: '"Moscow" (place)',
		});
	});

	test('attache/acceptEntityInWorkspace: the open article too, previewed', async () => {
		const result = await lsp.request<CommandResult>(AcceptEntityInWorkspaceRequest.method, target(at('Moscow', 2)));
		assert.equal(apply(result), TEXT.replace('Moscow', '[Moscow]{.place}'));
		assert.equal(apply(result, OTHER_TEXT, OTHER), OTHER_TEXT.replace('Moscow', '[Moscow]{.place}'));
		assert.equal(needsConfirmation(result.edit!), true);
	});

	test('attache/setDateValue refuses what is no date value', async () => {
		const result = await lsp.request<CommandResult>(SetDateValueRequest.method, {
			...target(at('May 9', 1)),
			value: 'next May',
		});
		assert.equal(result.edit, undefined);
		assert.match(result.error!, /without spaces/);
	});

	test('attache/addToKnowledgeBase: creates entities.yaml beside the article when the workspace has none', async () => {
		const result = await lsp.request<CommandResult>(AddToKnowledgeBaseRequest.method, target(at('Ada', 1)));
		assert.deepEqual(createdFiles(result.edit!), ['file:///work/articles/entities.yaml']);
		assert.equal(
			appliedTo(result, 'file:///work/articles/entities.yaml'),
			'ada-lindqvist:\n  type: person\n  name: Ada Lindqvist\n',
		);
		assert.equal(apply(result), TEXT.replace('{.person}', '{.person ref=ada-lindqvist}'));
	});

	test('attache/convertPlainArticle, and a document the server does not have', async () => {
		const result = await lsp.request<ConvertPlainArticleResult>(ConvertPlainArticleRequest.method, {
			uri: 'file:///work/raw/a.txt',
			text: 'date 2025-01-22 OSLO. Text.\n',
		});
		assert.equal(result.uri, 'file:///work/raw/a.news');
		assert.equal(appliedTo(result, result.uri!), '---\ndate: 2025-01-22\n---\nOSLO. Text.\n');
		const missing = await lsp.request<CommandResult>(AnnotateRequest.method, {
			...target(at('May')),
			textDocument: { uri: 'file:///work/closed.news' },
			type: 'date',
		});
		assert.match(missing.error!, /Open the article in the editor first/);
	});

	test('textDocument/codeAction offers the refactorings on an annotation', async () => {
		const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: { start: at('Ada', 1), end: at('Ada', 1) },
			context: { diagnostics: [] },
		});
		assert.ok(
			actions.some(
				(a) => a.title === 'Remove the annotation of "Ada Lindqvist" (keep the text)' && a.kind === 'refactor.rewrite',
			),
		);
		assert.ok(actions.some((a) => a.title === 'Change the type to .org'));
	});
});
