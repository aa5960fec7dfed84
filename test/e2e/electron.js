// The same real-editor suite with @vscode/test-electron, on machines that can download VS Code: the fixture
// workspace with the whole suite, then each activation workspace (test/fixtures/e2e-activation) in a VS Code of its own.
const path = require('path');
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');
const { activationResult, makeActivationWorkspaces, makeWorkspace, root } = require('./workspace');

(async () => {
	const tmp = path.join(root, '.vscode-test', 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	const workspace = makeWorkspace(tmp);
	const result = path.join(fs.mkdtempSync(path.join(tmp, 'electron-')), 'result.json');
	const phases = [
		{ folder: workspace, tests: 'out/e2e/index.js', result },
		...makeActivationWorkspaces(tmp).map((folder) => ({
			folder,
			tests: 'out/e2e/activation.js',
			result: activationResult(result, folder),
		})),
	];
	let passes = 0;
	let failures = 0;
	for (const phase of phases) {
		try {
			await runTests({
				version: process.env.VSCODE_VERSION || '1.100.3',
				extensionDevelopmentPath: root,
				extensionTestsPath: path.join(root, phase.tests),
				launchArgs: [phase.folder, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
				extensionTestsEnv: { ATTACHE_E2E_RESULT: result },
			});
		} catch (e) {
			console.error(`the real-editor suite failed in ${path.basename(phase.folder)}: ${e}`);
			process.exitCode = 1;
		}
		if (!fs.existsSync(phase.result)) {
			failures++;
			continue;
		}
		const r = JSON.parse(fs.readFileSync(phase.result, 'utf8'));
		for (const t of r.results)
			console.log(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.err ? '\n     ' + t.err : ''}`);
		console.log(`VS Code ${r.vscodeVersion}, extension host ${r.node}`);
		passes += r.passes;
		failures += r.failures;
	}
	console.log(`e2e: ${passes} passed, ${failures} failed`);
	if (failures) process.exitCode = 1;
})();
