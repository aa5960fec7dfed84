// Bundles the client (vscode external), the language server, the CLI and the webviews with esbuild.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	sourcemap: true,
	logLevel: 'warning',
	define: { ATTACHE_VERSION: JSON.stringify(version) },
};
/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals; one such character
 * makes Node read the whole bundle as two-byte text, which loads slower (a start-up cost of every `attache` run).
 * Escaped as \uXXXX they mean the same in a regular expression, a comment or an identifier.
 */
const asciiOnly = {
	name: 'ascii-only',
	setup(build) {
		build.onEnd((result) => {
			const file = build.initialOptions.outfile;
			if (result.errors.length || !file) return;
			const text = readFileSync(file, 'utf8');
			if (/[^\x00-\x7f]/.test(text))
				writeFileSync(
					file,
					text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
				);
		});
	},
};
const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	// The article preview's webview script: runs in the webview, not in Node.
	{ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', plugins: [asciiOnly] },
	{
		...common,
		entryPoints: ['server/src/cli/main.ts'],
		outfile: 'dist/cli.js',
		banner: { js: '#!/usr/bin/env node' },
		plugins: [asciiOnly],
	},
	// VS Code for the web (package.json "browser"): the extension in the browser's extension host, and the same
	// language server in a web worker.
	{
		bundle: true,
		platform: 'browser',
		target: 'es2022',
		format: 'cjs',
		sourcemap: true,
		logLevel: 'warning',
		entryPoints: ['client/src/browserExtension.ts'],
		outfile: 'dist/browser/extension.js',
		external: ['vscode'],
	},
	{
		bundle: true,
		platform: 'browser',
		target: 'es2022',
		format: 'iife',
		sourcemap: true,
		logLevel: 'warning',
		define: { ATTACHE_VERSION: JSON.stringify(version) },
		entryPoints: ['server/src/browser/main.ts'],
		outfile: 'dist/browser/server.js',
	},
	// The webviews of the corpus views: browser bundles with their libraries (cytoscape, vis-timeline) and styles, no CDN.
	{
		bundle: true,
		platform: 'browser',
		target: 'es2022',
		format: 'iife',
		minify: true,
		sourcemap: false,
		logLevel: 'warning',
		entryPoints: [
			'client/src/webviews/network.ts',
			'client/src/webviews/timeline.ts',
			'client/src/webviews/preview.ts',
		],
		outdir: 'dist/webviews',
	},
	{
		...common,
		entryPoints: readdirSync('test/e2e/suite')
			.filter((f) => f.endsWith('.ts'))
			.map((f) => `test/e2e/suite/${f}`),
		outdir: 'out/e2e',
		external: ['vscode', 'mocha'],
	},
];
if (watch) {
	for (const b of builds) await (await esbuild.context(b)).watch();
} else {
	await Promise.all(builds.map((b) => esbuild.build(b)));
}
