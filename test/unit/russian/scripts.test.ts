import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem } from 'vscode-languageserver-types';
import {
	cyrillicGuess,
	romanize,
	sameAcrossScripts,
	scriptKey,
} from '../../../server/src/service/workspace/transliteration';
import { slugId } from '../../../server/src/service/commands/yamlEntry';
import { applied, marked } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

/** Names and articles written for these tests. */
const KB_URI = 'file:///ws/entities.yaml';
const CYRILLIC_ONLY = 'zheenbek-kulubayev:\n  type: person\n  name: Жээнбек Кулубаев\n  aliases: [Кулубаев]\n';
const LATIN_ONLY =
	'igor-smirnov:\n  type: person\n  name: Igor Smirnov\n  aliases: [Smirnov]\nkhabarovsk:\n  type: place\n  name: Khabarovsk\n';

function withKb(kb: string, suggestions = true) {
	const s = service(settings({ suggestions }));
	s.setWorkspaceFile(KB_URI, kb);
	return s;
}

suite('Two scripts, one entity: transliteration', () => {
	test('BGN/PCGN romanization: ye after a vowel and at the start, kh, zh, shch, capitals kept', () => {
		assert.equal(romanize('Жээнбек Кулубаев'), 'Zheenbek Kulubayev');
		assert.equal(romanize('Ельцин, Хабаровск, Щукин, Пётр, Артём'), 'Yeltsin, Khabarovsk, Shchukin, Pyotr, Artyom');
		assert.equal(romanize('ООН и ОДКБ 🙂'), 'OON i ODKB 🙂');
	});
	test('one table: the id proposed from a Cyrillic name is its romanization, the letters of Kazakh and Kyrgyz too', () => {
		for (const name of [
			'Жээнбек Кулубаев',
			'Борис Ельцин',
			'Пётр Щукин',
			'Нурсултан Әбішұлы Назарбаев',
			'Өмүрбек Бабанов',
		])
			assert.equal(slugId(name), slugId(romanize(name)), name);
		assert.equal(slugId('Жээнбек Кулубаев'), slugId('Zheenbek Kulubayev'));
		assert.equal(romanize('Әбішұлы Өмүрбек Қасым Ғани Ңа Һ'), 'Abishuly Omurbek Qasym Gani Nga H');
		assert.equal(slugId('Борис Ельцин'), 'boris-yeltsin');
	});
	test('the common variants are one: kh/h, y/i/j, ye/e, yo/e, iy/y at the end', () => {
		for (const group of [
			['Кулубаев', 'Kulubayev', 'Kulubaev'],
			['Сергей', 'Sergey', 'Sergei', 'Sergej'],
			['Дмитрий', 'Dmitry', 'Dmitriy', 'Dmitrii'],
			['Хабаровск', 'Khabarovsk', 'Habarovsk'],
			['Юрий', 'Yuri', 'Yury', 'Iurii'],
			['Ельцин', 'Yeltsin', 'Eltsin'],
			['Артём', 'Artyom', 'Artem'],
			['Садыр Жапаров', 'Sadyr Japarov', 'Sadyr Zhaparov'],
		])
			assert.equal(new Set(group.map(scriptKey)).size, 1, group.join(', '));
		assert.notEqual(scriptKey('Марина'), scriptKey('Maria'));
		assert.equal(sameAcrossScripts('Кулубаев', 'Kulubaev'), true);
		assert.equal(sameAcrossScripts('Kulubaev', 'Kulubayev'), false, 'only across the scripts');
	});
	test('a guess back into Cyrillic, for finding an entry by either spelling', () => {
		assert.deepEqual(['Kulubayev', 'Sadyr', 'Dmitry', 'Sergei', 'Maria'].map(cyrillicGuess), [
			'Кулубаев',
			'Садыр',
			'Дмитрий',
			'Сергей',
			'Мария',
		]);
	});
});

