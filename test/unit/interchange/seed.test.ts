import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportArticles } from '../../../server/src/node/interchange/exportArticles';
import {
	importBrat,
	importDoccano,
	importProdigy,
	writeNews,
	type ExportFormat,
} from '../../../server/src/service/interchange';
import { parseNews } from '../../../server/src/service/parse/document';
import { parseKnowledgeBase } from '../../../server/src/service/workspace/knowledgeBase';
import { validateTimeml } from '../../helpers/xmllint';

const root = path.resolve(__dirname, '../../..');
const seed = path.resolve(root, '../shared/corpus/lavrov-kulubayev-2025-01-22.news');
const present = existsSync(seed);

// The seed article lives in ../shared/corpus and is never copied into the repository: these tests read it there
// and skip, saying so, when it is absent.
suite('Interchange: the seed article (../shared/corpus), in every format', function () {
	suiteSetup(function () {
		if (!present) {
			console.log(`note: ${seed} is absent, so the exports of the seed article are not tested`);
			this.skip();
		}
	});
	const source = () => readFileSync(seed, 'utf8');
	const parsed = () => parseNews(source());
	const files = (format: ExportFormat) => {
		const outcome = exportArticles({ format, paths: [seed] });
		assert.deepEqual(outcome.unreadable, []);
		return { outcome, text: (suffix: string) => outcome.files.find((f) => f.path.endsWith(suffix))!.text };
	};

	test('brat: the plain text, a T line per annotation whose code-point offsets give its text; back to .news byte for byte', () => {
		const { text, outcome } = files('brat');
		const document = parsed();
		assert.equal(text('.txt'), document.plainText);
		const t = text('.ann')
			.split('\n')
			.filter((l) => l.startsWith('T'));
		assert.equal(t.length, document.annotations.length);
		const points = [...document.plainText];
		for (const line of t) {
			const [, spec, written] = line.split('\t') as [string, string, string];
			const [s, e] = spec.split(' ').slice(1).map(Number) as [number, number];
			assert.equal(points.slice(s, e).join(''), written);
		}
		// Wikidata ids come from the knowledge base next to the article, when it gives one.
		const kb = parseKnowledgeBase(
			'file:///seed/entities.yaml',
			readFileSync(path.join(path.dirname(seed), 'entities.yaml'), 'utf8'),
		);
		const withWikidata = document.annotations.filter(
			(a) => a.ref && kb.entries.find((e) => e.id === a.ref)?.wikidata,
		).length;
		assert.equal(
			text('.ann')
				.split('\n')
				.filter((l) => /^N\d+\tReference T\d+ Wikidata:Q\d+\t/.test(l)).length,
			withWikidata,
		);
		assert.deepEqual(
			outcome.losses[0]!.losses.map((l) => l.kind),
			['header'],
		);
		const back = writeNews(importBrat('seed', text('.txt'), text('.ann'), kb.entries));
		assert.deepEqual(back.problems, []);
		assert.equal(back.source, source().slice(document.bodyStart));
	});

	test('CoNLL: every token of the text, tagged; one B- per annotation of the outer layer; the nested and refs reported', () => {
		const { text, outcome } = files('conll');
		const document = parsed();
		const lines = text('.conll').split('\n');
		assert.equal(lines[0], '-DOCSTART-\tO');
		const tokens = lines
			.filter((l) => l.includes('\t') && l !== '-DOCSTART-\tO')
			.map((l) => l.split('\t') as [string, string]);
		assert.equal(tokens.map(([tok]) => tok).join(''), document.plainText.replace(/\s+/g, ''));
		const nested = outcome.losses[0]!.losses.filter((l) => l.kind === 'nested').length;
		assert.equal(tokens.filter(([, tag]) => tag.startsWith('B-')).length, document.annotations.length - nested);
		assert.equal(
			outcome.losses[0]!.losses.filter((l) => l.kind === 'ref').length,
			document.annotations.filter((a) => a.ref).length,
		);
	});

	test('doccano and Prodigy: one line with the text and every span (code points); back to the same spans', () => {
		const document = parsed();
		const expected = document.annotations.map((a) => `${a.plainStart}:${a.plainEnd}:${a.type}`).sort();
		for (const [format, read] of [
			['doccano', importDoccano],
			['prodigy', importProdigy],
		] as const) {
			const { text } = files(format);
			const line = JSON.parse(text('.jsonl')) as {
				text: string;
				label?: unknown[];
				spans?: unknown[];
				meta: Record<string, unknown>;
			};
			assert.equal(line.text, document.plainText);
			assert.equal((line.label ?? line.spans)!.length, document.annotations.length);
			assert.equal(line.meta.date, '2025-01-22');
			const { articles } = read('seed', text('.jsonl'));
			const back = parseNews(writeNews(articles[0]!).source);
			assert.equal(back.plainText, document.plainText, format);
			assert.deepEqual(back.annotations.map((a) => `${a.plainStart}:${a.plainEnd}:${a.type}`).sort(), expected, format);
		}
	});

	test('TimeML: valid against the schema; a TIMEX3 per date, the article date as CREATION_TIME', () => {
		const tml = files('timeml').text('.tml');
		const result = validateTimeml(tml);
		assert.ok(result.valid, result.output);
		const dates = parsed().annotations.filter((a) => a.type === 'date');
		const consuming = [...tml.matchAll(/<TIMEX3 [^>]*[^/]>([^<]*)<\/TIMEX3>/g)].map((m) => m[1]);
		assert.deepEqual(consuming, ['2025-01-22', ...dates.map((d) => d.text)]);
		assert.match(tml, /functionInDocument="CREATION_TIME">2025-01-22</);
		// The TEXT element holds the plain text exactly, once its markup and character references are read.
		const inner = /<TEXT>([\s\S]*)<\/TEXT>/.exec(tml)![1]!.replace(/<[^>]+>/g, '');
		const unescaped = inner.replace(
			/&(quot|lt|gt|#13|amp);/g,
			(_, e: string) => ({ quot: '"', lt: '<', gt: '>', '#13': '\r', amp: '&' })[e]!,
		);
		assert.equal(unescaped, parsed().plainText);
	});

	test('JSON: every annotation, with refs and the knowledge-base entries they name', () => {
		const json = JSON.parse(files('json').text('.json'));
		const document = parsed();
		assert.equal(json.annotations.length, document.annotations.length);
		assert.equal(json.articleDate, '2025-01-22');
		for (const a of json.annotations) assert.equal(json.text.slice(a.start, a.end), a.text);
		const refs = new Set(document.annotations.flatMap((a) => (a.ref ? [a.ref] : [])));
		for (const id of Object.keys(json.entities)) assert.ok(refs.has(id), id);
	});
});
