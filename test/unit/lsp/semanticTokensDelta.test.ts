import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import { SemanticTokensResults, tokenEdits } from '../../../server/src/lsp/semanticTokensDelta';

/** The editor's side: the edits applied to the tokens it holds. */
function apply(data: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
	let out = [...data];
	for (const e of [...edits].sort((a, b) => b.start - a.start))
		out = [...out.slice(0, e.start), ...(e.data ?? []), ...out.slice(e.start + e.deleteCount)];
	return out;
}

/** Tokens of five small numbers each: near-equal neighbours, as after a keystroke. */
const tokens = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }), { maxLength: 12 });

suite('semantic tokens: the delta to the last result', () => {
	test('the edits turn the old tokens into the new, on whole tokens (fast-check)', () => {
		fc.assert(
			fc.property(tokens, tokens, (a, b) => {
				const before = a.flat();
				const after = b.flat();
				const edits = tokenEdits(before, after);
				assert.deepEqual(apply(before, edits), after);
				for (const e of edits) assert.ok(e.start % 5 === 0 && e.deleteCount % 5 === 0, JSON.stringify(e));
				if (before.join() === after.join()) assert.deepEqual(edits, []);
			}),
			{ numRuns: 2000 },
		);
	});

	test('a keystroke in a long list of tokens is one small edit', () => {
		const before = Array.from({ length: 5000 }, (_, i) => i % 7);
		const after = [...before];
		after[2502] = 99;
		assert.deepEqual(tokenEdits(before, after), [{ start: 2500, deleteCount: 5, data: after.slice(2500, 2505) }]);
	});

	test('a delta names the result it follows; an unknown or older one gets the full tokens', () => {
		const results = new SemanticTokensResults();
		const first = results.full('file:///a.news', { data: [0, 1, 2, 0, 0] });
		const second = results.delta('file:///a.news', first.resultId!, { data: [0, 1, 3, 0, 0] }) as SemanticTokensDelta;
		assert.deepEqual(second.edits, [{ start: 0, deleteCount: 5, data: [0, 1, 3, 0, 0] }]);
		assert.notEqual(second.resultId, first.resultId);
		assert.deepEqual(results.delta('file:///a.news', first.resultId!, { data: [0, 1, 4, 0, 0] }), {
			resultId: String(Number(second.resultId) + 1),
			data: [0, 1, 4, 0, 0],
		});
		results.forget('file:///a.news');
		assert.ok('data' in results.delta('file:///a.news', '3', { data: [] }));
	});
});
