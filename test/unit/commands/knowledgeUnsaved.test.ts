import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import type { KnowledgeLocation } from '../../../server/src/service/commands/commandService';
import { appendsAsEntry } from '../../../server/src/service/commands/yamlEntry';
import { applied, appliedTo, marked } from '../../helpers/commands';
import { none, service, settings } from '../../helpers/service';

/**
 * Add to Knowledge Base and Ignore Suggestion write to the knowledge base as the editor has it: an open
 * `entities.yaml` with unsaved changes is edited in its current text, at its version (the client applies the edit
 * only to that version); a file that is not open is edited as it is on disk (version null).
 */

const H = '---\ndate: 2025-01-22\n---\n';
const KB = 'file:///ws/entities.yaml';
const SAVED = 'ada-lindqvist:\n  type: person\n  name: Ada Lindqvist\n';
/** Typed in the editor, not saved: a new entry, its last line without a line break. */
const UNSAVED = SAVED + 'moscow:\n  type: place\n  name: Moscow River Port';

function setup(article: string, kb: { disk?: string; editor?: { text: string; version: number } }) {
	const s = service(settings({ suggestions: true }));
	// The host feeds the index the editor's text of an open knowledge base, else the disk's.
	const indexed = kb.editor?.text ?? kb.disk;
	if (indexed !== undefined) s.setWorkspaceFile(KB, indexed);
	const open = kb.editor ? TextDocument.create(KB, 'yaml', kb.editor.version, kb.editor.text) : undefined;
	const where: KnowledgeLocation = { roots: ['file:///ws'], open: { get: (uri) => (uri === KB ? open : undefined) } };
	const { document, target } = marked(
		(t) => TextDocument.create('file:///ws/articles/a.news', 'annotated-news', 3, t),
		article,
	);
	return { s, document, target, where };
}

const kbEdit = (edit: { documentChanges?: unknown[] } | undefined): TextDocumentEdit =>
	(edit?.documentChanges ?? []).find(
		(c): c is TextDocumentEdit =>
			typeof c === 'object' && c !== null && 'textDocument' in c && (c as TextDocumentEdit).textDocument.uri === KB,
	)!;

