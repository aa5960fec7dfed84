import * as assert from 'node:assert/strict';
import { NetworkRequest } from '../../server/src/shared/protocol';
import type { NetworkData } from '../../server/src/shared/views';
import { WorkspaceLsp } from '../helpers/workspaceLsp';

const ARTICLES = 200;
const article = (i: number) =>
	`date 2025-01-${String((i % 28) + 1).padStart(2, '0')} [Ada Berg]{.person} met [Tor Lund${i % 7}]{.person} in Norland. `.repeat(
		20,
	) + '\n';

suite('LSP: the corpus views read ahead in slices', () => {
	test('the network answers with every article read ahead in the background, and a hover sent after it is answered', async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < ARTICLES; i++) files[`a${i}.news`] = article(i);
		const workspace = await WorkspaceLsp.start('attache-views-ahead-', files);
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
});
