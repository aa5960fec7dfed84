// The extensionTestsPath module of the activation workspaces (test/fixtures/e2e-activation, opened by run.js in
// windows of their own): runs activation.spec.js and writes its result beside ATTACHE_E2E_RESULT, by folder name.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
	const folder = vscode.workspace.workspaceFolders?.[0];
	const result = process.env.ATTACHE_E2E_RESULT || path.join(__dirname, 'result.json');
	// The same name as activationResult in test/e2e/workspace.js.
	const out = path.join(path.dirname(result), `result-${folder ? path.basename(folder.uri.fsPath) : 'no-folder'}.json`);
	const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
	mocha.addFile(path.join(__dirname, 'activation.spec.js'));
	return new Promise((resolve, reject) => {
		const results: { title: string; state: string; err?: string }[] = [];
		const runner = mocha.run((failures) => {
			const passes = results.filter((r) => r.state === 'passed').length;
			fs.writeFileSync(out, JSON.stringify({ failures, passes, results, vscodeVersion: vscode.version, node: process.version }, null, 1));
			if (failures) reject(new Error(`${failures} tests failed`));
			else resolve();
		});
		runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
		runner.on('fail', (t, e: unknown) => results.push({ title: t.fullTitle(), state: 'failed', err: String(e instanceof Error ? (e.stack ?? e) : e) }));
	});
}
