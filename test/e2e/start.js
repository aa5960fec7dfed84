// The README's first command, as a new user runs it: `npm start` where VS Code is not installed, so that it
// packages the extension, installs the .vsix into code-server and prints an address. The browser opens that address,
// opens a sample article, and checks what a user sees: the status bar says Annotated News, the outline lists People,
// and Help's walkthrough of the keys opens with its steps. Then the server is stopped, and must be gone.
// Prints `start: N passed, N failed`.
const { spawn } = require('child_process');
const net = require('net');
const path = require('path');
const { launchChromium } = require('./chromium');

const root = path.resolve(__dirname, '../..');
const checks = [];
const pass = (what) => checks.push({ what, ok: true });

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer().once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

function listening(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

/** Resolves with the address that `npm start` prints, or rejects with its output when it exits first. */
function addressOf(child) {
	return new Promise((resolve, reject) => {
		let out = '';
		const read = (d) => {
			out += d;
			const m = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\?workspace=\S+)/m.exec(out);
			if (m) resolve(m[1]);
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing an address:\n${out}`)));
	});
}

async function main() {
	const port = await freePort();
	// ATTACHE_USE_CODE_SERVER: the path of a machine without `code`, even where VS Code is installed.
	const child = spawn('npm', ['start'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), ATTACHE_USE_CODE_SERVER: '1' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	let browser;
	try {
		const url = await addressOf(child);
		if (!url.startsWith(`http://127.0.0.1:${port}/`))
			throw new Error(`npm start printed ${url}, not an address on PORT ${port}`);
		pass(`npm start prints the address on PORT ${port}`);
		browser = await launchChromium();
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		await page.goto(url);
		await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
		await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
		await page.keyboard.press('Control+P');
		await page.locator('.quick-input-widget .quick-input-box input').waitFor();
		await page.keyboard.type('geneva-water-talks-2024-09-18.news');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'geneva-water-talks' }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.tab.active', { hasText: 'geneva-water-talks' }).waitFor();
		await page.locator('.statusbar-item', { hasText: /^Annotated News$/ }).waitFor({ timeout: 30_000 });
		pass('a sample article opens, and the status bar says Annotated News');
		const outline = page.locator('.pane-header', { hasText: /^Outline/ });
		if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
		// The outline orders its groups by where the article first names them: any group shows it is filled. Its tree
		// is collapsed first: the Header, opened, holds more rows than the pane shows, and the list draws only those.
		await page
			.locator('.outline-pane .monaco-list-row', { hasText: /^Header/ })
			.first()
			.waitFor({ timeout: 30_000 });
		await outline.hover();
		await outline.locator('.action-label[aria-label^="Collapse All"]').click();
		await page
			.locator('.outline-pane .monaco-list-row', { hasText: /^(People|Organizations|Places|Dates)/ })
			.first()
			.waitFor({ timeout: 30_000 });
		pass('the outline lists the entities by type');
		await page.keyboard.press('F1');
		await page.locator('.quick-input-widget .quick-input-box input').waitFor();
		await page.keyboard.type('Welcome: Open Walkthrough');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Annotate news with Attache' }).first().click();
		await page
			.locator('.gettingStartedContainer .step-title', { hasText: 'Annotate with Ctrl+Alt+A, then P, O, L, D or R' })
			.waitFor({ timeout: 30_000 });
		await page
			.locator('.gettingStartedContainer', { hasText: 'Accept suggestions: Ctrl+F8, then Ctrl+Alt+A Enter' })
			.waitFor();
		pass('Welcome: Open Walkthrough offers "Annotate news with Attache", which opens with its steps');
	} finally {
		await browser?.close().catch(() => undefined);
		// npm, the start script, code-server and its processes share one process group.
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {}
		await exited;
	}
	const deadline = Date.now() + 10_000;
	while ((await listening(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
	if (await listening(port)) throw new Error(`code-server still listens on port ${port} after npm start was stopped`);
	pass('stopping npm start stops code-server');
}

const timer = setTimeout(() => {
	console.error('start: timed out after 150 s');
	report(false);
}, 150_000);

function report(ok) {
	for (const c of checks) console.log(`ok   ${c.what}`);
	if (!ok) console.log('FAIL the next step of npm start in the browser (see the error above)');
	console.log(`start: ${checks.length} passed, ${ok ? 0 : 1} failed`);
	process.exit(ok ? 0 : 1);
}

main().then(
	() => (clearTimeout(timer), report(true)),
	(e) => {
		clearTimeout(timer);
		console.error(e);
		report(false);
	},
);
