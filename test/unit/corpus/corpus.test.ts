import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AttacheService } from '../../../server/src/service';
import { applyWorkspaceEdit, positionOf } from '../../helpers/positions';
import { none, service, settings } from '../../helpers/service';

const KB_URI = 'file:///ws/entities.yaml';
const A_URI = 'file:///ws/a.news';
const B_URI = 'file:///ws/b%20two.news';

const KB =
	'ada-berg:\n  type: person\n  name: Ada Berg\n  aliases: [Berg, Ада Берг]\n  description: Foreign Minister of Norland\n  wikidata: Q1\nnorland-river:\n  type: place\n  name: Norland River\n';
// CRLF, Cyrillic and an emoji (two UTF-16 units) before the annotations.
const A =
	'---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [Ada Berg]{.person ref=ada-berg} met [Halvik]{.org} in [Norland]{.place}.\r\n[Berg]{.person ref=ada-berg} left [[Norland]{.place} Water Board]{.org}.\r\n';
const B =
	'date 2025-01-23 [Ada Berg]{.person ref=ada-berg} and [Halvik]{.place} saw [NORLAND]{.place} and [Riverland]{.place ref=riverland}.\n';

const range = (line: number, start: number, end: number, endLine = line) => ({
	start: { line, character: start },
	end: { line: endLine, character: end },
});
const loc = (uri: string, line: number, start: number, end: number): Location => ({
	uri,
	range: range(line, start, end),
});

function corpus(options: { kb?: boolean; suggestions?: boolean } = {}): {
	s: AttacheService;
	a: TextDocument;
	b: TextDocument;
} {
	const s = service(settings({ suggestions: options.suggestions ?? false }));
	if (options.kb !== false) s.setWorkspaceFile(KB_URI, KB);
	s.setWorkspaceFile(A_URI, A);
	s.setWorkspaceFile(B_URI, B);
	return {
		s,
		a: TextDocument.create(A_URI, 'annotated-news', 1, A),
		b: TextDocument.create(B_URI, 'annotated-news', 1, B),
	};
}

const FILES = { [KB_URI]: KB, [A_URI]: A, [B_URI]: B };

