import * as assert from 'node:assert/strict';
import { chooseLanguage, declaredLanguage, detectLanguage } from '../../../server/src/service/recognize/language';
import { articleLanguage } from '../../../server/src/service/recognize/suggestions';
import { parseNews } from '../../../server/src/service/parse/document';

suite('language per article', () => {
	test('read from the letters: Russian, English, and each quoting the other', () => {
		assert.equal(detectLanguage('Министр встретился с коллегой в столице.'), 'ru');
		assert.equal(detectLanguage('The minister met his colleague in the capital.'), 'en');
		// Latin names in Russian text, Russian names in English text
		assert.equal(
			detectLanguage('Агентство Reuters и газета The Guardian сообщили, что министр прибыл в столицу.'),
			'ru',
		);
		assert.equal(
			detectLanguage('The minister, who signed as «Министр», met the press in the capital on Monday.'),
			'en',
		);
		assert.equal(detectLanguage(''), 'en');
		assert.equal(detectLanguage('2025 — 🙂'), 'en');
	});
	test('declared in the header, in any usual spelling; an unknown language falls back to the letters', () => {
		for (const v of ['ru', 'RU', 'ru-RU', 'Russian', 'русский']) assert.equal(declaredLanguage(v), 'ru', v);
		for (const v of ['en', 'en-GB', 'English']) assert.equal(declaredLanguage(v), 'en', v);
		assert.equal(declaredLanguage('kk'), undefined);
		assert.equal(declaredLanguage(7), undefined);
		assert.deepEqual(chooseLanguage('en', 'Министр прибыл в столицу.'), { language: 'en', from: 'header' });
		assert.deepEqual(chooseLanguage('kk', 'Министр прибыл в столицу.'), { language: 'ru', from: 'text' });
	});
	test('the header key is `language`, and `lang` too', () => {
		const body = 'The minister arrived.\n';
		assert.deepEqual(articleLanguage(parseNews(`---\nlanguage: ru\n---\n${body}`)), { language: 'ru', from: 'header' });
		assert.deepEqual(articleLanguage(parseNews(`---\r\nlang: ru\r\n---\r\n${body}`)), {
			language: 'ru',
			from: 'header',
		});
		assert.deepEqual(articleLanguage(parseNews(`date 2025-01-22 Министр прибыл в столицу.`)), {
			language: 'ru',
			from: 'text',
		});
	});
});
