import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findOccurrences } from '../../../server/src/service/commands/occurrences';
import { normalizeEntityText } from '../../../server/src/service/workspace/entityKey';
import { appliedTo, marked } from '../../helpers/commands';
import { positionOf } from '../../helpers/positions';
import { none, service, settings } from '../../helpers/service';

/** Articles written for these tests. CRLF and an emoji (two UTF-16 units) before the annotations of A. */
const A_URI = 'file:///ws/a.news';
const B_URI = 'file:///ws/b.news';
const A =
	'---\r\ndate: 2025-01-22\r\n---\r\n🤝 [Лавров]{.person} прибыл в [Москву]{.place}; [Мария]{.person} встретила [Лаврова]{.person}.\r\n';
const B =
	'date 2025-01-23 С [Лавровым]{.person} говорил [Марина]{.person}, [Лаврову]{.person} ответила [Марии]{.person} в [Москве]{.place}.\n';

function corpus() {
	const s = service(settings());
	s.setWorkspaceFile(A_URI, A);
	s.setWorkspaceFile(B_URI, B);
	return {
		s,
		a: TextDocument.create(A_URI, 'annotated-news', 1, A),
		b: TextDocument.create(B_URI, 'annotated-news', 1, B),
	};
}

const texts = (
	locations: {
		uri: string;
		range: { start: { line: number; character: number }; end: { line: number; character: number } };
	}[],
	docs: Record<string, TextDocument>,
) => locations.map((l) => docs[l.uri]!.getText(l.range));

suite('Russian case forms: one entity', () => {
	test('the identity text: case forms join, names that differ stay apart, Latin text as it was', () => {
		const key = (words: string[]) => new Set(words.map(normalizeEntityText));
		assert.equal(key(['Лавров', 'Лаврова', 'Лаврову', 'Лавровым', 'Лавровом']).size, 1);
		assert.equal(key(['Сергей Лавров', 'Сергея  Лаврова', 'Сергею\r\nЛаврову', 'Сергеем Лавровым']).size, 1);
		assert.equal(key(['Москва', 'Москве', 'Москвы', 'Москву', 'Москвой']).size, 1);
		assert.equal(key(['Мария', 'Марии', 'Марию', 'Марией']).size, 1);
		assert.equal(key(['Марина', 'Марины', 'Мариной']).size, 1);
		assert.notEqual(normalizeEntityText('Марии'), normalizeEntityText('Марина'));
		assert.notEqual(normalizeEntityText('Москва'), normalizeEntityText('Московский'));
		assert.equal(normalizeEntityText('Пётр'), normalizeEntityText('Петра'));
		assert.equal(normalizeEntityText('  Sergey   LAVROV '), 'sergey lavrov');
		assert.equal(normalizeEntityText('Lavrova'), 'lavrova', 'Latin words are not cut');
	});

	test('Find All References from an inflected annotation: every case form in every file, not another name', () => {
		const { s, a, b } = corpus();
		const docs = { [A_URI]: a, [B_URI]: b };
		assert.deepEqual(texts(s.getReferences(b, positionOf(b, 'Лаврову', { delta: 2 }), false, none), docs), [
			'Лавров',
			'Лаврова',
			'Лавровым',
			'Лаврову',
		]);
		assert.deepEqual(texts(s.getReferences(a, positionOf(a, 'Мария', { delta: 1 }), false, none), docs), [
			'Мария',
			'Марии',
		]);
		assert.deepEqual(texts(s.getReferences(b, positionOf(b, 'Марина', { delta: 1 }), false, none), docs), ['Марина']);
		assert.deepEqual(texts(s.getReferences(a, positionOf(a, 'Москву', { delta: 1 }), false, none), docs), [
			'Москву',
			'Москве',
		]);
		const at = s.getReferences(a, positionOf(a, 'Лавров]', { delta: 1 }), false, none)[0]!;
		assert.deepEqual(
			at.range,
			{ start: { line: 3, character: 4 }, end: { line: 3, character: 10 } },
			'UTF-16 columns after the emoji',
		);
	});

	test('the Entities view: one person for the case forms, its forms as aliases', () => {
		const { s } = corpus();
		const people = s.getEntities({}, none).groups.find((g) => g.label === 'People')!;
		assert.deepEqual(people.entities.map((e) => `${e.name} ${e.mentions}/${e.articles}`).sort(), [
			'Лавров 4/2',
			'Марина 1/1',
			'Мария 2/2',
		]);
		const lavrov = people.entities.find((e) => e.mentions === 4)!;
		assert.deepEqual([...lavrov.aliases].sort(), ['Лаврова', 'Лаврову', 'Лавровым']);
	});

	test('Annotate All Occurrences: the case forms of a Russian word, in the workspace, and nothing that only begins the same', () => {
		const s = service(settings());
		const otherUri = 'file:///ws/c.news';
		const other =
			'date 2025-01-24 В Москве 🙂 и под Москвой, а Московский вокзал и москвичи нет.\r\nМОСКВА тоже нет.\r\n';
		s.setWorkspaceFile(otherUri, other);
		const { document, target } = marked(
			(t) => TextDocument.create('file:///ws/d.news', 'annotated-news', 1, t),
			'date 2025-01-24 Из Моск|вы в Москву.\n',
		);
		const result = s.commands.annotateOccurrences(
			document,
			{ ...target, type: 'place', scope: 'workspace' },
			{ get: () => undefined },
			none,
		);
		assert.equal(
			appliedTo(result, otherUri, other),
			'date 2025-01-24 В [Москве]{.place} 🙂 и под [Москвой]{.place}, а Московский вокзал и москвичи нет.\r\nМОСКВА тоже нет.\r\n',
		);
		assert.equal(
			appliedTo(result, document.uri, document.getText()),
			'date 2025-01-24 Из [Москвы]{.place} в [Москву]{.place}.\n',
		);
		assert.equal(result.message, 'Annotated 4 occurrences of "Москвы" as place in 2 articles.');
	});

	test('occurrences of a two-word name in its case forms, across a line break', () => {
		const text = 'Сергея\r\nЛаврова ждали; Сергей Лавров приехал, Сергеев Лавр нет.';
		assert.deepEqual(
			findOccurrences(text, 'Сергей Лавров').map((r) => text.slice(r.start, r.end)),
			['Сергея\r\nЛаврова', 'Сергей Лавров'],
		);
	});
});
