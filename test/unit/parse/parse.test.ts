import * as assert from 'node:assert/strict';
import { DiagnosticCode } from '../../../server/src/service/diagnosticCodes';
import { parseNews } from '../../../server/src/service/parse/document';
import { annotationFields, brief, problemTexts, textOf } from '../../helpers/parse';

suite('parseNews: header', () => {
	test('YAML front matter: kind, range, body start, every field with its ranges, the article date', () => {
		const src = '---\ndate: 2024-03-14\ntitle: Talks in Vienna\n---\nBody.\n';
		const doc = parseNews(src);
		assert.equal(doc.header.kind, 'front-matter');
		assert.deepEqual(doc.header.range, { start: 0, end: 48 });
		assert.equal(doc.bodyStart, 48);
		assert.equal(doc.plainText, 'Body.\n');
		assert.deepEqual(doc.header.fields, [
			{ key: 'date', value: '2024-03-14', keyRange: { start: 4, end: 8 }, valueRange: { start: 10, end: 20 } },
			{ key: 'title', value: 'Talks in Vienna', keyRange: { start: 21, end: 26 }, valueRange: { start: 28, end: 43 } },
		]);
		assert.deepEqual(doc.header.date, { day: '2024-03-14', raw: '2024-03-14', range: { start: 10, end: 20 } });
		assert.deepEqual(doc.problems, []);
	});

	test('every field is kept, known or not, in order, with YAML values', () => {
		const src = [
			'---',
			'date: 2024-03-14',
			'source: Test Wire',
			'url: https://example.invalid/a',
			'place: Vienna',
			'language: en',
			'authors: [A. Writer, B. Editor]',
			'tags: [danube, shipping]',
			'embargo: none',
			'pages: 3',
			'desk:',
			'  name: Europe',
			'---',
			'',
		].join('\n');
		const doc = parseNews(src);
		assert.deepEqual(
			doc.header.fields.map((f) => [f.key, f.value]),
			[
				['date', '2024-03-14'],
				['source', 'Test Wire'],
				['url', 'https://example.invalid/a'],
				['place', 'Vienna'],
				['language', 'en'],
				['authors', ['A. Writer', 'B. Editor']],
				['tags', ['danube', 'shipping']],
				['embargo', 'none'],
				['pages', 3],
				['desk', { name: 'Europe' }],
			],
		);
		for (const f of doc.header.fields) {
			assert.equal(textOf(doc, f.keyRange), f.key);
			assert.ok(f.valueRange, f.key);
		}
		assert.equal(textOf(doc, doc.header.fields[5]!.valueRange!), '[A. Writer, B. Editor]');
		assert.equal(doc.plainText, '');
	});

	test('the header may end with `...`; delimiters may carry trailing spaces and CRLF', () => {
		const dots = parseNews('---\ndate: 2024-03-14\n...\nBody');
		assert.equal(dots.header.kind, 'front-matter');
		assert.deepEqual(dots.header.range, { start: 0, end: 25 });
		assert.equal(dots.plainText, 'Body');

		const crlf = parseNews('---  \r\ndate: 2024-03-14\r\n---\t\r\nBody\r\n');
		assert.equal(crlf.header.kind, 'front-matter');
		assert.equal(crlf.bodyStart, 31);
		assert.deepEqual(crlf.header.date?.range, { start: 13, end: 23 });
		assert.equal(crlf.plainText, 'Body\r\n');
	});

	test('a byte order mark before the header is skipped', () => {
		const doc = parseNews('\ufeff---\ndate: 2024-03-14\n---\n[Vienna]{.place}');
		assert.equal(doc.header.kind, 'front-matter');
		assert.deepEqual(doc.header.range, { start: 1, end: 26 });
		assert.deepEqual(doc.header.date?.range, { start: 11, end: 21 });
		assert.equal(doc.plainText, 'Vienna');
		assert.deepEqual(doc.annotations[0]!.range, { start: 26, end: 42 });

		const dateline = parseNews('\ufeffdate 2024-05-01 MINSK');
		assert.equal(dateline.header.kind, 'dateline');
		assert.deepEqual(dateline.header.date?.range, { start: 6, end: 16 });
		assert.equal(dateline.plainText, 'MINSK');

		const none = parseNews('\ufeffJust text.');
		assert.equal(none.header.kind, 'none');
		assert.equal(none.bodyStart, 1);
		assert.equal(none.plainText, 'Just text.');
	});

	test('article dates: a day, a date-time with or without zone, a quoted value', () => {
		const day = (value: string): string | undefined => parseNews(`---\ndate: ${value}\n---\n`).header.date?.day;
		assert.equal(day('2024-03-14'), '2024-03-14');
		assert.equal(day('2024-03-14T09:30:00Z'), '2024-03-14');
		assert.equal(day('2024-03-14T09:30:00+01:00'), '2024-03-14');
		assert.equal(day('2024-03-14T23:59:59.250-0500'), '2024-03-14');
		assert.equal(day('2024-03-14 09:30'), '2024-03-14');
		assert.equal(day('"2024-03-14"'), '2024-03-14');
		assert.equal(day('2024-02-29'), '2024-02-29');
		const dt = parseNews('---\ndate: 2024-03-14T09:30:00Z\n---\n').header.date!;
		assert.equal(dt.raw, '2024-03-14T09:30:00Z');
		assert.deepEqual(dt.range, { start: 10, end: 30 });
	});

	test('an article date that is no calendar day is a problem on its value', () => {
		for (const value of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', 'March 14', '14.03.2024']) {
			const src = `---\ndate: ${value}\n---\nText`;
			const doc = parseNews(src);
			assert.equal(doc.header.date, undefined, value);
			assert.deepEqual(problemTexts(doc), [[DiagnosticCode.InvalidArticleDate, value]], value);
			assert.equal(doc.header.fields[0]!.key, 'date', value);
			assert.equal(doc.plainText, 'Text', value);
		}
		const dateline = parseNews('date 2024-02-30 Text');
		assert.equal(dateline.header.kind, 'dateline');
		assert.equal(dateline.header.date, undefined);
		assert.deepEqual(problemTexts(dateline), [[DiagnosticCode.InvalidArticleDate, '2024-02-30']]);
	});

	test('bare dateline: the body starts right after it, on the same line', () => {
		const doc = parseNews('date 2024-05-01 MINSK, May 1. [Irina Sokolova]{.person} arrived.');
		assert.equal(doc.header.kind, 'dateline');
		assert.deepEqual(doc.header.range, { start: 0, end: 15 });
		assert.deepEqual(doc.header.fields, [
			{ key: 'date', value: '2024-05-01', keyRange: { start: 0, end: 4 }, valueRange: { start: 5, end: 15 } },
		]);
		assert.deepEqual(doc.header.date, { day: '2024-05-01', raw: '2024-05-01', range: { start: 5, end: 15 } });
		assert.equal(doc.bodyStart, 16);
		assert.equal(doc.plainText, 'MINSK, May 1. Irina Sokolova arrived.');
		assert.equal(doc.annotations[0]!.plainStart, 14);
		assert.equal(doc.annotations[0]!.range.start, 30);
	});

	test('a dateline after blank lines and indentation; a dateline alone on its line', () => {
		const doc = parseNews('\n\n  date 2024-05-01\nMINSK');
		assert.equal(doc.header.kind, 'dateline');
		assert.deepEqual(doc.header.fields[0]!.keyRange, { start: 4, end: 8 });
		assert.deepEqual(doc.header.date?.range, { start: 9, end: 19 });
		assert.equal(doc.bodyStart, 20);
		assert.equal(doc.plainText, 'MINSK');
		assert.equal(parseNews('date 2024-05-01').header.date?.day, '2024-05-01');
		assert.equal(parseNews('date 2024-05-01').plainText, '');
	});

	test('what is not a dateline: glued text, a colon, capitals, not first', () => {
		for (const src of [
			'date 2024-05-01x MINSK',
			'date: 2024-05-01 MINSK',
			'Date 2024-05-01 MINSK',
			'MINSK date 2024-05-01 x',
			'date 2024-5-1 MINSK',
		]) {
			const doc = parseNews(src);
			assert.equal(doc.header.kind, 'none', src);
			assert.equal(doc.plainText, src, src);
			assert.deepEqual(doc.problems, [], src);
		}
	});

	test('no header: empty range at 0, no date, no problem (the missing date is a hint elsewhere)', () => {
		const doc = parseNews('[Helga Brandner]{.person} arrived.');
		assert.deepEqual(doc.header, { kind: 'none', range: { start: 0, end: 0 }, fields: [], date: undefined });
		assert.equal(doc.bodyStart, 0);
		assert.deepEqual(doc.problems, []);
		assert.equal(parseNews('').plainText, '');
		assert.equal(parseNews('').header.kind, 'none');
	});

	test('front matter not closed: one problem on the first `---`; the rest is read as body', () => {
		const src = '---\ndate: 2024-03-14\n\n[Vienna]{.place}\n';
		const doc = parseNews(src);
		assert.equal(doc.header.kind, 'none');
		assert.equal(doc.bodyStart, 0);
		assert.deepEqual(
			doc.problems.map((p) => [p.code, p.range]),
			[[DiagnosticCode.FrontMatterSyntax, { start: 0, end: 3 }]],
		);
		assert.deepEqual(doc.annotations.map(brief), ['place|Vienna||']);
	});

	test('YAML that cannot be read: a problem inside the header, never on its closing line; the body is still read', () => {
		const src = '---\ndate: 2024-03-14\ntitle: [an unclosed list\n---\n[Vienna]{.place}\n';
		const doc = parseNews(src);
		assert.equal(doc.header.kind, 'front-matter');
		assert.deepEqual(doc.header.range, { start: 0, end: 50 });
		assert.deepEqual(doc.header.fields, []);
		assert.equal(doc.header.date, undefined);
		assert.equal(doc.problems.length, 1);
		const p = doc.problems[0]!;
		assert.equal(p.code, DiagnosticCode.FrontMatterSyntax);
		assert.deepEqual(p.range, { start: 44, end: 45 }, 'the last character of the YAML, not the closing `---`');
		assert.match(p.message, /not valid YAML/);
		assert.deepEqual(doc.annotations.map(brief), ['place|Vienna||']);
		assert.equal(doc.plainText, 'Vienna\n');
	});

	test('a header that is YAML but not `key: value` lines is a problem', () => {
		const doc = parseNews('---\n- date\n- title\n---\nText');
		assert.equal(doc.header.kind, 'front-matter');
		assert.deepEqual(problemTexts(doc), [[DiagnosticCode.FrontMatterSyntax, '- date\n- title\n']]);
		assert.equal(doc.plainText, 'Text');
	});

	test('`---` that is not the first line starts no header', () => {
		const doc = parseNews('Text\n---\ndate: 2024-03-14\n---\n');
		assert.equal(doc.header.kind, 'none');
		assert.equal(doc.plainText, 'Text\n---\ndate: 2024-03-14\n---\n');
	});
});

