import { writeSync } from 'node:fs';

/** The exit status of a command whose reader has gone, as a Unix tool killed by SIGPIPE reports it (128 + 13). */
export const READER_GONE = 141;

/**
 * Writes to standard output before returning, so that a streaming command's results go out as they are made, and a
 * reader that has gone (`attache recognize --jsonl < corpus.jsonl | head`) stops the command at once, quietly, as it
 * stops other Unix tools, instead of after the whole input with a stack trace.
 */
export function writeStdout(text: string): void {
	const bytes = Buffer.from(text, 'utf8');
	for (let at = 0; at < bytes.length;) {
		try {
			at += writeSync(1, bytes, at);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			if (code === 'EPIPE') process.exit(READER_GONE);
			if (code !== 'EAGAIN') throw e;
			// a non-blocking pipe that is full: wait for the reader
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
		}
	}
}
