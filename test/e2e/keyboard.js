// The keyboard of the real-editor tests: a test in the extension host cannot type into VS Code's own widgets (the
// `type` command types into a focused text editor only), so it asks this driver, which holds the browser page.
// A test logs `attache-e2e-keyboard {"id":..., "steps":[...]}`; VS Code hands the extension host's log to
// window.codeAutomationLog, which run.js passes here; the steps are played on the page with Playwright's keyboard,
// then `ID.done` (or `ID.failed`, with the error) is written to the folder the test watches (ATTACHE_E2E_KEYBOARD).
const fs = require('fs');
const path = require('path');

const MARK = 'attache-e2e-keyboard ';
/**
 * What a step may wait for before it types: a quick pick or an input box; the quick pick's active item (its list
 * shown, filtered by what was typed); the suggest widget with its items.
 */
const WIDGETS = {
	quickInput: '.quick-input-widget .quick-input-box input',
	quickPickItem: '.quick-input-widget .quick-input-list .monaco-list-row.focused',
	suggestions: '.editor-widget.suggest-widget.visible .monaco-list-row',
};

function keyboardBridge(page, dir) {
	let queue = Promise.resolve();
	return (args) => {
		const text = (Array.isArray(args) ? args : [args]).filter((a) => typeof a === 'string').join(' ');
		const at = text.indexOf(MARK);
		if (at < 0) return;
		let request;
		try {
			request = JSON.parse(text.slice(at + MARK.length));
		} catch {
			return;
		}
		queue = queue
			.then(() => play(page, request.steps))
			.then(
				() => fs.writeFileSync(path.join(dir, `${request.id}.done`), ''),
				(e) => fs.writeFileSync(path.join(dir, `${request.id}.failed`), String(e && e.stack ? e.stack : e)),
			);
	};
}

async function play(page, steps) {
	for (const step of steps) {
		if (step.waitFor) {
			const selector = WIDGETS[step.waitFor];
			if (!selector) throw new Error(`unknown widget ${step.waitFor}`);
			await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
		}
		// A button of a modal dialog or a notification, by its label: what a person clicks to answer.
		if (step.click !== undefined) await click(page, step.click);
		if (step.type !== undefined) await page.keyboard.type(step.type, { delay: 20 });
		if (step.press !== undefined) await page.keyboard.press(step.press);
		if (step.webview !== undefined) await inWebview(page, step.webview);
	}
}

/**
 * Reaches into a webview (VS Code nests each in two iframes): waits for the element of `selector` (with `hasText`,
 * when given) in whichever frame shows it, then hovers a point of it, clicks it or presses a key on it, as asked. A
 * person's mouse and keyboard, on the view's own page.
 */
async function inWebview(page, { selector, hasText, click, hover, press }) {
	const deadline = Date.now() + 60_000;
	for (;;) {
		for (const frame of page.frames()) {
			const target = frame.locator(selector, hasText === undefined ? {} : { hasText });
			if ((await target.count().catch(() => 0)) === 0) continue;
			// The pointer over a point of the element (pixels from its top left): an edge drawn on the graph's canvas.
			if (hover) await target.first().hover({ position: hover, timeout: 20_000 });
			if (click) await target.first().click({ timeout: 20_000 });
			// A key pressed with the element focused: a slider's thumb moved from the keyboard.
			if (press) await target.first().press(press, { timeout: 20_000 });
			return;
		}
		if (Date.now() > deadline)
			throw new Error(`no element ${selector}${hasText === undefined ? '' : ` with "${hasText}"`} in any webview`);
		await page.waitForTimeout(100);
	}
}

/** Clicks the visible button of that label; when there is none, the error lists the buttons that are shown. */
async function click(page, label) {
	const button = page
		.locator('.monaco-dialog-box .monaco-button, .notifications-toasts .monaco-button')
		.filter({ hasText: label, visible: true });
	try {
		await button.first().click({ timeout: 20_000 });
	} catch (e) {
		const shown = await page
			.locator('.monaco-button:visible')
			.allInnerTexts()
			.catch(() => []);
		throw new Error(`no button "${label}" to click; the buttons shown: ${JSON.stringify(shown)}; ${e && e.message}`);
	}
}

module.exports = { keyboardBridge };
