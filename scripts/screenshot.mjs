// Regenerates the pictures of the README and the user guide (docs/*.png) from the real editor: runs `npm start` in
// code-server on a free port, drives it with headless Chromium through an analyst's first session on the samples,
// then stops it and writes the edited sample back as it was, so nothing is left changed.
// Usage: node scripts/screenshot.mjs (Chromium at /usr/bin/chromium, or CHROMIUM=...).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import e2eChromium from '../test/e2e/chromium.js';

const { launchChromium } = e2eChromium;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = path.join(root, 'docs');
const raw = path.join(root, 'samples/halvik-trade-forum-raw.txt');
const rawBytes = readFileSync(raw);

const port = await new Promise((resolve) => {
	const probe = net.createServer().listen(0, '127.0.0.1', () => {
		const { port: p } = probe.address();
		probe.close(() => resolve(p));
	});
});
const start = spawn('npm', ['start'], {
	cwd: root,
	env: { ...process.env, PORT: String(port), ATTACHE_USE_CODE_SERVER: '1' },
	detached: true,
	stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
	let out = '';
	start.stdout.on('data', (d) => {
		out += d;
		const m = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\?workspace=\S+)/m.exec(out);
		if (m) resolve(m[1]);
	});
	start.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
});

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
const quickInput = page.locator('.quick-input-widget .quick-input-box input');
const shot = async (name) => {
	// Let the editor finish painting (decorations, the hover's fade-in) before the picture is taken.
	await page.waitForTimeout(1500);
	await page.screenshot({ path: path.join(docs, name) });
	console.log(`wrote docs/${name}`);
};
const command = async (title) => {
	await page.keyboard.press('F1');
	await quickInput.waitFor();
	await page.keyboard.type(title);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
	await page.keyboard.press('Enter');
};
const openFile = async (name) => {
	await page.keyboard.press('Control+P');
	await quickInput.waitFor();
	await page.keyboard.type(name);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
	await page.keyboard.press('Enter');
	await page.locator('.tab.active', { hasText: name }).waitFor();
};
/** The span of one token of the editor, by its whole text (the editor draws spaces as no-break spaces). */
const token = (text) =>
	page
		.locator('.view-lines .view-line span span', { hasText: new RegExp(`^${text.replace(/ /g, '[\\s\\u00a0]')}$`) })
		.first();
const hover = async (text) => {
	await token(text).hover();
	await page.locator('.monaco-hover .hover-contents').first().waitFor({ timeout: 15_000 });
};

try {
	await page.goto(url);
	await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
	const outline = page.locator('.pane-header', { hasText: /^Outline/ });
	if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();

	// The README's picture: an annotated article, its outline, the hover of a date.
	await openFile('geneva-water-talks-2024-09-18.news');
	await page.locator('.statusbar-item', { hasText: /^Annotated News$/ }).waitFor({ timeout: 30_000 });
	await page
		.locator('.outline-pane .monaco-list-row', { hasText: /^(People|Organizations|Places|Dates)/ })
		.first()
		.waitFor({ timeout: 30_000 });
	await hover('September 18');
	await shot('screenshot.png');
	await page.mouse.move(5, 5);

	// The article preview beside the editor: the article as a reader sees it, entities coloured by type.
	await command('Attache: Open Preview to the Side');
	const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
	await preview.locator('main h1').waitFor({ timeout: 30_000 });
	await preview.locator('.legend').waitFor({ timeout: 30_000 });
	await shot('guide-preview.png');
	await command('View: Close Editors in Other Groups');

	// The network of actors of the samples: wait until the graph has drawn its nodes.
	await command('Attache: Show Network of Actors');
	const network = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
	await network.locator('aside li').first().waitFor({ timeout: 30_000 });
	await shot('guide-network.png');
	await command('View: Close All Editors');

	// The timeline of the samples: wait until its items are listed.
	await command('Attache: Show Timeline');
	const timeline = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
	await timeline.locator('li').first().waitFor({ timeout: 30_000 });
	await shot('guide-timeline.png');
	await command('View: Close All Editors');

	// A raw article, read as Annotated News: its suggestions underlined and listed in the outline.
	await openFile('halvik-trade-forum-raw.txt');
	await command('Attache: Open as Annotated News');
	await page.locator('.statusbar-item', { hasText: /^Annotated News$/ }).waitFor({ timeout: 30_000 });
	await page
		.locator('.outline-pane .monaco-list-row', { hasText: /^(People|Organizations|Places|Dates)/ })
		.first()
		.waitFor({ timeout: 30_000 });
	await shot('guide-raw-article.png');

	// The hover of a suggestion says what it is and why it was suggested.
	await hover('Pavel Rusu');
	await shot('guide-suggestion-hover.png');
	await page.mouse.move(5, 5);

	// Accept it from the keyboard: the cursor in the name, Ctrl+Alt+A, then Enter.
	await token('Pavel Rusu').click();
	await page.keyboard.press('Control+Alt+A');
	await page.keyboard.press('Enter');
	await page.locator('.view-lines', { hasText: '{.person' }).waitFor({ timeout: 15_000 });
	await shot('guide-accepted.png');
	await page.keyboard.press('Control+Z');

	// Help: Get Started, the walkthrough of the keys.
	await command('Welcome: Open Walkthrough');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Annotate news with Attache' }).first().click();
	await page.locator('.gettingStartedContainer .step-title', { hasText: 'Annotate with Ctrl+Alt+A' }).first().click();
	await shot('guide-walkthrough.png');
} finally {
	await browser.close();
	process.kill(-start.pid, 'SIGTERM');
	writeFileSync(raw, rawBytes);
}
