import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { tokenModifiers, tokenTypes } from '../../../server/src/shared/semanticTokens';
import { doc, none, service, settings } from '../../helpers/service';

const KB = `ada-berg:
  type: person
  name: Ada Berg
  aliases: [Berg]
  description: Foreign Minister of Norland
  wikidata: Q999
norland:
  type: place
  name: Norland
quiet-phrase:
  type: none
  name: Alder Accord
`;

const ARTICLE =
	'---\ndate: 2025-01-22\n---\n[Ada Berg]{.person ref=ada-berg} arrived. Later Berg met officials from Norland on May 9 to sign the Alder Accord.\n';

function withKb(options: Parameters<typeof settings>[0] = {}) {
	const s = service(settings({ suggestions: true, ...options }));
	s.setWorkspaceFile('file:///ws/entities.yaml', KB);
	return s;
}

suite('suggestions', () => {
	test('from the knowledge base, the article and the date grammar; none overlap annotations; type none silences', () => {
		const found = withKb().getSuggestions(doc(ARTICLE), none);
		assert.deepEqual(
			found.map((s) => [s.text, s.type, s.source, s.ref, s.value]),
			[
				['Berg', 'person', 'knowledge-base', 'ada-berg', undefined],
				['Norland', 'place', 'knowledge-base', 'norland', undefined],
				['May 9', 'date', 'dates', undefined, '2025-05-09'],
			],
		);
		const d = doc(ARTICLE);
		for (const s of withKb().getSuggestions(d, none)) assert.equal(ARTICLE.slice(s.range.start, s.range.end), s.text);
	});

	test('a guessed name that runs on into a weekday ends before it, and the weekday is the date', () => {
		const text = '---\ndate: 2000-01-05\n---\nVillagers near Tikrit Monday reported shelling.\n';
		const found = service(settings({ suggestions: true })).getSuggestions(doc(text), none);
		assert.deepEqual(
			found.map((s) => [s.text, s.type, s.value]),
			[
				['Tikrit', 'place', undefined],
				['Monday', 'date', '2000-01-03'],
			],
		);
	});

	test('switched off as a whole, or by source', () => {
		assert.deepEqual(service(settings({ suggestions: false })).getSuggestions(doc(ARTICLE), none), []);
		const s = service({
			...settings({ suggestions: true }),
			suggestions: {
				enabled: true,
				showAsDiagnostics: false,
				minConfidence: 0,
				sources: {
					knowledgeBase: true,
					corpus: true,
					lists: true,
					patterns: true,
					article: true,
					model: true,
					dates: false,
				},
			},
		});
		s.setWorkspaceFile('file:///ws/entities.yaml', KB);
		assert.ok(!s.getSuggestions(doc(ARTICLE), none).some((x) => x.type === 'date'));
	});

	test('text annotated in another article of the workspace is suggested here', () => {
		const s = service(settings({ suggestions: true }));
		s.setWorkspaceFile('file:///ws/other.news', 'date 2025-01-01 [Quill Harbour Authority]{.org ref=qha} opened.\n');
		const found = s.getSuggestions(doc('date 2025-01-22 The Quill Harbour Authority closed.\n'), none);
		assert.deepEqual(
			found.map((x) => [x.text, x.type, x.source, x.ref]),
			[['Quill Harbour Authority', 'org', 'corpus', 'qha']],
		);
		s.deleteWorkspaceFile('file:///ws/other.news');
		assert.ok(
			!s
				.getSuggestions(doc('date 2025-01-22 The Quill Harbour Authority closed.\n'), none)
				.some((x) => x.source === 'corpus'),
		);
	});

	test('tokens carry the suggested modifier', () => {
		const d = doc(ARTICLE);
		const data = withKb().getSemanticTokens(d, none).data;
		const suggested = [];
		let line = 0;
		let char = 0;
		for (let i = 0; i < data.length; i += 5) {
			line += data[i]!;
			char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
			const mods = tokenModifiers.filter((_, b) => data[i + 4]! & (1 << b));
			if (mods.includes('suggested'))
				suggested.push([ARTICLE.split('\n')[line]!.slice(char, char + data[i + 2]!), tokenTypes[data[i + 3]!]]);
		}
		assert.deepEqual(suggested, [
			['Berg', 'person'],
			['Norland', 'place'],
			['May 9', 'date'],
		]);
	});

	test('hover says why: source, knowledge-base entry, resolved date', () => {
		const d = doc(ARTICLE);
		const hover = (needle: string) =>
			(withKb().getHover(d, d.positionAt(ARTICLE.indexOf(needle) + 1), none)!.contents as { value: string }).value;
		assert.equal(
			hover('Berg met'),
			'**Suggested person** · 100% likely · Berg\n\nFrom the knowledge base (entities.yaml).\n\nRefers to **Ada Berg** (`ada-berg`): Foreign Minister of Norland\n\nAlso known as Berg\n\nWikidata: [Q999](https://www.wikidata.org/wiki/Q999)\n\nNot annotated yet: the quick fix (Ctrl+.) annotates it.',
		);
		assert.match(
			hover('May 9'),
			/^\*\*Suggested date\*\* · \d+% likely · May 9\n\nA date expression, resolved against the article date\.\n\n`2025-05-09`: Friday, 9 May 2025\n\n107 days after the article date/,
		);
	});

	test('an annotation with a ref shows what the knowledge base says', () => {
		const d = doc(ARTICLE);
		const h = withKb().getHover(d, d.positionAt(ARTICLE.indexOf('Ada') + 1), none)!;
		assert.match(
			(h.contents as { value: string }).value,
			/^\*\*Person\*\* · Ada Berg\n\nRefers to \*\*Ada Berg\*\* \(`ada-berg`\): Foreign Minister of Norland/,
		);
	});

	test('the outline counts suggestions beside annotations and lists the annotated mentions', () => {
		const symbols = withKb().getDocumentSymbols(doc(ARTICLE), none);
		const people = symbols.find((s) => s.name === 'People')!;
		assert.deepEqual(
			people.children!.map((e) => [e.name, e.detail, e.children!.map((m) => [m.name, m.detail])]),
			[['Ada Berg', 'ada-berg · 1 mention · 1 suggested', [['Ada Berg', 'line 4']]]],
		);
		// the entity spans its suggested mention too, so that the breadcrumb names it there
		const berg = ARTICLE.indexOf('Berg', ARTICLE.indexOf('Ada Berg') + 8);
		const ada = people.children![0]!;
		assert.equal(ada.range.end.character, doc(ARTICLE).positionAt(berg + 4).character);
		// an entity only suggested is a leaf, at its mention
		const dates = symbols.find((s) => s.name === 'Dates')!.children!;
		assert.deepEqual(
			dates.map((e) => [e.name, e.detail, e.children]),
			[['May 9', '2025-05-09 · 1 suggested', undefined]],
		);
		const may = ARTICLE.indexOf('May 9');
		assert.deepEqual(dates[0]!.selectionRange, {
			start: doc(ARTICLE).positionAt(may),
			end: doc(ARTICLE).positionAt(may + 5),
		});
	});

	test('the quick fix turns a suggestion into an annotation with its ref or value; then it is gone', () => {
		const d = doc(ARTICLE);
		const s = withKb();
		const at = d.positionAt(ARTICLE.indexOf('May 9') + 2);
		const action = s
			.getCodeActions(d, { start: at, end: at }, none)
			.find((a) => a.title === 'Annotate "May 9" as date')!;
		assert.equal(action.isPreferred, true);
		const text = TextDocument.applyEdits(d, action.edit!.changes![d.uri] as TextEdit[]);
		assert.ok(text.includes('on [May 9]{.date value=2025-05-09} to'));
		const next = TextDocument.create(d.uri, d.languageId, 2, text);
		assert.ok(!s.getSuggestions(next, none).some((x) => x.text === 'May 9'));
		const berg = d.positionAt(ARTICLE.indexOf('Berg met') + 1);
		const edits = s.getCodeActions(d, { start: berg, end: berg }, none)[0]!.edit!.changes![d.uri] as TextEdit[];
		assert.ok(TextDocument.applyEdits(d, edits).includes('Later [Berg]{.person ref=ada-berg} met'));
	});

	test('as Information diagnostics when the setting asks for it', () => {
		const d = doc(ARTICLE);
		assert.deepEqual(withKb().getDiagnostics(d, none), []);
		const shown = withKb({ showAsDiagnostics: true }).getDiagnostics(d, none);
		assert.deepEqual(
			shown.map((x) => [x.code, x.severity, d.getText(x.range)]),
			[
				['attache.suggestion', 3, 'Berg'],
				['attache.suggestion', 3, 'Norland'],
				['attache.suggestion', 3, 'May 9'],
			],
		);
	});

	test('a malformed knowledge base is a problem in that file, not an exception', () => {
		const s = service(settings({ suggestions: true }));
		s.setWorkspaceFile('file:///ws/entities.yaml', 'bad id:\n  type: person\n  name: X\nok:\n  name: Y\n: [\n');
		const problems = s.getKnowledgeBaseDiagnostics('file:///ws/entities.yaml');
		assert.ok(problems.length >= 1);
		assert.ok(problems.every((p) => p.code === 'attache.knowledge-base-syntax' && p.severity === 1));
		s.setWorkspaceFile('file:///ws/entities.yaml', 'Bad Id:\n  type: person\n  name: X\nok:\n  name: Y\n');
		assert.deepEqual(
			s.getKnowledgeBaseDiagnostics('file:///ws/entities.yaml').map((p) => p.message),
			[
				'`Bad Id` is not an id: use lower-case letters, digits and `-`, such as `sergey-lavrov`.',
				'`ok` has no `type:` (person, org, place, date or none).',
			],
		);
		assert.doesNotThrow(() => s.getSuggestions(doc(ARTICLE), none));
	});
});
