// `attache recognize --jsonl` over a generated corpus (about 4 MB, 10,000 articles): one process reading it all,
// against GNU parallel splitting it into blocks of 1000 and of 5000 lines for one job per core (the README's "Large corpora"),
// measured in the same run. Prints wall-clock MB/s of each, their ratio, and whether the outputs are byte-identical.
// Needs a built checkout (dist/cli.js: npm run build) and `parallel` (Debian: apt-get install -y parallel).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
if (spawnSync('parallel', ['--version']).status !== 0) {
	console.log('skipped: GNU parallel is not on the PATH (apt-get install -y parallel)');
	process.exit(0);
}

const names = ['Anna Lindqvist', 'Tomas Brenner', 'Ines Carvalho', 'Сергей Лавров', 'Marta Oyelaran'];
const places = ['Vienna', 'Moscow', 'Geneva', 'Bishkek', 'Norland'];
const lines = [];
for (let i = 0; lines.join('\n').length < 4_000_000 && i < 1e6; i++) {
	const text =
		`Foreign Minister ${names[i % 5]} met ${names[(i + 2) % 5]} in ${places[i % 5]} on March ${(i % 28) + 1}, where the Danube Valley ` +
		`Commission (DVC) discussed the treaty of 2019. The United Nations would meet again next Tuesday 🤝. ` +
		`${names[(i + 1) % 5].split(' ')[1]} told reporters in ${places[(i + 3) % 5]} that talks went well.`;
	lines.push(JSON.stringify({ id: i, text, date: '2024-03-14' }));
}
const input = path.join(mkdtempSync(path.join(os.tmpdir(), 'attache-bench-')), 'corpus.jsonl');
const body = lines.join('\n') + '\n';
writeFileSync(input, body);
const mb = Buffer.byteLength(body) / 1e6;
const jobs = os.availableParallelism?.() ?? os.cpus().length;

const run = (command) => {
	const t0 = process.hrtime.bigint();
	const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 30 });
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	if (r.status !== 0) throw new Error(`${command}: exit ${r.status}\n${r.stderr}`);
	return { ms, out: r.stdout };
};
const whole = run(`"${process.execPath}" "${cli}" recognize --jsonl < "${input}"`);
const rate = (ms) => (mb / (ms / 1000)).toFixed(2);
console.log(`recognize --jsonl on ${lines.length} articles (${mb.toFixed(1)} MB), ${jobs} cores`);
console.log(`  one process:              ${whole.ms.toFixed(0).padStart(6)} ms, ${rate(whole.ms)} MB/s`);
// Each job is a fresh process, whose first lines run slower than a warm one's (the JIT has not compiled the
// recognizer yet): larger blocks pay that once per more lines.
for (const n of [1000, 5000]) {
	const split = run(
		`parallel --pipe --keep-order -N ${n} -j ${jobs} "${process.execPath}" "${cli}" recognize --jsonl < "${input}"`,
	);
	const same = whole.out === split.out;
	console.log(
		`  parallel -N ${String(n).padEnd(5)} -j ${jobs}:   ${split.ms.toFixed(0).padStart(6)} ms, ${rate(split.ms)} MB/s, ${(whole.ms / split.ms).toFixed(2)}x one process; outputs ${same ? 'byte-identical' : 'DIFFER'}`,
	);
	if (!same) process.exitCode = 1;
}
console.log('  (wall clock: other work on the same cores slows every figure down)');
