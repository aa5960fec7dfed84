// Bundles the client (vscode external), the language server and the CLI with esbuild.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', define: { ATTACHE_VERSION: JSON.stringify(version) } };
const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	{ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
	{ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	{
		...common,
		entryPoints: readdirSync('test/e2e/suite').filter((f) => f.endsWith('.ts')).map((f) => `test/e2e/suite/${f}`),
		outdir: 'out/e2e',
		external: ['vscode', 'mocha'],
	},
];
if (watch) {
	for (const b of builds) await (await esbuild.context(b)).watch();
} else {
	await Promise.all(builds.map((b) => esbuild.build(b)));
}
