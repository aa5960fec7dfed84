// Runs the real-editor suite (out/e2e, mocha inside the extension host) in code-server's bundled VS Code,
// driven by headless Chromium: the offline stand-in for @vscode/test-electron (see ../shared/e2e-recipe).
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const { launchChromium } = require('./chromium');
const { keyboardBridge } = require('./keyboard');
const { activationResult, makeActivationWorkspaces, makeWorkspace, root } = require('./workspace');

const T = path.join(root, '.vscode-test');
const CS = process.env.CODE_SERVER || path.join(T, 'cs/node_modules/.bin/code-server');
if (!fs.existsSync(CS)) {
	console.error(`code-server is not installed at ${CS}: run 'bash .ci/install-code-server.sh' first.`);
	process.exit(2);
}
fs.mkdirSync(path.join(T, 'tmp'), { recursive: true });
const data = fs.mkdtempSync(path.join(T, 'tmp', 'run-'));
const result = path.join(data, 'result.json');
const workspace = makeWorkspace(data);
// The windows the tests run in, one after the other in the same page: the fixture workspace with the whole suite,
// then each activation workspace (no article in it) with the tests of out/e2e/activation.js.
const phases = [
	{ folder: workspace, tests: 'out/e2e/index.js', result },
	...makeActivationWorkspaces(data).map((folder) => ({
		folder,
		tests: 'out/e2e/activation.js',
		result: activationResult(result, folder),
	})),
];
let phase = 0;
const env = {
	...process.env,
	HOME: data,
	TMPDIR: path.join(T, 'tmp'),
	XDG_CONFIG_HOME: data + '/config',
	XDG_DATA_HOME: data + '/share',
	XDG_CACHE_HOME: data + '/cache',
	ATTACHE_E2E_RESULT: result,
	// Where the keyboard of the tests (keyboard.js) says it has played their keys.
	ATTACHE_E2E_KEYBOARD: data,
};
Object.assign(process.env, { HOME: data, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME }); // chromium too
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
		data + '/exts',
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
	let passes = 0;
	let failures = 0;
	let missing = 0;
	let last;
	for (const p of phases) {
		const r = fs.existsSync(p.result) ? JSON.parse(fs.readFileSync(p.result, 'utf8')) : null;
		if (!r) {
			console.error(`no result file for ${path.basename(p.folder)} (${why}); logs in ${data}`);
			missing++;
			continue;
		}
		for (const t of r.results)
			console.log(`${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title}${t.err ? '\n     ' + t.err : ''}`);
		passes += r.passes;
		failures += r.failures;
		last = r;
	}
	if (last) console.log(`VS Code ${last.vscodeVersion} (code-server), extension host ${last.node}`);
	console.log(`e2e: ${passes} passed, ${failures + missing} failed`);
	process.exit(failures || missing || !passes ? code || 1 : 0);
}
// A safety net for a hung editor, generous for a loaded machine: the tests wait on events, and end the run themselves.
setTimeout(() => finish(2, 'timeout'), +(process.env.E2E_TIMEOUT_MS || 1_200_000));
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
	const host = new URL(base).host;
	const remote = (p) => `vscode-remote://${host}${p}`;
	browser = await launchChromium();
	const page = await browser.newPage();
	const keyboard = keyboardBridge(page, data);
	await page.exposeFunction('codeAutomationLog', (type, args) => {
		keyboard(args);
		if (process.env.E2E_VERBOSE) console.log('[ext]', type, ...args);
	});
	const open = (p) => {
		const payload = JSON.stringify([
			['extensionDevelopmentPath', remote(root)],
			['extensionTestsPath', remote(path.join(root, p.tests))],
			['skipWelcome', 'true'],
		]);
		return page.goto(`${base}/?folder=${encodeURIComponent(p.folder)}&payload=${encodeURIComponent(payload)}`);
	};
	// The tests of a window are done: open the next window (after this call returns to the page), or finish.
	await page.exposeFunction('codeAutomationExit', (code) => {
		if (++phase >= phases.length) return void finish(code, 'exit ' + code);
		setTimeout(() => open(phases[phase]).catch((e) => finish(4, `could not open ${phases[phase].folder}: ${e}`)), 0);
	});
	await open(phases[0]);
})().catch((e) => {
	console.error(e);
	void finish(4, 'driver error');
});
