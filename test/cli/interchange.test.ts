import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { attache, cliBundle } from '../helpers/cli';
import { VERSION_A, VERSION_B } from '../helpers/agreementVersions';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures');
const temp = () => mkdtempSync(path.join(tmpdir(), 'attache-ix-'));
const DIAGNOSTIC_LINE = /^[^\s:][^:]*:\d+:\d+: (error|warning|info|hint) attache\.[a-z-]+ \S.*$/;

suite('CLI: attache check, export, import, stats, agree', function () {
	this.timeout(60_000);
	suiteSetup(() => void cliBundle());

	test('check: every diagnostic as file:line:col: severity code message; exit 1 on errors', () => {
		const r = attache(path.join(fixtures, 'e2e'), 'check', 'broken.news');
		assert.equal(r.status, 1, r.stderr);
		const lines = r.stdout.trimEnd().split('\n');
		for (const line of lines) assert.match(line, DIAGNOSTIC_LINE);
		assert.ok(
			lines.includes(
				'broken.news:4:18: error attache.unknown-type Unknown type `.persn`: did you mean `.person`? Known types: .person, .org, .place, .date, .role. Further types can be declared in the setting attache.customTypes.',
			),
			r.stdout,
		);
		// The entities.yaml next to the article is checked too.
		assert.match(r.stderr, /^2 files checked: [1-9]\d* errors?, \d+ warnings?\n$/);
	});

	test('check: exit 0 without errors (warnings and hints do not fail), on folders too', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'a.news'), 'No date here, [Ada]{.person} and an unclosed [bracket.\r\n');
		const r = attache(dir, 'check', '.');
		assert.equal(r.status, 0, r.stdout + r.stderr);
		assert.match(r.stdout, /^a\.news:1:1: hint attache\.no-article-date /m);
		assert.match(r.stdout, /^a\.news:1:46: warning attache\.unclosed-bracket /m);
		const clean = attache(fixtures, 'check', 'interchange');
		assert.equal(clean.status, 0, clean.stdout + clean.stderr);
		assert.equal(clean.stdout, '');
		assert.match(clean.stderr, /2 files checked: 0 errors, 0 warnings/);
	});

	test('check --format json; a malformed entities.yaml is checked too; usage and unreadable files exit 2', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'a.news'), '---\ndate: 2024-01-01\n---\n[Ada]{.persn}\n');
		writeFileSync(path.join(dir, 'entities.yaml'), 'Bad Id:\n  type: person\n');
		const r = attache(dir, 'check', '--format', 'json', '.');
		assert.equal(r.status, 1);
		const out = JSON.parse(r.stdout) as {
			file: string;
			line: number;
			column: number;
			severity: string;
			code: string;
		}[];
		assert.deepEqual(
			out.map((d) => [d.file, d.line, d.column, d.severity, d.code]),
			[
				['entities.yaml', 1, 1, 'error', 'attache.knowledge-base-syntax'],
				['a.news', 4, 7, 'error', 'attache.unknown-type'],
			],
		);
		assert.equal(attache(dir, 'check').status, 2);
		assert.equal(attache(dir, 'check', '--format', 'xml', '.').status, 2);
		const missing = attache(dir, 'check', 'nope.news');
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^attache: cannot read nope\.news: no such file or folder\n/);
	});

	test('export: brat into a folder, CoNLL to standard output with its losses on stderr; usage errors exit 2', () => {
		const out = temp();
		const brat = attache(fixtures, 'export', '--format', 'brat', '--out', out, 'interchange');
		assert.equal(brat.status, 0, brat.stderr);
		for (const f of ['customs-office.txt', 'customs-office.ann', 'annotation.conf', 'visual.conf'])
			assert.ok(existsSync(path.join(out, f)), f);
		assert.match(brat.stderr, /brat standoff could not carry 1 header \(in 1 of 1 article\)/);
		const conll = attache(fixtures, 'export', '--format', 'conll', 'interchange/customs-office.news');
		assert.equal(conll.status, 0);
		assert.equal(
			conll.stdout,
			readFileSync(path.join(fixtures, 'interchange/golden/conll/customs-office.conll'), 'utf8'),
		);
		assert.match(
			conll.stderr,
			/^interchange\/customs-office\.news:7:239: lost: "Velmora" \(\.place\) lies inside "Velmora–Ostrava Minor Customs Office" \(\.org\)/m,
		);
		assert.match(
			conll.stderr,
			/CoNLL-2003 BIO could not carry 1 header, 6 refs, 3 date values, 1 id, 1 attribute, 2 nested spans/,
		);
		const noOut = attache(fixtures, 'export', '--format', 'brat', 'interchange');
		assert.equal(noOut.status, 2);
		assert.match(noOut.stderr, /give a folder with --out DIR/);
		assert.equal(attache(fixtures, 'export', '--format', 'timeml', 'e2e').status, 2);
		assert.equal(attache(fixtures, 'export', '--format', 'conll').status, 2);
	});

	test('export of several articles into one JSONL, one line each', () => {
		const dir = temp();
		mkdirSync(path.join(dir, 'more'));
		writeFileSync(path.join(dir, 'more/b.news'), '[Ada]{.persn} 😀 [Bo]{.person}\n');
		writeFileSync(path.join(dir, 'a.news'), '[Oslo]{.place}\n');
		const r = attache(
			dir,
			'export',
			'--format',
			'doccano',
			'.',
			path.join(fixtures, 'interchange/customs-office.news'),
		);
		assert.equal(r.status, 1, 'more/b.news has an error');
		assert.match(r.stderr, /^attache: more\/b\.news has errors: run 'attache check more\/b\.news' to list them$/m);
		const rows = r.stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { text: string; label: [number, number, string][]; meta: { file: string } });
		assert.deepEqual(
			rows.map((x) => x.meta.file),
			['a', 'more/b', 'customs-office'],
		);
		assert.deepEqual(rows[1]!.label, [
			[0, 3, 'persn'],
			[6, 8, 'person'],
		]);
	});

	test('import: brat back to .news; existing files are kept unless --force; one article to standard output', () => {
		const exported = temp();
		assert.equal(attache(fixtures, 'export', '--format', 'brat', '--out', exported, 'interchange').status, 0);
		const into = temp();
		const r = attache(exported, 'import', '--from', 'brat', '--out', into, '.');
		assert.equal(r.status, 0, r.stderr);
		const body = readFileSync(path.join(fixtures, 'interchange/customs-office.news'), 'utf8').split('---\n')[2];
		assert.equal(readFileSync(path.join(into, 'customs-office.news'), 'utf8'), body);
		writeFileSync(path.join(into, 'customs-office.news'), 'mine');
		const again = attache(exported, 'import', '--from', 'brat', '--out', into, '.');
		assert.equal(again.status, 1);
		assert.match(again.stderr, /exists and was kept: import into another folder, or add --force to overwrite it/);
		assert.equal(readFileSync(path.join(into, 'customs-office.news'), 'utf8'), 'mine');
		assert.equal(attache(exported, 'import', '--from', 'brat', '--out', into, '--force', '.').status, 0);
		assert.equal(readFileSync(path.join(into, 'customs-office.news'), 'utf8'), body);
		const stdout = attache(exported, 'import', '--from', 'brat', 'customs-office.ann');
		assert.equal(stdout.stdout, body);
	});

	test('import: what cannot be expressed is reported with its line, and the exit status is 1', () => {
		const dir = temp();
		writeFileSync(path.join(dir, 'a.txt'), 'Ada Lind met Bo.\n');
		writeFileSync(
			path.join(dir, 'a.ann'),
			'T1\tperson 0 8\tAda Lind\nT2\tperson 4 12\tLind met\nT3\tperson 0 3;13 15\tAda Bo\n',
		);
		const r = attache(dir, 'import', '--from', 'brat', 'a.ann');
		assert.equal(r.status, 1);
		assert.equal(r.stdout, '[Ada Lind]{.person} met Bo.\n');
		assert.match(r.stderr, /^a\.ann:3: not imported: T3 is discontinuous/m);
		assert.match(
			r.stderr,
			/^a\.ann:2: not imported: The person span "Lind met" crosses the person span "Ada Lind" \(line 1\)/m,
		);
		assert.equal(attache(dir, 'import', '--from', 'xml', 'a.ann').status, 2);
		assert.equal(attache(dir, 'import', '--from', 'brat', 'missing.ann').status, 2);
	});

	test('stats: entities per type, top entities, suggestions left', () => {
		const r = attache(fixtures, 'stats', 'interchange');
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /^1 article, 14 annotations$/m);
		assert.match(r.stdout, /^place +4 +3 +1$/m);
		assert.match(r.stdout, /^ {2}Iria Castellan \(iria-castellan\) +person +2 +1$/m);
		assert.match(r.stdout, /^Suggestions left: /m);
		const json = JSON.parse(attache(fixtures, 'stats', '--format', 'json', '--top', '2', 'interchange').stdout);
		assert.equal(json.top.length, 2);
		assert.equal(json.types.find((t: { type: string }) => t.type === 'date').annotations, 4);
	});

	test('agree: two folders (kappa as computed by hand), an article only on one side makes the status 1', () => {
		const dir = temp();
		mkdirSync(path.join(dir, 'ana'));
		mkdirSync(path.join(dir, 'ben'));
		writeFileSync(path.join(dir, 'ana/talks.news'), VERSION_A);
		writeFileSync(path.join(dir, 'ben/talks.news'), VERSION_B);
		const same = attache(dir, 'agree', 'ana', 'ben');
		assert.equal(same.status, 0, same.stderr);
		assert.match(same.stdout, /Cohen's kappa over 11 tokens: 0\.457/);
		const column = (text: string, needle: string) => text.split('\n')[3]!.indexOf(needle) + 1;
		assert.match(
			same.stdout,
			new RegExp(
				`^ana/talks\\.news:4:${column(VERSION_A, '[Oslo]')}: type: "Oslo": place in A, org in B \\(B: ben/talks\\.news:4:${column(VERSION_B, '[Oslo]')}\\)$`,
				'm',
			),
		);
		writeFileSync(path.join(dir, 'ana/extra.news'), 'x');
		const json = attache(dir, 'agree', '--format', 'json', 'ana', 'ben');
		assert.equal(json.status, 1);
		const out = JSON.parse(json.stdout);
		assert.ok(Math.abs(out.kappa.value - 37 / 81) < 1e-12);
		assert.deepEqual(out.skipped, [{ name: 'extra', reason: 'only in A (ana)' }]);
		assert.equal(attache(dir, 'agree', 'ana').status, 2);
	});

	test('agree --rev: two revisions of a git repository, or a revision and the files on disk', function () {
		if (spawnSync('git', ['--version']).error) this.skip();
		const dir = temp();
		const git = (...args: string[]) =>
			assert.equal(spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).status, 0, args.join(' '));
		git('init', '-q');
		git('config', 'user.email', 'test@example.invalid');
		git('config', 'user.name', 'Test');
		mkdirSync(path.join(dir, 'corpus'));
		writeFileSync(path.join(dir, 'corpus/talks.news'), VERSION_A);
		git('add', '.');
		git('commit', '-qm', 'A');
		writeFileSync(path.join(dir, 'corpus/talks.news'), VERSION_B);
		git('commit', '-qam', 'B');
		const r = attache(dir, 'agree', '--rev', 'HEAD~1', 'HEAD', 'corpus');
		assert.equal(r.status, 0, r.stderr);
		assert.match(
			r.stdout,
			/^Agreement of B \(revision HEAD of corpus\) with A \(revision HEAD~1 of corpus\): 1 article compared$/m,
		);
		assert.match(r.stdout, /Cohen's kappa over 11 tokens: 0\.457/);
		const may = VERSION_A.split('\n')[3]!.indexOf('[May 3]') + 1;
		assert.match(
			r.stdout,
			new RegExp(`^HEAD~1:corpus/talks\\.news:4:${may}: only in A: "May 3" \\(date\\) only in A`, 'm'),
		);
		cpSync(path.join(dir, 'corpus/talks.news'), path.join(dir, 'corpus/copy.news'));
		const worktree = attache(path.join(dir, 'corpus'), 'agree', '--rev', 'HEAD', 'WORKTREE');
		assert.equal(worktree.status, 1, 'copy.news is only on disk');
		assert.match(worktree.stdout, /No disagreements\./);
		const bad = attache(dir, 'agree', '--rev', 'no-such-rev', 'HEAD');
		assert.equal(bad.status, 2);
		assert.match(bad.stderr, /'no-such-rev' is no revision of the repository/);
	});
});
