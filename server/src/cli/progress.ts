import type { CliIo } from './io';

const WIDTH = 24;
/** A run shorter than this shows no bar at all. */
const DELAY_MS = 400;

/**
 * A progress bar on stderr for long runs, drawn only when stderr is a terminal and the run lasts: `update(done,
 * total)` as work goes, `done()` to clear the line before printing results.
 */
export function progressBar(
	io: CliIo,
	what: string,
): { update: (done: number, total: number) => void; done: () => void } {
	const started = Date.now();
	let drawn = false;
	let last = 0;
	return {
		update(done, total) {
			if (!io.stderrIsTerminal || total < 2) return;
			const now = Date.now();
			if (now - started < DELAY_MS || (now - last < 80 && done < total)) return;
			last = now;
			const filled = Math.round((done / total) * WIDTH);
			io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${what}\u001b[K`);
			drawn = true;
		},
		done() {
			if (drawn) io.stderr('\r\u001b[K');
			drawn = false;
		},
	};
}
