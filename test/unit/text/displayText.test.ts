import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { displayText } from '../../../server/src/service/text/offsetRanges';

const RUNS = Number(process.env['FC_RUNS'] ?? 400);

suite('displayText', () => {
	test('collapses white space as the plain expression does, whatever the text (its fast path returns the text itself)', () => {
		const part = fc.constantFrom(
			'Lavrov',
			'Сергей',
			'🇷🇺',
			' ',
			'  ',
			'\n',
			'\r\n',
			'\t',
			'\u00a0',
			'\u2009',
			'\ufeff',
			'a',
		);
		fc.assert(
			fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				assert.equal(displayText(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
			}),
			{ numRuns: RUNS },
		);
		assert.equal(displayText('Sergey\r\n  Lavrov '), 'Sergey Lavrov');
	});
});
