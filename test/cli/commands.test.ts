import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle } from '../helpers/cli';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => path.join(root, 'test/fixtures/e2e', name);
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

// The CLI as it ships (helpers/cli.ts bundles it, with the language server beside it).
let cli: string;
const attache = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

suite('CLI: attache', () => {
	suiteSetup(() => {
		cli = cliBundle();
	});

	test('--help and --version', () => {
		const help = attache('--help');
		assert.equal(help.status, 0);
		assert.match(help.stdout, /^Usage: attache <command>/);
		assert.match(help.stdout, /lsp --stdio/);
		assert.match(help.stdout, /export --format json FILE/);
		assert.deepEqual([attache('--version').status, attache('--version').stdout], [0, `${version}\n`]);
	});

	test('usage errors exit 2 with a message on stderr', () => {
		for (const args of [
			[],
			['frobnicate'],
			['export', 'x.news'],
			['export', '--format', 'xml', 'x.news'],
			['export', '--format', 'json'],
			['lsp'],
		]) {
			const r = attache(...args);
			assert.equal(r.status, 2, args.join(' '));
			if (args.length) assert.match(r.stderr, /^attache: .*\nRun 'attache --help' for usage\.\n$/, args.join(' '));
		}
	});

	test('export --format json: header, plain text, annotations with plain-text offsets', () => {
		const r = attache('export', '--format', 'json', fixture('ministers-meet.news'));
		assert.equal(r.status, 0, r.stderr);
		const out = JSON.parse(r.stdout);
		assert.deepEqual(out.header, {
			date: '2024-03-14',
			title: 'Alpine foreign ministers agree on a river commission',
			source: 'Attache Test Wire',
			place: 'Vienna',
		});
		assert.ok(out.text.startsWith('VIENNA, March 14. Foreign Minister Anna Lindqvist of Norland'));
		assert.deepEqual(out.annotations.slice(0, 4), [
			{ start: 0, end: 6, type: 'place', text: 'VIENNA', ref: 'vienna' },
			{ start: 8, end: 16, type: 'date', text: 'March 14', value: '2024-03-14' },
			{ start: 18, end: 34, type: 'role', text: 'Foreign Minister' },
			{ start: 35, end: 49, type: 'person', text: 'Anna Lindqvist', ref: 'anna-lindqvist' },
		]);
		const commission = out.annotations.find((a: { text: string }) => a.text === 'Danube Valley Commission');
		assert.deepEqual(commission.attributes, { note: 'founded 2024' });
		const nested = out.annotations.find((a: { text: string }) => a.text === 'Austrian');
		assert.equal(out.annotations[nested.parent].text, 'Austrian Foreign Ministry');
		for (const a of out.annotations) assert.equal(out.text.slice(a.start, a.end), a.text);
		// The fixture's knowledge base (entities.yaml next to it) does not know two of its refs: warnings, not errors.
		assert.deepEqual(
			out.diagnostics.map((d: { code: string; severity: number; range: { start: { line: number } } }) => [
				d.code,
				d.severity,
				d.range.start.line,
			]),
			[
				['attache.unknown-ref', 2, 6],
				['attache.unknown-ref', 2, 6],
				['attache.unknown-ref', 2, 8],
			],
		);
	});

	test('export exits 1 when the file has errors, and lists them as LSP diagnostics', () => {
		const r = attache('export', '--format=json', fixture('broken.news'));
		assert.equal(r.status, 1);
		const out = JSON.parse(r.stdout);
		assert.ok(
			out.diagnostics.some(
				(d: { code: string; severity: number; range: unknown }) =>
					d.code === 'attache.unknown-type' && d.severity === 1 && d.range,
			),
		);
	});

	test('export of an unreadable file exits 2', () => {
		const r = attache('export', '--format', 'json', path.join(root, 'no-such-file.news'));
		assert.equal(r.status, 2);
		assert.match(r.stderr, /cannot read .*no-such-file\.news: no such file/);
	});

	test('export keeps UTF-16 offsets for non-ASCII text', () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-')), 'ru.news');
		writeFileSync(file, 'date 2025-01-22 🇷🇺 [Лавров]{.person}\r\n');
		const out = JSON.parse(attache('export', '--format', 'json', file).stdout);
		assert.deepEqual(out.annotations, [{ start: 5, end: 11, type: 'person', text: 'Лавров' }]);
	});

	test('recognize --jsonl: one JSON object a line in, entities with UTF-16 offsets and sources out', () => {
		const input = [
			JSON.stringify({
				id: 'a',
				text: '🇳🇴 Foreign Minister Ada Lindqvist met officials in Moscow on May 9.',
				date: '2025-01-22',
			}),
			'',
			JSON.stringify({ id: 'b', text: 'Nothing here.' }),
		].join('\n');
		const r = spawnSync(process.execPath, [cli, 'recognize', '--jsonl'], { input, encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		const rows = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		assert.deepEqual(
			rows.map((x) => x.id),
			['a', 'b'],
		);
		assert.deepEqual(
			rows[0].entities.map((e: { start: number; end: number; type: string; text: string; value?: string }) => [
				e.type,
				e.text,
				e.value,
			]),
			[
				['role', 'Foreign Minister', undefined],
				['person', 'Ada Lindqvist', undefined],
				['place', 'Moscow', undefined],
				['date', 'May 9', '2025-05-09'],
			],
		);
		const text = JSON.parse(input.split('\n')[0]!).text as string;
		for (const e of rows[0].entities) {
			assert.equal(text.slice(e.start, e.end), e.text);
			assert.match(e.source, /^(knowledge-base|corpus|list|pattern|article|model|dates)$/);
		}
		assert.deepEqual(rows[1].entities, []);
	});

	test('recognize --jsonl: the canonical name of each name, in both languages; lang chooses the recognizer', () => {
		const input = [
			JSON.stringify({ id: 'en', text: 'Foreign Minister Ada Lindqvist spoke. Later Lindqvist left.' }),
			JSON.stringify({
				id: 'ru',
				text: 'Министр Игорь Смирнов прибыл в Москву. Смирнову показали город.\r\n🙂 Смирновым довольны.',
				date: '2025-01-22',
			}),
			JSON.stringify({ id: 'ru-declared', lang: 'ru', text: 'Trend: Igor Smirnov arrived.' }),
		].join('\n');
		const r = spawnSync(process.execPath, [cli, 'recognize', '--jsonl'], { input, encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		const rows = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		const names = (row: {
			entities: { type: string; text: string; name?: string }[];
		}): [string, string | undefined][] => row.entities.filter((e) => e.type !== 'date').map((e) => [e.text, e.name]);
		assert.deepEqual(names(rows[0]), [
			['Foreign Minister', 'Foreign Minister'],
			['Ada Lindqvist', 'Ada Lindqvist'],
			['Lindqvist', 'Ada Lindqvist'],
		]);
		const ru = names(rows[1]);
		assert.deepEqual(
			ru.filter(([t]) => t.startsWith('Смирнов')),
			[
				['Смирнову', 'Игорь Смирнов'],
				['Смирновым', 'Игорь Смирнов'],
			],
		);
		assert.ok(
			ru.some(([t, n]) => t === 'Москву' && n === 'Москва'),
			JSON.stringify(ru),
		);
		const text = JSON.parse(input.split('\n')[1]!).text as string;
		for (const e of rows[1].entities) assert.equal(text.slice(e.start, e.end), e.text);
		// the Russian lists know Trend, the English ones do not
		assert.ok(
			rows[2].entities.some((e: { text: string; source: string }) => e.text === 'Trend' && e.source === 'list'),
			JSON.stringify(rows[2].entities),
		);
	});

	test('recognize --jsonl: a line that is not JSON is named with its line number; the line before it keeps its result', () => {
		const r = spawnSync(process.execPath, [cli, 'recognize', '--jsonl'], {
			input: '{"id":1,"text":"x"}\nnot json\n',
			encoding: 'utf8',
		});
		assert.equal(r.status, 1);
		assert.equal(r.stdout, '{"id":1,"entities":[]}\n');
		assert.match(r.stderr, /^attache: line 2: not JSON \(/);
	});

	test('annotate: every suggestion becomes an annotation; --kb adds refs', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'attache-'));
		const file = path.join(dir, 'raw.txt');
		writeFileSync(
			file,
			'date 2025-01-22 Foreign Minister Ada Lindqvist arrived in Moscow on May 9. [Lindqvist]{.person} left.\n',
		);
		const kb = path.join(dir, 'kb.yaml');
		writeFileSync(kb, 'ada-lindqvist:\n  type: person\n  name: Ada Lindqvist\n');
		const plain = attache('annotate', file);
		assert.equal(plain.status, 0, plain.stderr);
		assert.equal(
			plain.stdout,
			'date 2025-01-22 [Foreign Minister]{.role} [Ada Lindqvist]{.person} arrived in [Moscow]{.place} on [May 9]{.date value=2025-05-09}. [Lindqvist]{.person} left.\n',
		);
		const linked = attache('annotate', '--kb', kb, file);
		assert.match(linked.stdout, /\[Ada Lindqvist\]\{\.person ref=ada-lindqvist\}/);
		assert.equal(attache('annotate').status, 2);
		assert.equal(attache('annotate', path.join(dir, 'missing.news')).status, 2);
	});

	test('lsp --stdio answers initialize', async () => {
		const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const body = JSON.stringify({
			jsonrpc: '2.0',
			id: 1,
			method: 'initialize',
			params: { processId: null, rootUri: null, capabilities: {} },
		});
		child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
		const reply = await new Promise<string>((resolve, reject) => {
			let buf = '';
			child.stdout.on('data', (d) => {
				buf += d;
				const m = /Content-Length: (\d+)\r\n\r\n/.exec(buf);
				if (m && Buffer.byteLength(buf.slice(m.index + m[0].length)) >= +m[1]!)
					resolve(buf.slice(m.index + m[0].length));
			});
			child.on('error', reject);
		});
		child.kill();
		const result = JSON.parse(reply).result;
		assert.equal(result.serverInfo.name, 'Attache');
		assert.equal(result.capabilities.hoverProvider, true);
	});
});
