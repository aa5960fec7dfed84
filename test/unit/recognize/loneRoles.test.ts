import * as assert from 'node:assert/strict';
import { findNames, type LoneRole } from '../../../server/src/service/recognize/names';

// A title after "the" with no name after it names a person by office alone, as the seed article's hand annotation has it.
const lone = (text: string): string[] => {
	const roles: LoneRole[] = [];
	findNames(text, [], undefined, roles);
	return roles.map((r) => r.text);
};

suite('names: titles that name a person alone', () => {
	test('"the Russian Foreign Minister said" is a role', () => {
		assert.deepEqual(lone('“We are partners,” the Russian Foreign Minister said.'), ['Russian Foreign Minister']);
		assert.deepEqual(lone('Talks went well, the President of Kyrgyzstan noted.'), ['President of Kyrgyzstan']);
		assert.deepEqual(lone('The Secretary-General will travel to Geneva.'), ['Secretary-General']);
	});

	test('a title before a name, in lower case, or without "the" is not one', () => {
		assert.deepEqual(lone('The Russian Foreign Minister Sergey Lavrov arrived.'), []);
		assert.deepEqual(lone('the foreign minister said so.'), []);
		assert.deepEqual(lone('He met Foreign Minister officials.'), []);
		assert.deepEqual(lone('They stayed at the President Hotel.'), []);
		assert.deepEqual(lone("It was the Minister's idea."), []);
	});

	test('offsets are UTF-16 ones in Cyrillic and emoji text', () => {
		const text = '🇷🇺 «Да», — the Foreign Minister said.';
		const roles: LoneRole[] = [];
		findNames(text, [], undefined, roles);
		assert.equal(roles.length, 1);
		assert.equal(text.slice(roles[0]!.start, roles[0]!.end), 'Foreign Minister');
	});
});
