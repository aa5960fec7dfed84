import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findDates } from '../../../server/src/service/recognize/dates';
import { DateScratch } from '../../../server/src/service/recognize/dates/scratch';

const SHARED = path.resolve(__dirname, '../../../../shared');
const CORPORA = ['train/timebank-aquaint.jsonl', 'eval/te3.dev.jsonl', 'eval/ieer.dev.jsonl', 'eval/re3d.dev.jsonl'];

/** The editor's dates (each paragraph's kept by its text) against the whole text read at once. */
function agree(text: string, day: string | undefined, kept: DateScratch): void {
	for (const style of ['timeml', 'muc'] as const) {
		const whole = findDates(text, day, { style });
		assert.deepEqual(findDates(text, day, { style }, kept), whole, `${style}, first read`);
		assert.deepEqual(findDates(text, day, { style }, kept), whole, `${style}, from the kept paragraphs`);
	}
}

suite('dates: a paragraph at a time (the editor’s recognizer)', () => {
	test('the same dates as the whole text, after edits, with CRLF, Cyrillic and emoji', () => {
		const kept = new DateScratch(true);
		let text =
			'Talks on Monday.\r\n\r\nThe envoy 🇷🇺 left on March 3, 2024 — Сергей Лавров said next week.\n\n\nFriday night\nthey met.';
		agree(text, '2024-03-14', kept);
		text = text.replace('Monday', 'Tuesday and May 9');
		agree(text, '2024-03-14', kept);
		// the article date changes: the kept values are not reused
		agree(text, '2025-01-22', kept);
		agree(text, undefined, kept);
	});

	test('the same dates on every article of ../shared (TimeBank, TempEval-3, IEER, re3d)', function () {
		const files = CORPORA.map((f) => path.join(SHARED, f)).filter(existsSync);
		if (files.length === 0) {
			console.log(`      (skipped: no corpus under ${SHARED})`);
			this.skip();
		}
		const kept = new DateScratch(true);
		for (const file of files)
			for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
				const doc = JSON.parse(line) as { text: string; dct?: string | null };
				agree(doc.text, doc.dct ?? undefined, kept);
			}
	});
});
