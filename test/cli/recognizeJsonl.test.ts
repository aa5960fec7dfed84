import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cliBundle } from '../helpers/cli';

// `attache recognize --jsonl` as it ships (helpers/cli.ts bundles it): a bad line costs only its own result.
const recognize = (input: string) =>
	spawnSync(process.execPath, [cliBundle(), 'recognize', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const WHAT_TO_DO = 'each line must be one JSON object with a "text" string';
const notJson = (line: string): string => {
	try {
		JSON.parse(line);
	} catch (e) {
		// The parser's own words (they differ between Node versions), as the CLI quotes them.
		return (e as Error).message;
	}
	throw new Error(`${line} is JSON`);
};
const ids = (stdout: string): unknown[] =>
	stdout
		.trimEnd()
		.split('\n')
		.filter(Boolean)
		.map((l) => (JSON.parse(l) as { id: unknown }).id);
const good = (id: number): string =>
	JSON.stringify({ id, text: `Foreign Minister Ada Lindqvist arrived in Moscow on May ${id}.`, date: '2025-01-22' });

suite('CLI: recognize --jsonl keeps the results of the good lines', () => {
	test('each kind of bad line is named on stderr with its line number and what to do; the others are written in order; exit 1', () => {
		const bad = [
			'not json',
			'[{"text":"a"}]',
			'"just a string"',
			'42',
			'null',
			'{"id":"x"}',
			'{"id":"y","text":7}',
			'{"id":"z","text":null}',
			'{"id":"w","text":"Moscow","date":20250122}',
			'{"text":"a"} trailing',
		];
		const lines = [good(1), ...bad.flatMap((b, i) => [b, good(i + 2)])];
		const r = recognize(lines.join('\n') + '\n');
		assert.equal(r.status, 1);
		assert.deepEqual(ids(r.stdout), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		assert.equal(
			r.stderr,
			[
				`attache: line 2: not JSON (${notJson('not json')}): ${WHAT_TO_DO}`,
				`attache: line 4: an array, not an object: ${WHAT_TO_DO}`,
				`attache: line 6: a string, not an object: ${WHAT_TO_DO}`,
				`attache: line 8: a number, not an object: ${WHAT_TO_DO}`,
				`attache: line 10: null, not an object: ${WHAT_TO_DO}`,
				`attache: line 12: no "text": ${WHAT_TO_DO}`,
				`attache: line 14: "text" is a number, not a string: ${WHAT_TO_DO}`,
				`attache: line 16: "text" is null, not a string: ${WHAT_TO_DO}`,
				'attache: line 18: "date" is a number: give the article date as a string, "YYYY-MM-DD", or leave it out',
				`attache: line 20: not JSON (${notJson('{"text":"a"} trailing')}): ${WHAT_TO_DO}`,
				'attache: 10 of 21 lines could not be read; the results of the other 11 were written',
				'',
			].join('\n'),
		);
	});

	test('the reported case: bad last lines do not cost the results before them', () => {
		const r = recognize([...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(good), 'oops', '{"id":11}'].join('\n'));
		assert.equal(r.status, 1);
		assert.deepEqual(ids(r.stdout), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
		assert.match(
			r.stderr,
			/^attache: line 10: not JSON .*\nattache: line 11: no "text": .*\nattache: 2 of 11 lines could not be read; the results of the other 9 were written\n$/,
		);
	});

	test('blank lines (also CRLF and white space) are skipped silently: exit 0, nothing on stderr', () => {
		const r = recognize(`\n${good(1)}\r\n\r\n   \n\t\r\n${good(2)}\r\n\n`);
		assert.deepEqual([r.status, r.stderr, ids(r.stdout)], [0, '', [1, 2]]);
	});

	test('CRLF line endings: the \\r is not part of the text, and line numbers count CRLF lines', () => {
		const crlf = recognize(`${good(1)}\r\nbad\r\n${good(3)}\r\n`);
		const lf = recognize(`${good(1)}\n${good(3)}\n`);
		assert.equal(crlf.status, 1);
		assert.equal(crlf.stdout, lf.stdout);
		assert.match(crlf.stderr, /^attache: line 2: not JSON /);
	});

	test('Cyrillic and emoji: offsets are UTF-16 units of the "text" string', () => {
		const text = '🇷🇺🤝 Министр Сергей Лавров встретился с Foreign Minister Ada Lindqvist в Moscow 🤝 on May 9.';
		// English names and dates in a text a third Cyrillic: "lang" keeps the English recognizer (the Russian one does not
		// read Latin names yet).
		const r = recognize(JSON.stringify({ id: 'ru', text, date: '2025-01-22', lang: 'en' }) + '\n');
		assert.equal(r.status, 0, r.stderr);
		const { entities } = JSON.parse(r.stdout) as {
			entities: { start: number; end: number; text: string; type: string }[];
		};
		assert.deepEqual(
			entities.filter((e) => e.type !== 'person' || e.text === 'Ada Lindqvist').map((e) => [e.type, e.text, e.start]),
			[
				['role', 'Foreign Minister', text.indexOf('Foreign')],
				['person', 'Ada Lindqvist', text.indexOf('Ada')],
				['place', 'Moscow', text.indexOf('Moscow')],
				['date', 'May 9', text.indexOf('May 9')],
			],
		);
		for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
	});

	test('a byte-order mark before the first line is not a bad line', () => {
		const r = recognize(`\ufeff${good(1)}\n`);
		assert.deepEqual([r.status, r.stderr, ids(r.stdout)], [0, '', [1]]);
	});

	test('a huge line (3 MB, many reads long) is read whole; a huge bad line is named without its text', () => {
		const filler = 'Лавров 🤝 talks. '.repeat(100_000);
		const text = `${filler}Foreign Minister Ada Lindqvist arrived in Moscow.`;
		const r = recognize(
			[JSON.stringify({ id: 'big', text, lang: 'en' }), `{"id":"cut","text":"${filler}`, good(3)].join('\n'),
		);
		assert.equal(r.status, 1);
		const rows = r.stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { id: string; entities: { start: number; text: string }[] });
		assert.deepEqual(
			rows.map((x) => x.id),
			['big', 3],
		);
		const ada = rows[0]!.entities.find((e) => e.text === 'Ada Lindqvist');
		assert.equal(ada?.start, text.indexOf('Ada Lindqvist'));
		assert.ok(r.stderr.length < 500, `stderr stays short: ${r.stderr.length} characters`);
		assert.match(r.stderr, /^attache: line 2: not JSON \(/);
	});

	test('exit status: 0 all good, 1 a bad line, 2 a usage error (and nothing read)', () => {
		assert.equal(recognize(good(1)).status, 0);
		assert.equal(recognize('').status, 0);
		assert.equal(recognize('x').status, 1);
		const usage = spawnSync(process.execPath, [cliBundle(), 'recognize', '--json'], {
			input: good(1),
			encoding: 'utf8',
		});
		assert.deepEqual([usage.status, usage.stdout], [2, '']);
		assert.match(
			usage.stderr,
			/^attache: recognize reads JSON lines: attache recognize --jsonl < input\.jsonl \(unexpected: --json\)\n/,
		);
	});

	test('a reader that goes away stops the command at once, quietly, with the status of SIGPIPE (141)', async () => {
		const child = spawn(process.execPath, [cliBundle(), 'recognize', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.stdin.on('error', () => undefined);
		child.stdin.write(`${good(1)}\n`);
		// The first result arrives; then the reader goes, like `| head -1` does.
		await new Promise((resolve) => child.stdout.once('data', resolve));
		// Only once our end of the pipe is closed does the command get more to write.
		const closed = new Promise((resolve) => child.stdout.once('close', resolve));
		child.stdout.destroy();
		await closed;
		child.stdin.end(`${good(2)}\n${good(3)}\n`);
		assert.equal(await exited, 141);
		assert.equal(stderr, '');
	});

	test('streams: the result of a line comes out before the input ends', async () => {
		const child = spawn(process.execPath, [cliBundle(), 'recognize', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		const seen = (id: number): Promise<void> =>
			new Promise((resolve, reject) => {
				const check = (): void => {
					if (ids(out).includes(id)) {
						child.stdout.off('data', onData);
						resolve();
					}
				};
				const onData = (d: Buffer): void => {
					out += d.toString('utf8');
					check();
				};
				child.stdout.on('data', onData);
				child.once('exit', () => reject(new Error(`exited before the result of ${id}: ${out}`)));
				check();
			});
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.stdin.write(`${good(1)}\nbad\n`);
		await seen(1);
		child.stdin.write(`${good(2)}\n`);
		await seen(2);
		child.stdin.end();
		assert.equal(await exited, 1);
		assert.deepEqual(ids(out), [1, 2]);
	});
});

suite("CLI: recognize --jsonl carries each entity's confidence", () => {
	test('"confidence": a number from 0 to 1 with at most 2 decimals, on names, roles and dates', () => {
		const r = recognize(good(9) + '\n');
		assert.equal(r.status, 0, r.stderr);
		const { entities } = JSON.parse(r.stdout) as { entities: { type: string; confidence: unknown }[] };
		assert.deepEqual([...new Set(entities.map((e) => e.type))].sort(), ['date', 'person', 'place', 'role']);
		for (const e of entities) {
			assert.equal(typeof e.confidence, 'number', JSON.stringify(e));
			const c = e.confidence as number;
			assert.ok(c > 0 && c <= 1 && Math.round(c * 100) === c * 100, JSON.stringify(e));
		}
	});
});
