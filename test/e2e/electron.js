// The same real-editor suite with @vscode/test-electron, on machines that can download VS Code.
const path = require('path');
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');
const { makeWorkspace, root } = require('./workspace');

(async () => {
	const tmp = path.join(root, '.vscode-test', 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	const workspace = makeWorkspace(tmp);
	const result = path.join(fs.mkdtempSync(path.join(tmp, 'electron-')), 'result.json');
	try {
		await runTests({
			version: process.env.VSCODE_VERSION || '1.100.3',
			extensionDevelopmentPath: root,
			extensionTestsPath: path.join(root, 'out/e2e/index.js'),
			launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
			extensionTestsEnv: { ATTACHE_E2E_RESULT: result },
		});
	} catch (e) {
		console.error(`the real-editor suite failed: ${e}`);
		process.exitCode = 1;
	}
	if (fs.existsSync(result)) {
		const r = JSON.parse(fs.readFileSync(result, 'utf8'));
		for (const t of r.results) console.log(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.err ? '\n     ' + t.err : ''}`);
		console.log(`VS Code ${r.vscodeVersion}, extension host ${r.node}`);
		console.log(`e2e: ${r.passes} passed, ${r.failures} failed`);
	}
})();