suite('parseNews: annotations', () => {
	test('one annotation, every field exact', () => {
		const src = 'Talks: [Helga Brandner]{.person ref=helga-brandner role="host, chair" #hb} met.';
		const doc = parseNews(src);
		assert.equal(doc.plainText, 'Talks: Helga Brandner met.');
		assert.equal(doc.annotations.length, 1);
		const a = doc.annotations[0]!;
		const model = annotationFields(a);
		assert.deepEqual(model, {
			index: 0,
			classCount: 1,
			range: { start: 7, end: 74 },
			contentRange: { start: 8, end: 22 },
			attributesRange: { start: 23, end: 74 },
			plainStart: 7,
			plainEnd: 21,
			text: 'Helga Brandner',
			classes: [{ name: 'person', range: { start: 24, end: 31 } }],
			id: 'hb',
			attributes: [
				{
					key: 'ref',
					value: 'helga-brandner',
					range: { start: 32, end: 50 },
					keyRange: { start: 32, end: 35 },
					valueRange: { start: 36, end: 50 },
				},
				{
					key: 'role',
					value: 'host, chair',
					range: { start: 51, end: 69 },
					keyRange: { start: 51, end: 55 },
					valueRange: { start: 56, end: 69 },
				},
			],
			type: 'person',
			ref: 'helga-brandner',
			value: undefined,
			parent: undefined,
			depth: 0,
		});
		assert.equal(textOf(doc, a.attributesRange), '{.person ref=helga-brandner role="host, chair" #hb}');
		const visited: string[] = [];
		a.visitAttributes({
			id: (value, start, end) => visited.push(`id ${value} ${textOf(doc, { start, end })}`),
			class: (name, start, end) => visited.push(`class ${name} ${textOf(doc, { start, end })}`),
			pair: (key, value, start, keyEnd, valueStart, end) =>
				visited.push(
					`pair ${key}=${value} ${textOf(doc, { start, end: keyEnd })}|${textOf(doc, { start: valueStart, end })}`,
				),
		});
		assert.deepEqual(visited, [
			'class person .person',
			'pair ref=helga-brandner ref|helga-brandner',
			'pair role=host, chair role|"host, chair"',
			'id hb #hb',
		]);
		assert.equal(textOf(doc, a.attributes[1]!.valueRange), '"host, chair"');
		assert.deepEqual(doc.problems, []);
	});

	test('the type is the first class; further classes are kept; no class, no type', () => {
		const doc = parseNews('[A]{.person .org} [B]{ref=b} [C]{} [D]{.date value=2024-05-06}');
		assert.deepEqual(
			doc.annotations.map((a) => [a.type, a.classes.map((c) => c.name), a.ref, a.value]),
			[
				['person', ['person', 'org'], undefined, undefined],
				[undefined, [], 'b', undefined],
				[undefined, [], undefined, undefined],
				['date', ['date'], undefined, '2024-05-06'],
			],
		);
		assert.equal(textOf(doc, doc.annotations[0]!.classes[1]!.range), '.org');
		assert.deepEqual(doc.problems, [], 'types are checked against settings elsewhere');
	});

	test('`id=` and `class=` keys set the id and the classes, as in Pandoc', () => {
		const doc = parseNews('[Ines Kovač]{id=kovac class="person extra" ref=ines-kovac}');
		const a = doc.annotations[0]!;
		assert.equal(a.id, 'kovac');
		assert.deepEqual(
			a.classes.map((c) => [c.name, textOf(doc, c.range)]),
			[
				['person', 'class="person extra"'],
				['extra', 'class="person extra"'],
			],
		);
		assert.equal(a.type, 'person');
		assert.deepEqual(
			a.attributes.map((x) => [x.key, x.value]),
			[['ref', 'ines-kovac']],
		);
	});

	test('ids: `#id`, the last one wins; `-` is the class `unnumbered`', () => {
		const doc = parseNews('[A]{#one .person #two} [B]{.org -}');
		assert.equal(doc.annotations[0]!.id, 'two');
		assert.deepEqual(
			doc.annotations[1]!.classes.map((c) => c.name),
			['org', 'unnumbered'],
		);
	});

	test('identifiers: letters of any script, digits and `-_:.` after the first letter', () => {
		const doc = parseNews('[A]{.персона ref=x} [B]{.org:sub-1_a.b #id.2} [C]{.𝐀x}');
		assert.deepEqual(
			doc.annotations.map((a) => [a.type, a.id]),
			[
				['персона', undefined],
				['org:sub-1_a.b', 'id.2'],
				['𝐀x', undefined],
			],
		);
	});

	test('values: quoted with spaces and escapes, single quotes, unquoted with escapes, empty, over a line break', () => {
		const value = (attrs: string): string | undefined =>
			parseNews(`[x]{.org ${attrs}}`).annotations[0]?.attributes[0]?.value;
		assert.equal(value('note="acting \\"interim\\" chair"'), 'acting "interim" chair');
		assert.equal(value("note='it\\'s fine'"), "it's fine");
		assert.equal(value('note="a\\\\b"'), 'a\\b');
		assert.equal(value('note="two  spaces"'), 'two  spaces');
		assert.equal(value('note="a\nb"'), 'a b');
		assert.equal(value('note="a\r\nb"'), 'a b');
		assert.equal(value('note=a\\ b'), 'a b', 'Pandoc escapes any character that is no letter or digit');
		assert.equal(value('note=a\\}b'), 'a}b');
		assert.equal(value('note=a\\😀'), 'a😀');
		assert.equal(value('note=a\\b'), 'a\\b', 'a backslash before a letter is kept');
		assert.equal(value('note=""'), '');
		assert.equal(value("note=''"), '');
		assert.equal(value('note= '), '');
		assert.equal(value('note=é😀'), 'é😀');
		assert.equal(
			value('note=" x"'),
			undefined,
			'a quote followed by white space opens no quoted value: `x"` is no attribute',
		);
		assert.equal(value('note=" '), '"', 'a quote followed by white space opens no quoted value');
		assert.equal(value('note="\u00a0x"'), '"\u00a0x"', 'nor by a no-break space (Haskell isSpace)');
		assert.equal(value('note="unclosed'), '"unclosed', 'no closing quote: an unquoted value');
		assert.equal(value('note=&amp;'), '&amp;');
	});

	test('attributes may continue after one line break, not after a blank line', () => {
		const doc = parseNews('[Vienna]{.place\nref=vienna}');
		assert.deepEqual(
			doc.annotations.map((a) => [a.type, a.ref]),
			[['place', 'vienna']],
		);
		assert.equal(doc.plainText, 'Vienna');

		const crlf = parseNews('[Vienna]{\r\n.place}');
		assert.equal(crlf.annotations[0]?.type, 'place');

		const blank = parseNews('[Vienna]{.place\n\nref=vienna}');
		assert.deepEqual(blank.annotations, []);
		assert.deepEqual(problemTexts(blank), [[DiagnosticCode.UnclosedBrace, '{']]);
	});

	test('nesting: the enclosing annotation first, with parent and depth, and plain offsets of both', () => {
		const src = 'The [[Austrian]{.place} Foreign Ministry]{.org ref=mfa} said.';
		const doc = parseNews(src);
		assert.equal(doc.plainText, 'The Austrian Foreign Ministry said.');
		const [outer, inner] = doc.annotations;
		assert.deepEqual(
			[
				outer!.index,
				outer!.text,
				outer!.range,
				outer!.contentRange,
				outer!.plainStart,
				outer!.plainEnd,
				outer!.parent,
				outer!.depth,
			],
			[0, 'Austrian Foreign Ministry', { start: 4, end: 55 }, { start: 5, end: 40 }, 4, 29, undefined, 0],
		);
		assert.deepEqual(
			[inner!.index, inner!.text, inner!.range, inner!.plainStart, inner!.plainEnd, inner!.parent, inner!.depth],
			[1, 'Austrian', { start: 5, end: 23 }, 4, 12, 0, 1],
		);
	});

	test('three levels, and siblings inside one annotation', () => {
		const doc = parseNews('[[[Upper]{.place} Danube]{.place} Commission and [Lower]{.place}]{.org}');
		assert.deepEqual(
			doc.annotations.map((a) => [a.text, a.parent, a.depth]),
			[
				['Upper Danube Commission and Lower', undefined, 0],
				['Upper Danube', 0, 1],
				['Upper', 1, 2],
				['Lower', 0, 1],
			],
		);
	});

	test('adjacent annotations', () => {
		const doc = parseNews('[Norland]{.place}[Riverland]{.place}');
		assert.equal(doc.plainText, 'NorlandRiverland');
		assert.deepEqual(
			doc.annotations.map((a) => [a.text, a.range, a.plainStart, a.plainEnd, a.parent]),
			[
				['Norland', { start: 0, end: 17 }, 0, 7, undefined],
				['Riverland', { start: 17, end: 36 }, 7, 16, undefined],
			],
		);
	});

	test('escapes: `\\[ \\] \\{ \\}` and `\\\\` are literal characters; other backslashes stay', () => {
		const doc = parseNews('A \\[draft\\] \\{text\\} with \\\\ and \\* and [a \\[b\\] c]{.org}.');
		assert.equal(doc.plainText, 'A [draft] {text} with \\ and \\* and a [b] c.');
		assert.deepEqual(
			doc.annotations.map((a) => [a.text, a.plainStart, a.plainEnd]),
			[['a [b] c', 35, 42]],
		);
		assert.deepEqual(doc.problems, []);
		assert.deepEqual(parseNews('\\[Vienna]{.place}').annotations, [], 'an escaped `[` opens nothing');
		assert.deepEqual(parseNews('[Vienna\\]{.place}').annotations, []);
		assert.deepEqual(parseNews('[Vienna]\\{.place}').annotations, []);
		assert.equal(parseNews('[Vienna]\\{.place}').plainText, '[Vienna]{.place}');
		assert.equal(
			parseNews('\\\\[Vienna]{.place}').annotations[0]?.text,
			'Vienna',
			'an escaped backslash escapes nothing',
		);
	});

	test('brackets that are no annotation stay plain text', () => {
		for (const src of [
			'[Vienna] is plain',
			'[Vienna] {.place}',
			'[Vienna](https://example.org/vienna){.place}',
			'[Vienna][ref]',
			'[^1]{.person}',
			'[^note] and [^a b]{.person}',
			'[@doe]',
			'{.place} alone',
			'] stray',
		]) {
			const doc = parseNews(src);
			assert.deepEqual(doc.annotations, [], src);
			assert.equal(doc.plainText, src, src);
			assert.deepEqual(doc.problems, [], src);
		}
	});

	test('a soft line break inside an annotation (LF and CRLF) is kept in its text', () => {
		const lf = parseNews('[Marta\nOyelaran]{.person} spoke');
		assert.deepEqual(
			lf.annotations.map((a) => [a.text, a.plainStart, a.plainEnd]),
			[['Marta\nOyelaran', 0, 14]],
		);
		const crlf = parseNews('[Marta\r\nOyelaran]{.person} spoke');
		assert.deepEqual(
			crlf.annotations.map((a) => [a.text, a.plainStart, a.plainEnd]),
			[['Marta\r\nOyelaran', 0, 15]],
		);
	});

	test('an annotation does not cross a blank line', () => {
		for (const src of [
			'[Marta\n\nOyelaran]{.person}',
			'[Marta\n  \t\nOyelaran]{.person}',
			'[Marta\r\n\r\nOyelaran]{.person}',
		]) {
			const doc = parseNews(src);
			assert.deepEqual(doc.annotations, [], JSON.stringify(src));
			assert.deepEqual(
				doc.problems.map((p) => [p.code, p.range]),
				[[DiagnosticCode.UnclosedBracket, { start: 0, end: 1 }]],
				JSON.stringify(src),
			);
			assert.equal(doc.plainText, src);
		}
	});

	test('white space inside the brackets is trimmed from the text, as Pandoc trims it', () => {
		const doc = parseNews('at [  Halvik \t]{.place} now');
		const a = doc.annotations[0]!;
		assert.equal(a.text, 'Halvik');
		assert.deepEqual([a.plainStart, a.plainEnd], [5, 11]);
		assert.deepEqual(a.contentRange, { start: 4, end: 14 });
		assert.equal(doc.plainText, 'at   Halvik \t now');
		const lines = parseNews('[\nHalvik\n]{.place}').annotations[0]!;
		assert.deepEqual([lines.text, lines.plainStart, lines.plainEnd], ['Halvik', 1, 7]);
	});

	test('an empty annotation has empty text at its place', () => {
		const doc = parseNews('An empty []{.person} mark.');
		const a = doc.annotations[0]!;
		assert.deepEqual([a.text, a.plainStart, a.plainEnd, a.range], ['', 9, 9, { start: 9, end: 20 }]);
		assert.equal(doc.plainText, 'An empty  mark.');
		assert.equal(parseNews('[   ]{.person}').annotations[0]!.text, '');
	});
});

