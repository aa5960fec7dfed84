import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A file written so that it is never seen half written: the text goes into a temporary file beside the target (same
 * folder, so the same file system), is flushed to disk, and then takes the target's name in one rename. A run that
 * is interrupted leaves the old file in place (and at worst a `.NAME.*.tmp` beside it), never a truncated one.
 */
export class AtomicFile {
	readonly #target: string;
	readonly #temp: string;
	#fd: number | undefined;

	constructor(target: string) {
		this.#target = target;
		this.#temp = path.join(
			path.dirname(target),
			`.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
		);
		this.#fd = openSync(this.#temp, 'wx');
	}

	write(text: string): void {
		if (this.#fd === undefined) throw new Error(`${this.#target} is already written`);
		writeFileSync(this.#fd, text);
	}

	/** Puts the text in place of the target (which keeps its permissions: an executable stays executable). */
	commit(): void {
		const fd = this.#fd;
		if (fd === undefined) throw new Error(`${this.#target} is already written`);
		this.#fd = undefined;
		try {
			fsyncSync(fd);
			closeSync(fd);
			let mode: number | undefined;
			try {
				mode = statSync(this.#target).mode & 0o7777;
			} catch {
				// a new file: the default mode
			}
			if (mode !== undefined) chmodSync(this.#temp, mode);
			renameSync(this.#temp, this.#target);
		} catch (e) {
			unlinkSync(this.#temp);
			throw e;
		}
	}

	/** Leaves the target as it was. */
	abort(): void {
		if (this.#fd === undefined) return;
		closeSync(this.#fd);
		this.#fd = undefined;
		unlinkSync(this.#temp);
	}
}

/** Writes `text` to `target` atomically (see AtomicFile). */
export function writeFileAtomic(target: string, text: string): void {
	const file = new AtomicFile(target);
	try {
		file.write(text);
	} catch (e) {
		file.abort();
		throw e;
	}
	file.commit();
}
