import * as assert from 'node:assert/strict';
import { cohensKappa, compareAnnotations } from '../../../server/src/service/interchange/agreement';
import { agreementMarkdown, agreementText } from '../../../server/src/service/interchange/agreementReport';
import { parseNews } from '../../../server/src/service/parse/document';
import { VERSION_A, VERSION_B } from '../../helpers/agreementVersions';

// Two hand-made versions of one article (test/helpers/agreementVersions.ts):
//   A: [Ada Lind]{.person ref=ada-lind} met [Bo Kern]{.person} in [Oslo]{.place} on [May 3]{.date value=2024-05-03}.
//   B: [Ada Lind]{.person} met [Bo]{.person} Kern in [Oslo]{.org} on May 3.

// Kappa by hand. The 11 tokens: Ada Lind met Bo Kern in Oslo on May 3 .
//   A: person person O person person O place O date date O    (person 4, O 4, place 1, date 2)
//   B: person person O person O      O org   O O    O    O    (person 3, O 7, org 1)
// They agree on Ada, Lind, met, Bo, in, on, "." : observed po = 7/11.
// Chance pe = (4*3 [person] + 4*7 [O]) / 11^2 = 40/121.
// kappa = (7/11 - 40/121) / (1 - 40/121) = (77 - 40) / (121 - 40) = 37/81 = 0.45679...
const KAPPA = 37 / 81;

suite("Agreement: precision, recall, F1 and Cohen's kappa", () => {
	const report = compareAnnotations(
		[{ name: 'talks', a: parseNews(VERSION_A), b: parseNews(VERSION_B) }],
		[{ name: 'other', reason: 'only in A' }],
	);

	test('kappa over tokens is the one computed by hand', () => {
		assert.equal(report.kappa.tokens, 11);
		assert.ok(Math.abs(report.kappa.observed - 7 / 11) < 1e-12);
		assert.ok(Math.abs(report.kappa.expected - 40 / 121) < 1e-12);
		assert.ok(Math.abs(report.kappa.value! - KAPPA) < 1e-12, String(report.kappa.value));
	});

	test('per type: B against A, exact spans; F1 is 2TP / (|A| + |B|)', () => {
		const row = (type: string) => report.types.find((t) => t.type === type) ?? report.overall;
		assert.deepEqual(row('person'), { type: 'person', a: 2, b: 2, matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
		assert.deepEqual(row('place'), { type: 'place', a: 1, b: 0, matched: 0, precision: null, recall: 0, f1: 0 });
		assert.deepEqual(row('org'), { type: 'org', a: 0, b: 1, matched: 0, precision: 0, recall: null, f1: 0 });
		assert.deepEqual(report.overall, {
			type: 'all',
			a: 4,
			b: 3,
			matched: 1,
			precision: 1 / 3,
			recall: 1 / 4,
			f1: 2 / 7,
		});
		assert.deepEqual(report.compared, ['talks']);
		assert.deepEqual(report.skipped, [{ name: 'other', reason: 'only in A' }]);
	});

	test('every disagreement, classified, in text order', () => {
		assert.deepEqual(
			report.disagreements.map((d) => [d.kind, d.message]),
			[
				['ref', '"Ada Lind" (person): ref ada-lind in A, (none) in B'],
				['boundary', '"Bo Kern" in A, "Bo" in B (person)'],
				['type', '"Oslo": place in A, org in B'],
				['only-a', '"May 3" (date) only in A'],
			],
		);
	});

	test('the text and Markdown reports list each disagreement where it is', () => {
		const where = (d: { aOffset?: number; bOffset?: number }, side: 'a' | 'b') => {
			const offset = side === 'a' ? d.aOffset : d.bOffset;
			return offset === undefined ? undefined : { label: `${side}@${offset}`, href: `x.news#${side}${offset}` };
		};
		const text = agreementText(report, { a: 'mine', b: 'theirs' }, where);
		assert.match(text, /^person +2 +2 +1 +0\.500 +0\.500 +0\.500$/m);
		assert.match(text, /Cohen's kappa over 11 tokens: 0\.457 \(observed agreement 0\.636, chance 0\.331\)/);
		const [oslo, osloB] = [VERSION_A.indexOf('[Oslo]'), VERSION_B.indexOf('[Oslo]')];
		assert.match(text, new RegExp(`^a@${oslo}: type: "Oslo": place in A, org in B \\(B: b@${osloB}\\)$`, 'm'));
		assert.match(text, /^skipped other: only in A$/m);
		const md = agreementMarkdown(report, { a: 'mine', b: 'theirs' }, where);
		assert.match(md, /^\| \*\*all\*\* \| 4 \| 3 \| 1 \| 0\.333 \| 0\.250 \| 0\.286 \|$/m);
		const may = VERSION_A.indexOf('[May 3]');
		assert.match(
			md,
			new RegExp(
				`^- \\*\\*only in A\\*\\*: "May 3" \\(date\\) only in A — \\[A a@${may}\\]\\(x\\.news#a${may}\\)$`,
				'm',
			),
		);
	});

	test('articles whose text differs are not compared, and say why', () => {
		const r = compareAnnotations([
			{ name: 'x', a: parseNews('[Ada]{.person} came.'), b: parseNews('[Ada]{.person} went.') },
		]);
		assert.deepEqual(r.compared, []);
		assert.match(r.skipped[0]!.reason, /the text differs between the two versions \(from "came\."\)/);
	});

	test("Cohen's kappa: perfect, chance and undefined agreement", () => {
		assert.equal(cohensKappa(['a', 'b', 'a'], ['a', 'b', 'a']).value, 1);
		// Two coders who each say "a" half the time, independently: po = 0.5, pe = 0.5, kappa 0.
		assert.equal(cohensKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b']).value, 0);
		assert.equal(cohensKappa(['O', 'O'], ['O', 'O']).value, 1);
		assert.equal(cohensKappa([], []).value, null);
	});
});
