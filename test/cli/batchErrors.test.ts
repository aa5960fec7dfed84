import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { attache, cliBundle } from '../helpers/cli';

// One file that cannot be read (or written) among many costs only itself: the others are processed, the problem is
// named on stderr, and the exit status is 1 at the end; 2 only when nothing at all could be read.
const temp = () => mkdtempSync(path.join(tmpdir(), 'attache-batch-'));
const ARTICLE = (who: string) =>
	`---\ndate: 2025-01-22\n---\n[${who}]{.person} met [Лавров]{.person} in [Moscow]{.place} 🤝.\r\n`;

/** A folder with two good articles, a.news and c.news. */
function corpus(): string {
	const dir = temp();
	writeFileSync(path.join(dir, 'a.news'), ARTICLE('Ada Lindqvist'));
	writeFileSync(path.join(dir, 'c.news'), ARTICLE('Ines Carvalho'));
	return dir;
}

suite('CLI: one bad file among many', function () {
	this.timeout(60_000);
	suiteSetup(() => void cliBundle());

	test('check: the readable articles are checked, the missing one named, exit 1; only missing ones exit 2', () => {
		const dir = corpus();
		writeFileSync(path.join(dir, 'c.news'), '---\ndate: 2025-01-22\n---\n[Ada]{.persn}\n');
		const r = attache(dir, 'check', 'a.news', 'b.news', 'c.news');
		assert.equal(r.status, 1);
		assert.match(r.stdout, /^c\.news:4:7: error attache\.unknown-type /m);
		assert.equal(
			r.stderr,
			'attache: cannot read b.news: no such file or folder\n2 files checked: 1 error, 0 warnings; 1 could not be read\n',
		);
		const clean = attache(dir, 'check', 'a.news', 'b.news');
		assert.deepEqual(
			[clean.status, clean.stdout, clean.stderr],
			[
				1,
				'',
				'attache: cannot read b.news: no such file or folder\n1 file checked: 0 errors, 0 warnings; 1 could not be read\n',
			],
		);
		assert.equal(attache(dir, 'check', 'b.news', 'd.news').status, 2);
	});

	test('stats: the readable articles are counted, exit 1', () => {
		const dir = corpus();
		const r = attache(dir, 'stats', '--format', 'json', 'a.news', 'missing', 'c.news');
		assert.equal(r.status, 1);
		const stats = JSON.parse(r.stdout) as { articles: number };
		assert.equal(stats.articles, 2);
		assert.equal(
			r.stderr,
			'attache: cannot read missing: no such file or folder\nattache: 1 file could not be read; the counts are of the other 2\n',
		);
	});

	test('export to standard output: the readable articles are exported, exit 1', () => {
		const dir = corpus();
		const r = attache(dir, 'export', '--format', 'conll', 'a.news', 'b.news', 'c.news');
		assert.equal(r.status, 1);
		assert.equal(r.stdout.match(/-DOCSTART-/g)?.length, 2);
		assert.match(r.stdout, /^Лавров\tB-person$/m);
		assert.equal(
			r.stderr,
			'attache: cannot read b.news: no such file or folder\nattache: CoNLL-2003 BIO could not carry 2 headers (in 2 of 2 articles)\nattache: 1 file could not be read; the other articles were exported\n',
		);
	});

	test('export --out: a file that cannot be written is named, the others are written, exit 1', () => {
		const dir = corpus();
		const out = path.join(dir, 'out');
		// A folder where a.json should go: it cannot be replaced by a file.
		mkdirSync(path.join(out, 'a.json'), { recursive: true });
		const r = attache(dir, 'export', '--format', 'json', '--out', 'out', '.');
		assert.equal(r.status, 1, r.stderr);
		assert.equal(JSON.parse(readFileSync(path.join(out, 'c.json'), 'utf8')).annotations[0].text, 'Ines Carvalho');
		assert.match(
			r.stderr,
			new RegExp(`^attache: cannot write ${path.join(out, 'a.json').replace(/[.\\/]/g, '\\$&')}: a folder$`, 'm'),
		);
		assert.match(r.stderr, /^attache: 1 file could not be read or written; the other articles were exported$/m);
		// No temporary file is left beside the ones written.
		assert.deepEqual(readdirSync(out).sort(), ['a.json', 'c.json']);
	});

	test('import: a brat .ann without its .txt is named, the other article is imported, exit 1', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'one.txt'), 'Ada Lindqvist met Лавров 🤝 in Moscow.');
		writeFileSync(path.join(dir, 'one.ann'), 'T1\tPER 0 13\tAda Lindqvist\nT2\tPER 18 24\tЛавров\n');
		writeFileSync(path.join(dir, 'two.ann'), 'T1\tPER 0 3\tAda\n');
		const r = attache(dir, 'import', '--from', 'brat', '--out', 'news', '.');
		assert.equal(r.status, 1, r.stderr);
		assert.equal(
			readFileSync(path.join(dir, 'news/one.news'), 'utf8'),
			'[Ada Lindqvist]{.person} met [Лавров]{.person} 🤝 in Moscow.',
		);
		assert.deepEqual(readdirSync(path.join(dir, 'news')), ['one.news']);
		assert.match(
			r.stderr,
			/^attache: cannot read .*two\.txt: no such file \(brat keeps the text of two\.ann there\)$/m,
		);
		assert.match(r.stderr, /^attache: wrote 1 article to news$/m);
	});

	test('import: a JSONL line that is no article is named with its line, the other lines are imported, exit 1', () => {
		const dir = temp();
		writeFileSync(
			path.join(dir, 'set.jsonl'),
			[
				JSON.stringify({ text: 'Ada met Лавров 🤝.', label: [[0, 3, 'PER']] }),
				'{oops',
				JSON.stringify({ text: 'In Moscow.', label: [[3, 9, 'LOC']] }),
			].join('\r\n') + '\r\n',
		);
		const r = attache(dir, 'import', '--from', 'doccano', '--out', 'news', 'set.jsonl');
		assert.equal(r.status, 1, r.stderr);
		assert.equal(readdirSync(path.join(dir, 'news')).length, 2);
		assert.match(r.stderr, /^set\.jsonl:2: not imported: /m);
	});
});
