// Headless Chromium as the code-server drivers (run.js, start.js, installed.js) and scripts/screenshot.mjs open it:
// Debian's /usr/bin/chromium (or CHROMIUM=...), with nothing that would reach the network on its own.
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Launches Chromium headless for driving code-server. */
function launchChromium() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
	});
}

module.exports = { launchChromium };
