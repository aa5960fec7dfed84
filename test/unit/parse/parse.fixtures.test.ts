import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DiagnosticCode } from '../../../server/src/service/diagnosticCodes';
import { EntityTypes } from '../../../server/src/service/entityTypes';
import { parseNews } from '../../../server/src/service/parse/document';
import { collectProblems } from '../../../server/src/service/providers/diagnostics';
import { defaultSettings } from '../../../server/src/shared/settings';
import { brief, FIXTURES, filesUnder, problemTexts, readFixture, textOf } from '../../helpers/parse';

suite('parse fixtures: workspace articles', () => {
	test('vienna-talks-2024-03-14.news: the header with every field', () => {
		const doc = parseNews(readFixture('workspace/vienna-talks-2024-03-14.news'));
		assert.equal(doc.header.kind, 'front-matter');
		assert.equal(doc.header.date?.day, '2024-03-14');
		assert.deepEqual(
			doc.header.fields.map((f) => f.key),
			['date', 'title', 'source', 'place', 'language', 'authors', 'tags', 'url', 'embargo'],
		);
		assert.deepEqual(doc.header.fields.find((f) => f.key === 'tags')?.value, ['diplomacy', 'danube', 'test-fixture']);
		assert.deepEqual(doc.problems, []);
	});

	test('vienna-talks-2024-03-14.news: every annotation, in document order', () => {
		const doc = parseNews(readFixture('workspace/vienna-talks-2024-03-14.news'));
		assert.deepEqual(doc.annotations.map(brief), [
			'place|VIENNA|vienna|',
			'date|March 14||2024-03-14',
			'role|Austrian Foreign Minister||',
			'person|Helga Brandner|helga-brandner|',
			'place|Slovenian|slovenia|',
			'person|Marko Zupan|marko-zupan|',
			'place|Hofburg|hofburg|',
			'place|Danube|danube|',
			'org|Austrian Foreign Ministry|austrian-foreign-ministry|',
			'place|Austrian|austria|',
			'org|Danube Shipping Council|danube-shipping-council|',
			'place|Bratislava|bratislava|',
			'date|February 27||2024-02-27',
			'date|2024-2026||2024/2026',
			'person|Brandner|helga-brandner|',
			'place|Ljubljana|ljubljana|',
			'date|the second quarter||2024-Q2',
			'person|Zupan|marko-zupan|',
			'org|working group on ports|danube-ports-group|',
			'role|Deputy Secretary General||',
			'person|Ines Kovač|ines-kovac|',
			'org|Organization for Security and Co-operation in Europe|osce|',
			'org|OSCE|osce|',
			'place|Vienna|vienna|',
			'date|the week of\nMay 6||2024-W19',
			'place|Budapest|budapest|',
			'date|Thursday||2024-03-14',
		]);
	});

	test('vienna-talks-2024-03-14.news: nesting, the #id, quoted values with escapes, escapes in the text', () => {
		const doc = parseNews(readFixture('workspace/vienna-talks-2024-03-14.news'));
		const ministry = doc.annotations[8]!;
		const austrian = doc.annotations[9]!;
		assert.deepEqual([ministry.parent, ministry.depth, austrian.parent, austrian.depth], [undefined, 0, 8, 1]);
		assert.equal(austrian.plainStart, ministry.plainStart);
		assert.equal(
			textOf(doc, ministry.range),
			'[[Austrian]{.place ref=austria} Foreign Ministry]{.org ref=austrian-foreign-ministry}',
		);

		assert.equal(doc.annotations[3]!.id, 'brandner-first');
		assert.equal(doc.annotations.filter((a) => a.id !== undefined).length, 1);

		const council = doc.annotations[10]!;
		assert.deepEqual(
			council.attributes.map((a) => [a.key, a.value]),
			[
				['ref', 'danube-shipping-council'],
				['note', 'founded in 1998, fictional'],
			],
		);
		const ports = doc.annotations[18]!;
		assert.deepEqual([ports.attributes[1]!.key, ports.attributes[1]!.value], ['status', 'acting "interim" chair']);
		assert.equal(textOf(doc, ports.attributes[1]!.valueRange), '"acting \\"interim\\" chair"');

		assert.match(doc.plainText, /The statement \[a four-page text\] was also signed/);
		assert.doesNotMatch(doc.plainText, /[{}]/);
		for (const a of doc.annotations) assert.equal(doc.plainText.slice(a.plainStart, a.plainEnd), a.text);
	});

	test('crlf-cyrillic.news really has CRLF line ends, and no bare LF', () => {
		const bytes = fs.readFileSync(path.join(FIXTURES, 'workspace/crlf-cyrillic.news'));
		const text = bytes.toString('utf8');
		assert.ok(text.includes('\r\n'), 'the fixture lost its CRLF: see .gitattributes');
		assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
	});

	test('crlf-cyrillic.news: the dateline, the annotations and their UTF-16 offsets', () => {
		const src = readFixture('workspace/crlf-cyrillic.news');
		const doc = parseNews(src);
		assert.equal(doc.header.kind, 'dateline');
		assert.equal(doc.header.date?.day, '2024-05-01');
		assert.equal(doc.bodyStart, 16);
		assert.deepEqual(doc.problems, []);
		assert.deepEqual(doc.annotations.map(brief), [
			'person|Ирина Соколова|irina-sokolova|',
			'role|министр иностранных дел||',
			'place|Норландии|norland|',
			'person|Тимуром Алиевым|timur-aliyev|',
			'place|Минске|minsk|',
			'org|Совета\r\nминистров|council-of-ministers|',
			'date|июне||2024-06',
			'person|Соколовой|irina-sokolova|',
			'place|Вене|vienna|',
			'date|15 июня||2024-06-15',
			'person|Irina Sokolova|irina-sokolova|',
			'person|Timur Aliyev|timur-aliyev|',
			'place|Minsk 🇧🇾|minsk|',
		]);
		// "МИНСК, 1 мая. " is 14 code units, the emoji 📰 two more, then a space.
		assert.equal(doc.plainText.slice(0, 17), 'МИНСК, 1 мая. 📰 ');
		assert.equal(doc.annotations[0]!.plainStart, 17);
		assert.equal(doc.annotations[0]!.range.start, 33);
		assert.ok(doc.plainText.includes('.\r\n\r\nСтороны'));
		assert.ok(doc.plainText.endsWith('Minsk 🇧🇾.\r\n'));
		const minsk = doc.annotations[12]!;
		assert.equal(minsk.plainEnd - minsk.plainStart, 10, 'a flag is two surrogate pairs');
		for (const a of doc.annotations) assert.equal(doc.plainText.slice(a.plainStart, a.plainEnd), a.text);
	});

	test('entities.yaml: ids are lower-case letters, digits and `-`; every ref of the articles is in it, with the right type', () => {
		const kb = parseYaml(readFixture('workspace/entities.yaml')) as Record<string, { type: string; name: string }>;
		for (const [id, entry] of Object.entries(kb)) {
			assert.match(id, /^[a-z0-9-]+$/, id);
			assert.ok(['person', 'org', 'place', 'date', 'none'].includes(entry.type), id);
			assert.equal(typeof entry.name, 'string', id);
		}
		for (const file of filesUnder(path.join(FIXTURES, 'workspace'), '.news')) {
			for (const a of parseNews(fs.readFileSync(file, 'utf8')).annotations) {
				if (a.ref === undefined) continue;
				assert.ok(kb[a.ref], `${path.basename(file)}: ref=${a.ref} is not in entities.yaml`);
				assert.equal(kb[a.ref]!.type, a.type, `${path.basename(file)}: ref=${a.ref}`);
			}
		}
	});
});

