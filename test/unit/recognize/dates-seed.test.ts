import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { findDates } from '../../../server/src/service/recognize/dates';

const repoRoot = path.resolve(__dirname, '../../..');
const seed = path.resolve(repoRoot, '../shared/corpus/lavrov-kulubayev-2025-01-22.txt');

suite('dates: the seed article from ../shared', () => {
	test('finds exactly January 22, 2025-2027 and May 9 with their values', function () {
		if (!existsSync(seed)) {
			console.log(`      (skipped: ${seed} is not there)`);
			this.skip();
		}
		const raw = readFileSync(seed, 'utf8');
		const dateline = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})\s*/.exec(raw);
		assert.ok(dateline, 'the article opens with a bare dateline');
		const body = raw.slice(dateline[0].length);
		const dates = findDates(body, dateline[1]).map((d) => `${body.slice(d.start, d.end)}=${d.value}`);
		assert.deepEqual(dates, ['January 22=2025-01-22', '2025-2027=2025/2027', 'May 9=2025-05-09']);
	});
});

suite('dates: the module is pure', () => {
	test('no Node built-ins, no vscode, no I/O in server/src/service/recognize/dates', () => {
		const dir = path.join(repoRoot, 'server/src/service/recognize/dates');
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
			const source = readFileSync(path.join(dir, file), 'utf8');
			for (const m of source.matchAll(/from\s+'([^']+)'|require\(\s*'([^']+)'\s*\)/g)) {
				const spec = m[1] ?? m[2] ?? '';
				assert.ok(spec.startsWith('.'), `${file} imports ${spec}`);
			}
			assert.ok(!/\b(?:process|globalThis|fetch|XMLHttpRequest)\b/.test(source), `${file} touches the environment`);
		}
	});
});
