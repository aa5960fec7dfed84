import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAttacheService, type AttacheService, type RecognizedEntity } from '../../../server/src/service';
import { parseNews } from '../../../server/src/service/parse/document';
import { Recognizer } from '../../../server/src/service/recognize/recognizer';
import { none, settings } from '../../helpers/service';

/**
 * The recognizer keeps its scratch memory and caches per service (README of recognize/, "State between calls"): two
 * services in one process, recognizing different articles interleaved, find exactly what each finds alone.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The project's own articles, English and Russian. */
const OWN = ['samples', 'test/fixtures/e2e'];
/** More articles, read at run time when ../shared is beside the repository (their text is not the project's). */
const SHARED = ['eval/ieer.dev.jsonl', 'eval/re3d.dev.jsonl', 'eval/ru-nerel.dev.jsonl'].map((f) =>
	path.resolve(ROOT, '..', 'shared', f),
);
const PER_SHARED_FILE = 12;

interface Article {
	readonly name: string;
	readonly text: string;
	readonly date: string | undefined;
}

function newsFiles(dir: string): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) =>
			e.isDirectory() ? newsFiles(path.join(dir, e.name)) : e.name.endsWith('.news') ? [path.join(dir, e.name)] : [],
		)
		.sort();
}

function articles(): Article[] {
	const out: Article[] = [];
	for (const file of OWN.flatMap((d) => newsFiles(path.join(ROOT, d)))) {
		const parsed = parseNews(fs.readFileSync(file, 'utf8'));
		if (parsed.plainText.trim())
			out.push({ name: path.relative(ROOT, file), text: parsed.plainText, date: parsed.header.date?.day });
	}
	for (const file of SHARED) {
		if (!fs.existsSync(file)) continue;
		const rows = fs
			.readFileSync(file, 'utf8')
			.split('\n')
			.filter((l) => l.trim())
			.slice(0, PER_SHARED_FILE)
			.map((l) => JSON.parse(l) as { id: string; text: string; dct?: string });
		for (const r of rows) out.push({ name: r.id, text: r.text, date: r.dct?.slice(0, 10) });
	}
	return out;
}

const on = settings({ suggestions: true });
const newService = (): AttacheService => createAttacheService({ getSettings: () => on });
const run = (s: AttacheService, a: Article): RecognizedEntity[] =>
	s.recognizeText(a.text, a.date === undefined ? {} : { date: a.date }, none);

suite('Recognizer: two services in one process', () => {
	const all = articles();
	// one service reads them in order, the other backwards: each meets the other's words in between its own
	const first = all.filter((_, i) => i % 2 === 0);
	const second = all.filter((_, i) => i % 2 === 1).reverse();

	test('the articles are English and Russian', () => {
		assert.ok(all.length >= 10, `${all.length} articles`);
		assert.ok(all.some((a) => /[а-я]{4}/.test(a.text)) && all.some((a) => !/[а-я]/.test(a.text)));
	});

	test('interleaved, each service finds what it finds alone, article by article', () => {
		const aloneService = newService();
		const aloneFirst = first.map((a) => run(aloneService, a));
		const aloneService2 = newService();
		const aloneSecond = second.map((a) => run(aloneService2, a));
		const a = newService();
		const b = newService();
		const gotFirst: RecognizedEntity[][] = [];
		const gotSecond: RecognizedEntity[][] = [];
		for (let i = 0; i < Math.max(first.length, second.length); i++) {
			if (i < first.length) gotFirst.push(run(a, first[i]!));
			if (i < second.length) gotSecond.push(run(b, second[i]!));
		}
		for (let i = 0; i < first.length; i++) assert.deepEqual(gotFirst[i], aloneFirst[i], first[i]!.name);
		for (let i = 0; i < second.length; i++) assert.deepEqual(gotSecond[i], aloneSecond[i], second[i]!.name);
		assert.ok(
			aloneFirst.some((found) => found.length > 0),
			'something found',
		);
	});

	test('a service finds in an article what a fresh service finds, whatever it read before', () => {
		const warm = newService();
		for (const a of all) run(warm, a);
		for (const a of [...all].reverse()) assert.deepEqual(run(warm, a), run(newService(), a), a.name);
	});

	test('two recognizers share the data loaded once, never their scratch memory', () => {
		const [one, two] = [new Recognizer(), new Recognizer()];
		assert.equal(one.names.table, two.names.table);
		assert.equal(one.russian.lists, two.russian.lists);
		assert.notEqual(one.names.recent, two.names.recent);
		assert.notEqual(one.names.wordScores, two.names.wordScores);
		assert.notEqual(one.dates.endsAfter, two.dates.endsAfter);
		assert.notEqual(one.russian.stems, two.russian.stems);
	});
});
