import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { caretAfter, mapOffset, toTextEdits } from '../../../server/src/service/commands/edits';

const d = (text: string) => TextDocument.create('file:///t.news', 'annotated-news', 1, text);

suite('commands: edit arithmetic', () => {
	test('an offset after the edits: insertions at it push it on; inside a replacement, to its end', () => {
		const edits = [
			{ start: 2, end: 2, text: '[' },
			{ start: 5, end: 5, text: ']{.x}' },
			{ start: 8, end: 10, text: 'abc' },
		];
		assert.equal(mapOffset(edits, 2), 3);
		assert.equal(mapOffset(edits, 4), 5);
		assert.equal(mapOffset(edits, 5), 11);
		assert.equal(mapOffset(edits, 9), 17);
		assert.equal(mapOffset(edits, 12), 19);
	});

	test('the caret in the edited text, on the fast path and when edits add or remove line breaks', () => {
		const doc = d('ab\r\ncd ef\nghi');
		assert.deepEqual(
			caretAfter(
				doc,
				[
					{ start: 4, end: 4, text: '[' },
					{ start: 6, end: 6, text: ']{.x}' },
				],
				8,
			).start,
			{ line: 1, character: 10 },
		);
		assert.deepEqual(
			caretAfter(doc, [{ start: 1, end: 1, text: '\n\n' }], 8).start,
			{ line: 3, character: 4 },
			'two lines more before it',
		);
		assert.deepEqual(
			caretAfter(doc, [{ start: 2, end: 4, text: ' ' }], 8).start,
			{ line: 0, character: 7 },
			'its line joined to the one before',
		);
	});

	test('positions of ascending offsets as LSP counts lines: CRLF, a lone CR, emoji', () => {
		const doc = d('a\r\nb\rc\n😀d');
		const offsets = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10];
		const edits = toTextEdits(
			doc,
			offsets.map((o) => ({ start: o, end: o, text: '' })),
		);
		assert.deepEqual(
			edits.map((e) => e.range.start),
			offsets.map((o) => doc.positionAt(o)),
		);
	});
});
