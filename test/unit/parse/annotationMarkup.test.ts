import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { annotationMarkup, attributeList, formatValue } from '../../../server/src/service/text/annotationMarkup';
import { parseNews } from '../../../server/src/service/parse/document';
import { applied, appliedTo, marked } from '../../helpers/commands';
import { cliBundle } from '../../helpers/cli';
import { doc, none, service, settings } from '../../helpers/service';

/** Runs per property; FC_RUNS=10000 for a longer search. */
const RUNS = Number(process.env['FC_RUNS'] ?? 400);

// Pieces that are markup, quoting or hard for offsets, mixed with any characters (no line breaks: an annotation's
// text may hold one, a value may not, and neither may hold a blank line).
const PIECES = [
	'[',
	']',
	'{',
	'}',
	'\\',
	'\\[',
	'"',
	"'",
	'""',
	'=',
	' ',
	'  ',
	'\t',
	'.',
	'#',
	'-',
	'}{',
	']{.person}',
	'\\"',
	'ada berg',
	'Лавров',
	'Сергей',
	'🤝',
	'🇷🇺',
	'é',
	'\u00a0',
	'*',
	'`',
	'@',
	'^',
	'!',
	'a',
	'Z',
	'0',
];
const line = (minLength: number) =>
	fc
		.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), {
			minLength,
			maxLength: 12,
		})
		.map((parts) => parts.join('').replace(/[\r\n\u2028\u2029]/g, ' '));
/**
 * Annotated text: not only white space (which marks nothing). Two things of Pandoc's Markdown that no escape of the
 * format undoes are left out (docs/format.md, "Escapes"): backticks (inline code, inside which brackets and
 * backslashes are literal) and a `^` first (`[^...` is a footnote).
 */
const annotatedText = line(1).filter((t) => t.trim() !== '' && !t.includes('`') && !/^[ \t]*\^/.test(t));
const identifier = fc.stringMatching(/^[a-zA-Zа-яА-Я][a-zA-Z0-9\-_:.а-я]{0,10}$/);
const value = line(0).filter((v) => v !== '');

suite('annotation markup: one writer, read back by the parser', () => {
	test('whatever it writes parses back to the same type, text, ref and value (and other attributes)', () => {
		fc.assert(
			fc.property(
				annotatedText,
				identifier,
				fc.option(value, { nil: undefined }),
				fc.option(value, { nil: undefined }),
				fc.uniqueArray(
					fc.tuple(
						identifier.filter((k) => !['id', 'class', 'ref', 'value'].includes(k)),
						line(0),
					),
					{ maxLength: 2, selector: ([k]) => k },
				),
				fc.constantFrom('', 'Before ', 'Лавров сказал: ', '🤝 '),
				(text, type, ref, val, attributes, before) => {
					const source = `${before}${annotationMarkup(text, type, { ref, value: val, attributes })} after.\n`;
					const parsed = parseNews(source);
					assert.equal(parsed.annotations.length, 1, source);
					const a = parsed.annotations[0]!;
					// White space at the edges is written outside the brackets: the annotation marks the rest.
					assert.deepEqual(
						[a.type, a.text, a.ref, a.value],
						[type, text.replace(/^[ \t]+|[ \t]+$/g, ''), ref, val],
						source,
					);
					assert.deepEqual(
						a.attributes.filter((x) => x.key !== 'ref' && x.key !== 'value').map((x) => [x.key, x.value]),
						attributes,
						source,
					);
					assert.equal(parsed.plainText, `${before}${text} after.\n`, source);
					assert.equal(parsed.problems.length, 0, `${source}: ${JSON.stringify(parsed.problems)}`);
				},
			),
			{ numRuns: RUNS },
		);
	});

	test('values: bare when they can be, else quoted with escapes', () => {
		assert.equal(formatValue('ada-berg'), 'ada-berg');
		assert.equal(formatValue('ada berg'), '"ada berg"');
		assert.equal(formatValue('say "no"'), '"say \\"no\\""');
		assert.equal(formatValue('a\\b'), '"a\\\\b"');
		assert.equal(formatValue(' lead'), '"\\ lead"');
		assert.equal(formatValue("o'brien"), '"o\'brien"');
		assert.equal(formatValue('}'), '"}"');
		assert.equal(
			attributeList('person', { ref: 'ada berg', value: '', attributes: [['note', 'Лавров 🤝']] }),
			'.person ref="ada berg" note="Лавров 🤝"',
		);
		assert.equal(annotationMarkup('[draft] \\ {x}', 'org'), '[\\[draft\\] \\\\ \\{x\\}]{.org}');
	});
});

