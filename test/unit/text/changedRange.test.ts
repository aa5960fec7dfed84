import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedRange } from '../../../server/src/service/text/changedRange';

const RUNS = Number(process.env['FC_RUNS'] ?? 400);

/** The change as a loop over the characters finds it: the plain version the halving must agree with. */
function plainChange(before: string, after: string): ReturnType<typeof changedRange> {
	if (before === after) return undefined;
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before[start] === after[start]) start++;
	let common = 0;
	while (common < shorter - start && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
	return { start, beforeEnd: before.length - common, afterEnd: after.length - common };
}

suite('changedRange', () => {
	test('finds what a loop over the characters finds, for any edit of any text', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'Л', '🇷🇺', ' '), maxLength: 60 });
		const edit = fc.tuple(text, fc.nat(), fc.nat({ max: 8 }), text);
		fc.assert(
			fc.property(edit, ([before, at, removed, inserted]) => {
				const i = at % (before.length + 1);
				const after = before.slice(0, i) + inserted.slice(0, 10) + before.slice(i + removed);
				assert.deepEqual(changedRange(before, after), plainChange(before, after));
			}),
			{ numRuns: RUNS },
		);
	});

	test('a keystroke in a long text, one typed and one taken back, and repeated text around the edit', () => {
		const long = 'Foreign Minister Sergey Lavrov met them.\n\n'.repeat(25_000);
		const at = long.length >> 1;
		const typed = long.slice(0, at) + 'e' + long.slice(at);
		assert.deepEqual(changedRange(long, typed), plainChange(long, typed));
		assert.deepEqual(changedRange(typed, long), plainChange(typed, long));
		assert.equal(changedRange(long, long), undefined);
		assert.deepEqual(changedRange('aaaa', 'aaaaa'), { start: 4, beforeEnd: 4, afterEnd: 5 });
		assert.deepEqual(changedRange('', 'x'), { start: 0, beforeEnd: 0, afterEnd: 1 });
	});
});
