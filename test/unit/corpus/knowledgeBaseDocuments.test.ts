import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Location, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AttacheService } from '../../../server/src/service';
import { Commands } from '../../../server/src/shared/commands';
import type { AttacheSettings } from '../../../server/src/shared/settings';
import { knowledgeBaseFeatures, type EditorFeature } from '../../../server/src/shared/knowledgeBaseFeatures';
import { applyWorkspaceEdit, positionOf } from '../../helpers/positions';
import { none, service, settings } from '../../helpers/service';

// The knowledge base as the editor holds it: CRLF, a Cyrillic alias, an emoji, a quoted name.
const KB_URI = 'file:///ws/entities.yaml';
const OTHER_KB_URI = 'file:///ws/more/entities.yml';
const A_URI = 'file:///ws/a.news';
const B_URI = 'file:///ws/b%20two.news';
const KB =
	'# People and places of Norland\r\n' +
	'ada-berg:\r\n  type: person\r\n  name: Ada Berg\r\n  aliases: [Berg, Ада Берг]\r\n  description: Foreign Minister of Norland 🌊\r\n  wikidata: Q1\r\n' +
	'norland-river:\r\n  type: place\r\n  name: "Norland River"\r\n' +
	'great-war:\r\n  type: none\r\n  name: Great War\r\n';
const A =
	'---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [Ada Berg]{.person ref=ada-berg} met [Halvik]{.org} in [Norland]{.place}.\r\n[Berg]{.person ref=ada-berg} left [[Norland]{.place} Water Board]{.org}.\r\n';
// An annotation of the same text without `ref` is another entity, as Find All References in an article says.
const B =
	'date 2025-01-23 [Ada Berg]{.person ref=ada-berg} and [Ada Berg]{.person} saw [Riverland]{.place ref=riverland}.\n';

const range = (line: number, start: number, end: number) => ({
	start: { line, character: start },
	end: { line, character: end },
});
const loc = (uri: string, line: number, start: number, end: number): Location => ({
	uri,
	range: range(line, start, end),
});
const MENTIONS = [loc(A_URI, 3, 12, 20), loc(A_URI, 4, 1, 5), loc(B_URI, 0, 17, 25)];

function workspace(s: AttacheSettings = settings()): { s: AttacheService; kb: TextDocument } {
	const svc = service(s);
	svc.setWorkspaceFile(KB_URI, KB);
	svc.setWorkspaceFile(A_URI, A);
	svc.setWorkspaceFile(B_URI, B);
	return { s: svc, kb: TextDocument.create(KB_URI, 'yaml', 1, KB) };
}

const hoverText = (h: Hover | null): string | undefined => (h ? (h.contents as { value: string }).value : undefined);
const refusal = (r: unknown): string | undefined => (r as { refusal?: string } | null)?.refusal;

suite('knowledge base: Find All References from entities.yaml', () => {
	test('from the id, the name or an alias: every mention in the articles; the entry itself only when the declaration is asked for', () => {
		const { s, kb } = workspace();
		for (const where of [
			positionOf(kb, 'ada-berg:', { delta: 3 }),
			positionOf(kb, 'ada-berg:', { delta: 8 }),
			positionOf(kb, 'Ada Berg'),
			positionOf(kb, 'Berg,', { delta: 4 }),
			positionOf(kb, 'Ада Берг', { delta: 5 }),
		]) {
			assert.deepEqual(s.getReferences(kb, where, false, none), MENTIONS, JSON.stringify(where));
		}
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), true, none), [
			loc(KB_URI, 1, 0, 8),
			...MENTIONS,
		]);
	});

	test('an entry that no article mentions; a place that is no id, name or alias', () => {
		const { s, kb } = workspace();
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'Norland River', { delta: 1 }), false, none), []);
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'Norland River', { delta: 1 }), true, none), [
			loc(KB_URI, 7, 0, 13),
		]);
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'person', { delta: 1 }), true, none), [], 'on `type: person`');
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'People', { delta: 1 }), true, none), [], 'in a comment');
	});

	test('an id defined in two knowledge bases: both are its declaration', () => {
		const { s, kb } = workspace();
		s.setWorkspaceFile(OTHER_KB_URI, 'ada-berg:\n  type: person\n  name: Ada Berg\n');
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), true, none), [
			loc(KB_URI, 1, 0, 8),
			loc(OTHER_KB_URI, 0, 0, 8),
			...MENTIONS,
		]);
	});

	test("the editor's unsaved text counts: the host feeds it to the index", () => {
		const { s } = workspace();
		const edited = KB.replace('aliases: [Berg, Ада Берг]', 'aliases: [Берг]');
		s.setWorkspaceFile(KB_URI, edited);
		const kb = TextDocument.create(KB_URI, 'yaml', 2, edited);
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'Берг', { delta: 1 }), false, none), MENTIONS);
	});
});

