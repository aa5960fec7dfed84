import { readFileSync } from 'node:fs';

/** Where a command writes; tests pass their own. */
export interface CliIo {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	/** Whether stderr is a terminal, where long runs show a progress bar. */
	readonly stderrIsTerminal?: boolean;
}

/** One `attache` command: its lines of the help text and what it does; it returns the exit status. */
export interface CliCommand {
	readonly name: string;
	readonly help: string;
	run(args: readonly string[], io: CliIo): number;
}

export function usageError(io: CliIo, message: string): number {
	io.stderr(`attache: ${message}\nRun 'attache --help' for usage.\n`);
	return 2;
}

/** The text of a file, or undefined after saying on stderr why it cannot be read. */
export function readText(file: string, io: CliIo): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (e) {
		io.stderr(`attache: cannot read ${file}: ${describeError(e)}\n`);
		return undefined;
	}
}

/** Why a file could not be read or written, in a few words. */
export function describeError(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	return code === 'ENOENT'
		? 'no such file or folder'
		: code === 'EISDIR'
			? 'a folder'
			: code === 'EACCES'
				? 'permission denied'
				: (e as Error).message;
}
