/**
 * How far back an expression read against an earlier one looks: its paragraph, at most `WINDOW` characters, so that
 * a paragraph's dates do not depend on the others (the editor finds them a paragraph at a time) and the look-back
 * costs a bounded amount.
 */
import { paragraphBreak } from '../../text/paragraphBreak';

const WINDOW = 300;
const BREAK = paragraphBreak();

/** Where the paragraph's text before `start` begins, at most `WINDOW` characters back. */
export function lookBackFrom(text: string, start: number): number {
	const from = Math.max(0, start - WINDOW);
	const before = text.slice(from, start);
	let cut = 0;
	BREAK.lastIndex = 0;
	for (let m = BREAK.exec(before); m; m = BREAK.exec(before)) cut = m.index + m[0].length;
	return from + cut;
}
