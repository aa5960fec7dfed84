import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(__dirname, '../..');
let bundled: string | undefined;

/** The CLI as it ships: bundled by esbuild the way scripts/build.mjs bundles it (once per test run). */
export function cliBundle(): string {
	if (bundled) return bundled;
	const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
	const out = path.join(mkdtempSync(path.join(tmpdir(), 'attache-cli-')), 'cli.js');
	buildSync({ entryPoints: [path.join(root, 'server/src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, define: { ATTACHE_VERSION: JSON.stringify(version) }, logLevel: 'error' });
	return (bundled = out);
}

/** Runs `attache ARGS` in `cwd`. */
export function attache(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8' });
}