suite('commands: the knowledge base as the editor has it (unsaved changes)', () => {
	test('Add to Knowledge Base appends to the unsaved text, at the editor’s version; the article is linked in the same edit', () => {
		const { s, document, target, where } = setup(H + 'Then [Tomas Bren|ner]{.person} and [Brenner]{.person} spoke.\n', {
			disk: SAVED,
			editor: { text: UNSAVED, version: 7 },
		});
		const result = s.commands.addToKnowledgeBase(document, { ...target, id: 'tomas-brenner' }, where, none);
		assert.equal(kbEdit(result.edit).textDocument.version, 7, 'computed on version 7 of entities.yaml');
		assert.equal(
			appliedTo(result, KB, UNSAVED),
			UNSAVED + '\ntomas-brenner:\n  type: person\n  name: Tomas Brenner\n  aliases: [Brenner]\n',
			'a line break first: the unsaved text does not end with one',
		);
		assert.equal(
			applied(document, result),
			H + 'Then [Tomas Brenner]{.person ref=tomas-brenner} and [Brenner]{.person ref=tomas-brenner} spoke.\n',
		);
		assert.equal(result.save, KB);
	});

	test('the unsaved entries count: their ids are taken, their names are known', () => {
		const { s, document, target, where } = setup(H + 'Talks in [Mos|cow]{.place}.\n', {
			disk: SAVED,
			editor: { text: UNSAVED, version: 2 },
		});
		const proposal = s.commands.proposeEntity(document, target, none);
		assert.deepEqual(
			proposal.proposal,
			{ id: 'moscow-2', type: 'place', name: 'Moscow', aliases: [] },
			'`moscow` is taken by the unsaved entry',
		);
		assert.match(
			s.commands.addToKnowledgeBase(document, { ...target, id: 'moscow' }, where, none).error ?? '',
			/has an entity "moscow" already/,
		);
		const ignore = setup(H + 'Talks in Mos|cow.\n', { disk: SAVED, editor: { text: UNSAVED, version: 2 } });
		const result = ignore.s.commands.ignoreSuggestion(ignore.document, ignore.target, ignore.where, none);
		assert.equal(appliedTo(result, KB, UNSAVED), UNSAVED + '\nmoscow-2:\n  type: none\n  name: Moscow\n');
		assert.equal(kbEdit(result.edit).textDocument.version, 2);
	});

	test('Ignore Suggestion in an unsaved CRLF knowledge base with Cyrillic and emoji: its line breaks and indentation', () => {
		const text = '# Люди 😀\r\nivan-petrov:\r\n    type: person\r\n    name: Иван Петров\r\n';
		const { s, document, target, where } = setup('---\r\ndate: 2025-01-22\r\n---\r\n😀 Встреча в Моск|ве.\r\n', {
			disk: '',
			editor: { text, version: 4 },
		});
		s.setWorkspaceFile('file:///ws/articles/b.news', 'date 2025-01-01 [Москве]{.place}\n');
		const result = s.commands.ignoreSuggestion(document, target, where, none);
		assert.equal(result.error, undefined, result.error);
		assert.equal(appliedTo(result, KB, text), text + 'moskve:\r\n    type: none\r\n    name: Москве\r\n');
		assert.deepEqual(
			kbEdit(result.edit).edits.map((e) => e.range.start),
			[{ line: 4, character: 0 }],
		);
	});

	test('a knowledge base that is not open is edited as it is on disk (no version)', () => {
		const { s, document, target, where } = setup(H + 'Talks in Mos|cow.\n', { disk: SAVED });
		const result = s.commands.ignoreSuggestion(document, target, where, none);
		assert.equal(kbEdit(result.edit).textDocument.version, null);
		assert.equal(appliedTo(result, KB, SAVED), SAVED + 'moscow:\n  type: none\n  name: Moscow\n');
	});

	test('the editor’s text wins over what the index read, even when they differ', () => {
		const { s, document, target, where } = setup(H + 'Talks in Mos|cow.\n', {
			disk: SAVED,
			editor: { text: SAVED, version: 9 },
		});
		const editor = TextDocument.create(KB, 'yaml', 10, SAVED + 'x:\n  type: org\n  name: X\n');
		const result = s.commands.ignoreSuggestion(
			document,
			target,
			{ ...where, open: { get: (uri) => (uri === KB ? editor : undefined) } },
			none,
		);
		assert.equal(kbEdit(result.edit).textDocument.version, 10);
		assert.equal(appliedTo(result, KB, editor.getText()), editor.getText() + 'moscow:\n  type: none\n  name: Moscow\n');
	});

	test('a knowledge base that does not read (an entry typed halfway) is not written to: the error says where and what to do', () => {
		const broken = SAVED + 'moscow: [\n  type: place\n';
		const { s, document, target, where } = setup(H + 'Talks in Mos|cow.\n', {
			disk: SAVED,
			editor: { text: broken, version: 3 },
		});
		const ignored = s.commands.ignoreSuggestion(document, target, where, none);
		assert.equal(ignored.edit, undefined);
		assert.match(
			ignored.error ?? '',
			/^entities\.yaml cannot be read \(line \d+: Not valid YAML: .+\): correct it, then run the command again\.$/,
		);
		const added = s.commands.addToKnowledgeBase(document, { ...target, id: 'moscow' }, where, none);
		assert.equal(added.edit, undefined, 'nor the article linked to an entry that is not there');
		assert.match(added.error ?? '', /^entities\.yaml cannot be read \(line/);
		// Broken on the index's side only: the editor's text is read again.
		const fixed = setup(H + 'Talks in Mos|cow.\n', { disk: SAVED, editor: { text: broken, version: 3 } });
		const editor = TextDocument.create(KB, 'yaml', 4, SAVED);
		assert.equal(
			fixed.s.commands.ignoreSuggestion(
				fixed.document,
				fixed.target,
				{ ...fixed.where, open: { get: () => editor } },
				none,
			).error,
			undefined,
		);
	});

	test('an entry with a problem of its own does not stop the command; a file laid out otherwise does', () => {
		const noName = SAVED + 'x:\n  type: org\n';
		const { s, document, target, where } = setup(H + 'Talks in Mos|cow.\n', { editor: { text: noName, version: 1 } });
		assert.equal(
			appliedTo(s.commands.ignoreSuggestion(document, target, where, none), KB, noName),
			noName + 'moscow:\n  type: none\n  name: Moscow\n',
		);
		const flow = setup(H + 'Talks in Mos|cow.\n', {
			editor: { text: '{ada: {type: person, name: Ada}}\n', version: 1 },
		});
		assert.match(
			flow.s.commands.ignoreSuggestion(flow.document, flow.target, flow.where, none).error ?? '',
			/whose ids are not at the left margin of one YAML document: add "moscow" by hand/,
		);
	});

	test('appendsAsEntry: ids at the left margin of one document', () => {
		assert.equal(appendsAsEntry(''), true);
		assert.equal(appendsAsEntry('# only a comment\n'), true);
		assert.equal(appendsAsEntry('---\n# people\na:\n  type: org\n  name: A'), true);
		assert.equal(appendsAsEntry('a:\r\n  type: org\r\n  name: A\r\n\r\n'), true);
		assert.equal(appendsAsEntry('a:\n  description: |\n    two\n    lines\n'), true);
		assert.equal(appendsAsEntry('{a: {type: org, name: A}}\n'), false);
		assert.equal(appendsAsEntry('  a:\n    type: org\n'), false);
		assert.equal(appendsAsEntry('a:\n  type: org\n---\nb:\n  type: org\n'), false);
		assert.equal(appendsAsEntry('a:\n  type: org\n...\n'), false);
	});
});
