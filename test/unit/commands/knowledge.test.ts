import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertPlainArticle, plainToNews } from '../../../server/src/service/commands/convert';
import { looksLikeRawArticle } from '../../../server/src/shared/rawArticle';
import { appendEntry, slugId, uniqueId, yamlScalar } from '../../../server/src/service/commands/yamlEntry';
import { parseKnowledgeBase } from '../../../server/src/service/workspace/knowledgeBase';
import { applied, appliedTo, createdFiles, marked, needsConfirmation } from '../../helpers/commands';
import { none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const KB = 'file:///ws/entities.yaml';
const KB_TEXT =
	'# People and bodies of the tests\nada-lindqvist:\n    type: person\n    name: Ada Lindqvist\n    aliases: [Lindqvist]\n    description: Foreign Minister of Norland\nhalvik-water-board:\n    type: org\n    name: Halvik Water Board\nmoscow-x:\n    type: none\n    name: Great Hall';
const where = { roots: ['file:///ws'], open: { get: () => undefined } };

function setup(text: string, options: { kb?: string | false; suggestions?: boolean } = {}) {
	const s = service(settings({ suggestions: options.suggestions ?? true }));
	if (options.kb !== false) s.setWorkspaceFile(KB, options.kb ?? KB_TEXT);
	const { document, target } = marked(
		(t) => TextDocument.create('file:///ws/articles/a.news', 'annotated-news', 3, t),
		text,
	);
	return { s, document, target };
}

suite('commands: Link to Entity', () => {
	test('the entities, those named like the text at the cursor first; never `type: none`', () => {
		const { s, document, target } = setup(H + 'Then [Lind|qvist]{.person} spoke.\n');
		const choices = s.commands.knowledgeEntries(document, target, none);
		assert.deepEqual(
			choices.map((c) => [c.id, c.matches]),
			[
				['ada-lindqvist', true],
				['halvik-water-board', false],
			],
		);
		assert.deepEqual(choices[0], {
			id: 'ada-lindqvist',
			type: 'person',
			name: 'Ada Lindqvist',
			aliases: ['Lindqvist'],
			description: 'Foreign Minister of Norland',
			wikidata: undefined,
			matches: true,
		});
	});

	test('sets ref on the annotation at the cursor (the cursor stays)', () => {
		const { s, document, target } = setup(H + 'Then [Lind|qvist]{.person} spoke.\n');
		assert.equal(
			applied(document, s.commands.linkEntity(document, { ...target, id: 'ada-lindqvist' }, none)),
			H + 'Then [Lindqvist]{.person ref=ada-lindqvist} spoke.\n',
		);
		const relink = setup(H + 'Then [Lind|qvist]{.person ref=old note=x} spoke.\n');
		assert.equal(
			applied(
				relink.document,
				relink.s.commands.linkEntity(relink.document, { ...relink.target, id: 'ada-lindqvist' }, none),
			),
			H + 'Then [Lindqvist]{.person ref=ada-lindqvist note=x} spoke.\n',
		);
	});

	test('a suggestion, a selection or a word is annotated with the entity type and ref', () => {
		const sel = setup(H + 'The «water board» met.\n');
		assert.equal(
			applied(sel.document, sel.s.commands.linkEntity(sel.document, { ...sel.target, id: 'halvik-water-board' }, none)),
			H + 'The [water board]{.org ref=halvik-water-board}| met.\n',
		);
		const word = setup('---\r\ndate: 2025-01-22\r\n---\r\n😀 Ада| spoke.\r\n', { suggestions: false });
		assert.equal(
			applied(word.document, word.s.commands.linkEntity(word.document, { ...word.target, id: 'ada-lindqvist' }, none)),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 [Ада]{.person ref=ada-lindqvist}| spoke.\r\n',
		);
		const unknown = setup(H + 'The wa|ter board met.\n');
		assert.match(
			unknown.s.commands.linkEntity(unknown.document, { ...unknown.target, id: 'nobody' }, none).error ?? '',
			/no entity "nobody": add it with Attache: Add to Knowledge Base/,
		);
	});
});

suite('commands: Add to Knowledge Base, Ignore Suggestion', () => {
	const ARTICLE =
		H +
		'Foreign Minister [Tomas Brenner]{.person} flew in. [Bren|ner]{.person} met [Brenner]{.person ref=other} and Tomas.\n';

	test('proposes the id from the longest name, the type, and the other mentions as aliases', () => {
		const { s, document, target } = setup(ARTICLE);
		assert.deepEqual(s.commands.proposeEntity(document, target, none), {
			proposal: { id: 'tomas-brenner', type: 'person', name: 'Tomas Brenner', aliases: ['Brenner'] },
		});
		const cyrillic = setup(H + '[Сергей Лав|ров]{.person} и [Лавров]{.person}\n');
		assert.deepEqual(
			cyrillic.s.commands.proposeEntity(cyrillic.document, cyrillic.target, none).proposal,
			{ id: 'sergey-lavrov', type: 'person', name: 'Сергей Лавров', aliases: ['Лавров', 'Sergey Lavrov', 'Lavrov'] },
			'a Cyrillic name in Latin letters too',
		);
		const known = setup(H + 'The [Halvik Water Bo|ard]{.org} met.\n');
		assert.match(
			known.s.commands.proposeEntity(known.document, known.target, none).error ?? '',
			/in the knowledge base already as "halvik-water-board": link to it/,
		);
		const taken = setup(H + '[Ada Lindqvist]{.org} and [Ada Lind|qvist]{.org}\n');
		assert.equal(
			taken.s.commands.proposeEntity(taken.document, taken.target, none).proposal?.id,
			'ada-lindqvist-2',
			'ids are unique',
		);
	});

	test('appends the entry to the knowledge base and links the mentions without a ref: one edit of both files, previewed', () => {
		const { s, document, target } = setup(ARTICLE);
		const result = s.commands.addToKnowledgeBase(document, target, where, none);
		assert.equal(
			applied(document, result),
			H +
				'Foreign Minister [Tomas Brenner]{.person ref=tomas-brenner} flew in. [Brenner]{.person ref=tomas-brenner} met [Brenner]{.person ref=other} and Tomas.\n',
		);
		assert.equal(result.selection, undefined, 'the cursor stays');
		const kb = appliedTo(result, KB, KB_TEXT);
		assert.equal(
			kb,
			KB_TEXT + '\ntomas-brenner:\n    type: person\n    name: Tomas Brenner\n    aliases: [Brenner]\n',
			'the file’s indentation, a line break first',
		);
		assert.deepEqual(
			parseKnowledgeBase(KB, kb)
				.entries.map((e) => [e.id, e.name, e.aliases])
				.at(-1),
			['tomas-brenner', 'Tomas Brenner', ['Brenner']],
		);
		assert.equal(needsConfirmation(result.edit!), true);
		assert.equal(result.save, KB);
		assert.equal(result.message, 'Added Tomas Brenner to entities.yaml as "tomas-brenner".');
	});

	test('creates entities.yaml at the workspace root when there is none; a suggestion is annotated; CRLF kept in the article', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\n😀 Talks in Mos|cow.\r\n';
		const { s, document, target } = setup(text, { kb: false });
		const result = s.commands.addToKnowledgeBase(document, { ...target, id: 'moscow' }, where, none);
		assert.deepEqual(createdFiles(result.edit!), ['file:///ws/entities.yaml']);
		assert.equal(appliedTo(result, 'file:///ws/entities.yaml'), 'moscow:\n  type: place\n  name: Moscow\n');
		assert.equal(
			applied(document, result),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 Talks in [Moscow]{.place ref=moscow}|.\r\n',
		);
		assert.match(result.message ?? '', /a new knowledge base at the workspace root/);
	});

	test('refuses an id that is malformed or taken', () => {
		const { s, document, target } = setup(ARTICLE);
		assert.match(
			s.commands.addToKnowledgeBase(document, { ...target, id: 'Tomas B' }, where, none).error ?? '',
			/"Tomas B" is not an id: use lower-case letters, digits and -, such as tomas-brenner/,
		);
		assert.match(
			s.commands.addToKnowledgeBase(document, { ...target, id: 'ada-lindqvist' }, where, none).error ?? '',
			/has an entity "ada-lindqvist" already/,
		);
	});

	test('Ignore Suggestion adds a `type: none` entry for the suggestion text (and only edits the knowledge base)', () => {
		const { s, document, target } = setup(H + 'Talks in Mos|cow.\n');
		const result = s.commands.ignoreSuggestion(document, target, where, none);
		assert.equal(appliedTo(result, KB, KB_TEXT), KB_TEXT + '\nmoscow:\n    type: none\n    name: Moscow\n');
		assert.equal(needsConfirmation(result.edit!), false);
		assert.deepEqual(
			result.edit!.documentChanges!.map((c) => ('textDocument' in c ? c.textDocument.uri : c.kind)),
			[KB],
		);
		assert.equal(result.message, '"Moscow" will not be suggested again: it is in entities.yaml as type none.');
		s.setWorkspaceFile(KB, appliedTo(result, KB, KB_TEXT));
		assert.deepEqual(s.getSuggestions(document, none), [], 'and it is no longer suggested');
		assert.equal(s.commands.ignoreSuggestion(document, target, where, none).message, undefined);
		const away = setup(H + 'Talks in| Moscow.\n');
		assert.match(
			away.s.commands.ignoreSuggestion(away.document, away.target, where, none).error ?? '',
			/Put the cursor on a suggestion/,
		);
	});

	test('the nearest knowledge base is the one written to', () => {
		const { s, document, target } = setup(H + 'Talks in Mos|cow.\n');
		s.setWorkspaceFile('file:///ws/articles/entities.yaml', 'x:\n  type: org\n  name: X\n');
		s.setWorkspaceFile('file:///ws/other/entities.yaml', 'y:\n  type: org\n  name: Y\n');
		const result = s.commands.ignoreSuggestion(document, target, where, none);
		assert.equal(
			appliedTo(result, 'file:///ws/articles/entities.yaml', 'x:\n  type: org\n  name: X\n'),
			'x:\n  type: org\n  name: X\nmoscow:\n  type: none\n  name: Moscow\n',
		);
	});

	test('ids and YAML scalars', () => {
		assert.equal(slugId('Sergey Lavrov'), 'sergey-lavrov');
		assert.equal(slugId('Jeenbek Kulubayev'), 'jeenbek-kulubayev');
		assert.equal(slugId('Côte d’Ivoire'), 'cote-divoire');
		assert.equal(slugId('Жээнбек Кулубаев'), 'zheenbek-kulubayev');
		assert.equal(slugId('🇷🇺 ...'), 'entity');
		assert.equal(
			uniqueId('a', (id) => id === 'a' || id === 'a-2'),
			'a-3',
		);
		assert.equal(yamlScalar('Eurasian Economic Union'), 'Eurasian Economic Union');
		assert.equal(yamlScalar('Yes'), '"Yes"');
		assert.equal(yamlScalar('2025'), '"2025"');
		assert.equal(yamlScalar('Ministry: Foreign'), '"Ministry: Foreign"');
		assert.equal(yamlScalar('A, B', true), '"A, B"');
		const text = appendEntry('a:\r\n  type: org\r\n  name: "A"', {
			id: 'b',
			type: 'org',
			name: 'No: 1',
			aliases: ['x, y', 'Зет'],
		}).text;
		assert.equal(text, '\r\nb:\r\n  type: org\r\n  name: "No: 1"\r\n  aliases: ["x, y", Зет]\r\n');
		assert.deepEqual(parseKnowledgeBase('u', 'a:\r\n  type: org\r\n  name: "A"' + text).entries[1], {
			...parseKnowledgeBase('u', 'a:\r\n  type: org\r\n  name: "A"' + text).entries[1]!,
			name: 'No: 1',
			aliases: ['x, y', 'Зет'],
		});
	});
});

