// The extensionTestsPath module: runs the mocha suite inside the extension host and writes a result file.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
	const out = process.env.ATTACHE_E2E_RESULT || path.join(__dirname, 'result.json');
	const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
	for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
	return new Promise((resolve, reject) => {
		const results: { title: string; state: string; err?: string }[] = [];
		const runner = mocha.run((failures) => {
			const passes = results.filter((r) => r.state === 'passed').length;
			fs.writeFileSync(out, JSON.stringify({ failures, passes, results, vscodeVersion: vscode.version, node: process.version }, null, 1));
			if (failures) reject(new Error(`${failures} tests failed`));
			else resolve();
		});
		runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
		runner.on('fail', (t, e: unknown) => results.push({ title: t.fullTitle(), state: 'failed', err: String(e instanceof Error ? e.stack ?? e : e) }));
	});
}
