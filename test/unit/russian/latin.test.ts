import * as assert from 'node:assert/strict';
import { findRussianNames } from '../../../server/src/service/recognize/ru';
import { NameScratch } from '../../../server/src/service/recognize/names/nameScratch';
import { englishGivenName } from '../../../server/src/service/recognize/ru/givenName';
import { RussianScratch } from '../../../server/src/service/recognize/ru/scratch';

/** Text written for these tests. */
suite('Russian: Latin names', () => {
	const names = new NameScratch();
	test('a given name of the English lists, in any case as written; a brand is none', () => {
		assert.equal(englishGivenName(names, 'Ada'), true);
		assert.equal(englishGivenName(names, 'Maria'), true);
		assert.equal(englishGivenName(names, 'Telegram'), false);
		assert.equal(englishGivenName(names, 'Ada Lindqvist'), false);
	});
	test('a Latin stretch that begins with a given name is a person, whatever the tagger reads', () => {
		const text = 'Министр встретился с Ada Lindqvist и Maria Tallberg, а затем выступил в Telegram.';
		const found = findRussianNames(text, [], new RussianScratch(), (w) => englishGivenName(names, w)).names;
		const types = new Map(found.map((m) => [m.text, m.type]));
		assert.equal(types.get('Ada Lindqvist'), 'person', JSON.stringify(found));
		assert.equal(types.get('Maria Tallberg'), 'person', JSON.stringify(found));
		assert.notEqual(types.get('Telegram'), 'person', JSON.stringify(found));
	});
});