suite('corpus: references and definition', () => {
	test('Find All References from an annotation: every annotation of the entity in every file, the knowledge-base entry first when asked', () => {
		const { s, a } = corpus();
		const mentions = [loc(A_URI, 3, 12, 20), loc(A_URI, 4, 1, 5), loc(B_URI, 0, 17, 25)];
		assert.deepEqual(s.getReferences(a, positionOf(a, '[Berg]', { delta: 2 }), false, none), mentions);
		assert.deepEqual(s.getReferences(a, positionOf(a, '[Berg]', { delta: 2 }), true, none), [
			loc(KB_URI, 0, 0, 8),
			...mentions,
		]);
	});

	test('from a `ref=` value, and from a suggestion of the entity', () => {
		const { s, a } = corpus({ suggestions: true });
		assert.deepEqual(s.getReferences(a, positionOf(a, 'ref=ada', { delta: 6, nth: 1 }), false, none).length, 3);
		const c = TextDocument.create('file:///ws/c.news', 'annotated-news', 1, 'date 2025-01-24 Later Ada Berg spoke.\n');
		assert.deepEqual(
			s.getSuggestions(c, none).map((x) => [x.text, x.ref]),
			[['Ada Berg', 'ada-berg']],
		);
		assert.deepEqual(s.getReferences(c, positionOf(c, 'Ada Berg', { delta: 1 }), false, none), [
			loc(A_URI, 3, 12, 20),
			loc(A_URI, 4, 1, 5),
			loc(B_URI, 0, 17, 25),
		]);
	});

	test('an entity without ref is its type and its text, regardless of case', () => {
		const { s, a } = corpus();
		assert.deepEqual(s.getReferences(a, positionOf(a, 'Norland]', { delta: 1 }), false, none), [
			loc(A_URI, 3, 67, 74),
			loc(A_URI, 4, 36, 43),
			loc(B_URI, 0, 75, 82),
		]);
		assert.deepEqual(
			s.getReferences(a, positionOf(a, 'Halvik', { delta: 1 }), false, none),
			[loc(A_URI, 3, 49, 55)],
			'Halvik the place is another entity',
		);
		assert.deepEqual(s.getReferences(a, positionOf(a, 'met', { delta: 1 }), false, none), [], 'no entity there');
	});

	test('Go to Definition: the knowledge-base entry, else the first annotation in the workspace', () => {
		const { s, a, b } = corpus();
		assert.deepEqual(s.getDefinition(b, positionOf(b, 'Ada', { delta: 1 }), none), [loc(KB_URI, 0, 0, 8)]);
		assert.deepEqual(s.getDefinition(b, positionOf(b, 'NORLAND', { delta: 1 }), none), [loc(A_URI, 3, 67, 74)]);
		assert.deepEqual(
			s.getDefinition(b, positionOf(b, 'Riverland', { delta: 1 }), none),
			[loc(B_URI, 0, 97, 106)],
			'an unknown ref: its first annotation',
		);
		assert.deepEqual(s.getDefinition(a, positionOf(a, 'Встреча', { delta: 1 }), none), []);
	});

	test('results follow the index: a file updated, then deleted', () => {
		const { s, a } = corpus();
		s.setWorkspaceFile(B_URI, 'date 2025-01-23 Nothing here.\n\n[Ada Berg]{.person ref=ada-berg}\n');
		assert.deepEqual(
			s.getReferences(a, positionOf(a, '[Berg]', { delta: 2 }), false, none).at(-1),
			loc(B_URI, 2, 1, 9),
		);
		s.deleteWorkspaceFile(B_URI);
		assert.deepEqual(
			s.getReferences(a, positionOf(a, '[Berg]', { delta: 2 }), false, none).map((l) => l.uri),
			[A_URI, A_URI],
		);
		s.deleteWorkspaceFile(KB_URI);
		assert.deepEqual(s.getDefinition(a, positionOf(a, '[Berg]', { delta: 2 }), none), [loc(A_URI, 3, 12, 20)]);
	});
});

