import * as assert from 'node:assert/strict';
import { findRussianDates } from '../../../server/src/service/recognize/ru/dates';
import { findRussianNames } from '../../../server/src/service/recognize/ru';
import { nameWordLemma, personLemma, stemOf } from '../../../server/src/service/recognize/ru/inflection';
import { tokenizeRussian } from '../../../server/src/service/recognize/ru/tokenize';
import { doc, none, service, settings } from '../../helpers/service';

/** Text written for these tests. */
const dates = (text: string, day = '2025-01-22'): [string, string | undefined][] =>
	findRussianDates(text, day).map((d) => [d.text, d.value]);

suite('Russian: tokenization', () => {
	test('hyphenated words, «quotes», dashes, decimal commas', () => {
		const t = tokenizeRussian('«Алма-Ата» — по-настоящему 8,1 млн; 80-летия');
		assert.deepEqual(
			t.map((x) => x.text),
			['«', 'Алма-Ата', '»', '—', 'по-настоящему', '8,1', 'млн', ';', '80-летия'],
		);
		assert.equal(t[1]?.quoted, true);
		assert.equal(t[4]?.quoted, false);
		assert.deepEqual(
			t.map((x) => x.kind),
			['punct', 'word', 'punct', 'punct', 'word', 'number', 'word', 'punct', 'word'],
		);
	});
	test('abbreviations and initials end no sentence; a full stop does', () => {
		const t = tokenizeRussian('В 2024 г. Иванов, т. е. В. Петров, уехал. Сидоров остался.');
		const starts = t.filter((x) => x.sentStart).map((x) => x.text);
		assert.deepEqual(starts, ['В', 'Сидоров']);
	});
	test('the name of a site is one word; abbreviations and a town after "г." are not joined', () => {
		const t = tokenizeRussian('Сайт NEWSru.com и Лента.ру, т.е. г.Москва. Уехал.Потом');
		assert.deepEqual(
			t.map((x) => x.text),
			['Сайт', 'NEWSru.com', 'и', 'Лента.ру', ',', 'т', '.', 'е', '.', 'г', '.', 'Москва', '.', 'Уехал', '.', 'Потом'],
		);
	});
	test('UTF-16 offsets across CRLF and emoji', () => {
		const text = '🙂 Москва\r\nПетров';
		const t = tokenizeRussian(text);
		for (const x of t) assert.equal(text.slice(x.start, x.end), x.text);
		assert.equal(t.find((x) => x.text === 'Петров')?.sentStart, true);
		assert.equal(t.find((x) => x.text === 'Москва')?.start, 3);
	});
});

suite('Russian: dates with values', () => {
	test('days, years, spans of years, against the article date', () => {
		assert.deepEqual(dates('Встреча 22 января, договор 22 января 2025 года, праздник 9 мая.'), [
			['22 января', '2025-01-22'],
			['22 января 2025 года', '2025-01-22'],
			['9 мая', '2025-05-09'],
		]);
		assert.deepEqual(dates('план на 2025–2027 годы, отчёт в 2024 году, в 2013 г. и в 1990-х годах'), [
			['2025–2027 годы', '2025/2027'],
			['2024 году', '2024'],
			['2013 г.', '2013'],
			['1990-х годах', '199'],
		]);
	});
	test('relative dates: weekdays, last year, parts of a month, ago', () => {
		assert.deepEqual(
			dates('В понедельник он позвонил; в прошлом году; 15 ноября прошлого года; в начале марта; три дня назад; вчера'),
			[
				['понедельник', '2025-01-20'],
				['прошлом году', '2024'],
				['15 ноября прошлого года', '2024-11-15'],
				['начале марта', '2025-03'],
				['три дня назад', '2025-01-19'],
				['вчера', '2025-01-21'],
			],
		);
		// a weekday in a clause about the future is the next one
		assert.deepEqual(dates('Переговоры состоятся в пятницу.'), [['пятницу', '2025-01-24']]);
	});
	test('prepositions stay outside (TimeML); "среда" only as a day', () => {
		const [d] = findRussianDates('Договор подписан в 2024 году.', '2025-01-22');
		assert.equal(d?.text, '2024 году');
		assert.deepEqual(dates('охрана окружающей среды; в среду'), [['среду', '2025-01-22']]);
	});
	test('without an article date, relative dates have no value and absolute ones keep theirs', () => {
		assert.deepEqual(
			findRussianDates('в понедельник; потом 9 мая 2024 года', undefined).map((d) => [d.text, d.value]),
			[
				['понедельник', undefined],
				['9 мая 2024 года', '2024-05-09'],
			],
		);
	});
});

