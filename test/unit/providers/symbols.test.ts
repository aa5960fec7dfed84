import * as assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { doc, none, service, settings } from '../../helpers/service';

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
			[
				'People',
				'1',
				[
					[
						'Sergey Lavrov',
						'lavrov · 2 mentions',
						[
							['Sergey Lavrov', 'line 7', []],
							['Lavrov', 'line 7', []],
						],
					],
				],
			],
			[
				'Places',
				'1',
				[
					[
						'BISHKEK',
						'2 mentions',
						[
							['BISHKEK', 'line 7', []],
							['Bishkek', 'line 7', []],
						],
					],
				],
			],
		]);
	});

	test('dates in time order, one entity per value; each entity spans its own mentions', () => {
		const text =
			'date 2025-01-22 On [May 9]{.date value=2025-05-09}, [January 22]{.date value=2025-01-22} and [9 May]{.date value=2025-05-09}; [soon]{.date}.\n';
		const symbols = service().getDocumentSymbols(doc(text), none);
		const dates = symbols.find((s) => s.name === 'Dates')!;
		assert.deepEqual(
			dates.children!.map((c) => [c.name, c.detail]),
			[
				['January 22', '2025-01-22 · 1 mention'],
				['May 9', '2025-05-09 · 2 mentions'],
				['soon', '1 mention'],
			],
		);
		assert.deepEqual(
			dates.children!.map((c) => [
				text.slice(c.range.start.character, c.range.end.character).slice(0, 8),
				c.range.end.character - c.range.start.character,
			]),
			[
				['[January', '[January 22]{.date value=2025-01-22}'.length],
				[
					'[May 9]{',
					text.indexOf('{.date value=2025-05-09};') + '{.date value=2025-05-09}'.length - text.indexOf('[May 9]'),
				],
				['[soon]{.', '[soon]{.date}'.length],
			],
		);
	});

	test('group order is People, Organizations, Places, Dates, then custom types', () => {
		const text =
			'---\ndate: 2025-01-22\n---\n[May 9]{.date value=2025-05-09} [Moscow]{.place} [EAEU]{.org} [Putin]{.person} [Summit]{.event} [President]{.role}\n';
		const symbols = service(settings({ customTypes: [{ name: 'event', label: 'event' }] })).getDocumentSymbols(
			doc(text),
			none,
		);
		assert.deepEqual(
			symbols.map((s) => s.name),
			['Header', 'People', 'Organizations', 'Places', 'Dates', 'Events'],
		);
	});

	const offsetOf = (text: string, p: { line: number; character: number }): number => {
		const lines = text.split('\n');
		return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
	};
	const rangeText = (text: string, r: DocumentSymbol['range']): string =>
		text.slice(offsetOf(text, r.start), offsetOf(text, r.end));
	const contains = (outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean => {
		const le = (a: { line: number; character: number }, b: { line: number; character: number }) =>
			a.line < b.line || (a.line === b.line && a.character <= b.character);
		return le(outer.start, inner.start) && le(inner.end, outer.end);
	};

	for (const eol of ['\n', '\r\n']) {
		test(`every group and entity spans exactly its children, selection ranges inside (${eol === '\n' ? 'LF' : 'CRLF'}, Cyrillic, emoji)`, () => {
			const text = [
				'---',
				'date: 2025-01-22',
				'---',
				'[BISHKEK]{.place}, January 22 🇰🇬. Foreign Minister [Сергей Лавров]{.person ref=lavrov} met [Jeenbek Kulubayev]{.person}.',
				'',
				'In [Moscow]{.place}, [Лавров]{.person ref=lavrov} said on [January 23]{.date value=2025-01-23}.',
				'',
			].join(eol);
			const symbols = service().getDocumentSymbols(doc(text), none);
			const groups = symbols.filter((s) => s.name !== 'Header');
			assert.deepEqual(
				groups.map((g) => g.name),
				['People', 'Places', 'Dates'],
			);
			const sourceOf = (t: string) => (eol === '\n' ? t : t.replace(/\r\n/g, '\n'));
			const lf = sourceOf(text);
			const people = groups[0]!;
			assert.match(
				rangeText(lf, people.range),
				/^\[Сергей Лавров\]\{\.person ref=lavrov\}[^]*\[Лавров\]\{\.person ref=lavrov\}$/,
			);
			assert.equal(rangeText(lf, people.selectionRange), 'Сергей Лавров');
			assert.equal(rangeText(lf, groups[1]!.range).slice(0, 17), '[BISHKEK]{.place}');
			assert.equal(rangeText(lf, groups[2]!.range), '[January 23]{.date value=2025-01-23}');
			for (const group of groups) {
				for (const entity of group.children!) {
					assert.ok(contains(group.range, entity.range), `${entity.name} inside ${group.name}`);
					assert.ok(contains(entity.range, entity.selectionRange), `selection of ${entity.name} inside it`);
					for (const m of entity.children!)
						assert.ok(
							contains(entity.range, m.range) && contains(m.range, m.selectionRange),
							`mention ${m.name} inside ${entity.name}`,
						);
				}
				assert.ok(contains(group.range, group.selectionRange), `selection of ${group.name} inside it`);
				const starts = group.children!.map((c) => offsetOf(lf, c.range.start));
				const ends = group.children!.map((c) => offsetOf(lf, c.range.end));
				assert.equal(offsetOf(lf, group.range.start), Math.min(...starts), `${group.name} starts at its first child`);
				assert.equal(offsetOf(lf, group.range.end), Math.max(...ends), `${group.name} ends at its last child`);
			}
		});
	}

	test('the cursor on the dateline of a raw article is in no group: the breadcrumb says Header, not People', () => {
		const text = 'date 2025-01-22 BISHKEK, January 22. Russian Foreign Minister [Sergey Lavrov]{.person} spoke.\n';
		const symbols = service().getDocumentSymbols(doc(text), none);
		const onDateline = { line: 0, character: 8 };
		const enclosing = symbols
			.filter((s) => contains(s.range, { start: onDateline, end: onDateline }))
			.map((s) => s.name);
		assert.deepEqual(enclosing, ['Header']);
		const people = symbols.find((s) => s.name === 'People')!;
		assert.equal(rangeText(text, people.range), '[Sergey Lavrov]{.person}');
	});

	test('a raw article with a dateline shows its article date', () => {
		const symbols = service().getDocumentSymbols(doc(' date 2024-03-14 VIENNA, March 14. Text.\n'), none);
		assert.deepEqual(symbols.map(shape), [
			['Header', '2024-03-14', [['Article date', '2024-03-14 (Thursday, 14 March 2024)', []]]],
		]);
	});

	test('no header, no annotations: an empty outline', () => {
		assert.deepEqual(service().getDocumentSymbols(doc('Plain text.\n'), none), []);
	});
});