suite('corpus: rename', () => {
	test('an entity with a ref is renamed by its id: every `ref=` and the knowledge-base key, one edit with a refactor preview', () => {
		const { s, a } = corpus();
		assert.deepEqual(s.prepareRename(a, positionOf(a, '[Berg]', { delta: 2 }), none), {
			range: range(4, 1, 5),
			placeholder: 'ada-berg',
		});
		assert.deepEqual(s.prepareRename(a, positionOf(a, 'ref=ada', { delta: 6, nth: 1 }), none), {
			range: range(4, 19, 27),
			placeholder: 'ada-berg',
		});
		const edit = s.getRenameEdits(a, positionOf(a, '[Berg]', { delta: 2 }), 'ada-lind', none) as WorkspaceEdit;
		assert.deepEqual(edit.changeAnnotations, {
			'attache.renameEntity': {
				label: 'Rename the entity id "ada-berg" to "ada-lind"',
				needsConfirmation: true,
				description: '3 files',
			},
		});
		assert.deepEqual(applyWorkspaceEdit(edit, FILES), {
			[A_URI]: A.replaceAll('ref=ada-berg', 'ref=ada-lind'),
			[B_URI]: B.replace('ref=ada-berg', 'ref=ada-lind'),
			[KB_URI]: KB.replace('ada-berg:', 'ada-lind:'),
		});
	});

	test('an entity without ref is renamed by its text in every article; capitals stay capitals; markup characters are escaped', () => {
		const { s, a } = corpus();
		assert.deepEqual(s.prepareRename(a, positionOf(a, 'Norland]', { delta: 1 }), none), {
			range: range(3, 67, 74),
			placeholder: 'Norland',
		});
		const edit = s.getRenameEdits(a, positionOf(a, 'Norland]', { delta: 1 }), 'Nordland', none) as WorkspaceEdit;
		assert.deepEqual(applyWorkspaceEdit(edit, FILES), {
			[A_URI]: A.replaceAll('[Norland]', '[Nordland]'),
			[B_URI]: B.replace('[NORLAND]', '[NORDLAND]'),
		});
		const single = s.getRenameEdits(a, positionOf(a, 'Halvik', { delta: 1 }), 'Halvik [North]', none) as WorkspaceEdit;
		assert.equal(single.documentChanges, undefined, 'one file: a plain edit, no preview');
		assert.deepEqual(applyWorkspaceEdit(single, FILES), {
			[A_URI]: A.replace('[Halvik]{.org}', '[Halvik \\[North\\]]{.org}'),
		});
	});

	test('what cannot be renamed says why', () => {
		const { s, a, b } = corpus({ suggestions: true });
		const refusal = (r: unknown) => (r as { refusal?: string }).refusal;
		assert.match(
			refusal(s.getRenameEdits(a, positionOf(a, '[Berg]', { delta: 2 }), 'Ada Lind', none))!,
			/^"Ada Lind" is not an id: use lower-case letters/,
		);
		assert.match(
			refusal(s.getRenameEdits(a, positionOf(a, '[Berg]', { delta: 2 }), 'riverland', none))!,
			/^"riverland" is already the id of another entity/,
		);
		assert.match(
			refusal(s.getRenameEdits(a, positionOf(a, '[Berg]', { delta: 2 }), 'norland-river', none))!,
			/already the id/,
		);
		assert.match(
			refusal(s.prepareRename(a, positionOf(a, 'Water', { delta: 1 }), none))!,
			/^"Norland Water Board" holds another annotation/,
		);
		assert.match(
			refusal(s.getRenameEdits(a, positionOf(a, 'Water', { delta: 1 }), 'X', none))!,
			/holds another annotation/,
		);
		assert.match(
			refusal(s.getRenameEdits(a, positionOf(a, 'Halvik', { delta: 1 }), '  ', none))!,
			/^Type the new name/,
		);
		const dated = TextDocument.create(
			'file:///ws/d.news',
			'annotated-news',
			1,
			'date 2025-01-22 On [May 9]{.date value=2025-05-09} Ada Berg came.\n',
		);
		assert.match(
			refusal(s.prepareRename(dated, positionOf(dated, 'May', { delta: 1 }), none))!,
			/^Dates are not renamed/,
		);
		assert.deepEqual(
			s.prepareRename(dated, positionOf(dated, 'Ada', { delta: 1 }), none),
			{ range: range(0, 51, 59), placeholder: 'ada-berg' },
			'a suggestion with a ref renames the id',
		);
		assert.equal(s.prepareRename(b, positionOf(b, 'saw', { delta: 1 }), none), null);
	});

	test('a multi-line annotation with non-ASCII text', () => {
		const s = service(settings());
		const text = '[Ле́ся\r\nУкраїнка]{.person} and [ле́ся українка]{.person}\r\n';
		s.setWorkspaceFile(A_URI, text);
		const d = TextDocument.create(A_URI, 'annotated-news', 1, text);
		assert.deepEqual(s.prepareRename(d, { line: 1, character: 2 }, none), {
			range: range(0, 1, 8, 1),
			placeholder: 'Ле́ся Українка',
		});
		const edit = s.getRenameEdits(d, { line: 1, character: 2 }, 'Леся Українка 🌻', none) as WorkspaceEdit;
		assert.deepEqual(applyWorkspaceEdit(edit, { [A_URI]: text }), {
			[A_URI]: '[Леся Українка 🌻]{.person} and [Леся Українка 🌻]{.person}\r\n',
		});
	});
});

