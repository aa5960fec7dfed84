import * as assert from 'node:assert/strict';
import { tokenModifiers, tokenTypes } from '../../../server/src/shared/semanticTokens';
import { doc, none, service } from '../../helpers/service';

/** Decodes tokens to [line, char, text, type(.modifiers)]. */
function tokens(text: string): [number, number, string, string][] {
	const d = doc(text);
	const data = service().getSemanticTokens(d, none).data;
	const lines = text.split('\n');
	const out: [number, number, string, string][] = [];
	let line = 0;
	let char = 0;
	for (let i = 0; i < data.length; i += 5) {
		line += data[i]!;
		char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
		const mods = tokenModifiers.filter((_, b) => data[i + 4]! & (1 << b));
		out.push([
			line,
			char,
			lines[line]!.slice(char, char + data[i + 2]!),
			[tokenTypes[data[i + 3]!], ...mods].join('.'),
		]);
	}
	return out;
}

suite('semantic tokens', () => {
	test('each part of an annotation', () => {
		assert.deepEqual(tokens('[Ada Berg]{.person ref=ada #a1} and [[Russian]{.place} Ministry]{.org}'), [
			[0, 0, '[', 'annotationMarkup'],
			[0, 1, 'Ada Berg', 'person'],
			[0, 9, ']{', 'annotationMarkup'],
			[0, 11, '.person', 'annotationAttribute'],
			[0, 19, 'ref', 'annotationAttribute'],
			[0, 22, '=', 'annotationMarkup'],
			[0, 23, 'ada', 'annotationValue'],
			[0, 27, '#a1', 'annotationAttribute'],
			[0, 30, '}', 'annotationMarkup'],
			[0, 36, '[', 'annotationMarkup'],
			[0, 37, '[', 'annotationMarkup'],
			[0, 38, 'Russian', 'place.nested'],
			[0, 45, ']{', 'annotationMarkup'],
			[0, 47, '.place', 'annotationAttribute'],
			[0, 53, '}', 'annotationMarkup'],
			[0, 54, ' Ministry', 'organization'],
			[0, 63, ']{', 'annotationMarkup'],
			[0, 65, '.org', 'annotationAttribute'],
			[0, 69, '}', 'annotationMarkup'],
		]);
	});

	test('an annotation over a line break is split per line, CR excluded', () => {
		const t = tokens('[Sergey\r\nLavrov]{.person}');
		assert.deepEqual(t.slice(0, 3), [
			[0, 0, '[', 'annotationMarkup'],
			[0, 1, 'Sergey', 'person'],
			[1, 0, 'Lavrov', 'person'],
		]);
	});

	test('UTF-16 lengths for Cyrillic and emoji', () => {
		const t = tokens('😀 [Сергей]{.person} [🇰🇬 Бишкек]{.place}');
		assert.deepEqual(
			t.filter((x) => x[3] === 'person' || x[3] === 'place'),
			[
				[0, 4, 'Сергей', 'person'],
				[0, 22, '🇰🇬 Бишкек', 'place'],
			],
		);
	});

	test('header keys and values; the article date as a date; unknown types as entity', () => {
		const t = tokens('---\ndate: 2025-01-22\ntitle: T\n---\n[X]{.thing}');
		assert.deepEqual(t, [
			[0, 0, '---', 'annotationMarkup'],
			[1, 0, 'date', 'headerKey'],
			[1, 6, '2025-01-22', 'date'],
			[2, 0, 'title', 'headerKey'],
			[2, 7, 'T', 'headerValue'],
			[3, 0, '---', 'annotationMarkup'],
			[4, 0, '[', 'annotationMarkup'],
			[4, 1, 'X', 'entity'],
			[4, 2, ']{', 'annotationMarkup'],
			[4, 4, '.thing', 'annotationAttribute'],
			[4, 10, '}', 'annotationMarkup'],
		]);
	});
});
