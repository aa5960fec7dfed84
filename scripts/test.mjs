// `npm test`: every check, in order, with one closing line that sums the tests of all stages.
//   type check (tsc -b), lint (ESLint), format (Prettier), unused code (knip), build (esbuild), unit + CLI + LSP + Pandoc tests (mocha),
//   grammar tests (vscode-tmgrammar-test), the real-editor suite in code-server (test/e2e/run.js), then the README's
//   commands as a user runs them: `npm start` in code-server (test/e2e/start.js) and the .vsix of `npm run package`
//   installed into code-server (test/e2e/installed.js).
// `npm test -- --no-e2e` leaves out the real-editor suite (for a quick run while working).
import { spawnSync } from 'node:child_process';

const skipE2e = process.argv.includes('--no-e2e');
let passed = 0;
let failed = 0;
const stages = [];

function run(name, command, args, count) {
	const started = Date.now();
	console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
	const r = spawnSync(command, args, {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
	process.stdout.write(r.stdout ?? '');
	process.stderr.write(r.stderr ?? '');
	const ok = r.status === 0;
	const counts = count ? count(`${r.stdout}\n${r.stderr}`) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
	if (!ok && counts.failed === 0) counts.failed = 1; // a stage that crashed counts as a failure
	passed += counts.passed;
	failed += counts.failed;
	stages.push(
		`${ok ? 'ok  ' : 'FAIL'} ${name} (${counts.passed} passed, ${counts.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
	);
	return ok;
}

const mochaCounts = (out) => ({
	passed: +(/(\d+) passing/.exec(out)?.[1] ?? 0),
	failed: +(/(\d+) failing/.exec(out)?.[1] ?? 0),
});
const grammarCounts = (out) => ({
	passed: (out.match(/^\s*✓/gm) ?? []).length,
	failed: (out.match(/^\s*✗/gm) ?? []).length,
});
const driverCounts = (label) => (out) => {
	const m = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(out);
	return m ? { passed: +m[1], failed: +m[2] } : { passed: 0, failed: 1 };
};
const e2eCounts = driverCounts('e2e');

// code-server, Chromium, pandoc, xmllint and GNU parallel: installed once (Debian packages with apt-get, code-server from npm).
if (!skipE2e) run('install test tools', 'bash', ['.ci/install-code-server.sh']);
run('type check', 'npx', ['tsc', '-b']);
run('lint', 'npx', ['eslint', '.']);
run('format (Prettier; `npm run format` writes it)', 'npx', ['prettier', '--check', '.']);
run('unused exports, files and dependencies (knip)', 'npx', ['knip', '--include', 'exports,files,dependencies']);
const built = run('build', 'node', ['scripts/build.mjs']);
run('unit, CLI, LSP and Pandoc tests', 'npx', ['mocha'], mochaCounts);
run('grammar tests', 'npx', ['vscode-tmgrammar-test', 'test/grammar/**/*.news'], grammarCounts);
if (!skipE2e) {
	if (built) {
		run('real-editor tests (code-server)', 'node', ['test/e2e/run.js'], e2eCounts);
		run('npm start in code-server, as the README says', 'node', ['test/e2e/start.js'], driverCounts('start'));
		run(
			'npm run package, the .vsix installed into code-server',
			'node',
			['test/e2e/installed.js'],
			driverCounts('installed'),
		);
	} else {
		failed++;
		stages.push('FAIL real-editor tests: not run, the build failed');
	}
}

console.log('\n=== summary');
for (const s of stages) console.log(s);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
