import * as assert from 'node:assert/strict';
import type { ServerHost } from '../../server/src/lsp/serverHost';
import type { ReadAheadSlice } from '../../server/src/lsp/viewFactsAhead';
import { nodeServerHost } from '../../server/src/node/nodeServerHost';
import { NetworkRequest } from '../../server/src/shared/protocol';
import type { NetworkData } from '../../server/src/shared/views';
import { WorkspaceLsp } from '../helpers/workspaceLsp';

const ARTICLES = 200;
const article = (i: number) =>
	`date 2025-01-${String((i % 28) + 1).padStart(2, '0')} [Ada Berg]{.person} met [Tor Lund${i % 7}]{.person} in Norland. `.repeat(
		20,
	) + '\n';
const files = (): Record<string, string> =>
	Object.fromEntries(Array.from({ length: ARTICLES }, (_, i) => [`a${i}.news`, article(i)]));

suite('LSP: the corpus views read ahead in slices', () => {
	test('the network answers with every article read ahead in the background, and a hover sent after it is answered', async () => {
		const workspace = await WorkspaceLsp.start('attache-views-ahead-', files());
		try {
			const { lsp } = workspace;
			const uri = workspace.uri('a0.news');
			const order: string[] = [];
			const network = lsp.client
				.sendRequest<NetworkData>(NetworkRequest.method, {})
				.then((n) => (order.push('network'), n));
			const hover = lsp.client
				.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } })
				.then(() => order.push('hover'));
			const [n] = await Promise.all([network, hover]);
			assert.equal(n.articles, ARTICLES);
			assert.deepEqual([...order].sort(), ['hover', 'network']);
		} finally {
			workspace.dispose();
		}
	});

	test('a hover is answered between two slices while the read-ahead still has articles to read', async () => {
		// The test holds the read-ahead: it runs each slice itself, on a clock that moves 10 ms a look, so that every
		// slice reads one article whatever the machine's speed.
		const held: (() => void)[] = [];
		const slices: ReadAheadSlice[] = [];
		let time = 0;
		const host: ServerHost = {
			...nodeServerHost,
			viewFactsAhead: { schedule: (s) => held.push(s), now: () => (time += 10), sliced: (s) => slices.push(s) },
		};
		const workspace = await WorkspaceLsp.start('attache-views-held-', files(), undefined, host);
		try {
			const uri = workspace.uri('a0.news');
			// Opened and diagnosed before the slices run: what the server does for an open article is done.
			await workspace.lsp.open(uri, article(0));
			await workspace.lsp.diagnostics(uri, 1);
			// Runs the slices held so far (those of runs a later index change cancelled return at once).
			const release = (count: number): void => {
				for (let i = 0; i < count && held.length; i++) held.shift()!();
			};
			while (slices.length < 3 && held.length) release(1);
			assert.equal(slices.length, 3, 'three slices ran');
			assert.ok(
				slices.every((s) => s.more),
				'facts are still missing after them',
			);
			assert.ok(held.length > 0, 'the next slice waits');

			const hover = await workspace.lsp.client.sendRequest<{ contents: unknown } | null>('textDocument/hover', {
				textDocument: { uri },
				position: { line: 0, character: 20 },
			});
			assert.ok(hover?.contents, 'the hover of Ada Berg');
			assert.equal(slices.length, 3, 'answered with the read-ahead still held, between two slices');

			while (held.length) release(1);
			assert.equal(slices.at(-1)!.more, false, 'the read-ahead finished');
			assert.ok(slices.length >= ARTICLES, `one article a slice on this clock: ${slices.length} slices`);
			const network = await workspace.lsp.client.sendRequest<NetworkData>(NetworkRequest.method, {});
			assert.equal(network.articles, ARTICLES);
		} finally {
			workspace.dispose();
		}
	});
});