suite('parseNews: where Pandoc reads brackets as other Markdown', () => {
	const spans = (src: string): string[] => parseNews(src).annotations.map((a) => a.text);

	test('a reference link `[text][label]`: the label is no annotation', () => {
		assert.deepEqual(spans('[sic][Lavrov]{.person}'), []);
		assert.deepEqual(spans('[a][]{.person}'), []);
		assert.deepEqual(spans('[sic] [Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('[a][b][Lavrov]{.person}'), ['Lavrov'], 'a label makes no further label');
		assert.deepEqual(spans('[a][b [Lavrov]{.person}]'), ['Lavrov'], 'annotations inside a label are read');
		assert.deepEqual(spans('[Oslo]{.place}[Lavrov]{.person}'), ['Oslo', 'Lavrov'], 'an annotation is no link');
		assert.deepEqual(problemTexts(parseNews('[a][b')), [[DiagnosticCode.UnclosedBracket, '[']]);
	});

	test('an image `![...]` and an inline note `^[...]` are no annotations; their content is read', () => {
		assert.deepEqual(spans('Wow![Lavrov]{.person}'), []);
		assert.deepEqual(spans('Wow\\![Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('Wow\\\\![Lavrov]{.person}'), []);
		assert.deepEqual(spans('![a [Lavrov]{.person}]'), ['Lavrov']);
		assert.deepEqual(spans('note^[Lavrov]{.person}'), []);
		assert.deepEqual(spans('note\\^[Lavrov]{.person}'), ['Lavrov']);
	});

	test('footnote markers `[^label]` are text, brackets inside them too', () => {
		assert.deepEqual(spans('[^a[b]{.person}'), []);
		assert.deepEqual(spans('[^a\\][Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('[^][Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('[^a b [Lavrov]{.person}]'), ['Lavrov'], 'white space ends a marker');
		assert.deepEqual(parseNews('[^a b').problems, [], 'a footnote bracket is not reported as unclosed');
	});

	test('inline code: nothing inside backticks is markup', () => {
		assert.deepEqual(spans('`[Lavrov]{.person}`'), []);
		assert.deepEqual(spans('``[a` ]{.x}`` [Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('[a `]` b]{.org}'), ['a `]` b']);
		assert.deepEqual(spans('`unclosed [Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('``a [Lavrov]{.person} `'), [], 'a run of two finds no closing run; a run of one does');
		assert.deepEqual(spans('``unclosed ` [Lavrov]{.person}`'), ['Lavrov']);
		assert.deepEqual(spans('\\`[Lavrov]{.person}`'), ['Lavrov'], 'an escaped backtick opens nothing');
		assert.equal(parseNews('`\\[x\\]`').plainText, '`\\[x\\]`', 'escapes inside code are kept');
	});

	test('a citation `@key [locator]` takes the brackets after it', () => {
		assert.deepEqual(spans('wrote @mfa_russia [Lavrov]{.person} said'), []);
		assert.deepEqual(spans('wrote @mfa_russia\n[Lavrov]{.person}'), []);
		assert.deepEqual(spans('wrote @mfa_russia, [Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(spans('mail a@b.org [Lavrov]{.person}'), ['Lavrov'], 'no citation right after a word');
		assert.deepEqual(spans('wrote \\@mfa [Lavrov]{.person}'), ['Lavrov']);
		assert.deepEqual(
			spans('wrote @mfa [Lavrov; Zakharova]{.person}'),
			['Lavrov; Zakharova'],
			'a `;` without a second key',
		);
		assert.deepEqual(spans('wrote @mfa [Lavrov; @x]{.person}'), []);
		assert.deepEqual(spans('wrote @mfa [[Lavrov]{.person}]{.org}'), ['Lavrov']);
	});

	test('`[@key]{...}` is a span to Pandoc 2.17, `[@key]` alone a citation', () => {
		assert.deepEqual(spans('[@mfa_russia]{.org}'), ['@mfa_russia']);
		assert.deepEqual(spans('[@mfa_russia]'), []);
	});
});

suite('parseNews: malformed markup', () => {
	test('an unclosed `[`: a problem on it; the annotations after it are still read', () => {
		const src = 'The [Austrian delegation and [Marko Zupan]{.person} spoke.\n\n[Vienna]{.place}';
		const doc = parseNews(src);
		assert.deepEqual(
			doc.problems.map((p) => [p.code, p.range]),
			[[DiagnosticCode.UnclosedBracket, { start: 4, end: 5 }]],
		);
		assert.deepEqual(doc.annotations.map(brief), ['person|Marko Zupan||', 'place|Vienna||']);
		assert.equal(doc.plainText, 'The [Austrian delegation and Marko Zupan spoke.\n\nVienna');
	});

	test('every unclosed `[` of a paragraph is reported', () => {
		const doc = parseNews('[a [b [c]{.x}');
		assert.deepEqual(
			doc.problems.map((p) => p.range.start),
			[0, 3],
		);
		assert.deepEqual(
			doc.annotations.map((a) => a.text),
			['c'],
		);
	});

	test('an unclosed `{`: a problem on it; the next paragraph is still read', () => {
		const src = '[Marko Zupan]{.person ref=marko-zupan spoke.\n\n[Vienna]{.place}';
		const doc = parseNews(src);
		assert.deepEqual(
			doc.problems.map((p) => [p.code, p.range]),
			[[DiagnosticCode.UnclosedBrace, { start: 13, end: 14 }]],
		);
		assert.deepEqual(doc.annotations.map(brief), ['place|Vienna||']);
		assert.equal(doc.plainText, src.replace('[Vienna]{.place}', 'Vienna'));
	});

	test('several broken blocks in one paragraph: each a problem to the next `}`, or unclosed when none follows', () => {
		const malformed = parseNews('[a]{=x [b]{=y [c]{.p}');
		assert.deepEqual(
			malformed.problems.map((p) => [p.code, p.range]),
			[
				[DiagnosticCode.InvalidAttributes, { start: 3, end: 21 }],
				[DiagnosticCode.InvalidAttributes, { start: 10, end: 21 }],
			],
		);
		assert.deepEqual(malformed.annotations.map(brief), ['p|c||']);
		const unclosed = parseNews('[a]{.x [b]{.y\n\n[c]{.p}');
		assert.deepEqual(
			unclosed.problems.map((p) => [p.code, p.range]),
			[
				[DiagnosticCode.UnclosedBrace, { start: 3, end: 4 }],
				[DiagnosticCode.UnclosedBrace, { start: 10, end: 11 }],
			],
		);
		assert.deepEqual(unclosed.annotations.map(brief), ['p|c||']);
	});

	test('attributes that cannot be read: a problem from `{` to `}`; the annotations after it are read', () => {
		const src = '[Ines Kovač]{.person "x} spoke, and [Marko Zupan]{.person ref=marko-zupan} answered.';
		const doc = parseNews(src);
		assert.deepEqual(
			doc.problems.map((p) => [p.code, p.range]),
			[[DiagnosticCode.InvalidAttributes, { start: 12, end: 24 }]],
		);
		assert.equal(textOf(doc, doc.problems[0]!.range), '{.person "x}');
		assert.deepEqual(doc.annotations.map(brief), ['person|Marko Zupan|marko-zupan|']);
		assert.equal(doc.plainText, '[Ines Kovač]{.person "x} spoke, and Marko Zupan answered.');
	});

	test('attribute blocks Pandoc rejects are rejected', () => {
		for (const attrs of [
			'{.}',
			'{#}',
			'{.1st}',
			'{=x}',
			'{ref}',
			'{.person ref =x}',
			'{.person,}',
			'{.person ref=a b}',
		]) {
			const doc = parseNews(`[x]${attrs}`);
			assert.deepEqual(doc.annotations, [], attrs);
			assert.deepEqual(
				doc.problems.map((p) => p.code),
				[DiagnosticCode.InvalidAttributes],
				attrs,
			);
		}
	});

	test('problems are in source order, header problems first', () => {
		const doc = parseNews('---\ndate: 2024-02-30\n---\n[a]{.x "} [b [c]{.y\n');
		assert.deepEqual(
			doc.problems.map((p) => p.code),
			[
				DiagnosticCode.InvalidArticleDate,
				DiagnosticCode.InvalidAttributes,
				DiagnosticCode.UnclosedBracket,
				DiagnosticCode.UnclosedBrace,
			],
		);
		const starts = doc.problems.map((p) => p.range.start);
		assert.deepEqual(
			starts,
			[...starts].sort((a, b) => a - b),
		);
	});
});

suite('parseNews: plain text and offsets', () => {
	test('the plain text is the body with the markup removed; annotations point into it', () => {
		const src =
			'---\ndate: 2024-03-14\n---\n[VIENNA]{.place}, [March 14]{.date value=2024-03-14}. [Brandner]{.person} spoke.\n';
		const doc = parseNews(src);
		assert.equal(doc.plainText, 'VIENNA, March 14. Brandner spoke.\n');
		for (const a of doc.annotations) assert.equal(doc.plainText.slice(a.plainStart, a.plainEnd), a.text);
		assert.deepEqual(
			doc.annotations.map((a) => [a.plainStart, a.plainEnd]),
			[
				[0, 6],
				[8, 16],
				[18, 26],
			],
		);
	});

	test('offset map: markup maps to one plain point; range starts and ends map back to the text', () => {
		const src = 'A [Brandner]{.person} B';
		const { offsets } = parseNews(src);
		assert.deepEqual(
			[...offsets.runs()],
			[
				[0, 0, 2],
				[3, 2, 8],
				[21, 10, 2],
			],
		);
		assert.equal(offsets.plainLength, 12);
		assert.deepEqual(
			[0, 2, 3, 11, 12, 20, 21, 23].map((s) => offsets.toPlain(s)),
			[0, 2, 2, 10, 10, 10, 10, 12],
		);
		assert.equal(offsets.toSource(2), 3, 'a range start goes to the start of the text');
		assert.equal(offsets.toSource(2, 'left'), 2);
		assert.equal(offsets.toSource(10, 'left'), 11, 'a range end goes to the end of the text');
		assert.equal(offsets.toSource(10), 21);
		assert.equal(offsets.toSource(12), 23);
	});

	test('CRLF line ends are kept in the plain text', () => {
		const doc = parseNews('---\r\ndate: 2024-03-14\r\n---\r\n[Vienna]{.place} and\r\n[Graz]{.place}.\r\n');
		assert.equal(doc.plainText, 'Vienna and\r\nGraz.\r\n');
		assert.deepEqual(
			doc.annotations.map((a) => [a.plainStart, a.plainEnd]),
			[
				[0, 6],
				[12, 16],
			],
		);
	});

	test('offsets are UTF-16 code units: Cyrillic is one unit a letter, an emoji two', () => {
		const src = '📰 [Ирина Соколова]{.person} и 🇧🇾 [Минск 🇧🇾]{.place}';
		const doc = parseNews(src);
		assert.equal(doc.plainText, '📰 Ирина Соколова и 🇧🇾 Минск 🇧🇾');
		assert.deepEqual(
			doc.annotations.map((a) => [a.text, a.range.start, a.plainStart, a.plainEnd]),
			[
				['Ирина Соколова', 3, 3, 17],
				['Минск 🇧🇾', 36, 25, 35],
			],
		);
		for (const a of doc.annotations) assert.equal(doc.plainText.slice(a.plainStart, a.plainEnd), a.text);
	});
});