suite('knowledge base: Rename Symbol from entities.yaml', () => {
	test('on the id: the id and every `ref=` in every article, as one edit with a refactor preview', () => {
		const { s, kb } = workspace();
		assert.deepEqual(s.prepareRename(kb, positionOf(kb, 'ada-berg:', { delta: 8 }), none), {
			range: range(1, 0, 8),
			placeholder: 'ada-berg',
		});
		const edit = s.getRenameEdits(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), 'ada-lind', none) as WorkspaceEdit;
		assert.deepEqual(edit.changeAnnotations, {
			'attache.renameEntity': {
				label: 'Rename the entity id "ada-berg" to "ada-lind"',
				needsConfirmation: true,
				description: '3 files',
			},
		});
		assert.deepEqual(applyWorkspaceEdit(edit, { [KB_URI]: KB, [A_URI]: A, [B_URI]: B }), {
			[A_URI]: A.replaceAll('ref=ada-berg', 'ref=ada-lind'),
			[B_URI]: B.replace('ref=ada-berg', 'ref=ada-lind'),
			[KB_URI]: KB.replace('ada-berg:', 'ada-lind:'),
		});
	});

	test('an id that no article mentions: one file, a plain edit', () => {
		const { s, kb } = workspace();
		assert.deepEqual(s.getRenameEdits(kb, positionOf(kb, 'norland-river', { delta: 1 }), 'norland-stream', none), {
			changes: { [KB_URI]: [{ range: range(7, 0, 13), newText: 'norland-stream' }] },
		});
	});

	test("the checks of the articles' rename: an id that is not one, or that another entity has", () => {
		const { s, kb } = workspace();
		assert.equal(
			refusal(s.getRenameEdits(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), 'Ada Lind', none)),
			'"Ada Lind" is not an id: use lower-case letters, digits and "-", such as "sergey-lavrov".',
		);
		assert.match(
			refusal(s.getRenameEdits(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), 'norland-river', none))!,
			/^"norland-river" is already the id of another entity/,
		);
		assert.match(
			refusal(s.getRenameEdits(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), 'riverland', none))!,
			/^"riverland" is already the id of another entity/,
			'an id only articles use',
		);
	});

	test('anywhere but on an id, a refusal that says where to put the cursor', () => {
		const { s, kb } = workspace();
		assert.equal(
			refusal(s.prepareRename(kb, positionOf(kb, 'Ada Berg', { delta: 1 }), none)),
			'Rename Symbol renames ids: put the cursor on `ada-berg` to rename it here and in every `ref=`. To change this name, edit it here; the articles keep the text they quote.',
		);
		assert.equal(
			refusal(s.prepareRename(kb, positionOf(kb, 'Ада', { delta: 1 }), none)),
			'Rename Symbol renames ids: put the cursor on `ada-berg` to rename it here and in every `ref=`. To change this alias, edit it here; the articles keep the text they quote.',
		);
		const elsewhere =
			'Put the cursor on the id of an entry (the key before `:`, such as `sergey-lavrov`) to rename it here and in every `ref=` of the articles.';
		assert.equal(refusal(s.prepareRename(kb, positionOf(kb, 'type: place', { delta: 3 }), none)), elsewhere);
		assert.equal(
			refusal(s.getRenameEdits(kb, positionOf(kb, 'Ada Berg', { delta: 1 }), 'ada-lind', none)),
			refusal(s.prepareRename(kb, positionOf(kb, 'Ada Berg', { delta: 1 }), none)),
			'rename itself refuses the same',
		);
		s.setWorkspaceFile(KB_URI, 'ada-berg: [\r\n');
		const broken = TextDocument.create(KB_URI, 'yaml', 2, 'ada-berg: [\r\n');
		assert.equal(
			refusal(s.prepareRename(broken, { line: 0, character: 2 }, none)),
			'This knowledge base has problems (see the Problems panel): correct them, then put the cursor on an id to rename it.',
		);
	});
});

