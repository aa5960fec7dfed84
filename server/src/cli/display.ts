import * as path from 'node:path';

/** A path as a person at the terminal reads it: relative to the current folder when under it, else as it is. */
export function displayPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
