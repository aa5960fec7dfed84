import * as assert from 'node:assert/strict';
import { scriptStretches } from '../../../server/src/service/recognize/scriptStretches';
import { doc, none, service, settings } from '../../helpers/service';

/** Text written for these tests. */
const stretches = (text: string, script: 'latin' | 'cyrillic'): string[] =>
	scriptStretches(text, script).map((r) => text.slice(r.start, r.end));

suite('Mixed text: stretches of the other script', () => {
	test('Latin stretches of a Russian sentence, numbers inside them, one-letter words and lower-case runs left out', () => {
		assert.deepEqual(stretches('Министр встретился с Ada Lindqvist в Moscow on May 9, 2025 и уехал.', 'latin'), [
			'Ada Lindqvist',
			'Moscow on May 9, 2025',
		]);
		assert.deepEqual(stretches('В 2024 г. он сказал: ok, a потом e-mail.', 'latin'), []);
	});
	test('a word mixing the scripts belongs to neither; a line break ends a stretch', () => {
		assert.deepEqual(stretches('Mоsкva Ada Lindqvist\r\nOslo 🙂 Trend', 'latin'), ['Ada Lindqvist', 'Oslo 🙂 Trend']);
		assert.deepEqual(stretches('The minister met Жээнбек Кулубаев in Moscow.', 'cyrillic'), ['Жээнбек Кулубаев']);
	});
});

suite('Mixed text: in the service', () => {
	test('Latin names and an English date in a Russian article, with CRLF and emoji before them', () => {
		const s = service(settings({ suggestions: true }));
		const text =
			'---\r\ndate: 2025-01-22\r\nlanguage: ru\r\n---\r\n🙂 Министр Игорь Смирнов встретился с Ada Lindqvist в Moscow on May 9.\r\n';
		const d = doc(text);
		const found = s
			.getSuggestions(d, none)
			.map((x) => [x.type, x.text, x.value, text.slice(x.range.start, x.range.end)]);
		for (const e of [
			['person', 'Игорь Смирнов', undefined, 'Игорь Смирнов'],
			['person', 'Ada Lindqvist', undefined, 'Ada Lindqvist'],
			['place', 'Moscow', undefined, 'Moscow'],
			['date', 'May 9', '2025-05-09', 'May 9'],
		])
			assert.ok(
				found.some((f) => JSON.stringify(f) === JSON.stringify(e)),
				`${JSON.stringify(e)} in ${JSON.stringify(found)}`,
			);
	});
	test('Russian names and a Russian date in an English article', () => {
		const s = service(settings({ suggestions: true }));
		const found = s
			.getSuggestions(
				doc('date 2025-01-22 The minister met Жээнбек Кулубаев on Monday; talks follow 22 января.\n'),
				none,
			)
			.map((x) => [x.type, x.text, x.value]);
		assert.ok(
			found.some((f) => f[0] === 'person' && f[1] === 'Жээнбек Кулубаев'),
			JSON.stringify(found),
		);
		assert.ok(
			found.some((f) => f[0] === 'date' && f[1] === '22 января' && f[2] === '2025-01-22'),
			JSON.stringify(found),
		);
	});
	test('an all-Latin or all-Cyrillic article gets what its own recognizer finds, nothing twice', () => {
		const s = service(settings({ suggestions: true }));
		const found = s.getSuggestions(doc('date 2025-01-22 Министр Игорь Смирнов прибыл в Москву.\n'), none);
		const starts = found.map((x) => x.plainStart);
		assert.equal(new Set(starts).size, starts.length);
		assert.ok(found.every((x) => x.language.language === 'ru'));
	});
});
