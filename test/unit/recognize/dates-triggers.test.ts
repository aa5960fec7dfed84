import * as assert from 'node:assert/strict';
import { withoutLookarounds } from '../../../server/src/service/recognize/dates/triggers';

suite('dates: the rule sources without their lookarounds (triggers.ts)', () => {
	test('drops lookarounds, with groups inside them, and keeps the rest', () => {
		assert.equal(withoutLookarounds('(?<![\\w.])(?<y>\\d{4})(?=[ \\t])x(?!\\w|[.,]\\d)'), '(?<y>\\d{4})x');
		assert.equal(withoutLookarounds('(?<!\\b(?:the|The)[ ])z(?:a|b)?'), 'z(?:a|b)?');
	});

	test('keeps what only looks like a lookaround, in a class or escaped', () => {
		assert.equal(withoutLookarounds('[(?=]x\\(?:y'), '[(?=]x\\(?:y');
	});

	test('drops lookarounds nested deeper too', () => {
		assert.equal(withoutLookarounds('a(?=b(?=c(?=d)))e'), 'ae');
		assert.equal(withoutLookarounds('a(?!(?:b|(?:c))d)e(?=f)'), 'ae');
	});
});