suite('Russian: inflection', () => {
	test('case forms share a stem', () => {
		const lavrov = new Set(['Лавров', 'Лаврова', 'Лаврову', 'Лавровым', 'Лаврове'].map((w) => stemOf(w.toLowerCase())));
		assert.equal(lavrov.size, 1);
		assert.equal(stemOf('москве'), stemOf('москва'));
		assert.equal(stemOf('киргизии'), stemOf('киргизия'));
		assert.notEqual(stemOf('москва'), stemOf('минск'));
	});
	test('the nominative of a name', () => {
		assert.equal(personLemma(['Владимиром', 'Путиным'], new Set()), 'Владимир Путин');
		assert.equal(personLemma(['Сергея', 'Лаврова'], new Set(['Лавров'])), 'Сергей Лавров');
		assert.equal(nameWordLemma('Кулубаеву', new Set()), 'Кулубаев');
		// a woman's name stays as it is unless the article writes the man's form
		assert.equal(nameWordLemma('Захарова', new Set()), 'Захарова');
		assert.equal(nameWordLemma('Trend', new Set()), 'Trend');
	});
	test('the short parts of a hyphenated name are read against the article too; a short word alone stays', () => {
		const seen = new Set(['Жан-Ив', 'Жан', 'Ив', 'Дриан']);
		assert.equal(personLemma(['Жан-Ива', 'Ле', 'Дриана'], seen), 'Жан-Ив Ле Дриан');
		assert.equal(personLemma(['Жан-Ива'], new Set()), 'Жан-Ива', 'without the short form written, as written');
		assert.equal(personLemma(['Ына'], new Set(['Ын'])), 'Ына', 'a three-letter word alone is not cut');
	});
	test('one person across case forms, a hyphenated first name included', () => {
		const text = 'Министр Жан-Ив Ле Дриан прибыл в Казань. Встреча Жан-Ива Ле Дриана с мэром длилась час.';
		const people = findRussianNames(text).names.filter((m) => m.type === 'person');
		assert.ok(
			people.some((m) => m.text === 'Жан-Ива Ле Дриана' && m.canonical === 'Жан-Ив Ле Дриан'),
			JSON.stringify(people),
		);
	});
	test('inflected mentions of one person join the full name, in the nominative', () => {
		const text =
			'Министр Игорь Смирнов прибыл в Казань. Смирнова встретили. Смирнову вручили награду, а со Смирновым говорил мэр.';
		const people = findRussianNames(text).names.filter((m) => m.type === 'person');
		const surnames = people.filter((m) => m.text !== 'Игорь Смирнов');
		assert.ok(surnames.length >= 3, JSON.stringify(people));
		for (const m of surnames) assert.equal(m.canonical, 'Игорь Смирнов', m.text);
	});
	test('listed places and organizations in any case, with their nominative', () => {
		const found = findRussianNames('Делегация прибыла в Москве, затем в Киргизию; генсек ОДКБ и МИД России.').names;
		const byText = new Map(found.map((m) => [m.text, m]));
		assert.equal(byText.get('Москве')?.canonical, 'Москва');
		assert.equal(byText.get('Киргизию')?.type, 'place');
		assert.equal(byText.get('ОДКБ')?.type, 'org');
		assert.equal(byText.get('МИД России')?.type, 'org');
	});
});