suite('parse fixtures: malformed articles', () => {
	const types = new EntityTypes(defaultSettings);
	/** Every problem, syntax and meaning, as `[code, source text]`, in source order. */
	const problems = (file: string): [string, string][] => {
		const src = readFixture(`malformed/${file}`);
		const doc = parseNews(src);
		return collectProblems(doc, types)
			.filter((p) => p.code !== DiagnosticCode.Suggestion)
			.map((p) => [p.code, src.slice(p.range.start, p.range.end)]);
	};
	const annotations = (file: string): string[] => parseNews(readFixture(`malformed/${file}`)).annotations.map(brief);

	const cases: Record<string, { problems: [string, string][]; annotations: string[]; syntax: [string, string][] }> = {
		'unknown-type.news': {
			problems: [[DiagnosticCode.UnknownType, '.persn']],
			syntax: [],
			annotations: ['persn|Helga Brandner|helga-brandner|', 'person|Marko Zupan|marko-zupan|', 'place|Vienna||'],
		},
		'missing-type.news': {
			problems: [[DiagnosticCode.MissingType, '{ref=vienna}']],
			syntax: [],
			annotations: ['|Vienna|vienna|', 'place|Graz|graz|'],
		},
		'two-types.news': {
			problems: [[DiagnosticCode.MultipleTypes, '.org']],
			syntax: [],
			annotations: ['person|Danube Shipping Council||', 'place|Bratislava||'],
		},
		'empty-annotation.news': {
			problems: [[DiagnosticCode.EmptyAnnotation, '[]{.person}']],
			syntax: [],
			annotations: ['person|||', 'person|Ines Kovač|ines-kovac|'],
		},
		'invalid-date-value.news': {
			problems: [[DiagnosticCode.InvalidDateValue, '2024-13-45']],
			syntax: [],
			annotations: ['date|next spring||2024-13-45', 'date|May 6||2024-05-06'],
		},
		'unclosed-bracket.news': {
			problems: [[DiagnosticCode.UnclosedBracket, '[']],
			syntax: [[DiagnosticCode.UnclosedBracket, '[']],
			annotations: ['person|Marko Zupan||', 'person|Helga Brandner||', 'place|Vienna||'],
		},
		'unclosed-brace.news': {
			problems: [[DiagnosticCode.UnclosedBrace, '{']],
			syntax: [[DiagnosticCode.UnclosedBrace, '{']],
			annotations: ['person|Helga Brandner|helga-brandner|', 'place|Vienna||'],
		},
		'malformed-attributes.news': {
			problems: [[DiagnosticCode.InvalidAttributes, '{.person "x}']],
			syntax: [[DiagnosticCode.InvalidAttributes, '{.person "x}']],
			annotations: ['person|Marko Zupan|marko-zupan|'],
		},
		'bad-yaml.news': {
			problems: [[DiagnosticCode.FrontMatterSyntax, 't']],
			syntax: [[DiagnosticCode.FrontMatterSyntax, 't']],
			annotations: ['person|Helga Brandner|helga-brandner|', 'place|Vienna||'],
		},
		'front-matter-not-closed.news': {
			problems: [[DiagnosticCode.FrontMatterSyntax, '---']],
			syntax: [[DiagnosticCode.FrontMatterSyntax, '---']],
			annotations: ['person|Helga Brandner|helga-brandner|', 'place|Vienna||'],
		},
		'no-date.news': {
			problems: [[DiagnosticCode.NoArticleDate, '']],
			syntax: [],
			annotations: ['person|Helga Brandner|helga-brandner|', 'place|Vienna||', 'date|Monday||'],
		},
	};

	test('there is one case for each fixture, and one fixture for each case', () => {
		const files = fs
			.readdirSync(path.join(FIXTURES, 'malformed'))
			.filter((f) => f.endsWith('.news'))
			.sort();
		assert.deepEqual(files, Object.keys(cases).sort());
	});

	for (const [file, expected] of Object.entries(cases)) {
		test(`${file}: the right problem on the right text; the good annotations are all read`, () => {
			assert.deepEqual(problems(file), expected.problems);
			assert.deepEqual(
				problemTexts(parseNews(readFixture(`malformed/${file}`))),
				expected.syntax,
				'problems of the parser itself',
			);
			assert.deepEqual(annotations(file), expected.annotations);
		});
	}

	test('bad-yaml.news: the YAML problem is on the YAML, the header still ends at its `---`', () => {
		const src = readFixture('malformed/bad-yaml.news');
		const doc = parseNews(src);
		const p = doc.problems[0]!;
		assert.ok(p.range.start > 4 && p.range.end <= src.indexOf('\n---\n') + 1, JSON.stringify(p.range));
		assert.equal(doc.bodyStart, src.indexOf('\n---\n') + 5);
	});
});
