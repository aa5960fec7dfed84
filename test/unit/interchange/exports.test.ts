import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportArticles } from '../../../server/src/node/interchange/exportArticles';
import { exportFormats, type ExportFormat, type Loss } from '../../../server/src/service/interchange';
import { exportTimeml } from '../../../server/src/service/interchange/timeml';
import { parseNews } from '../../../server/src/service/parse/document';
import { skipWithoutTimemlSchema, validateTimeml } from '../../helpers/xmllint';

const root = path.resolve(__dirname, '../../..');
const fixture = path.join(root, 'test/fixtures/interchange/customs-office.news');
const golden = path.join(root, 'test/fixtures/interchange/golden');
const update = process.env.ATTACHE_UPDATE_GOLDEN === '1';

const exportOf = (format: ExportFormat) => exportArticles({ format, paths: [fixture] });
const kinds = (losses: readonly Loss[]) => [...new Set(losses.map((l) => l.kind))].sort();

// The fixture is a fictional article written for these tests (nested spans, Cyrillic, emoji before annotations,
// an interval, a date without value, an id, an attribute, escaped brackets, a line break inside a paragraph), with
// its knowledge base (entities.yaml, one entry with a Wikidata id). ATTACHE_UPDATE_GOLDEN=1 rewrites the golden files.
suite('Interchange: exports of the fixture article (golden files)', () => {
	for (const format of exportFormats) {
		test(`${format}: the files are as the golden ones`, () => {
			const outcome = exportOf(format);
			assert.deepEqual(outcome.unreadable, []);
			for (const file of outcome.files) {
				const expected = path.join(golden, format, file.path);
				if (update) {
					mkdirSync(path.dirname(expected), { recursive: true });
					writeFileSync(expected, file.text);
				}
				assert.ok(
					existsSync(expected),
					`no golden file ${path.relative(root, expected)}: run with ATTACHE_UPDATE_GOLDEN=1 to write it`,
				);
				assert.equal(file.text, readFileSync(expected, 'utf8'), `${format}/${file.path}`);
			}
		});
	}

	test('each format says what it could not carry, and JSON loses nothing', () => {
		const lost = (format: ExportFormat) => kinds(exportOf(format).losses[0]!.losses);
		assert.deepEqual(lost('brat'), ['header']);
		assert.deepEqual(lost('conll'), ['attribute', 'header', 'id', 'nested', 'ref', 'value']);
		assert.deepEqual(lost('doccano'), ['attribute', 'id', 'ref', 'value']);
		assert.deepEqual(lost('prodigy'), ['attribute', 'id', 'ref', 'value']);
		assert.deepEqual(lost('timeml'), ['type', 'value']);
		assert.deepEqual(lost('json'), []);
		const nested = exportOf('conll').losses[0]!.losses.filter((l) => l.kind === 'nested');
		assert.deepEqual(
			nested.map((l) => l.message.split(' lies')[0]),
			['"Velmora" (.place)', '"Ostrava Minor" (.place)'],
		);
	});

	test('brat counts code points: the emoji before an annotation shifts its offsets by one, not two', () => {
		const { files } = exportOf('brat');
		const txt = files.find((f) => f.path.endsWith('.txt'))!.text;
		const ann = files.find((f) => f.path.endsWith('.ann'))!.text;
		const points = [...txt];
		for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
			const [, spec, written] = line.split('\t') as [string, string, string];
			const fragments = spec
				.split(' ')
				.slice(1)
				.join(' ')
				.split(';')
				.map((f) => f.split(' ').map(Number) as [number, number]);
			assert.equal(fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), written, line);
		}
		assert.match(ann, /^T4\tperson 39 53\tIria Castellan$/m);
		// In UTF-16 (the JSON export) the same name starts at 40: 🤝 is two units.
		const json = JSON.parse(exportOf('json').files[0]!.text);
		assert.deepEqual([json.annotations[3].start, json.annotations[3].text], [40, 'Iria Castellan']);
	});

	test('brat: N lines to Wikidata where the knowledge base has an id, and to the knowledge base; notes for values and attributes', () => {
		const ann = exportOf('brat').files.find((f) => f.path.endsWith('.ann'))!.text;
		assert.match(ann, /^N\d+\tReference T5 Wikidata:Q4115189\tVelmora$/m);
		assert.match(ann, /^N\d+\tReference T5 entities:velmora\tVelmora$/m);
		assert.match(ann, /^#\d+\tAnnotatorNotes T7\tnote="opened in 2024"$/m);
		assert.match(ann, /^T9\tplace 118 131\tOstrava Minor$/m);
		const conf = exportOf('brat').files.find((f) => f.path === 'annotation.conf')!.text;
		assert.match(conf, /^\[entities\]\nperson\norg\nplace\ndate\nrole\n/m);
		assert.match(conf, /<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain\|equal/);
	});

	test('TimeML: the article date as CREATION_TIME, intervals as DURATION with their points, dates resolved', () => {
		const tml = exportOf('timeml').files[0]!.text;
		assert.match(
			tml,
			/<TIMEX3 tid="t0" type="DATE" value="2024-11-05" temporalFunction="false" functionInDocument="CREATION_TIME">/,
		);
		assert.match(
			tml,
			/<TIMEX3 tid="t3" type="DURATION" value="P3Y" beginPoint="t4" endPoint="t5">2025 to 2027<\/TIMEX3>/,
		);
		// The date without a value is resolved against the article date.
		assert.match(tml, /<TIMEX3 tid="t6" type="DATE" value="2025-SP">spring<\/TIMEX3>/);
	});

	test('TimeML is valid against the TimeML schema', function () {
		skipWithoutTimemlSchema(this);
		const result = validateTimeml(exportOf('timeml').files[0]!.text);
		assert.ok(result.valid, result.output);
	});

	const crlfTimeml = () =>
		exportTimeml({
			name: 'crlf',
			document: parseNews(
				'date 2025-03-01 On [3 March]{.date value=2025-03-01} & <b>\u0007\r\nnext [week]{.date}.\r\n',
			),
		});

	test('TimeML of a CRLF article with a character XML cannot hold: escaped, replaced, and said so', () => {
		const result = crlfTimeml();
		assert.match(result.files[0]!.text, /&amp; &lt;b&gt;\ufffd&#13;\nnext/);
		assert.deepEqual(kinds(result.losses), ['character', 'value']);
	});

	test('TimeML of a CRLF article with a character XML cannot hold is valid against the schema', function () {
		skipWithoutTimemlSchema(this);
		const result = validateTimeml(crlfTimeml().files[0]!.text);
		assert.ok(result.valid, result.output);
	});
});
