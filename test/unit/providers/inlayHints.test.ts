import * as assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings, type AttacheSettings } from '../../../server/src/shared/settings';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const whole = (d: TextDocument) => ({ start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) });

function hints(text: string, s: AttacheSettings = settings()): InlayHint[] {
	const d = doc(text);
	return service(s).getInlayHints(d, whole(d), none);
}

/** Each hint as `line:character label`. */
const brief = (list: InlayHint[]): string[] =>
	list.map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);

suite('inlay hints: date values', () => {
	test('after each date annotation with a value: the value and its weekday', () => {
		const text = H + 'On [May 9]{.date value=2025-05-09} and [June 2]{.date value=2025-06-02}.\n';
		const list = hints(text);
		assert.deepEqual(brief(list), ['3:34 = 2025-05-09 (Fri)', '3:71 = 2025-06-02 (Mon)']);
		assert.equal(list[0]!.paddingLeft, true);
		assert.equal(list[0]!.tooltip, '2025-05-09: Friday, 9 May 2025, 107 days after the article date.');
		assert.equal(list[0]!.textEdits, undefined);
	});

	test('periods, intervals, invalid values; other types get nothing', () => {
		const text =
			H +
			'[March]{.date value=2025-03} [that week]{.date value=2025-01-20/2025-01-24} [x]{.date value=2025-02-30} [Oslo]{.place value=2025-01-01}\n';
		assert.deepEqual(brief(hints(text)), ['3:28 = 2025-03', '3:75 = 2025-01-20/2025-01-24 (Mon–Fri)']);
	});

	test('a date annotation without value: the resolved one as `value?`, which a double click writes in', () => {
		const text = H + 'On [May 9]{.date} they met; [tomorrow]{.date } too; [someday]{.date}.\n';
		const line = text.split('\n')[3]!;
		const list = hints(text);
		assert.deepEqual(brief(list), [
			`3:${line.indexOf(' they')} value? 2025-05-09 (Fri)`,
			`3:${line.indexOf(' too')} value? 2025-01-23 (Thu)`,
		]);
		assert.deepEqual(list[0]!.textEdits, [
			{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 16 } }, newText: ' value=2025-05-09' },
		]);
		assert.deepEqual(list[1]!.textEdits, [
			{
				range: {
					start: { line: 3, character: line.indexOf('} too') },
					end: { line: 3, character: line.indexOf('} too') },
				},
				newText: 'value=2025-01-23',
			},
		]);
		assert.match(
			(list[0]!.tooltip as { value: string }).value,
			/^"May 9" resolves to `2025-05-09`, Friday, 9 May 2025, but the annotation has no `value` yet/,
		);
	});

	test('after each date suggestion, in text order with the annotations', () => {
		const text = H + 'They met on May 9 and agreed on [June 2]{.date value=2025-06-02}; talks resume next Friday.\n';
		const list = hints(text, settings({ suggestions: true }));
		const line = text.split('\n')[3]!;
		assert.deepEqual(brief(list), [
			'3:17 = 2025-05-09 (Fri)',
			'3:64 = 2025-06-02 (Mon)',
			`3:${line.length - 1} = 2025-01-24 (Fri)`,
		]);
		assert.match(String(list[0]!.tooltip), /^Suggested date, not annotated yet\. 2025-05-09: Friday, 9 May 2025/);
	});

	test('only inside the requested range', () => {
		const text = H + 'On [May 9]{.date value=2025-05-09}.\n\nOn [June 2]{.date value=2025-06-02}.\n';
		const d = doc(text);
		const list = service().getInlayHints(d, { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, none);
		assert.deepEqual(brief(list), ['5:35 = 2025-06-02 (Mon)']);
	});

	test('no article date: absolute dates only', () => {
		assert.deepEqual(brief(hints('On [9 May 2025]{.date} and [May 9]{.date}.\n')), ['0:22 value? 2025-05-09 (Fri)']);
	});

	test('positions in UTF-16 code units with Cyrillic, emoji and CRLF', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [9 мая]{.date value=2025-05-09}\r\n[May 9]{.date}\r\n';
		const list = hints(text);
		assert.deepEqual(brief(list), ['3:42 = 2025-05-09 (Fri)', '4:14 value? 2025-05-09 (Fri)']);
		assert.equal(text.split('\r\n')[3]!.length, 42);
		assert.deepEqual(list[1]!.textEdits![0]!.range.start, { line: 4, character: 13 });
	});

	test('the setting `attache.inlayHints.dateValues` turns them off', () => {
		const text = H + 'On [May 9]{.date value=2025-05-09}.\n';
		assert.deepEqual(hints(text, { ...settings(), inlayHints: { dateValues: false } }), []);
		assert.equal(defaultSettings.inlayHints.dateValues, true);
	});

	test('a cancelled request gets nothing', () => {
		const d = doc(H + 'On [May 9]{.date value=2025-05-09}.\n');
		assert.deepEqual(service().getInlayHints(d, whole(d), { isCancellationRequested: true }), []);
	});
});
