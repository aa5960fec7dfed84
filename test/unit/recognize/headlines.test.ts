import * as assert from 'node:assert/strict';
import { findNames } from '../../../server/src/service/recognize/names';
import { headlineLines } from '../../../server/src/service/recognize/names/headlines';

const names = (text: string): string[] => findNames(text).map((m) => `${m.type}:${m.text}`);

suite('names: headline mode for lines all in capitals', () => {
	test('the all-capital lines, with CRLF, Cyrillic and emoji', () => {
		const text = 'PUBLIC RADIO HOSTS DROP IN\r\nThe hosts stayed.\nМИД РОССИИ ОТВЕТИЛ 🙂 СНОВА\nOK GO\n';
		const lines = headlineLines(text);
		const spans = [];
		for (let i = 0; i < lines.length; i += 2) spans.push(text.slice(lines[i], lines[i + 1]));
		assert.deepEqual(spans, ['PUBLIC RADIO HOSTS DROP IN', 'МИД РОССИИ ОТВЕТИЛ 🙂 СНОВА']);
	});

	test('names made of common words only are dropped there; names of their own stay', () => {
		const found = names(
			'PUBLIC RADIO HOSTS DROP IN AND STAY\nBUOYANT CLINTON TAKES ON GOP SENATORS\nNEW YORK PLEASED BY BILL\n',
		);
		assert.ok(!found.some((f) => f.includes('PUBLIC RADIO')), found.join(', '));
		assert.ok(found.includes('person:CLINTON'), found.join(', '));
		assert.ok(found.includes('org:GOP'), found.join(', '));
		assert.ok(found.includes('place:NEW YORK'), found.join(', '));
	});

	test('the same words in a sentence are names as before', () => {
		assert.ok(
			names('She listened to Public Radio International every day.').some((f) => f.startsWith('org:Public Radio')),
		);
	});
});
