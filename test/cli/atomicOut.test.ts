import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AtomicFile, writeFileAtomic } from '../../server/src/node/atomicWrite';
import { attache, cliBundle } from '../helpers/cli';

// `--out FILE` writes into a temporary file beside FILE and renames it once complete: until then, and after a
// failure, FILE is the old one, whole.
const temp = () => mkdtempSync(path.join(tmpdir(), 'attache-out-'));

suite('CLI: --out writes atomically', function () {
	this.timeout(60_000);
	suiteSetup(() => void cliBundle());

	test('until the commit the old file stays in place, whole; the commit puts the new one in one step', () => {
		const dir = temp();
		const target = path.join(dir, 'out.jsonl');
		writeFileSync(target, 'old 🤝\n');
		const file = new AtomicFile(target);
		file.write('{"id":1}\n');
		file.write('{"id":2,"text":"Лавров"}');
		assert.equal(readFileSync(target, 'utf8'), 'old 🤝\n');
		assert.equal(readdirSync(dir).length, 2, 'the temporary file is beside the target');
		file.commit();
		assert.equal(readFileSync(target, 'utf8'), '{"id":1}\n{"id":2,"text":"Лавров"}');
		assert.deepEqual(readdirSync(dir), ['out.jsonl']);
	});

	test('an aborted write leaves the old file and no temporary file', () => {
		const dir = temp();
		const target = path.join(dir, 'a.news');
		writeFileSync(target, 'old\r\n');
		const file = new AtomicFile(target);
		file.write('half of the new');
		file.abort();
		assert.deepEqual([readFileSync(target, 'utf8'), readdirSync(dir)], ['old\r\n', ['a.news']]);
		writeFileAtomic(target, 'new\r\n');
		assert.deepEqual([readFileSync(target, 'utf8'), readdirSync(dir)], ['new\r\n', ['a.news']]);
	});

	test('annotate --out may name its own input: the file is annotated in place', () => {
		const dir = temp();
		const file = path.join(dir, 'raw.news');
		writeFileSync(file, 'date 2025-01-22 Foreign Minister Ada Lindqvist arrived in Moscow on May 9.\r\n');
		const r = attache(dir, 'annotate', '--out', 'raw.news', 'raw.news');
		assert.deepEqual([r.status, r.stdout, r.stderr], [0, '', '']);
		assert.equal(
			readFileSync(file, 'utf8'),
			'date 2025-01-22 [Foreign Minister]{.role} [Ada Lindqvist]{.person} arrived in [Moscow]{.place} on [May 9]{.date value=2025-05-09}.\r\n',
		);
		assert.deepEqual(readdirSync(dir), ['raw.news']);
	});

	test('an --out in a folder that does not exist is a clear error before any work, exit 2', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'raw.news'), 'Ada Lindqvist\n');
		const r = attache(dir, 'annotate', '--out', 'no/such/out.news', 'raw.news');
		assert.deepEqual(
			[r.status, r.stdout, r.stderr],
			[2, '', 'attache: cannot write no/such/out.news: no such file or folder\n'],
		);
	});

	test('recognize --jsonl --out FILE: the results in FILE, the bad lines on stderr, exit 1', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'out.jsonl'), 'the results of yesterday\n');
		const input = '{"id":"a","text":"Ada Lindqvist arrived in Moscow."}\nnot json\n';
		const r = spawnSync(process.execPath, [cliBundle(), 'recognize', '--jsonl', '--out', 'out.jsonl'], {
			cwd: dir,
			input,
			encoding: 'utf8',
		});
		assert.equal(r.status, 1);
		assert.equal(r.stdout, '');
		assert.match(r.stderr, /^attache: line 2: not JSON /);
		assert.deepEqual(
			readFileSync(path.join(dir, 'out.jsonl'), 'utf8')
				.split('\n')
				.filter(Boolean)
				.map((l) => JSON.parse(l).id),
			['a'],
		);
		assert.deepEqual(readdirSync(dir), ['out.jsonl']);
	});

	test('import --force replaces an existing article whole', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'one.txt'), 'Ada Lindqvist met Лавров.');
		writeFileSync(path.join(dir, 'one.ann'), 'T1\tPER 0 13\tAda Lindqvist\n');
		const news = path.join(dir, 'news');
		assert.equal(attache(dir, 'import', '--from', 'brat', '--out', 'news', '.').status, 0);
		writeFileSync(path.join(dir, 'one.ann'), 'T1\tPER 18 24\tЛавров\n');
		const r = attache(dir, 'import', '--from', 'brat', '--out', 'news', '--force', '.');
		assert.equal(r.status, 0, r.stderr);
		assert.deepEqual(
			[readFileSync(path.join(news, 'one.news'), 'utf8'), readdirSync(news)],
			['Ada Lindqvist met [Лавров]{.person}.', ['one.news']],
		);
	});
});
