import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { doc, none, service } from '../../helpers/service';

/** The text after applying a code action's edit. */
function apply(text: string, title: string, at: string, delta = 1): string {
	const d = doc(text);
	const offset = text.indexOf(at) + delta;
	const range = { start: d.positionAt(offset), end: d.positionAt(offset) };
	const actions = service().getCodeActions(d, range, none);
	const action = actions.find((a) => a.title === title);
	assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
	assert.equal(action.kind, 'quickfix');
	const edits = action.edit!.changes![d.uri] as TextEdit[];
	return TextDocument.applyEdits(d, edits);
}

const H = '---\ndate: 2024-03-14\n---\n';

suite('quick fixes', () => {
	test('unknown type -> the closest known type (preferred), or any other', () => {
		assert.equal(
			apply(H + '[Ada]{.persn ref=a}\n', 'Change the type to .person', '.persn'),
			H + '[Ada]{.person ref=a}\n',
		);
		assert.equal(apply(H + '[Ada]{.persn}\n', 'Change the type to .org', '.persn'), H + '[Ada]{.org}\n');
		assert.equal(apply(H + '[UN]{.organization}\n', 'Change the type to .org', '.organization'), H + '[UN]{.org}\n');
	});

	test('missing type -> add one', () => {
		assert.equal(apply(H + '[Ada]{ref=a}\n', 'Add the type .person', '{ref'), H + '[Ada]{.person ref=a}\n');
		assert.equal(apply(H + '[Ada]{}\n', 'Add the type .place', '{}'), H + '[Ada]{.place}\n');
	});

	test('two types -> keep one', () => {
		assert.equal(apply(H + '[N]{.place .org ref=n}\n', 'Keep only the type .org', '.org'), H + '[N]{.org ref=n}\n');
		assert.equal(apply(H + '[N]{.place .org ref=n}\n', 'Keep only the type .place', '.org'), H + '[N]{.place ref=n}\n');
	});

	test('empty annotation -> remove it', () => {
		assert.equal(apply(H + 'a []{.person} b\n', 'Remove the empty annotation', '[]'), H + 'a  b\n');
	});

	test('invalid date value -> remove it', () => {
		assert.equal(
			apply(H + '[x]{.date value=2024-13-01}\n', 'Remove the invalid date value', '2024-13'),
			H + '[x]{.date}\n',
		);
	});

	test('unclosed bracket -> escape it; unclosed brace -> close it', () => {
		assert.equal(apply(H + 'a [b c\n', 'Write a literal bracket \\[', '[', 0), H + 'a \\[b c\n');
		assert.equal(
			apply(H + '[Ada]{.person ref=a and more\n', 'Close the attributes with }', '{', 0),
			H + '[Ada]{.person ref=a} and more\n',
		);
	});

	test('no article date -> add a header, or a date line to the header (CRLF kept)', () => {
		assert.equal(
			apply('Text.\n', 'Add a header with the article date', 'Text', 0),
			'---\ndate: YYYY-MM-DD\n---\nText.\n',
		);
		assert.equal(
			apply('---\r\ntitle: T\r\n---\r\nText.\r\n', 'Add the article date to the header', '---', 0),
			'---\r\ndate: YYYY-MM-DD\r\ntitle: T\r\n---\r\nText.\r\n',
		);
	});

	test('no quick fixes away from problems (an annotation has only refactorings)', () => {
		const d = doc(H + '[Ada]{.person} and [N]{.plac}\n');
		const actions = service().getCodeActions(
			d,
			{ start: d.positionAt(H.length + 2), end: d.positionAt(H.length + 2) },
			none,
		);
		assert.deepEqual(
			actions.filter((a) => a.kind === 'quickfix'),
			[],
		);
	});
});
