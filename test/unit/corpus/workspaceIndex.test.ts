import * as assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/service/workspace/workspaceIndex';

const A = 'file:///ws/a.news';
const B = 'file:///ws/b.news';
const KB = 'file:///ws/entities.yaml';

const stats = (index: WorkspaceIndex, key: string) => {
	const e = index.entity(key);
	return (
		e && {
			mentions: e.mentions,
			articles: Object.fromEntries(index.articlesOf(key)),
			types: Object.fromEntries(e.types),
			texts: Object.fromEntries(e.texts),
			count: e.articles,
		}
	);
};

suite('workspace index', () => {
	test('keeps each annotation of an article with its ranges, keyed by entity', () => {
		const index = new WorkspaceIndex();
		const text =
			"date 2025-01-22 [Ada Berg]{.person ref=ada-berg} met [Norland]{.place}'s [Foreign Minister]{.role} on [May 9]{.date value=2025-05-09}.\n";
		index.setFile(A, text);
		const mentions = index.article(A)!.mentions;
		assert.deepEqual(
			mentions.map((m) => [
				m.key,
				m.type,
				m.text,
				text.slice(m.contentRange.start, m.contentRange.end),
				m.refRange && text.slice(m.refRange.start, m.refRange.end),
			]),
			[
				['ref:ada-berg', 'person', 'Ada Berg', 'Ada Berg', 'ada-berg'],
				['text:place:norland', 'place', 'Norland', 'Norland', undefined],
				['value:2025-05-09', 'date', 'May 9', 'May 9', undefined],
			],
			'roles are titles, not entities',
		);
		assert.equal(text.slice(mentions[0]!.range.start, mentions[0]!.range.end), '[Ada Berg]{.person ref=ada-berg}');
	});

	test('adding, updating and deleting a file keeps the counts of every entity current', () => {
		const index = new WorkspaceIndex();
		index.setFile(A, '[Norland]{.place} and [NORLAND]{.place}\n');
		index.setFile(B, '[Norland]{.place}\n');
		assert.deepEqual(stats(index, 'text:place:norland'), {
			mentions: 3,
			articles: { [A]: 2, [B]: 1 },
			types: { place: 3 },
			texts: { Norland: 2, NORLAND: 1 },
			count: 2,
		});
		index.setFile(A, '[Norland]{.org}\n');
		assert.deepEqual(stats(index, 'text:place:norland'), {
			mentions: 1,
			articles: { [B]: 1 },
			types: { place: 1 },
			texts: { Norland: 1 },
			count: 1,
		});
		assert.deepEqual(stats(index, 'text:org:norland')?.mentions, 1);
		index.deleteFile(B);
		assert.equal(index.entity('text:place:norland'), undefined);
		assert.deepEqual(
			[...index.entities].map((e) => e.key),
			['text:org:norland'],
		);
		assert.deepEqual(
			index.mentionsOf('text:org:norland').map((m) => m.uri),
			[A],
		);
		index.deleteFile(A);
		assert.deepEqual([...index.entities], []);
		assert.equal(index.articleCount, 0);
	});

	test('the entities version moves when what articles say changes, not when text merely moves', () => {
		const index = new WorkspaceIndex();
		index.setFile(A, 'Hello [Norland]{.place}.\n');
		const v = index.entitiesVersion;
		const version = index.version;
		index.setFile(A, 'Hello there, [Norland]{.place}.\n');
		assert.equal(index.entitiesVersion, v);
		assert.ok(index.version > version, 'positions changed: caches of suggestions are stale');
		index.setFile(A, 'Hello there, [Norland]{.org}.\n');
		assert.ok(index.entitiesVersion > v);
	});

	test('text with white space, case and composed characters is one entity; a nested annotation is marked', () => {
		const index = new WorkspaceIndex();
		const text = '[Ле́ся\n Укра́їнка]{.person} and [ЛЕ́СЯ УКРА́ЇНКА]{.person} of [[Riverland]{.place} Water Board]{.org}\n';
		index.setFile(A, text);
		const keys = index.article(A)!.mentions.map((m) => [m.key, m.nested]);
		assert.deepEqual(keys, [
			['text:person:ле́ся укра́їнка', false],
			['text:person:ле́ся укра́їнка', false],
			['text:org:riverland water board', true],
			['text:place:riverland', false],
		]);
	});

	test('a knowledge base by name, or by kind when the glob says so; malformed YAML is a problem, not an exception', () => {
		const index = new WorkspaceIndex();
		index.setFile(KB, 'ada-berg:\n  type: person\n  name: Ada Berg\n  aliases: [Berg]\n');
		index.setFile('file:///ws/kb/people.yaml', 'bo-lind:\n  type: person\n  name: Bo Lind\n', 'knowledge-base');
		assert.deepEqual(
			index.entries.map((e) => e.id),
			['ada-berg', 'bo-lind'],
		);
		assert.deepEqual(
			index.entry('ada-berg')!.names!.map((n) => [n.text, n.alias]),
			[
				['Ada Berg', false],
				['Berg', true],
			],
		);
		index.setFile(KB, 'ada-berg: [\n');
		assert.equal(index.knowledgeFile(KB)!.entries.length, 0);
		assert.match(index.knowledgeFile(KB)!.problems[0]!.message, /^Not valid YAML/);
		index.deleteFile('file:///ws/kb/people.yaml');
		assert.deepEqual(index.entries, []);
		assert.equal(index.hasKnowledgeBase, true);
	});

	test('names for suggestions come from every article but the one asked about', () => {
		const index = new WorkspaceIndex();
		index.setFile(A, '[Ada Berg]{.person ref=ada-berg} [X]{.person} [Chair]{.role} [Brenner]{ref=tomas-brenner}\n');
		index.setFile(B, '[Norland]{.place}\n');
		assert.deepEqual(
			index.corpusNames().map((n) => [n.text, n.type, n.ref, n.uri]),
			[
				['Ada Berg', 'person', 'ada-berg', A],
				['Norland', 'place', undefined, B],
			],
		);
		assert.deepEqual(
			index.corpusNames(B).map((n) => n.text),
			['Ada Berg'],
		);
		assert.deepEqual(
			index.mentionsOf('ref:tomas-brenner').map((m) => [m.type, m.text]),
			[['', 'Brenner']],
			'an untyped annotation with a ref still names the entity',
		);
	});
});