suite('corpus: workspace symbols', () => {
	test('entities by name and by alias, the knowledge base entry as location, counts in the container', () => {
		const { s } = corpus();
		const find = (q: string) => s.getWorkspaceSymbols(q, none).map((x) => [x.name, x.containerName, x.location.uri]);
		assert.deepEqual(find('ada berg'), [['Ada Berg', 'person · 3 mentions in 2 articles', KB_URI]]);
		assert.deepEqual(find('ада'), [['Ада Берг (Ada Berg)', 'person · 3 mentions in 2 articles', KB_URI]]);
		assert.deepEqual(find('norl'), [
			['Norland', 'place · 3 mentions in 2 articles', A_URI],
			['Norland Water Board', 'organization · 1 mention in 1 article', A_URI],
			['Norland River', 'place · in the knowledge base only', KB_URI],
		]);
		assert.deepEqual(s.getWorkspaceSymbols('riverland', none)[0]!.location, loc(B_URI, 0, 97, 106));
		assert.deepEqual(find('zzz'), []);
		assert.equal(s.getWorkspaceSymbols('', none).length, 7);
	});
});

suite('corpus: consistency diagnostics', () => {
	test('one text with different types in different articles, on each annotation, naming the other files', () => {
		const { s, a, b } = corpus();
		const info = (d: TextDocument) =>
			s
				.getDiagnostics(d, none)
				.filter((x) => x.code === 'attache.inconsistent-type')
				.map((x) => [x.range, x.severity, x.message]);
		assert.deepEqual(info(a), [
			[
				range(3, 49, 55),
				3,
				'"Halvik" is annotated as organization here but as place in b two.news: change the type where it is wrong.',
			],
		]);
		assert.deepEqual(info(b), [
			[
				range(0, 54, 60),
				3,
				'"Halvik" is annotated as place here but as organization in a.news: change the type where it is wrong.',
			],
		]);
		s.setWorkspaceFile(B_URI, B.replace('[Halvik]{.place}', '[Halvik]{.org}'));
		assert.deepEqual(info(a), [], 'fixed on disk: the problem is gone');
	});

	test('the same markup written many times has its problem on each, the text nested in it its own (CRLF, Cyrillic)', () => {
		const { s } = corpus();
		const text =
			'---\r\ndate: 2025-01-22\r\n---\r\n' +
			'[Halvik]{.place} и [Halvik]{.place} 🇷🇺 [Halvik]{.place ref=riverland} [[Halvik]{.place} talks]{.org ref=riverland}\r\n';
		const d = TextDocument.create('file:///ws/c.news', 'annotated-news', 1, text);
		const found = s.getDiagnostics(d, none).filter((x) => x.code !== 'attache.suggestion');
		const at = (x: (typeof found)[number]): string =>
			`${x.code} ${text.slice(d.offsetAt(x.range.start), d.offsetAt(x.range.end))} ${d.offsetAt(x.range.start)}`;
		const starts = [...text.matchAll(/\[Halvik\]/g)].map((m) => m.index! + 1);
		const refs = [...text.matchAll(/riverland/g)].map((m) => m.index!);
		assert.deepEqual(
			found.map(at).sort(),
			[
				...starts.map((i) => `attache.inconsistent-type Halvik ${i}`),
				...refs.map((i) => `attache.unknown-ref riverland ${i}`),
			].sort(),
		);
	});

	test('a ref the knowledge base does not know, only when there is a knowledge base', () => {
		const { s, b } = corpus();
		const unknown = s.getDiagnostics(b, none).filter((x) => x.code === 'attache.unknown-ref');
		assert.deepEqual(
			unknown.map((x) => [x.range, x.severity, x.message]),
			[
				[
					range(0, 119, 128),
					2,
					'The knowledge base (entities.yaml) has no entity `riverland`: correct the id, or add the entity to the knowledge base.',
				],
			],
		);
		const { s: noKb, b: b2 } = corpus({ kb: false });
		assert.deepEqual(
			noKb.getDiagnostics(b2, none).filter((x) => x.code === 'attache.unknown-ref'),
			[],
		);
	});

	test('an alias claimed by two entities, in the knowledge base', () => {
		const s = service(settings());
		const kb =
			'ada-berg:\n  type: person\n  name: Ada Berg\n  aliases: [Berg]\nberg-town:\n  type: place\n  name: BERG\n';
		s.setWorkspaceFile(KB_URI, kb);
		s.setWorkspaceFile('file:///ws/more/entities.yml', 'berg-ltd:\n  type: org\n  name: Berg Ltd\n  aliases: [berg]\n');
		assert.deepEqual(
			s.getKnowledgeBaseDiagnostics(KB_URI).map((d) => [d.range, d.code, d.severity, d.message]),
			[
				[
					range(3, 12, 16),
					'attache.duplicate-alias',
					2,
					'"Berg" names `berg-town`, `berg-ltd` (entities.yml) too: suggestions cannot tell them apart. Keep it for one entity only.',
				],
				[
					range(6, 8, 12),
					'attache.duplicate-alias',
					2,
					'"BERG" names `ada-berg`, `berg-ltd` (entities.yml) too: suggestions cannot tell them apart. Keep it for one entity only.',
				],
			],
		);
		s.setWorkspaceFile(KB_URI, 'ada-berg: [\n');
		assert.deepEqual(
			s.getKnowledgeBaseDiagnostics(KB_URI).map((d) => d.code),
			['attache.knowledge-base-syntax'],
			'malformed YAML: a diagnostic, nothing thrown',
		);
	});
});