suite('knowledge base: hover and code lenses in entities.yaml', () => {
	const ADA_CARD =
		'**Person** · Ada Berg (`ada-berg`)\n\nForeign Minister of Norland 🌊\n\nAlso known as Berg, Ада Берг\n\nWikidata: [Q1](https://www.wikidata.org/wiki/Q1)\n\n3 mentions in 2 articles';

	test('hover on the id, the name or an alias: the entity card with its mentions', () => {
		const { s, kb } = workspace();
		assert.deepEqual(s.getHover(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), none), {
			contents: { kind: 'markdown', value: ADA_CARD },
			range: range(1, 0, 8),
		});
		assert.deepEqual(s.getHover(kb, positionOf(kb, 'Ада Берг', { delta: 8 }), none)!.range, range(4, 18, 26));
		assert.equal(hoverText(s.getHover(kb, positionOf(kb, 'Ада Берг', { delta: 8 }), none)), ADA_CARD);
		assert.deepEqual(s.getHover(kb, positionOf(kb, '"Norland River"', { delta: 3 }), none), {
			contents: {
				kind: 'markdown',
				value:
					'**Place** · Norland River (`norland-river`)\n\nNo mentions yet: link one with `ref=norland-river` or **Attache: Link to Entity**.',
			},
			range: range(9, 8, 23),
		});
		assert.equal(
			hoverText(s.getHover(kb, positionOf(kb, 'great-war', { delta: 1 }), none)),
			'**Never suggested** · Great War (`great-war`)\n\nNo mentions yet: link one with `ref=great-war` or **Attache: Link to Entity**.',
		);
		assert.equal(s.getHover(kb, positionOf(kb, 'type: person', { delta: 2 }), none), null);
	});

	test('a lens above each entry: "N mentions in M articles" runs showReferences at the id; "no mentions yet"; none for an unused `type: none`', () => {
		const { s, kb } = workspace();
		assert.deepEqual(s.getCodeLenses(kb, none), [
			{
				range: range(1, 0, 8),
				command: {
					title: '3 mentions in 2 articles',
					command: Commands.showReferences,
					arguments: [KB_URI, { line: 1, character: 0 }],
				},
			},
			{ range: range(7, 0, 13), command: { title: 'no mentions yet', command: '' } },
		]);
		// The count is what Find All References lists.
		assert.equal(s.getReferences(kb, { line: 1, character: 0 }, false, none).length, 3);
	});

	test('the lenses follow the index: an article that refers to the `type: none` entry, an entry added in the editor', () => {
		const { s } = workspace();
		s.setWorkspaceFile('file:///ws/c.news', 'date 2025-01-24 The [Great War]{.event ref=great-war} ended.\n');
		const edited = `${KB}ada-lind:\r\n  type: person\r\n  name: Ada Lind\r\n`;
		s.setWorkspaceFile(KB_URI, edited);
		const kb = TextDocument.create(KB_URI, 'yaml', 2, edited);
		assert.deepEqual(
			s.getCodeLenses(kb, none).map((l) => [l.range.start.line, l.command!.title]),
			[
				[1, '3 mentions in 2 articles'],
				[7, 'no mentions yet'],
				[10, '1 mention in 1 article'],
				[13, 'no mentions yet'],
			],
		);
	});

	test('the setting attache.codeLens.enabled turns them off; a cancelled request gets nothing', () => {
		assert.deepEqual(
			workspace({ ...settings(), codeLens: { enabled: false } }).s.getCodeLenses(
				TextDocument.create(KB_URI, 'yaml', 1, KB),
				none,
			),
			[],
		);
		const { s, kb } = workspace();
		const cancelled = { isCancellationRequested: true };
		assert.deepEqual(s.getCodeLenses(kb, cancelled), []);
		assert.deepEqual(s.getReferences(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), true, cancelled), []);
		assert.equal(s.getHover(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), cancelled), null);
		assert.equal(s.prepareRename(kb, positionOf(kb, 'ada-berg:', { delta: 1 }), cancelled), null);
	});
});

