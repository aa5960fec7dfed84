import * as assert from 'node:assert/strict';
import { doc, none, service } from '../../helpers/service';

function hoverAt(text: string, needle: string, delta = 1): string | undefined {
	const d = doc(text);
	const h = service().getHover(d, d.positionAt(text.indexOf(needle) + delta), none);
	return h ? (h.contents as { value: string }).value : undefined;
}

const H = '---\ndate: 2025-01-22\n---\n';

suite('hover', () => {
	test('a person with ref and other attributes, and its role', () => {
		const text = H + '[Foreign Minister]{.role} [Sergey Lavrov]{.person ref=sergey-lavrov #m1 note="first mention"}\n';
		assert.equal(
			hoverAt(text, 'Sergey'),
			'**Person** · Sergey Lavrov\n\nRefers to `sergey-lavrov`\n\n- id: `m1`\n- note: first mention',
		);
		assert.equal(hoverAt(text, 'Foreign'), '**Role** · Foreign Minister\n\nTitle of Sergey Lavrov');
	});

	test('hover anywhere on the markup, attributes included', () => {
		const text = H + '[Bishkek]{.place ref=bishkek}\n';
		assert.equal(hoverAt(text, '[', 0), hoverAt(text, 'ref=', 2));
		assert.match(hoverAt(text, 'ref=')!, /^\*\*Place\*\* · Bishkek/);
	});

	test('a date: ISO value, weekday, distance from the article date', () => {
		assert.equal(
			hoverAt(H + 'on [May 9]{.date value=2025-05-09}\n', 'May'),
			'**Date** · May 9\n\n`2025-05-09`: Friday, 9 May 2025\n\n107 days after the article date (2025-01-22)',
		);
		assert.match(hoverAt(H + '[January 22]{.date value=2025-01-22}\n', 'Jan')!, /The article date \(2025-01-22\)/);
		assert.match(hoverAt(H + '[Jan 1]{.date value=2025-01-01}\n', 'Jan')!, /21 days before the article date/);
	});

	test('date periods and intervals', () => {
		assert.match(
			hoverAt(H + '[2025-2027]{.date value=2025/2027}\n', '[2025')!,
			/`2025\/2027`: the year 2025 to the year 2027\n\nIncludes the article date/,
		);
		assert.match(
			hoverAt(H + '[March]{.date value=2025-03}\n', 'March')!,
			/`2025-03`: March 2025\n\nStarts 38 days after the article date/,
		);
		assert.match(
			hoverAt(H + '[last week]{.date value=2025-W03}\n', 'last')!,
			/week 3 of 2025 \(Mon 13 Jan 2025 – Sun 19 Jan 2025\)\n\nEnds 3 days before/,
		);
		assert.match(hoverAt(H + '[Q1]{.date value=2025-Q1}\n', 'Q1')!, /quarter 1 of 2025 \(January – March\)/);
	});

	test('a date without value, with an invalid value, in an article without date', () => {
		assert.match(hoverAt(H + '[soon]{.date}\n', 'soon')!, /No `value` yet: add `value=YYYY-MM-DD`/);
		assert.match(hoverAt(H + '[x]{.date value=2025-02-30}\n', 'x')!, /`2025-02-30` is not a valid date value/);
		assert.match(hoverAt('[May 9]{.date value=2025-05-09}\n', 'May')!, /The article has no date to compare with/);
	});

	test('nested: the innermost annotation, and what holds it', () => {
		const text = H + '[[Russian]{.place} Foreign Ministry]{.org}\n';
		assert.equal(hoverAt(text, 'Russian'), '**Place** · Russian\n\nPart of organization *Russian Foreign Ministry*');
		assert.match(hoverAt(text, 'Foreign')!, /^\*\*Organization\*\* · Russian Foreign Ministry$/);
	});

	test('unknown and missing types say so; plain text has no hover', () => {
		assert.match(hoverAt(H + '[X]{.thing}\n', 'X', 0)!, /^\*\*Unknown type `\.thing`\*\* · X/);
		assert.match(hoverAt(H + '[X]{ref=x}\n', 'X', 0)!, /^\*\*Annotation without a type\*\* · X/);
		assert.equal(hoverAt(H + 'plain [X]{.person}\n', 'plain'), undefined);
	});

	test('the article date in the header', () => {
		assert.match(hoverAt(H + 'text\n', '2025')!, /^\*\*Article date\*\*\n\nWednesday, 22 January 2025/);
		assert.match(hoverAt('date 2025-01-22 BISHKEK. Text\n', '2025')!, /Wednesday, 22 January 2025/);
	});

	test('non-ASCII text and CRLF: positions in UTF-16 code units', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\n🇷🇺 [Сергей Лавров]{.person} и [Бишкек]{.place}\r\n';
		const d = doc(text);
		const at = text.indexOf('Бишкек');
		const h = service().getHover(d, d.positionAt(at), none)!;
		assert.equal((h.contents as { value: string }).value, '**Place** · Бишкек');
		assert.deepEqual(h.range, { start: { line: 3, character: 32 }, end: { line: 3, character: 48 } });
		assert.equal(text.split('\r\n')[3]!.indexOf('[Бишкек]'), 32, 'the flag is 4 UTF-16 units');
	});
});
