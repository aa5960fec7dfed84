import * as assert from 'node:assert/strict';
import { importBrat } from '../../../server/src/service/interchange/bratImport';
import { importConll } from '../../../server/src/service/interchange/conllImport';
import { importDoccano } from '../../../server/src/service/interchange/doccanoImport';
import { importProdigy } from '../../../server/src/service/interchange/prodigyImport';
import { writeNews } from '../../../server/src/service/interchange/writeNews';
import { parseNews } from '../../../server/src/service/parse/document';
import { parseKnowledgeBase } from '../../../server/src/service/workspace/knowledgeBase';

const errors = (problems: readonly { severity: string; line: number; message: string }[]) =>
	problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.message]);

suite('Interchange: imports', () => {
	test('brat: spans, refs (through Wikidata too), notes and attributes become inline annotations, nested where they nest', () => {
		const text = 'Ада Lind 😀 met the Oslo City Council.\n';
		const ann = [
			'T1\tPER 0 8\tАда Lind',
			'T2\tOrganization 19 36\tOslo City Council',
			'T3\tplace 19 23\tOslo',
			'N1\tReference T3 Wikidata:Q585\tOslo',
			'N2\tReference T1 entities:ada-lind\tAda Lind',
			'#1\tAnnotatorNotes T2\tnote="founded 1837" #council',
			'#2\tAnnotatorNotes T1\tjust a remark',
			'A1\tNegated T2',
			'',
		].join('\n');
		const kb = parseKnowledgeBase('file:///x/entities.yaml', 'oslo:\n  type: place\n  name: Oslo\n  wikidata: Q585\n');
		const imported = importBrat('talks', text, ann, kb.entries);
		assert.deepEqual(errors(imported.problems), []);
		const written = writeNews(imported);
		assert.equal(
			written.source,
			'[Ада Lind]{.person ref=ada-lind note="just a remark"} 😀 met the [[Oslo]{.place ref=oslo} City Council]{.org #council note="founded 1837" Negated=true}.\n',
		);
		assert.equal(parseNews(written.source).plainText, text);
		assert.ok(imported.problems.some((p) => p.severity === 'notice' && /PER is written as \.person/.test(p.message)));
	});

	test('brat: what .news cannot express is reported with its line, the rest imported', () => {
		const text = 'Ada Lind met Bo Kern in Oslo.\nThe end.\n';
		const ann = [
			'T1\tperson 0 8\tAda Lind',
			'T2\tperson 4 16\tLind met Bo', // crosses T1
			'T3\tplace 24 28;30 33\tOslo The', // discontinuous over text
			'T4\tperson 13 20\tBo Kern',
			'R1\tMeets Arg1:T1 Arg2:T4',
			'T5\tplace 24 28\tOslo',
			'N1\tReference T9 entities:x\tx', // no such span
			'T6\torg 25 29;30 33\tslo.The', // fragments joined by a line break only: one span
			'',
		].join('\n');
		const imported = importBrat('a', text, ann);
		const written = writeNews(imported);
		const problems = errors([...imported.problems, ...written.problems]);
		assert.deepEqual(
			problems.map(([line]) => line),
			[3, 5, 7, 2, 8],
		);
		assert.match(String(problems[0]![1]), /T3 is discontinuous/);
		assert.match(String(problems[1]![1]), /R1 is a relation/);
		assert.match(String(problems[3]![1]), /crosses the person span "Ada Lind" \(line 1\)/);
		// T6 (one span over a line break) crosses T5: reported with its line, 8.
		assert.match(String(problems[4]![1]), /org span "slo\. The" crosses the place span "Oslo" \(line 6\)/);
		assert.equal(parseNews(written.source).plainText, text);
	});

	test('brat: an offset past the text or a broken line is reported, not thrown', () => {
		const imported = importBrat('a', 'short\n', 'T1\tperson 0 99\tshort\nT2 person 0 5 short\nX1\tnothing\n');
		assert.deepEqual(
			errors(imported.problems).map(([l]) => l),
			[1, 2, 3],
		);
	});

	test('CoNLL: BIO, IOB1 and BIOES; -DOCSTART- separates articles; the text is rebuilt with spaces', () => {
		const conll = [
			'-DOCSTART- -X- -X- O',
			'',
			'EU NNP B-NP B-ORG',
			'rejects VBZ B-VP O',
			'German JJ B-NP B-MISC',
			'call NN I-NP O',
			'. . O O',
			'',
			'-DOCSTART-\tO',
			'',
			'Ada\tI-PER',
			'Lind\tI-PER',
			'(\tO',
			'Oslo\tS-LOC',
			')\tO',
			"'s\tO",
			'New\tB-GPE',
			'York\tE-GPE',
			'city\tWRONG',
			'',
		].join('\n');
		const [first, second] = importConll('news', conll);
		assert.equal(first!.name, 'news-1');
		assert.equal(first!.text, 'EU rejects German call.');
		assert.equal(writeNews(first!).source, '[EU]{.org} rejects [German]{.misc} call.');
		assert.equal(second!.text, "Ada Lind (Oslo)'s New York city");
		assert.equal(writeNews(second!).source, "[Ada Lind]{.person} ([Oslo]{.place})'s [New York]{.place} city");
		assert.deepEqual(errors(second!.problems), [[19, '"WRONG" is no BIO tag (O, B-TYPE, I-TYPE): read as O.']]);
	});

	test('doccano: [[start, end, "TYPE"]] and {"start_offset", "end_offset", "label"} in code points; meta is the header', () => {
		const jsonl = [
			JSON.stringify({
				text: '😀 Ada in Oslo',
				label: [
					[2, 5, 'PER'],
					[9, 13, 'LOC'],
				],
				meta: { file: 'first', date: '2024-05-02' },
			}),
			'',
			JSON.stringify({ id: 7, text: 'Bo', entities: [{ id: 1, label: 'person', start_offset: 0, end_offset: 2 }] }),
			'not json',
			JSON.stringify({ label: [] }),
		].join('\n');
		const { articles, problems } = importDoccano('corpus', jsonl);
		assert.deepEqual(
			articles.map((a) => a.name),
			['first', 'corpus-7'],
		);
		assert.equal(writeNews(articles[0]!).source, '---\ndate: 2024-05-02\n---\n😀 [Ada]{.person} in [Oslo]{.place}');
		assert.equal(writeNews(articles[1]!).source, '[Bo]{.person}');
		assert.deepEqual(
			errors(problems).map(([l]) => l),
			[4, 5],
		);
	});

	test('Prodigy: spans in code points (UTF-16 when the spans say so), rejected answers skipped', () => {
		const jsonl = [
			JSON.stringify({ text: '😀 Ada', spans: [{ start: 2, end: 5, label: 'PERSON' }], answer: 'accept' }),
			JSON.stringify({ text: '😀 Ada', spans: [{ start: 3, end: 6, label: 'PERSON', text: 'Ada' }] }),
			JSON.stringify({ text: 'No', spans: [], answer: 'reject' }),
		].join('\n');
		const { articles, problems } = importProdigy('p', jsonl);
		assert.equal(articles.length, 2);
		for (const a of articles) assert.equal(writeNews(a).source, '😀 [Ada]{.person}');
		assert.ok(articles[1]!.problems.some((p) => /UTF-16/.test(p.message)));
		assert.deepEqual(
			problems.map((p) => [p.line, p.severity]),
			[[3, 'notice']],
		);
	});
});

