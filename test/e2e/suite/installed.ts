// The extensionTestsPath module of the installed-extension run (test/e2e/installed.js): the .vsix that
// `npm run package` writes, installed into code-server as a user installs it, with no extension under development.
import * as path from 'path';
import { runMocha } from './runMocha';

export function run(): Promise<void> {
	const out = process.env.ATTACHE_E2E_RESULT || path.join(__dirname, 'result.json');
	return runMocha(
		['installed.spec.js', 'walkthrough.test.js'].map((f) => path.join(__dirname, f)),
		out,
	);
}
