import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { choose, combine, combineMore, rank } from '../../../server/src/service/recognize/names/combine';
import { Int32Scratch } from '../../../server/src/service/recognize/names/scratch';
import type { Candidate } from '../../../server/src/service/recognize/names/types';

const candidateArb = (tokenCount: number): fc.Arbitrary<Candidate> =>
	fc
		.record({
			from: fc.integer({ min: 0, max: tokenCount - 1 }),
			length: fc.integer({ min: 0, max: 4 }),
			type: fc.constantFrom('PERSON', 'ORG', 'PLACE', 'misc', 'none') as fc.Arbitrary<Candidate['type']>,
			source: fc.constantFrom('knowledge-base', 'corpus', 'pattern', 'article', 'list', 'model') as fc.Arbitrary<
				Candidate['source']
			>,
			confidence: fc.constantFrom(0.5, 0.7, 0.9),
		})
		.map(({ from, length, ...rest }) => ({ from, to: Math.min(tokenCount, from + length), ...rest }));

/** The plain reading of "choose": walk the ranked candidates, keep each that overlaps none kept, sort by position. */
function plainChoose(order: readonly Candidate[]): Candidate[] {
	const kept: Candidate[] = [];
	for (const c of order) if (!kept.some((k) => k.from < c.to && c.from < k.to)) kept.push(c);
	return kept.sort((a, b) => a.from - b.from);
}

suite('Names: choosing among candidates', () => {
	const tokenCount = 12;
	const list = fc.array(candidateArb(tokenCount), { maxLength: 14 });
	// one, as the recognizer keeps it from one article to the next
	const scratch = new Int32Scratch(1);

	test('the typed-array choose agrees with the plain one', () => {
		fc.assert(
			fc.property(list, (candidates) => {
				const order = rank(candidates);
				assert.deepEqual(choose(order, tokenCount, scratch), plainChoose(order));
			}),
		);
	});

	test('merging more candidates into ranked ones chooses as ranking them all together', () => {
		fc.assert(
			fc.property(list, list, (first, more) => {
				assert.deepEqual(
					combineMore(rank(first), more, tokenCount, scratch),
					combine([...first, ...more], tokenCount, scratch),
				);
			}),
		);
	});

	test('the chosen candidates never overlap and span tokens', () => {
		fc.assert(
			fc.property(list, (candidates) => {
				const chosen = combine(candidates, tokenCount, scratch);
				for (let i = 1; i < chosen.length; i++)
					assert.ok((chosen[i - 1] as Candidate).to <= (chosen[i] as Candidate).from);
				for (const c of chosen) assert.ok(c.to > c.from);
			}),
		);
	});
});
