import { readSync } from 'node:fs';

/**
 * The lines of standard input as they arrive (without their `\n`; a `\r` before it stays), each decoded on its own:
 * one line with a character beyond Latin-1 then makes that line's strings two bytes a character, not the whole
 * input's (which would slow down every string operation on them). `beforeWait` runs each time the reader is about
 * to wait for more input, so that what is ready can be written out first (a pipe's reader sees the results of the
 * lines it has sent, not only at the end).
 */
export function* stdinLines(beforeWait: () => void, fd = 0): Generator<string> {
	const buffer = Buffer.allocUnsafe(1 << 18);
	// The start of a line that runs over several reads, copied out of the buffer that the next read overwrites.
	let pieces: Buffer[] = [];
	for (;;) {
		beforeWait();
		const n = readSome(fd, buffer);
		if (n === 0) break;
		const chunk = buffer.subarray(0, n);
		let start = 0;
		while (start < n) {
			const newline = chunk.indexOf(10, start);
			if (newline < 0) {
				pieces.push(Buffer.from(chunk.subarray(start)));
				break;
			}
			const line = pieces.length
				? Buffer.concat([...pieces, chunk.subarray(start, newline)]).toString('utf8')
				: chunk.toString('utf8', start, newline);
			pieces = [];
			yield line;
			start = newline + 1;
		}
	}
	if (pieces.length) yield Buffer.concat(pieces).toString('utf8');
}

/** Reads what is there (0 at the end of the input); a non-blocking input (a terminal) that has nothing yet is asked again. */
function readSome(fd: number, buffer: Buffer): number {
	for (;;) {
		try {
			return readSync(fd, buffer, 0, buffer.length, null);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			if (code === 'EOF') return 0;
			if (code !== 'EAGAIN') throw e;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
		}
	}
}
