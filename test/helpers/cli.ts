import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(__dirname, '../..');
let bundled: string | undefined;

/**
 * The CLI as it ships: bundled by esbuild the way scripts/build.mjs bundles it (once per test run), with the language
 * server's bundle beside it (server.js, which `attache lsp` loads).
 */
export function cliBundle(): string {
	if (bundled) return bundled;
	const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
	const dir = mkdtempSync(path.join(tmpdir(), 'attache-cli-'));
	const options = {
		bundle: true,
		platform: 'node',
		format: 'cjs',
		define: { ATTACHE_VERSION: JSON.stringify(version) },
		logLevel: 'error',
	} as const;
	buildSync({
		...options,
		entryPoints: [path.join(root, 'server/src/node/main.ts')],
		outfile: path.join(dir, 'server.js'),
	});
	buildSync({
		...options,
		entryPoints: [path.join(root, 'server/src/cli/main.ts')],
		outfile: path.join(dir, 'cli.js'),
	});
	return (bundled = path.join(dir, 'cli.js'));
}

/** Runs `attache ARGS` in `cwd`. */
export function attache(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8' });
}