suite('Russian: in the service', () => {
	test('an article with `language: ru` gets Russian suggestions, dates with values, and hover names the recognizer', () => {
		const s = service(settings({ suggestions: true }));
		const text =
			'---\ndate: 2025-01-22\nlanguage: ru\n---\nВ понедельник министр Игорь Смирнов прибыл в Москву. Смирнову показали Кремль.\n';
		const d = doc(text);
		const found = s.getSuggestions(d, none);
		const byText = new Map(found.map((x) => [x.text, x]));
		assert.equal(byText.get('понедельник')?.value, '2025-01-20');
		assert.equal(byText.get('Москву')?.canonical, 'Москва');
		assert.equal(byText.get('Смирнову')?.canonical, 'Игорь Смирнов');
		for (const x of found) assert.deepEqual(x.language, { language: 'ru', from: 'header' });
		const at = text.indexOf('Смирнову') + 2;
		const hover = s.getHover(d, d.positionAt(at), none);
		const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
		assert.match(value, /Russian recognizer/);
		assert.match(value, /Игорь Смирнов/);
	});
});

suite('Russian: names in «quotes»', () => {
	test('after an organization word, the quotes outside', () => {
		const text = 'Акции компании «Северный металл» выросли, сообщила партия «Зелёный союз».';
		const orgs = findRussianNames(text)
			.names.filter((m) => m.type === 'org')
			.map((m) => m.text);
		assert.ok(orgs.includes('Северный металл'), JSON.stringify(orgs));
		assert.ok(orgs.includes('Зелёный союз'), JSON.stringify(orgs));
	});
});

suite('Russian: the outline', () => {
	test('names the recognizer, and the case forms of one person are one entity', () => {
		const s = service(settings({ suggestions: true }));
		const d = doc(
			'date 2025-01-22 Министр встретился с Владимиром Путиным в Кремле. Путину понравилось, а Путина поблагодарили.\n',
		);
		const symbols = s.getDocumentSymbols(d, none);
		const header = symbols.find((x) => x.name === 'Header');
		assert.deepEqual(
			header?.children?.find((c) => c.name === 'Recognizer')?.detail,
			'Russian (language read from the text)',
		);
		const people = symbols.find((x) => x.name === 'People');
		assert.equal(people?.children?.length, 1, JSON.stringify(people?.children?.map((c) => c.name)));
		assert.match(people?.children?.[0]?.detail ?? '', /3 suggested/);
	});
});

suite('Russian: a title before a name', () => {
	test('the name is the last two capitalized words; a word in the genitive before them is the country (or with МИД, the ministry)', () => {
		const found = findRussianNames(
			'Вчера министр иностранных дел Норланда Йонас Вельдт и глава МИД Риверленда Марта Ойеларан подписали протокол.',
		).names;
		const got = found.map((m) => [m.type, m.text]);
		for (const e of [
			['place', 'Норланда'],
			['person', 'Йонас Вельдт'],
			['org', 'МИД Риверленда'],
			['person', 'Марта Ойеларан'],
		])
			assert.ok(
				got.some((g) => g[0] === e[0] && g[1] === e[1]),
				`${JSON.stringify(e)} in ${JSON.stringify(got)}`,
			);
	});
});

suite('Russian: the knowledge base', () => {
	test("an alias in Cyrillic matches its case forms, with the entry's ref, beside the Latin name", () => {
		const s = service(settings({ suggestions: true }));
		s.setWorkspaceFile(
			'file:///ws/entities.yaml',
			'igor-smirnov:\n  type: person\n  name: Igor Smirnov\n  aliases: [Игорь Смирнов, Смирнов]\n',
		);
		const found = s.getSuggestions(
			doc('date 2025-01-22 Министр прибыл в Москву. Смирнову показали город, со Смирновым говорил мэр.\n'),
			none,
		);
		const smirnov = found.filter((x) => x.text.startsWith('Смирнов'));
		assert.deepEqual(
			smirnov.map((x) => [x.text, x.ref]),
			[
				['Смирнову', 'igor-smirnov'],
				['Смирновым', 'igor-smirnov'],
			],
		);
		const english = s.getSuggestions(doc('date 2025-01-22 Minister Igor Smirnov arrived.\n'), none);
		assert.ok(english.some((x) => x.text === 'Igor Smirnov' && x.ref === 'igor-smirnov'));
	});
});