suite('Two scripts, one entity: in the service', () => {
	test('an entry written only in Cyrillic links the Latin spelling in an English article (two variants)', () => {
		const s = withKb(CYRILLIC_ONLY);
		const found = s.getSuggestions(
			doc(
				'---\r\ndate: 2025-01-22\r\n---\r\n🙂 Foreign Minister Zheenbek Kulubayev met the press. Kulubaev said no.\r\n',
			),
			none,
		);
		const people = found.filter((x) => x.type === 'person').map((x) => [x.text, x.ref]);
		assert.ok(
			people.some(([t, r]) => t === 'Zheenbek Kulubayev' && r === 'zheenbek-kulubayev'),
			JSON.stringify(people),
		);
		assert.ok(
			people.some(([t, r]) => t === 'Kulubaev' && r === 'zheenbek-kulubayev'),
			JSON.stringify(people),
		);
	});
	test('an entry written only in Latin links the Cyrillic name in a Russian article, in its case forms', () => {
		const s = withKb(LATIN_ONLY);
		const found = s.getSuggestions(
			doc('date 2025-01-22 Министр Игорь Смирнов прибыл в Хабаровск. Смирнову показали город.\n'),
			none,
		);
		const refs = new Map(found.map((x) => [x.text, x.ref]));
		assert.equal(refs.get('Игорь Смирнов'), 'igor-smirnov');
		assert.equal(refs.get('Смирнову'), 'igor-smirnov');
		assert.equal(refs.get('Хабаровск'), 'khabarovsk');
	});
	test('an entry written only in Latin finds its Cyrillic spelling itself, in its case forms, named by the entry', () => {
		const s = withKb(
			'zk:\n  type: person\n  name: Zheenbek Kulubayev\n  aliases: [Kulubayev]\nbishkek:\n  type: place\n  name: Bishkek\n',
		);
		const found = s.getSuggestions(doc('date 2025-01-22 Вчера Кулубаеву вручили письмо в Бишкеке.\n'), none);
		const byText = new Map(found.map((x) => [x.text, x]));
		assert.equal(byText.get('Кулубаеву')?.ref, 'zk', JSON.stringify(found));
		assert.equal(byText.get('Кулубаеву')?.source, 'knowledge-base');
		assert.equal(byText.get('Бишкеке')?.ref, 'bishkek');
		assert.equal(byText.get('Бишкеке')?.source, 'knowledge-base');
	});
	test("annotating the other spelling takes the entry's ref", () => {
		const s = withKb(CYRILLIC_ONLY, false);
		const { document, target } = marked(
			(t) => TextDocument.create('file:///ws/a.news', 'annotated-news', 1, t),
			'date 2025-01-22 Then «Kulubaev» spoke.\n',
		);
		assert.equal(
			applied(document, s.commands.annotate(document, { ...target, type: 'person' }, none)),
			'date 2025-01-22 Then [Kulubaev]{.person ref=zheenbek-kulubayev}| spoke.\n',
		);
	});
	test('Add to Knowledge Base records a Cyrillic name in Latin letters too; an entry in the other script is known already', () => {
		const s = service(settings({ suggestions: false }));
		const { document, target } = marked(
			(t) => TextDocument.create('file:///ws/a.news', 'annotated-news', 1, t),
			'date 2025-01-22 [Жээнбек Кулу|баев]{.person} и [Кулубаев]{.person}\n',
		);
		assert.deepEqual(s.commands.proposeEntity(document, target, none).proposal, {
			id: 'zheenbek-kulubayev',
			type: 'person',
			name: 'Жээнбек Кулубаев',
			aliases: ['Кулубаев', 'Zheenbek Kulubayev', 'Kulubayev'],
		});
		s.setWorkspaceFile(KB_URI, 'zk:\n  type: person\n  name: Zheenbek Kulubaev\n');
		assert.match(s.commands.proposeEntity(document, target, none).error ?? '', /in the knowledge base already as "zk"/);
	});
	test('completion of `ref=` finds an entry by either spelling and puts it first', () => {
		const s = withKb(CYRILLIC_ONLY + LATIN_ONLY, false);
		const complete = (text: string): CompletionItem[] => {
			const at = text.indexOf('|');
			const d = doc(text.slice(0, at) + text.slice(at + 1));
			return s.getCompletions(d, d.positionAt(at), none)?.items ?? [];
		};
		const latin = complete('date 2025-01-22 Then [Kulubayev]{.person ref=|} spoke.\n');
		const kulubayev = latin.find((i) => i.label === 'zheenbek-kulubayev');
		assert.equal(kulubayev?.preselect, true);
		assert.match(kulubayev?.filterText ?? '', /Zheenbek Kulubayev/);
		const cyrillic = complete('date 2025-01-22 Потом [Смирнов]{.person ref=|} сказал.\n');
		const smirnov = cyrillic.find((i) => i.label === 'igor-smirnov');
		assert.equal(smirnov?.preselect, true);
		assert.match(smirnov?.filterText ?? '', /Смирнов/);
	});
});
