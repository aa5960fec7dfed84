import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cliBundle } from '../helpers/cli';

// The README's "Large corpora": GNU parallel splits the input into blocks of lines, runs `attache recognize --jsonl`
// on each, and joins the outputs in input order. That must give, byte for byte, what one run over the whole gives.
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

/** A generated corpus: varied sentences (Cyrillic, emoji, CRLF, blank lines, one bad line), a few thousand lines. */
function corpus(): string {
	const names = ['Ada Lindqvist', 'Ines Carvalho', 'Marta Oyelaran', 'Сергей Лавров', 'Jean-Paul Okafor'];
	const places = ['Moscow', 'Geneva', 'Bishkek', 'Вена', 'Riverland'];
	const lines: string[] = [];
	for (let i = 0; i < 2500; i++) {
		const name = names[i % names.length]!;
		const place = places[(i * 7) % places.length]!;
		const text = `${i % 3 ? '🤝 ' : ''}Foreign Minister ${name} arrived in ${place} on May ${(i % 28) + 1}, ${i % 11 ? 'two days after' : 'ahead of'} talks with the United Nations.`;
		lines.push(
			JSON.stringify(i % 4 ? { id: `doc-${i}`, text, date: '2025-01-22' } : { id: i, text }) +
				(i % 5 === 0 ? '\r' : ''),
		);
		if (i % 97 === 0) lines.push('');
	}
	lines.splice(1234, 0, 'this line is not JSON');
	return lines.join('\n') + '\n';
}

suite('CLI: recognize --jsonl through GNU parallel', function () {
	suiteSetup(function () {
		if (!hasParallel && !process.env.CI) {
			console.log(
				'    (skipped: GNU parallel is not on the PATH; `apt-get install -y parallel`, or `npm test`, installs it)',
			);
			this.skip();
		}
	});

	test('split into blocks by parallel --pipe --keep-order, the output is byte-identical to one whole run', function () {
		assert.ok(
			hasParallel,
			'GNU parallel is not on the PATH: install it with `apt-get install -y parallel` (npm test installs it in its install stage)',
		);
		this.timeout(120_000);
		const input = path.join(mkdtempSync(path.join(tmpdir(), 'attache-parallel-')), 'corpus.jsonl');
		writeFileSync(input, corpus());
		const cli = cliBundle();
		const whole = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" recognize --jsonl < "${input}"`], {
			encoding: 'utf8',
			maxBuffer: 1 << 28,
		});
		const split = spawnSync(
			'sh',
			[
				'-c',
				`parallel --pipe --keep-order -N 1000 -j 2 "${process.execPath}" "${cli}" recognize --jsonl --first-line '{= $_=($job->seq()-1)*1000+1 =}' < "${input}"`,
			],
			{ encoding: 'utf8', maxBuffer: 1 << 28 },
		);
		assert.equal(whole.status, 1, whole.stderr);
		assert.equal(split.status, 1, split.stderr);
		assert.equal(whole.stdout.split('\n').length - 1, 2500);
		assert.ok(whole.stdout === split.stdout, 'the outputs differ');
		// With --first-line from the job's number, the bad line is named by its line in the whole file.
		assert.match(whole.stderr, /^attache: line 1235: not JSON /);
		assert.match(split.stderr, /^attache: line 1235: not JSON /m);
	});
});
