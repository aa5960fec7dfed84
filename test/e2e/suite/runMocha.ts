// Runs mocha files inside the extension host and writes their result file (read by test/e2e/run.js and electron.js).
import * as fs from 'fs';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function runMocha(files: readonly string[], out: string): Promise<void> {
	// Tests wait on events; the timeout is a safety net, generous for a loaded machine (the waits have their own).
	// ATTACHE_E2E_GREP runs only the tests whose full title matches (while working on one feature).
	const grep = process.env.ATTACHE_E2E_GREP;
	const mocha = new Mocha({ ui: 'tdd', timeout: 300_000, color: false, ...(grep ? { grep } : {}) });
	for (const f of files) mocha.addFile(f);
	return new Promise((resolve, reject) => {
		const results: { title: string; state: string; err?: string }[] = [];
		const runner = mocha.run((failures) => {
			const passes = results.filter((r) => r.state === 'passed').length;
			fs.writeFileSync(
				out,
				JSON.stringify({ failures, passes, results, vscodeVersion: vscode.version, node: process.version }, null, 1),
			);
			if (failures) reject(new Error(`${failures} tests failed`));
			else resolve();
		});
		runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
		runner.on('fail', (t, e: unknown) =>
			results.push({ title: t.fullTitle(), state: 'failed', err: String(e instanceof Error ? (e.stack ?? e) : e) }),
		);
	});
}
