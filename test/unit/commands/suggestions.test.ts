import type { TextDocumentEdit } from 'vscode-languageserver-types';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applied, appliedTo, marked, needsConfirmation } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const ARTICLE =
	H + 'Foreign Minister Tomas Brenner flew to Moscow on May 9, where Brenner met [Ada Lindqvist]{.person}.\n';
const KB = 'file:///test/entities.yaml';
const KB_TEXT = 'tomas-brenner:\n  type: person\n  name: Tomas Brenner\n  aliases: [Brenner]\n';
const noOpen = { get: () => undefined };

function setup(text: string, options: { kb?: boolean } = {}) {
	const s = service(settings({ suggestions: true }));
	if (options.kb) s.setWorkspaceFile(KB, KB_TEXT);
	const { document, target } = marked(doc, text);
	return { s, document, target };
}

suite('commands: suggestions', () => {
	test('Accept Suggestion: the one under the cursor, the cursor after it', () => {
		const { s, document, target } = setup(ARTICLE.replace('Moscow', 'Mos|cow'));
		assert.equal(
			applied(document, s.commands.acceptSuggestion(document, target, none)),
			ARTICLE.replace('Moscow', '[Moscow]{.place}|'),
		);
		const day = setup(ARTICLE.replace('May 9', 'May 9|'));
		assert.equal(
			applied(day.document, day.s.commands.acceptSuggestion(day.document, day.target, none)),
			ARTICLE.replace('May 9', '[May 9]{.date value=2025-05-09}|'),
		);
	});

	test('Accept Suggestion away from a suggestion says how to find one', () => {
		const { s, document, target } = setup(ARTICLE.replace('flew', 'fl|ew'));
		const result = s.commands.acceptSuggestion(document, target, none);
		assert.equal(result.edit, undefined);
		assert.match(result.error ?? '', /no suggestion at the cursor: go to one with Attache: Next Suggestion/);
	});

	test('Accept All Suggestions in File: one edit; the cursor stays on its text', () => {
		const { s, document, target } = setup(ARTICLE.replace('flew', 'fl|ew'), { kb: true });
		const result = s.commands.acceptAllSuggestions(document, target, none);
		assert.equal(
			applied(document, result),
			H +
				'[Foreign Minister]{.role} [Tomas Brenner]{.person ref=tomas-brenner} fl|ew to [Moscow]{.place} on [May 9]{.date value=2025-05-09}, where [Brenner]{.person ref=tomas-brenner} met [Ada Lindqvist]{.person}.\n',
		);
		assert.equal(result.message, 'Annotated 5 suggestions: 2 people, 1 place, 1 date, 1 role.');
		assert.deepEqual(result.counts, [
			{ type: 'person', count: 2 },
			{ type: 'place', count: 1 },
			{ type: 'date', count: 1 },
			{ type: 'role', count: 1 },
		]);
		assert.equal(result.total, 5);
		assert.equal(needsConfirmation(result.edit!), false);
	});

	test('Accept All of one type (or several): only those suggestions, one edit, counted', () => {
		const { s, document, target } = setup(ARTICLE.replace('flew', 'fl|ew'), { kb: true });
		const people = s.commands.acceptAllSuggestions(document, { ...target, types: ['person'] }, none);
		assert.equal(
			applied(document, people),
			H +
				'Foreign Minister [Tomas Brenner]{.person ref=tomas-brenner} fl|ew to Moscow on May 9, where [Brenner]{.person ref=tomas-brenner} met [Ada Lindqvist]{.person}.\n',
		);
		assert.equal(people.summary, '2 people');
		const two = s.commands.acceptAllSuggestions(document, { ...target, types: ['place', 'date'] }, none);
		assert.equal(
			applied(document, two),
			H +
				'Foreign Minister Tomas Brenner fl|ew to [Moscow]{.place} on [May 9]{.date value=2025-05-09}, where Brenner met [Ada Lindqvist]{.person}.\n',
		);
		assert.equal(two.summary, '1 place, 1 date');
		const none_ = s.commands.acceptAllSuggestions(document, { ...target, types: ['org'] }, none);
		assert.equal(none_.edit, undefined);
		assert.equal(none_.message, 'This article has no organization suggestions left.');
	});

	test('Accept All on CRLF text with Cyrillic and emoji', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\n😀 Talks in Moscow on May 9.\r\nThen in Moscow| again 🇷🇺.\r\n';
		const { s, document, target } = setup(text);
		const result = s.commands.acceptAllSuggestions(document, target, none);
		assert.equal(
			applied(document, result),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 Talks in [Moscow]{.place} on [May 9]{.date value=2025-05-09}.\r\nThen in [Moscow]{.place}| again 🇷🇺.\r\n',
		);
		// One replacement per line with suggestions, from its first suggestion to its last: few edits on long articles.
		const edits = (result.edit!.documentChanges![0] as TextDocumentEdit).edits;
		assert.deepEqual(
			edits.map((e) => [e.range, e.newText]),
			[
				[
					{ start: { line: 3, character: 12 }, end: { line: 3, character: 27 } },
					'[Moscow]{.place} on [May 9]{.date value=2025-05-09}',
				],
				[{ start: { line: 4, character: 8 }, end: { line: 4, character: 14 } }, '[Moscow]{.place}'],
			],
		);
	});

	test('Next / Previous Suggestion: from the cursor, wrapping around', () => {
		const s = service(settings({ suggestions: true }));
		const document = doc(ARTICLE);
		const at = (needle: string) => document.positionAt(ARTICLE.indexOf(needle));
		const go = (from: string, direction: 'next' | 'previous', delta = 0) => {
			const position = document.positionAt(ARTICLE.indexOf(from) + delta);
			const r = s.commands.navigateSuggestion(
				document,
				{ textDocument: { uri: document.uri }, position, direction },
				none,
			);
			return [ARTICLE.slice(document.offsetAt(r.range!.start), document.offsetAt(r.range!.end)), r.index, r.total];
		};
		// the title "Foreign Minister" is the first suggestion, a role
		assert.deepEqual(
			go('Foreign', 'next'),
			['Tomas Brenner', 2, 5],
			'the cursor at the start of a suggestion moves on',
		);
		assert.deepEqual(go('Tomas', 'next'), ['Moscow', 3, 5]);
		assert.deepEqual(go('Moscow', 'next', 3), ['May 9', 4, 5]);
		assert.deepEqual(go('met', 'next'), ['Foreign Minister', 1, 5], 'wraps to the first');
		assert.deepEqual(go('Moscow', 'previous'), ['Tomas Brenner', 2, 5]);
		assert.deepEqual(go('Moscow', 'previous', 3), ['Moscow', 3, 5], 'from inside a suggestion, to its start');
		assert.deepEqual(go('Foreign', 'previous'), ['Brenner', 5, 5], 'wraps to the last');
		assert.equal(
			s.commands.navigateSuggestion(
				document,
				{ textDocument: { uri: document.uri }, position: at('Foreign'), direction: 'next' },
				none,
			).label,
			'"Tomas Brenner" (person)',
		);
		const empty = setup(H + 'nothing| here\n');
		assert.deepEqual(
			empty.s.commands.navigateSuggestion(empty.document, { ...empty.target, direction: 'next' }, none),
			{ index: 0, total: 0 },
		);
	});

	test('Accept All Suggestions of This Entity in the Workspace: every article, one edit, previewed', () => {
		const { s, document, target } = setup(ARTICLE.replace('where Brenner', 'where Bren|ner'), { kb: true });
		const other = 'file:///test/other.news';
		const otherText = H + 'Brenner and Moscow.\n\nTomas Brenner spoke; [Brenner]{.person} left.\n';
		s.setWorkspaceFile(other, otherText);
		s.setWorkspaceFile('file:///test/unrelated.news', H + 'Nothing of him.\n');
		const result = s.commands.acceptEntityInWorkspace(document, target, noOpen, none);
		assert.equal(
			applied(document, result),
			H +
				'Foreign Minister [Tomas Brenner]{.person ref=tomas-brenner} flew to Moscow on May 9, where [Brenner]{.person ref=tomas-brenner}| met [Ada Lindqvist]{.person}.\n',
		);
		assert.equal(
			appliedTo(result, other, otherText),
			H +
				'[Brenner]{.person ref=tomas-brenner} and Moscow.\n\n[Tomas Brenner]{.person ref=tomas-brenner} spoke; [Brenner]{.person} left.\n',
		);
		assert.equal(needsConfirmation(result.edit!), true, 'an edit of other files shows the refactor preview');
		assert.equal(result.message, 'Annotated 4 mentions of Tomas Brenner in 2 articles.');
	});

	test('... an open article is edited at its editor version; from an annotation, the same entity', () => {
		const { s, document, target } = setup(H + 'The [Halvik Wa|ter Board]{.org} met.\n');
		const otherUri = 'file:///test/open.news';
		const open = TextDocument.create(otherUri, 'annotated-news', 7, H + 'Later the Halvik Water Board said no.\n');
		s.setWorkspaceFile(otherUri, H + 'stale text on disk\n');
		const result = s.commands.acceptEntityInWorkspace(
			document,
			target,
			{ get: (uri) => (uri === otherUri ? open : undefined) },
			none,
		);
		assert.equal(appliedTo(result, otherUri, open.getText()), H + 'Later the [Halvik Water Board]{.org} said no.\n');
		const change = result.edit!.documentChanges!.find(
			(c) => 'textDocument' in c && c.textDocument.uri === otherUri,
		) as { textDocument: { version: number } };
		assert.equal(change.textDocument.version, 7);
	});

	test('... says so when nothing is left, and refuses away from an entity', () => {
		const { s, document, target } = setup(H + 'The [Halvik Wa|ter Board]{.org} met.\n');
		const result = s.commands.acceptEntityInWorkspace(document, target, noOpen, none);
		assert.equal(result.edit, undefined);
		assert.equal(result.message, 'No article has a suggestion of Halvik Water Board left.');
		const away = setup(H + 'The wa|ter met.\n');
		assert.match(
			away.s.commands.acceptEntityInWorkspace(away.document, away.target, noOpen, none).error ?? '',
			/Put the cursor on a suggestion or an annotated entity/,
		);
	});
});
