import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export type GitResult<T> = { readonly ok: T } | { readonly error: string };

function git(cwd: string, args: readonly string[]): GitResult<string> {
	try {
		return {
			ok: execFileSync('git', ['-C', cwd, ...args], {
				encoding: 'utf8',
				maxBuffer: 1 << 28,
				stdio: ['ignore', 'pipe', 'pipe'],
			}),
		};
	} catch (e) {
		const err = e as NodeJS.ErrnoException & { stderr?: string };
		if (err.code === 'ENOENT') return { error: 'git is not installed (or not on the PATH)' };
		return { error: (err.stderr || err.message).trim().split('\n')[0]! };
	}
}

/** The top folder of the git repository that holds `dir`. */
export function gitTopLevel(dir: string): GitResult<string> {
	const r = git(dir, ['rev-parse', '--show-toplevel']);
	return 'ok' in r ? { ok: r.ok.trim() } : { error: `${dir} is not in a git repository (${r.error})` };
}

/** The `.news` files under `relativeDir` (relative to the repository's top) in a revision, relative to the top. */
export function gitNewsFiles(top: string, rev: string, relativeDir: string): GitResult<string[]> {
	const verify = git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
	if ('error' in verify)
		return {
			error: `'${rev}' is no revision of the repository at ${top}: give a commit, a branch or a tag (HEAD~1, main, v1.0)`,
		};
	const r = git(top, ['ls-tree', '-r', '-z', '--name-only', rev, '--', relativeDir || '.']);
	if ('error' in r) return r;
	return { ok: r.ok.split('\0').filter((f) => f.endsWith('.news')) };
}

/** A file as it is in a revision: `git show REV:path`. */
export function gitShow(top: string, rev: string, file: string): GitResult<string> {
	return git(top, ['show', `${rev}:${file.split(path.sep).join('/')}`]);
}