suite('Interchange: writing .news', () => {
	test('escapes the markup characters, keeps CRLF, trims spans as Pandoc does and reports it', () => {
		const text = 'A [note] {x} \\ by  Ada Lind\r\nand Bo.\r\n';
		const written = writeNews({
			text,
			spans: [{ start: 17, end: 27, type: 'person', line: 4 }],
			header: { date: '2024-05-02', title: 'Ёрск [talks]' },
		});
		assert.equal(
			written.source,
			'---\r\ndate: 2024-05-02\r\ntitle: Ёрск [talks]\r\n---\r\nA \\[note\\] \\{x\\} \\\\ by  [Ada Lind]{.person}\r\nand Bo.\r\n',
		);
		assert.deepEqual(
			written.problems.map((p) => [p.line, p.severity]),
			[[4, 'notice']],
		);
		const parsed = parseNews(written.source);
		assert.equal(parsed.plainText, text);
		assert.equal(parsed.header.date?.day, '2024-05-02');
	});

	test('a text that would read as a header gets an empty front matter', () => {
		for (const text of ['date 2024-01-01 is no dateline here', '---\nnot front matter\n', '\ufeffBOM first']) {
			const written = writeNews({ text, spans: [] });
			assert.ok(written.source.startsWith('---\n---\n'), JSON.stringify(written.source));
			assert.equal(parseNews(written.source).plainText, text);
		}
	});

	test('spans over a blank line, empty spans and bad types are reported; identical spans keep their order (outer first)', () => {
		const text = 'Ada\n\nLind and Bo';
		const written = writeNews({
			text,
			spans: [
				{ start: 0, end: 9, type: 'person', line: 1 },
				{ start: 10, end: 10, type: 'person', line: 2 },
				{ start: 14, end: 16, type: '9lives', line: 3 },
				{ start: 14, end: 16, type: 'role', line: 4 },
				{ start: 14, end: 16, type: 'person', line: 5 },
			],
		});
		assert.equal(written.source, 'Ada\n\nLind and [[Bo]{.person}]{.role}');
		assert.deepEqual(
			errors(written.problems).map(([l]) => l),
			[1, 2, 3],
		);
	});

	test('text the parser reads as code or a citation is reported, never silently changed', () => {
		const written = writeNews({
			text: 'see `a[b` and @doe [Ada]',
			spans: [{ start: 20, end: 23, type: 'person', line: 1 }],
		});
		assert.ok(written.problems.some((p) => p.severity === 'error'));
	});
});
