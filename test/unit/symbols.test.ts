import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { doc, none, service, settings } from '../helpers/service';

const shape = (s: DocumentSymbol): unknown => [s.name, s.detail ?? '', (s.children ?? []).map(shape)];

suite('document symbols (outline)', () => {
	test('mentions with one ref are one entity, named by the longest mention; without ref, the same text', () => {
		const text = [
			'---',
			'date: 2025-01-22',
			'source: Test Wire',
			'title: A title',
			'custom: kept',
			'---',
			'[Sergey Lavrov]{.person ref=lavrov} and [BISHKEK]{.place} ... [Lavrov]{.person ref=lavrov} in [Bishkek]{.place}.',
			'',
		].join('\n');
		const symbols = service().getDocumentSymbols(doc(text), none);
		assert.deepEqual(symbols.map(shape), [
			[
				'Header',
				'A title',
				[
					['Article date', '2025-01-22 (Wednesday, 22 January 2025)', []],
					['Title', 'A title', []],
					['Source', 'Test Wire', []],
					['custom', 'kept', []],
				],
			],
			['People', '1', [['Sergey Lavrov', 'lavrov · 2 mentions', [['Sergey Lavrov', 'line 7', []], ['Lavrov', 'line 7', []]]]]],
			['Places', '1', [['BISHKEK', '2 mentions', [['BISHKEK', 'line 7', []], ['Bishkek', 'line 7', []]]]]],
		]);
	});

	test('dates in time order, one entity per value; ranges in that order too', () => {
		const text = 'date 2025-01-22 On [May 9]{.date value=2025-05-09}, [January 22]{.date value=2025-01-22} and [9 May]{.date value=2025-05-09}; [soon]{.date}.\n';
		const symbols = service().getDocumentSymbols(doc(text), none);
		const dates = symbols.find((s) => s.name === 'Dates')!;
		assert.deepEqual(dates.children!.map((c) => [c.name, c.detail]), [
			['January 22', '2025-01-22 · 1 mention'],
			['May 9', '2025-05-09 · 2 mentions'],
			['soon', '1 mention'],
		]);
		const starts = dates.children!.map((c) => c.range.start.character);
		assert.deepEqual([...starts].sort((a, b) => a - b), starts, 'VS Code sorts siblings by range start');
	});

	test('group order is People, Organizations, Places, Dates, then custom types; group ranges start in that order', () => {
		const text = '---\ndate: 2025-01-22\n---\n[May 9]{.date value=2025-05-09} [Moscow]{.place} [EAEU]{.org} [Putin]{.person} [Summit]{.event} [President]{.role}\n';
		const symbols = service(settings({ customTypes: [{ name: 'event', label: 'event' }] })).getDocumentSymbols(doc(text), none);
		assert.deepEqual(symbols.map((s) => s.name), ['Header', 'People', 'Organizations', 'Places', 'Dates', 'Events']);
		const starts = symbols.map((s) => s.range.start.line * 1000 + s.range.start.character);
		assert.deepEqual([...starts].sort((a, b) => a - b), starts);
		for (const s of symbols) {
			const within = (p: { line: number; character: number }) =>
				(p.line > s.range.start.line || (p.line === s.range.start.line && p.character >= s.range.start.character)) &&
				(p.line < s.range.end.line || (p.line === s.range.end.line && p.character <= s.range.end.character));
			assert.ok(within(s.selectionRange.start) && within(s.selectionRange.end), `selectionRange of ${s.name} inside its range`);
		}
	});

	test('a raw article with a dateline shows its article date', () => {
		const symbols = service().getDocumentSymbols(doc(' date 2024-03-14 VIENNA, March 14. Text.\n'), none);
		assert.deepEqual(symbols.map(shape), [['Header', '2024-03-14', [['Article date', '2024-03-14 (Thursday, 14 March 2024)', []]]]]);
	});

	test('no header, no annotations: an empty outline', () => {
		assert.deepEqual(service().getDocumentSymbols(doc('Plain text.\n'), none), []);
	});
});
