import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, type AttacheService, type KnowledgeEntry } from '../../service';
import { defaultSettings, type AttacheSettings } from '../../shared/settings';
import { findFiles, findKnowledgeBases } from './articles';

export interface LoadedArticle {
	readonly path: string;
	readonly name: string;
	readonly document: TextDocument;
}

/** Articles read from PATHS, with the knowledge bases that go with them, in a language service of their own. */
export interface Corpus {
	readonly articles: readonly LoadedArticle[];
	/** PATHS that do not exist, and files that cannot be read, each with the reason. */
	readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
	/** The knowledge bases read, with the URIs the service knows them by. */
	readonly knowledgeBases: readonly { readonly path: string; readonly uri: string }[];
	readonly service: AttacheService;
	readonly knowledge: (id: string) => KnowledgeEntry | undefined;
	readonly entries: () => readonly KnowledgeEntry[];
}

export interface CorpusOptions {
	/** Knowledge bases given explicitly (`--kb`), besides those found next to the articles. */
	readonly kb?: readonly string[];
	/** The text of a file when an editor holds a newer one than the disk. */
	readonly readText?: (file: string) => string | undefined;
	readonly settings?: AttacheSettings;
	/** Also tell the service every article, for suggestions and consistency across the corpus. */
	readonly indexArticles?: boolean;
}

export function readFile(file: string): { text: string } | { reason: string } {
	try {
		return { text: readFileSync(file, 'utf8') };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return { reason: code === 'ENOENT' ? 'no such file' : describeWriteError(e) };
	}
}

/** Why a file or folder could not be made or read, in a few words. */
export function describeWriteError(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	return code === 'ENOENT'
		? 'no such folder'
		: code === 'EISDIR'
			? 'a folder'
			: code === 'ENOTDIR'
				? 'a file stands where a folder should be'
				: code === 'EACCES'
					? 'permission denied'
					: (e as Error).message;
}

export function loadCorpus(paths: readonly string[], options: CorpusOptions = {}): Corpus {
	const settings = options.settings ?? defaultSettings;
	const service = createAttacheService({ getSettings: () => settings });
	const found = findFiles(paths, ['news']);
	const unreadable: { path: string; reason: string }[] = found.missing.map((p) => ({
		path: p,
		reason: 'no such file or folder',
	}));
	const kbPaths = [
		...new Set([...(options.kb ?? []).map((k) => path.resolve(k)), ...findKnowledgeBases(paths, found.files)]),
	];
	const knowledgeBases: { path: string; uri: string }[] = [];
	const read = (file: string): ReturnType<typeof readFile> => {
		const open = options.readText?.(file);
		return open !== undefined ? { text: open } : readFile(file);
	};
	kbPaths.forEach((kb, i) => {
		const r = read(kb);
		if ('reason' in r) return void unreadable.push({ path: kb, reason: r.reason });
		// Any file name will do for --kb; the index knows knowledge bases by the name entities.yaml.
		const uri = /(^|[\\/])entities\.ya?ml$/.test(kb)
			? pathToFileURL(kb).toString()
			: `${pathToFileURL(kb).toString()}#${i}/entities.yaml`;
		service.setWorkspaceFile(uri, r.text);
		knowledgeBases.push({ path: kb, uri });
	});
	const articles: LoadedArticle[] = [];
	for (const f of found.files) {
		const r = read(f.path);
		if ('reason' in r) {
			unreadable.push({ path: f.path, reason: r.reason });
			continue;
		}
		const uri = pathToFileURL(path.resolve(f.path)).toString();
		articles.push({ path: f.path, name: f.name, document: TextDocument.create(uri, 'annotated-news', 1, r.text) });
		if (options.indexArticles) service.setWorkspaceFile(uri, r.text);
	}
	return {
		articles,
		unreadable,
		knowledgeBases,
		service,
		knowledge: (id) => service.getKnowledgeEntry(id),
		entries: () => service.getKnowledgeEntries(),
	};
}
