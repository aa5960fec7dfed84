import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { recognize, type RecognizedEntity } from '../../../server/src/service/recognize/suggestions';
import { defaultSettings } from '../../../server/src/shared/settings';

/**
 * The Russian version of the seed article (../shared/corpus/, written for the project, read at run time). It has no
 * hand annotation: what it must get is the English hand annotation's mentions (lavrov-kulubayev-2025-01-22.news)
 * as the Russian text words them, with its dates and the canonical names of inflected forms.
 */
const TXT = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'lavrov-kulubayev-2025-01-22.ru.txt');

/** [type, text, value or canonical name] in text order. */
const EXPECTED: readonly [string, string, string?][] = [
	['place', 'БИШКЕК', 'Бишкек'],
	['date', '22 января', '2025-01-22'],
	['place', 'России', 'Россия'],
	['person', 'Сергей Лавров'],
	['place', 'Киргизии', 'Киргизия'],
	['person', 'Жээнбек Кулубаев'],
	['date', '2025–2027 годы', '2025/2027'],
	['place', 'Москве', 'Москва'],
	['org', 'Trend'],
	['org', 'МИД России'],
	['person', 'Лавров', 'Сергей Лавров'],
	['org', 'российского МИД'],
	[
		'org',
		'Межправительственной Российско-Кыргызской комиссии по торгово-экономическому, научно-техническому и гуманитарному сотрудничеству',
	],
	['place', 'Киргизии', 'Киргизия'],
	['org', 'Кыргызско-Российского Славянского университета'],
	['org', 'Международной организации по русскому языку'],
	['person', 'Лавров', 'Сергей Лавров'],
	['place', 'Киргизии', 'Киргизия'],
	['person', 'Садыр Жапаров'],
	['place', 'Москве', 'Москва'],
	['date', '9 мая', '2025-05-09'],
	['person', 'Кулубаев', 'Жээнбек Кулубаев'],
	['place', 'Киргизию', 'Киргизия'],
	['date', '15 ноября прошлого года', '2024-11-15'],
	['person', 'Жапаров', 'Садыр Жапаров'],
	['person', 'Владимиром Путиным', 'Владимир Путин'],
	['org', 'Кремле', 'Кремль'],
	['date', 'понедельник', '2025-01-20'],
	['person', 'Кулубаеву', 'Жээнбек Кулубаев'],
	['org', 'ОДКБ'],
	['place', 'Москва'],
	['org', 'Евразийском экономическом союзе', 'Евразийский экономический союз'],
	['org', 'ЕАЭС'],
];

suite('Russian: the seed article (lavrov-kulubayev-2025-01-22.ru)', function () {
	let found: RecognizedEntity[] = [];
	suiteSetup(function () {
		if (!fs.existsSync(TXT)) {
			console.log(`    (skipped: ${TXT} is absent; the article is read from ../shared at run time)`);
			this.skip();
		}
		const text = fs.readFileSync(TXT, 'utf8').replace(/^date \d{4}-\d{2}-\d{2} /, '');
		found = recognize(text, '2025-01-22', { entries: [], corpus: [] }, defaultSettings.suggestions);
	});
	test('every expected mention, with its extent, its date value or canonical name', () => {
		const got = found.map((e) => [
			e.type,
			e.text,
			...(e.type === 'date' ? [e.value] : e.canonical ? [e.canonical] : []),
		]);
		// in text order: each expected mention is found after the one before
		let at = 0;
		for (const e of EXPECTED) {
			const k = got.findIndex((g, i) => i >= at && JSON.stringify(g) === JSON.stringify(e));
			assert.ok(k >= 0, `${JSON.stringify(e)} not found after ${JSON.stringify(got[at - 1])}`);
			at = k + 1;
		}
	});
	test('Russian names joined across their case forms', () => {
		const kulubayev = found
			.filter((e) => e.canonical === 'Жээнбек Кулубаев' || e.text === 'Жээнбек Кулубаев')
			.map((e) => e.text);
		assert.deepEqual(kulubayev, ['Жээнбек Кулубаев', 'Кулубаев', 'Кулубаеву']);
	});
});