suite('commands: Convert Plain Article', () => {
	test('the bare dateline becomes YAML front matter with its place; the body is kept byte for byte', () => {
		assert.deepEqual(plainToNews('date 2025-01-22 BISHKEK, Kyrgyzstan, January 22. Text.\n\nMore.\n'), {
			text: '---\ndate: 2025-01-22\nplace: Bishkek\n---\nBISHKEK, Kyrgyzstan, January 22. Text.\n\nMore.\n',
			date: '2025-01-22',
			hadHeader: false,
			place: 'Bishkek',
		});
		assert.equal(
			plainToNews('\uFEFF date 2024-03-14\r\nVIENNA, March 14. Текст 😀.\r\n').text,
			'---\r\ndate: 2024-03-14\r\nplace: Vienna\r\n---\r\nVIENNA, March 14. Текст 😀.\r\n',
		);
		assert.deepEqual(plainToNews('No dateline here.\n'), {
			text: 'No dateline here.\n',
			date: undefined,
			hadHeader: false,
		});
		const framed = '---\ndate: 2025-01-22\n---\nBISHKEK, January 22 (Trend). Text.\n';
		assert.equal(plainToNews(framed).text, framed, 'front matter already: kept whole');
	});

	test('the source: the agency in brackets after the dateline, or "NAME reports" in the first paragraph', () => {
		const seed =
			' date 2025-01-22 BISHKEK, Kyrgyzstan, January 22. Russian Foreign Minister Sergey Lavrov and others signed a Program, Trend reports via Russian Foreign Ministry.\n\nLavrov noted it.\n';
		assert.equal(
			plainToNews(seed).text,
			'---\ndate: 2025-01-22\nplace: Bishkek\nsource: Trend\n---\nBISHKEK, Kyrgyzstan, January 22. Russian Foreign Minister Sergey Lavrov and others signed a Program, Trend reports via Russian Foreign Ministry.\n\nLavrov noted it.\n',
		);
		assert.equal(
			plainToNews('BISHKEK, January 22 (Trend) - Talks ended.\n').text,
			'---\nplace: Bishkek\nsource: Trend\n---\nBISHKEK, January 22 (Trend) - Talks ended.\n',
			'without a date line: place and source still',
		);
		assert.equal(
			plainToNews('date 2025-03-14 NEW YORK, 14 March (AKIpress). Text.\n').text,
			'---\ndate: 2025-03-14\nplace: New York\nsource: AKIpress\n---\nNEW YORK, 14 March (AKIpress). Text.\n',
		);
		assert.equal(
			plainToNews('date 2025-01-22 МОСКВА, 22 января (ТАСС). Текст 😀.\r\n').text,
			'---\r\ndate: 2025-01-22\r\nplace: Москва\r\nsource: ТАСС\r\n---\r\nМОСКВА, 22 января (ТАСС). Текст 😀.\r\n',
		);
		assert.equal(
			plainToNews('date 2025-01-22 Talks ended today.\n\nReuters reports more.\n').text,
			'---\ndate: 2025-01-22\n---\nTalks ended today.\n\nReuters reports more.\n',
			'only the first paragraph names the source',
		);
	});

	test('one edit that creates the .news beside the .txt (or at the name asked for), never over an existing file', () => {
		const result = convertPlainArticle('file:///ws/raw/lavrov%20talks.txt', 'date 2025-01-22 BISHKEK. Text.\n');
		assert.equal(result.uri, 'file:///ws/raw/lavrov%20talks.news');
		assert.deepEqual(result.edit!.documentChanges![0], {
			kind: 'create',
			uri: 'file:///ws/raw/lavrov%20talks.news',
			options: { overwrite: false },
		});
		assert.equal(appliedTo(result, result.uri!), '---\ndate: 2025-01-22\n---\nBISHKEK. Text.\n');
		assert.equal(result.text, '---\ndate: 2025-01-22\n---\nBISHKEK. Text.\n', 'the text, for Compare');
		assert.equal(result.message, 'Created lavrov talks.news with the article date 2025-01-22 in its header.');
		const beside = convertPlainArticle(
			'file:///ws/raw/a.txt',
			'date 2025-01-22 BISHKEK, January 22 (Trend). Text.\n',
			'file:///ws/raw/a-2.news',
		);
		assert.equal(beside.uri, 'file:///ws/raw/a-2.news');
		assert.equal(
			beside.message,
			'Created a-2.news with the article date 2025-01-22, the place Bishkek and the source Trend in its header.',
		);
		assert.match(
			convertPlainArticle('file:///ws/raw/x.txt', 'Text.\n').message ?? '',
			/no article date: the first line of the .txt is no dateline "date YYYY-MM-DD"/,
		);
		assert.match(
			convertPlainArticle('file:///ws/raw/x.md', 'Text.\n').error ?? '',
			/works on a raw article saved as .txt/,
		);
		assert.match(
			convertPlainArticle('file:///ws/raw/x.txt', 'Text.\n', 'file:///ws/raw/x.md').error ?? '',
			/writes a \.news file/,
		);
	});
});

suite('Open as Annotated News is offered for raw text that reads like an article', () => {
	test('a date line or a "PLACE, Month D" dateline; not other text', () => {
		assert.ok(looksLikeRawArticle(' date 2025-01-22 BISHKEK, Kyrgyzstan, January 22. Text.\n'));
		assert.ok(looksLikeRawArticle('\uFEFFdate 2024-11-05\r\nHALVIK, Norland, November 5. Text.\r\n'));
		assert.ok(looksLikeRawArticle('BISHKEK, January 22 (Trend) - Talks ended.\n'));
		assert.ok(looksLikeRawArticle('VIENNA, 14 March. Текст 😀.\n'));
		assert.ok(!looksLikeRawArticle('Shopping list: milk, eggs.\n'));
		assert.ok(!looksLikeRawArticle('NOTE, see below.\n'));
		assert.ok(!looksLikeRawArticle('dated 2025-01-22 is not a date line\n'));
	});
});
