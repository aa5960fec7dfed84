// `npm run package`: writes the extension's .vsix with @vscode/vsce, from the bundles in dist/ (`npm run build` first).
// The project has no public repository: the README's links are relative and stay so (VS Code shows the README from
// the installed extension's own folder, where docs/ and media/ are shipped), and no repository URL is needed.
// Usage: node scripts/package.mjs [-o FILE.vsix]; `npm start` calls packageExtension() for the code-server it opens.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsceArgs = ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository'];

/** Packages the extension into `out` (or vsce's default name); returns vsce's exit status and output. */
export function packageExtension(out) {
	const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
	const r = spawnSync(process.execPath, [vsce, ...vsceArgs, ...(out ? ['-o', out] : [])], {
		cwd: root,
		encoding: 'utf8',
	});
	return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const o = process.argv.indexOf('-o');
	const result = packageExtension(o > 0 ? process.argv[o + 1] : undefined);
	process.stdout.write(result.output);
	process.exitCode = result.ok ? 0 : 1;
}
