import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences, tokenize } from '../../../server/src/service/interchange/tokens';
import { sentenceSpans } from '../../../server/src/service/views/sentences';

/** The sentences as the token formats split them: [first token's start, last token's end). */
function bySplitSentences(text: string): [number, number][] {
	return splitSentences(text, tokenize(text)).map((s) => [s[0]!.start, s[s.length - 1]!.end]);
}

const none = (text: string) => new Uint8Array(text.length + 1);

suite('Sentences of the views: the one-pass scan agrees with the token formats', () => {
	for (const text of [
		'Lavrov met Kulubayev. They signed a programme.',
		'Mr. Lavrov met Gen. Smith on Jan. 5 in Moscow. J. Smith left.',
		'First line.\nsecond line starts low.\n\nA new paragraph',
		'“We are partners.” The minister said so! Really? Yes… Fine.',
		'Встреча прошла хорошо. Министры 🤝 подписали. (Done.) Next',
		'Version 2.5 is out. 3 ministers came.\r\nA CRLF line.',
	]) {
		test(JSON.stringify(text), () => assert.deepEqual(sentenceSpans(text, none(text)), bySplitSentences(text)));
	}

	test('a generated text of words, abbreviations, marks, quotes and line breaks (fast-check)', () => {
		// Straight quotes aside: after a mark the scan reads them as closing, the token formats as opening (below).
		const piece = fc.constantFrom(
			'Ada',
			'berg',
			'Lund',
			'met',
			'Mr.',
			'Jan.',
			'J.',
			'U.S.',
			'2.5',
			'.',
			'!',
			'?',
			'…',
			'”',
			'»',
			')',
			'(',
			',',
			' ',
			' ',
			'\n',
			'\n\n',
			'\r\n',
			'Москва',
			'🤝',
			'«',
			'“',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join(' ');
				assert.deepEqual(sentenceSpans(text, none(text)), bySplitSentences(text));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) },
		);
	});

	test('a straight quote after the mark closes the sentence', () => {
		const text = '"We are partners." The minister said so.';
		assert.deepEqual(sentenceSpans(text, none(text)), [
			[0, 18],
			[19, 40],
		]);
	});

	test('no sentence ends inside an annotation', () => {
		const text = 'They met Mr. Lavrov. Then left.';
		const inside = none(text);
		inside.fill(1, text.indexOf('Mr.') + 1, text.indexOf('Lavrov') + 6);
		assert.deepEqual(sentenceSpans(text, inside), [
			[0, 20],
			[21, 31],
		]);
	});
});