suite('knowledge base: what articles have, entities.yaml has not', () => {
	test("no tokens, symbols, folding, completion, hints, actions, definition or suggestions; the diagnostics are the knowledge base's own", () => {
		const { s, kb } = workspace(settings({ suggestions: true }));
		const whole = range(0, 0, 20);
		assert.deepEqual(s.getSemanticTokens(kb, none), { data: [] });
		assert.deepEqual(s.getDocumentSymbols(kb, none), []);
		assert.deepEqual(s.getFoldingRanges(kb, none), []);
		assert.equal(s.getCompletions(kb, positionOf(kb, 'person', { delta: 1 }), none), null);
		assert.deepEqual(s.getInlayHints(kb, whole, none), []);
		assert.deepEqual(s.getCodeActions(kb, whole, none), []);
		assert.deepEqual(s.getDefinition(kb, positionOf(kb, 'Ada Berg', { delta: 1 }), none), []);
		assert.deepEqual(s.getSuggestions(kb, none), []);
		assert.deepEqual(s.getDiagnostics(kb, none), [], 'a sound knowledge base, and no "no article date" hint');
		s.setWorkspaceFile(KB_URI, 'ada-berg: [\r\n');
		const broken = TextDocument.create(KB_URI, 'yaml', 2, 'ada-berg: [\r\n');
		assert.deepEqual(s.getDiagnostics(broken, none), s.getKnowledgeBaseDiagnostics(KB_URI));
		assert.deepEqual(
			s.getDiagnostics(broken, none).map((d) => d.code),
			['attache.knowledge-base-syntax'],
		);
	});

	test('a YAML file that is no knowledge base (the index does not hold it) gets nothing at all', () => {
		const { s } = workspace(settings({ suggestions: true }));
		const text = 'ada-berg:\n  type: person\n  name: Ada Berg\n';
		for (const other of [
			TextDocument.create('file:///ws/config.yaml', 'yaml', 1, text),
			TextDocument.create('file:///ws/notes.yml', 'plaintext', 1, text),
		]) {
			assert.deepEqual(s.getDiagnostics(other, none), []);
			assert.deepEqual(s.getSemanticTokens(other, none), { data: [] });
			assert.equal(s.getHover(other, { line: 0, character: 2 }, none), null);
			assert.deepEqual(s.getReferences(other, { line: 0, character: 2 }, true, none), []);
			assert.equal(s.prepareRename(other, { line: 0, character: 2 }, none), null);
			assert.equal(s.getRenameEdits(other, { line: 0, character: 2 }, 'x', none), null);
			assert.deepEqual(s.getCodeLenses(other, none), []);
			assert.deepEqual(s.getDocumentSymbols(other, none), []);
		}
	});

	test("an article is still an article, whatever its name, and a `.news` in another editor's language too", () => {
		const { s } = workspace();
		const asNews = TextDocument.create('file:///ws/raw.txt', 'annotated-news', 1, A);
		const fromNeovim = TextDocument.create(A_URI, 'news', 1, A);
		assert.equal(s.getReferences(fromNeovim, positionOf(fromNeovim, '[Berg]', { delta: 2 }), false, none).length, 3);
		assert.equal(
			s.getReferences(asNews, positionOf(asNews, '[Berg]', { delta: 2 }), false, none).length,
			5,
			'its own two, and the three of the indexed articles',
		);
	});
});

suite('knowledge base: the features answered there are the ones shared/knowledgeBaseFeatures.ts names', () => {
	// A knowledge base with one problem (an entry without a name), so that its diagnostics have something to say.
	const text = `${KB}lone:\r\n  type: person\r\n`;
	const svc = service(settings());
	svc.setWorkspaceFile(KB_URI, text);
	svc.setWorkspaceFile(A_URI, A);
	const kb = TextDocument.create(KB_URI, 'yaml', 1, text);
	const at = positionOf(kb, 'ada-berg:', { delta: 2 });
	const all = { start: { line: 0, character: 0 }, end: kb.positionAt(text.length) };
	const answers: Record<EditorFeature, () => boolean> = {
		hover: () => svc.getHover(kb, positionOf(kb, 'Ada Berg', { delta: 1 }), none) !== null,
		references: () => svc.getReferences(kb, at, false, none).length > 0,
		rename: () => svc.prepareRename(kb, at, none) !== null,
		codeLens: () => svc.getCodeLenses(kb, none).length > 0,
		diagnostics: () => svc.getDiagnostics(kb, none).length > 0,
		semanticTokens: () => svc.getSemanticTokens(kb, none).data.length > 0,
		foldingRanges: () => svc.getFoldingRanges(kb, none).length > 0,
		documentSymbols: () => svc.getDocumentSymbols(kb, none).length > 0,
		completion: () => (svc.getCompletions(kb, at, none)?.items.length ?? 0) > 0,
		inlayHints: () => svc.getInlayHints(kb, all, none).length > 0,
		codeActions: () => svc.getCodeActions(kb, all, none).length > 0,
		definition: () => svc.getDefinition(kb, at, none).length > 0,
	};
	for (const feature of Object.keys(knowledgeBaseFeatures) as EditorFeature[]) {
		test(`${feature}: ${knowledgeBaseFeatures[feature] ? 'answered' : 'left to YAML'}`, () =>
			assert.equal(answers[feature](), knowledgeBaseFeatures[feature]));
	}
});
