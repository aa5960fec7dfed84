// Regenerates docs/screenshot.png: `npm start` in code-server, one sample article open with its outline and a hover.
// Usage: ATTACHE_USE_CODE_SERVER=1 node scripts/start.mjs & node scripts/screenshot.mjs URL
import { chromium } from 'playwright-core';

const url = process.argv[2];
if (!url) {
	console.error('usage: node scripts/screenshot.mjs URL (the address that npm start prints)');
	process.exit(2);
}
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
await page.goto(url);
await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
await page.waitForTimeout(8000);
await page.keyboard.press('Control+P');
await page.keyboard.type('geneva-water-talks');
await page.waitForTimeout(1000);
await page.keyboard.press('Enter');
await page.waitForTimeout(5000);
await page.getByText('Outline', { exact: true }).click();
await page.waitForTimeout(3000);
const target = page.locator('.view-lines span', { hasText: 'September 18' }).first();
await target.hover();
await page.waitForSelector('.monaco-hover', { timeout: 15_000 }).catch(() => {});
await page.waitForTimeout(1500);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log('wrote docs/screenshot.png');
