// The extensionTestsPath module: runs the mocha suite inside the extension host and writes a result file.
import * as fs from 'fs';
import * as path from 'path';
import { runMocha } from './runMocha';

export function run(): Promise<void> {
	const out = process.env.ATTACHE_E2E_RESULT || path.join(__dirname, 'result.json');
	const files = fs
		.readdirSync(__dirname)
		.sort()
		.filter((f) => f.endsWith('.test.js'));
	return runMocha(
		files.map((f) => path.join(__dirname, f)),
		out,
	);
}
