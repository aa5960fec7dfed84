import * as assert from 'node:assert/strict';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, DiagnosticCode } from '../../server/src/service';
import { MAX_PROBLEMS } from '../../server/src/service/problemCap';
import { semanticTokensLegend } from '../../server/src/shared/semanticTokens';
import { normalizeSettings } from '../../server/src/shared/settings';
import { InMemoryLsp } from '../helpers/lspClient';

const SETTINGS = { suggestions: { enabled: true, showAsDiagnostics: true } };
const CAPITALS = ['Vienna', 'Oslo', 'Geneva', 'Helsinki', 'Warsaw', 'Prague', 'Lisbon', 'Dublin'];
const paragraph = (i: number): string =>
	`Foreign Minister [Anna Lindqvist]{.person} met Tomas Brenner ${i} in ${CAPITALS[i % CAPITALS.length]} on March ${(i % 28) + 1}, ` +
	`where the Danube Valley Commission discussed the treaty of ${1990 + (i % 30)} 🇪🇺. Сергей Лавров attended.`;
/** Some 100 KB: several chunks of the recognizer (see service/suggestionChunks.ts). */
const LONG = `---\r\ndate: 2024-03-14\r\n---\r\n${Array.from({ length: 500 }, (_, i) => paragraph(i)).join('\r\n\r\n')}\r\n`;

/** The suggested tokens of an answer, as `line:character+length type`. */
function suggestedTokens({ data }: SemanticTokens): string[] {
	const bit = 1 << semanticTokensLegend.tokenModifiers.indexOf('suggested');
	const out: string[] = [];
	let line = 0;
	let char = 0;
	for (let i = 0; i < data.length; i += 5) {
		line += data[i]!;
		char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
		if (data[i + 4]! & bit)
			out.push(`${line}:${char}+${data[i + 2]!} ${semanticTokensLegend.tokenTypes[data[i + 3]!]!}`);
	}
	return out;
}

/** The suggestions of `text` as the synchronous service (the CLI's) makes them: what the server must end with. */
function expectedSuggestions(text: string): number {
	const service = createAttacheService({ getSettings: () => normalizeSettings(SETTINGS) });
	return service.getSuggestions(TextDocument.create('file:///expected.news', 'annotated-news', 1, text), {
		isCancellationRequested: false,
	}).length;
}

suite('LSP: suggestions in the background', () => {
	let lsp: InMemoryLsp;
	/** Resolves at the server's next workspace/semanticTokens/refresh request. */
	let refreshed: () => Promise<void>;
	// A server for each test: the other's article would be in the workspace's names.
	setup(async () => {
		lsp = new InMemoryLsp();
		lsp.settings = SETTINGS;
		let waiters: (() => void)[] = [];
		lsp.client.onRequest('workspace/semanticTokens/refresh', () => {
			for (const w of waiters.splice(0)) w();
			return null;
		});
		refreshed = () => new Promise<void>((resolve) => (waiters = [...waiters, resolve]));
		await lsp.initialize({ semanticTokens: { refreshSupport: true } });
	});

	/** The suggested tokens after the refreshes to come, once there are `count` (other refreshes, for the settings, come too). */
	async function tokensAfterRefresh(uri: string, refresh: Promise<void>, count: number): Promise<string[]> {
		for (let next = refresh; ; next = refreshed()) {
			await next;
			const tokens = suggestedTokens(
				await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }),
			);
			if (tokens.length === count) return tokens;
		}
	}
	teardown(() => lsp.dispose());

	test('a long article: tokens answer at once without suggestions, then the server asks for a refresh and the next tokens have them all', async () => {
		const uri = 'file:///work/articles/long.news';
		const refresh = refreshed();
		await lsp.open(uri, LONG);
		const first = await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		assert.ok(first.data.length > 0, 'the annotations are highlighted');
		assert.deepEqual(suggestedTokens(first), []);
		const expected = expectedSuggestions(LONG);
		assert.ok(expected > 1000, `${expected} suggestions`);
		await tokensAfterRefresh(uri, refresh, expected);
		// The diagnostics show the first MAX_PROBLEMS, and say how many more there are.
		await lsp.diagnosticsWhere(uri, (d) =>
			d.some(
				(x) =>
					x.code === DiagnosticCode.TooManyProblems && x.message.startsWith(`${expected - MAX_PROBLEMS} more problems`),
			),
		);
	});

	test('an edit in the middle stops the stale work: the suggestions in the end are those of the final text', async () => {
		const uri = 'file:///work/articles/edited.news';
		await lsp.open(uri, LONG);
		await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const document = TextDocument.create(uri, 'annotated-news', 1, LONG);
		const at = LONG.indexOf('Tomas Brenner 250 ');
		const range = { start: document.positionAt(at), end: document.positionAt(at + 'Tomas Brenner 250 '.length) };
		const final = `${LONG.slice(0, at)}the Halvik Forum and Ida Brenner ${LONG.slice(at + 'Tomas Brenner 250 '.length)}`;
		const refresh = refreshed();
		await lsp.client.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range, text: 'the Halvik Forum and Ida Brenner ' }],
		});
		await lsp.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
		const expected = expectedSuggestions(final);
		const tokens = await tokensAfterRefresh(uri, refresh, expected);
		const line = document.positionAt(at).line;
		const column = final.split('\r\n')[line]!.indexOf('Halvik Forum');
		assert.ok(
			tokens.includes(`${line}:${column}+${'Halvik Forum'.length} organization`),
			tokens.filter((t) => t.startsWith(`${line}:`)).join(', '),
		);
		await lsp.diagnosticsWhere(uri, (d) =>
			d.some(
				(x) =>
					x.code === DiagnosticCode.TooManyProblems && x.message.startsWith(`${expected - MAX_PROBLEMS} more problems`),
			),
		);
	});
});
