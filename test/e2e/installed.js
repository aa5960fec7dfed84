// Runs the checks of the installed extension (out/e2e/installed.js: installed.spec and the walkthrough test) the way
// users get it: `npm run package` writes the .vsix, `code-server --install-extension` installs it into an empty
// extensions folder, and code-server opens the fixture workspace with no extension under development, so every
// feature the tests see comes from the package. Prints `installed: N passed, N failed`.
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const fs = require('fs');
const { launchChromium } = require('./chromium');
const { makeWorkspace, root } = require('./workspace');

const T = path.join(root, '.vscode-test');
const CS = process.env.CODE_SERVER || path.join(T, 'cs/node_modules/.bin/code-server');
if (!fs.existsSync(CS)) {
	console.error(`code-server is not installed at ${CS}: run 'bash .ci/install-code-server.sh' first.`);
	process.exit(2);
}
fs.mkdirSync(path.join(T, 'tmp'), { recursive: true });
const data = fs.mkdtempSync(path.join(T, 'tmp', 'installed-'));
const result = path.join(data, 'result.json');
const exts = path.join(data, 'exts');
const vsix = path.join(data, 'attache.vsix');

function step(what, command, args) {
	const r = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
	if (r.status === 0) return;
	console.error(`${what} failed (${[command, ...args].join(' ')}):\n${r.stdout}${r.stderr}`);
	console.log('installed: 0 passed, 1 failed');
	process.exit(1);
}
step('npm run package', 'npm', ['run', 'package', '--', '-o', vsix]);
step('installing the .vsix', CS, [
	'--extensions-dir',
	exts,
	'--user-data-dir',
	path.join(data, 'ud'),
	'--install-extension',
	vsix,
]);

const workspace = makeWorkspace(data);
// VS Code runs extension tests only beside an extension under development: an empty one of another id stands in, so
// that attache.attache is the one installed from the .vsix.
const host = path.join(data, 'test-host');
fs.mkdirSync(host);
fs.writeFileSync(
	path.join(host, 'package.json'),
	JSON.stringify({ name: 'attache-test-host', publisher: 'attache', version: '0.0.0', engines: { vscode: '*' } }),
);
const env = {
	...process.env,
	HOME: data,
	TMPDIR: path.join(T, 'tmp'),
	XDG_CONFIG_HOME: data + '/config',
	XDG_DATA_HOME: data + '/share',
	XDG_CACHE_HOME: data + '/cache',
	ATTACHE_E2E_RESULT: result,
	ATTACHE_E2E_EXTENSIONS_DIR: exts,
};
Object.assign(process.env, { HOME: data, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME });
const server = spawn(
	CS,
	[
		'--auth',
		'none',
		'--bind-addr',
		'127.0.0.1:0',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--user-data-dir',
		data + '/ud',
		'--extensions-dir',
		exts,
		'--ignore-last-opened',
	],
	{ env, stdio: ['ignore', 'pipe', 'pipe'] },
);
const log = fs.createWriteStream(path.join(data, 'server.log'));
server.stdout.pipe(log);
server.stderr.pipe(log);
let browser;
let finished = false;

async function finish(code, why) {
	if (finished) return;
	finished = true;
	try {
		await browser?.close();
	} catch {}
	server.kill();
	const r = fs.existsSync(result) ? JSON.parse(fs.readFileSync(result, 'utf8')) : null;
	if (!r) {
		console.error(`no result file (${why}); logs in ${data}`);
		console.log('installed: 0 passed, 1 failed');
		process.exit(code || 1);
	}
	for (const t of r.results)
		console.log(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.err ? '\n     ' + t.err : ''}`);
	console.log(`installed: ${r.passes} passed, ${r.failures} failed`);
	process.exit(r.failures || !r.passes ? code || 1 : 0);
}
setTimeout(() => finish(2, 'timeout'), +(process.env.E2E_TIMEOUT_MS || 120000));
server.on('exit', (c) => finish(3, 'code-server exited ' + c));

(async () => {
	const base = await new Promise((resolve) => {
		let buf = '';
		server.stdout.on('data', (d) => {
			buf += d;
			const m = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(buf);
			if (m) resolve(m[1]);
		});
	});
	const authority = new URL(base).host;
	browser = await launchChromium();
	const page = await browser.newPage();
	await page.exposeFunction('codeAutomationLog', (type, args) => {
		if (process.env.E2E_VERBOSE) console.log('[ext]', type, ...args);
	});
	await page.exposeFunction('codeAutomationExit', (code) => void finish(code, 'exit ' + code));
	// Only the tests are loaded from the checkout; the extension is the one installed from the .vsix.
	const payload = JSON.stringify([
		['extensionDevelopmentPath', `vscode-remote://${authority}${host}`],
		['extensionTestsPath', `vscode-remote://${authority}${path.join(root, 'out/e2e/installed.js')}`],
		['skipWelcome', 'true'],
	]);
	await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
})().catch((e) => {
	console.error(e);
	void finish(4, 'driver error');
});
