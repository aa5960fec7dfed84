import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { globMatcher } from '../shared/glob';

const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

export interface CorpusFile {
	readonly path: string;
	readonly kind: 'knowledge-base' | 'article';
}

/**
 * The articles (`*.news`) and knowledge bases (files that `knowledgeGlob` matches, relative to the folder) under a
 * folder, skipping hidden and build folders.
 */
export async function findCorpusFiles(root: string, knowledgeGlob: string, limit = 100_000): Promise<CorpusFile[]> {
	const isKnowledgeBase = globMatcher(knowledgeGlob);
	const found: CorpusFile[] = [];
	const pending = [root];
	while (pending.length && found.length < limit) {
		const dir = pending.pop()!;
		let entries: import('node:fs').Dirent[];
		try {
			entries = await fs.readdir(dir, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const e of entries) {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) {
				if (!e.name.startsWith('.') && !SKIP.has(e.name)) pending.push(full);
			} else if (e.isFile()) {
				if (e.name.endsWith('.news')) found.push({ path: full, kind: 'article' });
				else if (isKnowledgeBase(path.relative(root, full).split(path.sep).join('/')))
					found.push({ path: full, kind: 'knowledge-base' });
			}
		}
	}
	return found;
}
