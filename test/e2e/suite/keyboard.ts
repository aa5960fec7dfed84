import * as fs from 'fs';
import * as path from 'path';
import { eventually } from './util';

/**
 * The keyboard of a person, for what no command can do from the extension host (type into a quick pick): the
 * driver that holds the browser page plays the keys (test/e2e/keyboard.js). Only test/e2e/run.js has one;
 * elsewhere (test/e2e/electron.js) `keyboardAvailable()` is false and the tests that need it say so and skip.
 */
export type KeyStep =
	| { readonly waitFor: 'quickInput' }
	| { readonly type: string }
	/** Clicks the button of that label in a dialog or a notification (waits until it is shown). */
	| { readonly click: string }
	| { readonly press: string }
	| { readonly pause: number };

const folder = process.env.ATTACHE_E2E_KEYBOARD;
let count = 0;

export const keyboardAvailable = (): boolean => folder !== undefined && folder !== '';

/** Plays the steps on the page, in order; settles when the driver has played them all. */
export async function keyboard(...steps: KeyStep[]): Promise<void> {
	if (!folder) throw new Error('no keyboard here: the real-editor tests run it only under test/e2e/run.js');
	const id = `keys-${process.pid}-${++count}`;
	console.log(`attache-e2e-keyboard ${JSON.stringify({ id, steps })}`);
	const done = path.join(folder, `${id}.done`);
	const failed = path.join(folder, `${id}.failed`);
	await eventually(() => fs.existsSync(done) || fs.existsSync(failed), (settled) => settled, `the keys ${JSON.stringify(steps)}`);
	if (fs.existsSync(failed)) throw new Error(`the keyboard failed: ${fs.readFileSync(failed, 'utf8')}`);
}