suite('corpus: hover and the Entities view', () => {
	test('the hover card of an entity says where else it appears', () => {
		const { s, a } = corpus();
		const hover = (s.getHover(a, positionOf(a, '[Berg]', { delta: 2 }), none)!.contents as { value: string }).value;
		assert.equal(
			hover,
			'**Person** · Berg\n\nRefers to **Ada Berg** (`ada-berg`): Foreign Minister of Norland\n\nAlso known as Berg, Ада Берг\n\nWikidata: [Q1](https://www.wikidata.org/wiki/Q1)\n\n3 mentions in 2 articles',
		);
		assert.doesNotMatch(
			(s.getHover(a, positionOf(a, 'Halvik', { delta: 1 }), none)!.contents as { value: string }).value,
			/mention/,
			'only in this article: nothing to add',
		);
	});

	test('types > entities with counts; filtered by name, alias or id', () => {
		const { s } = corpus();
		const view = s.getEntities({}, none);
		assert.equal(view.articleCount, 2);
		assert.deepEqual(
			view.groups.map((g) => [g.label, g.entities.map((e) => `${e.name} ${e.mentions}/${e.articles}`)]),
			[
				['People', ['Ada Berg 3/2']],
				['Organizations', ['Halvik 1/1', 'Norland Water Board 1/1']],
				['Places', ['Norland 3/2', 'Halvik 1/1', 'Riverland 1/1', 'Norland River 0/0']],
			],
		);
		assert.deepEqual(
			s.getEntities({ filter: 'АДА' }, none).groups.map((g) => g.entities.map((e) => e.key)),
			[['ref:ada-berg']],
		);
		assert.deepEqual(
			s.getEntities({ filter: 'riverland' }, none).groups.map((g) => g.entities.map((e) => e.name)),
			[['Riverland']],
		);
	});

	test('an entity > its articles > its mentions, each with its line', () => {
		const { s } = corpus();
		assert.deepEqual(s.getEntityArticles({ key: 'ref:ada-berg' }, none), [
			{ uri: A_URI, name: 'a.news', mentions: 2 },
			{ uri: B_URI, name: 'b two.news', mentions: 1 },
		]);
		assert.deepEqual(s.getEntityMentions({ key: 'ref:ada-berg', uri: A_URI }, none), [
			{ range: range(3, 12, 20), line: 'Встреча 🤝 Ada Berg met Halvik in Norland.', highlight: [11, 19] },
			{ range: range(4, 1, 5), line: 'Berg left Norland Water Board.', highlight: [0, 4] },
		]);
		const long = `date 2025-01-01 ${'word '.repeat(30)}[Ada Berg]{.person ref=ada-berg} ${'more '.repeat(30)}\n`;
		s.setWorkspaceFile(B_URI, long);
		const [m] = s.getEntityMentions({ key: 'ref:ada-berg', uri: B_URI }, none);
		assert.equal(m!.line, `…${'word '.repeat(8)}Ada Berg ${'more '.repeat(8).trim()}…`);
		assert.equal(m!.line.slice(m!.highlight[0], m!.highlight[1]), 'Ada Berg');
	});
});
