import { readdirSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

/** A file found from the command line, with the name it gets in an export (relative path without extension). */
export interface FoundFile {
	readonly path: string;
	readonly name: string;
}

export interface FoundFiles {
	readonly files: readonly FoundFile[];
	/** Paths that are neither a readable file nor a folder. */
	readonly missing: readonly string[];
}

/**
 * The files with one of `extensions` among PATHS: a file as given (whatever its extension), a folder searched
 * recursively (skipping hidden and build folders). Names are relative to the folder given, made unique.
 */
export function findFiles(paths: readonly string[], extensions: readonly string[]): FoundFiles {
	const files: FoundFile[] = [];
	const missing: string[] = [];
	const names = new Set<string>();
	const add = (file: string, name: string): void => {
		let unique = name;
		for (let n = 2; names.has(unique); n++) unique = `${name}-${n}`;
		names.add(unique);
		files.push({ path: file, name: unique });
	};
	for (const given of paths) {
		let stat;
		try {
			stat = statSync(given);
		} catch {
			missing.push(given);
			continue;
		}
		if (stat.isFile()) {
			add(given, stripExtension(path.basename(given)));
			continue;
		}
		for (const file of walk(given, extensions).sort())
			add(file, stripExtension(path.relative(given, file).split(path.sep).join('/')));
	}
	return { files, missing };
}

function walk(root: string, extensions: readonly string[]): string[] {
	const found: string[] = [];
	const pending = [root];
	while (pending.length) {
		const dir = pending.pop()!;
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const e of entries) {
			if (e.isDirectory()) {
				if (!e.name.startsWith('.') && !SKIP.has(e.name)) pending.push(path.join(dir, e.name));
			} else if (e.isFile() && extensions.some((x) => e.name.endsWith(`.${x}`))) {
				found.push(path.join(dir, e.name));
			}
		}
	}
	return found;
}

const stripExtension = (name: string): string => name.replace(/\.[^./]+$/, '');

/** The knowledge bases that go with the articles: `entities.yaml` next to each file and under each folder given. */
export function findKnowledgeBases(paths: readonly string[], files: readonly FoundFile[]): string[] {
	const found = new Set<string>();
	for (const f of files) for (const kb of knowledgeBasesIn(path.dirname(f.path))) found.add(kb);
	for (const given of paths) {
		try {
			if (statSync(given).isDirectory())
				for (const kb of walk(given, ['yaml', 'yml']))
					if (/^entities\.ya?ml$/.test(path.basename(kb))) found.add(path.resolve(kb));
		} catch {
			// reported as missing elsewhere
		}
	}
	return [...found];
}

/** The `entities.yaml` (or `.yml`) directly in a folder. */
export function knowledgeBasesIn(dir: string): string[] {
	return ['entities.yaml', 'entities.yml']
		.map((name) => path.resolve(dir, name))
		.filter((candidate) => {
			try {
				return statSync(candidate).isFile();
			} catch {
				return false;
			}
		});
}
