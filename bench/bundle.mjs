// Bundles a TypeScript entry of the project for a benchmark (the same esbuild settings as the product).
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export function load(entry) {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'attache-bench-')), 'bundle.cjs');
	buildSync({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		outfile,
		logLevel: 'error',
	});
	return createRequire(import.meta.url)(outfile);
}
