import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineCursor } from '../../../server/src/service/text/lineCursor';

const RUNS = Number(process.env['FC_RUNS'] ?? 400);

/** Text of line breaks of every kind (LF, CRLF, lone CR, runs of them), Cyrillic and emoji. */
const text = fc
	.array(fc.constantFrom('a', 'Лавров', '🇷🇺', ' ', '\n', '\r\n', '\r', '\r\r\n', '\n\r'), { maxLength: 40 })
	.map((parts) => parts.join(''));

suite('LineCursor', () => {
	test('stands where the document puts each offset, moving forward, backward and into a CRLF', () => {
		fc.assert(
			fc.property(
				text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat(t.length), { maxLength: 30 }))),
				fc.boolean(),
				([t, targets], sorted) => {
					const document = TextDocument.create('file:///t.news', 'annotated-news', 1, t);
					const cursor = new LineCursor(document);
					for (const target of sorted ? [...targets].sort((a, b) => a - b) : targets) {
						cursor.moveTo(target);
						assert.deepEqual(
							{ line: cursor.line, character: cursor.character },
							document.positionAt(target),
							`offset ${target}`,
						);
					}
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('walks every offset of a long text in order', () => {
		const t = 'Foreign Minister Лавров 🇷🇺\r\nmet\rthem\n\n'.repeat(200);
		const document = TextDocument.create('file:///t.news', 'annotated-news', 1, t);
		const cursor = new LineCursor(document);
		for (let target = 0; target <= t.length; target++) {
			cursor.moveTo(target);
			const p = document.positionAt(target);
			if (cursor.line !== p.line || cursor.character !== p.character)
				assert.fail(`offset ${target}: ${cursor.line}:${cursor.character}, not ${p.line}:${p.character}`);
		}
	});
});
