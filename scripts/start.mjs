// `npm start`: opens the sample articles in a VS Code with the extension loaded: the local `code` (with this folder as
// the extension under development) when it is installed, else the offline code-server (installed on first use) on
// 127.0.0.1 with the packaged extension installed in it, and prints the URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageExtension } from './package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stateDir = path.join(root, '.vscode-test');
mkdirSync(stateDir, { recursive: true });

const folders = [{ name: 'samples', path: path.join(root, 'samples') }];
const workspaceFile = path.join(stateDir, 'attache-samples.code-workspace');
writeFileSync(
	workspaceFile,
	JSON.stringify(
		{ folders, settings: { 'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never' } },
		null,
		2,
	),
);

const hasCode =
	spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0 && !process.env.ATTACHE_USE_CODE_SERVER;
if (hasCode) {
	spawn('code', ['--extensionDevelopmentPath', root, workspaceFile], { stdio: 'inherit', detached: true }).unref();
	console.log(`Opened VS Code with Attache loaded from ${root}.`);
} else {
	const codeServer = path.join(stateDir, 'cs/node_modules/.bin/code-server');
	if (!existsSync(codeServer)) {
		console.log('VS Code (`code`) is not installed here: installing the offline code-server once (about a minute)...');
		const r = spawnSync('bash', [path.join(root, '.ci/install-code-server.sh')], { stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
	const port = process.env.PORT || '8080';
	const data = path.join(stateDir, 'start');
	for (const dir of ['extensions', 'user-data']) mkdirSync(path.join(data, dir), { recursive: true });
	// code-server loads a development path only with a test payload: install the packaged extension instead.
	const vsix = path.join(stateDir, 'attache.vsix');
	const pack = packageExtension(vsix);
	if (!pack.ok) {
		console.error(`Packaging the extension failed:\n${pack.output}`);
		process.exit(1);
	}
	const install = spawnSync(
		codeServer,
		[
			'--extensions-dir',
			path.join(data, 'extensions'),
			'--user-data-dir',
			path.join(data, 'user-data'),
			'--install-extension',
			vsix,
			'--force',
		],
		{ encoding: 'utf8' },
	);
	if (install.status !== 0) {
		console.error(`Installing the extension into code-server failed:\n${install.stdout}${install.stderr}`);
		process.exit(1);
	}
	const server = spawn(
		codeServer,
		[
			'--auth',
			'none',
			'--bind-addr',
			`127.0.0.1:${port}`,
			'--disable-telemetry',
			'--disable-update-check',
			'--disable-workspace-trust',
			'--user-data-dir',
			path.join(data, 'user-data'),
			'--extensions-dir',
			path.join(data, 'extensions'),
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	let printed = false;
	server.stdout.on('data', (chunk) => {
		const m = /HTTP server listening on (http:\/\/\S+?)\/?\s/.exec(String(chunk));
		if (!m || printed) return;
		printed = true;
		console.log(
			`\nAttache is running in code-server. Open this address in a browser:\n\n  ${m[1]}/?workspace=${encodeURIComponent(workspaceFile)}\n\nPress Ctrl+C to stop.`,
		);
	});
	server.on('exit', (code) => process.exit(code ?? 0));
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}
