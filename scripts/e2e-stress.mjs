// Runs the real-editor suite (test/e2e/run.js) several times in a row while stress-ng keeps every core busy, as a
// loaded CI machine would: the suite waits on events, so load may slow it down but must not fail it.
// Usage: node scripts/e2e-stress.mjs [runs, default 3]; stress-ng is stopped at the end, whatever happens.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const runs = Number(process.argv[2] ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
	console.error('Give the number of runs, such as: node scripts/e2e-stress.mjs 3');
	process.exit(2);
}
if (spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).error) {
	console.error('stress-ng is not installed: install it with `apt-get install -y stress-ng` (as root).');
	process.exit(2);
}

const cores = availableParallelism();
// Its own timeout too, in case this script is killed before it can stop it.
const stress = spawn('stress-ng', ['--cpu', String(cores), '--timeout', `${runs * 20}m`], {
	stdio: 'ignore',
	detached: true,
});
const stopStress = () => {
	if (stress.exitCode !== null || stress.signalCode !== null) return;
	try {
		process.kill(-stress.pid, 'SIGTERM'); // stress-ng and its workers
	} catch {}
};
process.on('exit', stopStress);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const runSuite = () =>
	new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(process.execPath, ['test/e2e/run.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (d) => {
			out += d;
			process.stdout.write(d);
		});
		child.on('exit', (code) => {
			const m = /e2e: (\d+) passed, (\d+) failed/.exec(out);
			resolve({ code, passed: m ? +m[1] : 0, failed: m ? +m[2] : NaN, seconds: (Date.now() - started) / 1000 });
		});
	});

const results = [];
try {
	console.log(`stress-ng --cpu ${cores} is running; ${runs} runs of the real-editor suite follow.`);
	for (let i = 1; i <= runs; i++) {
		const r = await runSuite();
		results.push(r);
		console.log(`run ${i}/${runs}: ${r.passed} passed, ${r.failed} failed, ${r.seconds.toFixed(0)} s (exit ${r.code})`);
	}
} finally {
	stopStress();
}
console.log('under stress-ng on every core:');
results.forEach((r, i) =>
	console.log(`  run ${i + 1}: ${r.passed} passed, ${r.failed} failed, ${r.seconds.toFixed(0)} s`),
);
process.exit(results.every((r) => r.code === 0 && r.failed === 0 && r.passed > 0) ? 0 : 1);
