import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterPendingMessages } from '../../../server/src/lsp/afterPendingMessages';

const isError = (code: number) => (e: unknown) => e instanceof ResponseError && e.code === code;

suite('requests after the pending messages', () => {
	test('the work runs, after the current turn, when nothing came in between', async () => {
		const document = TextDocument.create('file:///a.news', 'annotated-news', 1, 'Сергей 🤝\r\n');
		const order: string[] = [];
		const answer = afterPendingMessages(document, new CancellationTokenSource().token, () => {
			order.push('work');
			return document.getText().length;
		});
		order.push('after the handler');
		assert.equal(await answer, 11);
		assert.deepEqual(order, ['after the handler', 'work']);
	});

	test('a cancellation that arrives meanwhile answers RequestCancelled, and the work does not run', async () => {
		const document = TextDocument.create('file:///a.news', 'annotated-news', 1, 'text');
		const source = new CancellationTokenSource();
		let ran = false;
		const answer = afterPendingMessages(document, source.token, () => (ran = true));
		source.cancel();
		await assert.rejects(answer, isError(LSPErrorCodes.RequestCancelled));
		assert.equal(ran, false);
	});

	test('an edit that arrives meanwhile answers ContentModified (the editor asks again), and the work does not run', async () => {
		const document = TextDocument.create('file:///a.news', 'annotated-news', 1, 'text');
		let ran = false;
		const answer = afterPendingMessages(document, new CancellationTokenSource().token, () => (ran = true));
		TextDocument.update(document, [{ text: 'new text' }], 2);
		await assert.rejects(answer, isError(LSPErrorCodes.ContentModified));
		assert.equal(ran, false);
	});

	test('an error of the work is the answer, as an Error', async () => {
		const document = TextDocument.create('file:///a.news', 'annotated-news', 1, 'text');
		await assert.rejects(
			afterPendingMessages(document, new CancellationTokenSource().token, () => {
				throw new RangeError('too deep');
			}),
			RangeError,
		);
	});
});