// A ref with a space comes from the corpus: an annotation written by hand (ref="ada berg") makes later mentions of
// its words suggestions with that ref. Every path that turns a suggestion into an annotation must quote it.
const H = '---\ndate: 2025-01-22\n---\n';
const ARTICLE = H + '[Ada Berg]{.person ref="ada berg"} arrived. Later Ada Berg left.\n';
const EXPECTED = H + '[Ada Berg]{.person ref="ada berg"} arrived. Later [Ada Berg]{.person ref="ada berg"} left.\n';

suite('annotation markup: a ref with a space is quoted by every command', () => {
	test('the suggestion carries the ref with its space', () => {
		const s = service(settings({ suggestions: true }));
		const d = doc(ARTICLE);
		assert.deepEqual(
			s.getSuggestions(d, none).map((x) => [x.text, x.ref]),
			[['Ada Berg', 'ada berg']],
		);
	});

	test('Accept Suggestion', () => {
		const s = service(settings({ suggestions: true }));
		const { document, target } = marked(doc, ARTICLE.replace('Later Ada', 'Later Ad|a'));
		assert.equal(
			applied(document, s.commands.acceptSuggestion(document, target, none)),
			EXPECTED.replace('left', '|left').replace('} |left', '}| left'),
		);
	});

	test('the quick fix of the suggestion', () => {
		const s = service(settings({ suggestions: true }));
		const d = doc(ARTICLE);
		const at = d.positionAt(ARTICLE.indexOf('Later Ada') + 8);
		const action = s
			.getCodeActions(d, { start: at, end: at }, none)
			.find((a) => a.edit?.changes?.[d.uri] && /Ada Berg/.test(a.title));
		assert.ok(action, 'a quick fix that annotates the suggestion');
		assert.equal(TextDocument.applyEdits(d, action.edit!.changes![d.uri] as TextEdit[]), EXPECTED);
	});

	test('Accept All Suggestions in File', () => {
		const s = service(settings({ suggestions: true }));
		const { document, target } = marked(doc, ARTICLE.replace('arrived', 'arr|ived'));
		assert.equal(
			applied(document, s.commands.acceptAllSuggestions(document, target, none)),
			EXPECTED.replace('arrived', 'arr|ived'),
		);
	});

	test('the quick fix that annotates every suggestion of the article runs Accept All Suggestions in File there', () => {
		const s = service(settings({ suggestions: true }));
		const twice = ARTICLE.replace('left.', 'left; Ada Berg came back.');
		const d = doc(twice);
		const at = d.positionAt(twice.indexOf('Later Ada') + 8);
		const action = s
			.getCodeActions(d, { start: at, end: at }, none)
			.find((a) => a.title === 'Annotate all 2 suggestions in this article...');
		assert.equal(action?.command?.command, 'attache.acceptAllSuggestions', 'the quick fix for every suggestion');
		assert.deepEqual(action.command.arguments, [{ uri: d.uri, position: at }]);
		assert.equal(
			applied(d, s.commands.acceptAllSuggestions(d, { textDocument: { uri: d.uri }, position: at }, none)),
			EXPECTED.replace('left.', 'left; [Ada Berg]{.person ref="ada berg"} came back.').replace(
				'Later [Ada',
				'Later [Ad|a',
			),
		);
	});

	test('Accept All Suggestions of This Entity in the Workspace', () => {
		const s = service(settings({ suggestions: true }));
		const { document, target } = marked(doc, ARTICLE.replace('Later Ada', 'Later Ad|a'));
		const other = 'file:///test/other-berg.news';
		const otherText = H + 'Ada Berg spoke.\n';
		// The workspace knows the article, whose hand annotation gives the words their ref.
		s.setWorkspaceFile(document.uri, ARTICLE);
		s.setWorkspaceFile(other, otherText);
		const result = s.commands.acceptEntityInWorkspace(document, target, { get: () => undefined }, none);
		assert.equal(appliedTo(result, document.uri, ARTICLE), EXPECTED);
		assert.equal(appliedTo(result, other, otherText), H + '[Ada Berg]{.person ref="ada berg"} spoke.\n');
	});

	test('attache annotate', function () {
		this.timeout(60_000);
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-markup-')), 'a.news');
		writeFileSync(file, ARTICLE);
		const r = spawnSync(process.execPath, [cliBundle(), 'annotate', file], { encoding: 'utf8' });
		assert.deepEqual([r.status, r.stderr, r.stdout], [0, '', EXPECTED]);
	});
});
