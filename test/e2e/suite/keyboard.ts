import { randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The keyboard of a person, for what no command can do from the extension host (type into a quick pick): the
 * driver that holds the browser page plays the keys (test/e2e/keyboard.js). Only test/e2e/run.js has one;
 * elsewhere (test/e2e/electron.js) `keyboardAvailable()` is false and the tests that need it say so and skip.
 */
export type KeyStep =
	| { readonly waitFor: 'quickInput' | 'quickPickItem' | 'suggestions' }
	| { readonly type: string }
	/** Clicks the button of that label in a dialog or a notification (waits until it is shown). */
	| { readonly click: string }
	| { readonly press: string }
	/**
	 * Waits for an element in a webview (by CSS selector and text), then moves the pointer over `hover` (pixels from
	 * its top left), clicks it, or presses the key `press` on it, when asked.
	 */
	| {
			readonly webview: {
				readonly selector: string;
				readonly hasText?: string;
				readonly click?: boolean;
				readonly hover?: { readonly x: number; readonly y: number };
				readonly press?: string;
			};
	  };

const folder = process.env.ATTACHE_E2E_KEYBOARD;
let count = 0;

export const keyboardAvailable = (): boolean => folder !== undefined && folder !== '';

/** Plays the steps on the page, in order; settles when the driver has played them all. */
export async function keyboard(...steps: KeyStep[]): Promise<void> {
	if (!folder) throw new Error('no keyboard here: the real-editor tests run it only under test/e2e/run.js');
	// Unique across the test files: each bundle (out/e2e/*.test.js) has its own copy of this module and its count.
	const id = `keys-${process.pid}-${randomUUID()}-${++count}`;
	console.log(`attache-e2e-keyboard ${JSON.stringify({ id, steps })}`);
	const done = `${id}.done`;
	const failed = `${id}.failed`;
	// The driver writes one of the two files when it has played the keys: wait for it to appear (fs.watch).
	await new Promise<void>((resolve, reject) => {
		const settled = (): boolean => fs.existsSync(path.join(folder, done)) || fs.existsSync(path.join(folder, failed));
		const watcher = fs.watch(folder, () => {
			if (!settled()) return;
			watcher.close();
			clearTimeout(timer);
			resolve();
		});
		// A safety net only: the driver waits up to a minute for a widget.
		const timer = setTimeout(() => {
			watcher.close();
			reject(new Error(`timed out waiting for the keys ${JSON.stringify(steps)}`));
		}, 120_000);
		if (settled()) {
			watcher.close();
			clearTimeout(timer);
			resolve();
		}
	});
	if (fs.existsSync(path.join(folder, failed)))
		throw new Error(`the keyboard failed: ${fs.readFileSync(path.join(folder, failed), 'utf8')}`);
}
