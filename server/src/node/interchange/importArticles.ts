import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	importBrat,
	importConll,
	importDoccano,
	importProdigy,
	writeNews,
	type ImportedArticle,
	type ImportFormat,
	type ImportProblem,
} from '../../service/interchange';
import { createAttacheService, type AttacheService } from '../../service';
import { defaultSettings } from '../../shared/settings';
import { findFiles, findKnowledgeBases, knowledgeBasesIn, type FoundFile } from './articles';
import { writeFileAtomic } from '../atomicWrite';
import { describeWriteError, readFile } from './loadCorpus';

export interface ImportOptions {
	readonly format: ImportFormat;
	readonly paths: readonly string[];
	/** Where to write the `.news` files; without it they are only returned. */
	readonly outDir?: string;
	readonly kb?: readonly string[];
	/** Overwrite `.news` files that exist. */
	readonly force?: boolean;
	readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
	/** The file the article came from (the `.ann` for brat). */
	readonly input: string;
	readonly name: string;
	readonly news: string;
	readonly problems: readonly ImportProblem[];
	/** Where it was written; undefined when not written (no folder, or a file there already). */
	readonly target?: string;
	readonly existed?: boolean;
	/** Why it could not be written, when it could not. */
	readonly unwritable?: string;
}

export interface ImportOutcome {
	readonly results: readonly ImportResult[];
	/** Problems of an input file as a whole (a line of JSONL that is no article). */
	readonly fileProblems: readonly { readonly input: string; readonly problems: readonly ImportProblem[] }[];
	readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

const EXTENSIONS: Record<ImportFormat, string[]> = {
	brat: ['ann'],
	conll: ['conll', 'bio', 'iob'],
	doccano: ['jsonl'],
	prodigy: ['jsonl'],
};

/** Reads articles of another format among PATHS and writes each as `.news` into `outDir` if given. */
export function importArticles(options: ImportOptions): ImportOutcome {
	const found = findFiles(
		options.paths.map((p) => (options.format === 'brat' && p.endsWith('.txt') ? p.replace(/\.txt$/, '.ann') : p)),
		EXTENSIONS[options.format],
	);
	const unreadable = found.missing.map((p) => ({ path: p, reason: 'no such file or folder' }));
	const knowledge = createAttacheService({ getSettings: () => defaultSettings });
	const kbs = [
		...(options.kb ?? []),
		...findKnowledgeBases(options.paths, found.files),
		...(options.outDir ? knowledgeBasesIn(options.outDir) : []),
	];
	kbs.forEach((kb, i) => {
		const r = readFile(kb);
		if ('reason' in r) unreadable.push({ path: kb, reason: r.reason });
		else knowledge.setWorkspaceFile(`${pathToFileURL(path.resolve(kb)).toString()}#${i}/entities.yaml`, r.text);
	});
	const results: ImportResult[] = [];
	const fileProblems: { input: string; problems: readonly ImportProblem[] }[] = [];
	found.files.forEach((file, i) => {
		const read = readArticles(options.format, file, knowledge);
		if ('reason' in read) unreadable.push({ path: read.path, reason: read.reason });
		else {
			if (read.problems.length) fileProblems.push({ input: file.path, problems: read.problems });
			for (const article of read.articles) results.push(write(article, file.path, options));
		}
		options.onProgress?.(i + 1, found.files.length);
	});
	return { results, fileProblems, unreadable };
}

function readArticles(
	format: ImportFormat,
	file: FoundFile,
	knowledge: AttacheService,
): { articles: ImportedArticle[]; problems: ImportProblem[] } | { path: string; reason: string } {
	const content = readFile(file.path);
	if ('reason' in content) return { path: file.path, reason: content.reason };
	switch (format) {
		case 'brat': {
			const txtPath = file.path.replace(/\.ann$/, '.txt');
			const txt = readFile(txtPath);
			if ('reason' in txt)
				return { path: txtPath, reason: `${txt.reason} (brat keeps the text of ${path.basename(file.path)} there)` };
			return {
				articles: [importBrat(file.name, txt.text, content.text, knowledge.getKnowledgeEntries())],
				problems: [],
			};
		}
		case 'conll':
			return { articles: importConll(file.name, content.text), problems: [] };
		case 'doccano':
			return importDoccano(file.name, content.text);
		case 'prodigy':
			return importProdigy(file.name, content.text);
	}
}

function write(article: ImportedArticle, input: string, options: ImportOptions): ImportResult {
	const written = writeNews(article);
	const problems = [...article.problems, ...written.problems];
	const result = { input, name: article.name, news: written.source, problems };
	if (options.outDir === undefined) return result;
	const target = path.resolve(options.outDir, ...`${article.name}.news`.split('/'));
	if (existsSync(target) && !options.force) return { ...result, existed: true };
	try {
		mkdirSync(path.dirname(target), { recursive: true });
		// Atomically: with --force, an interrupted import leaves the old article whole, never half of the new one.
		writeFileAtomic(target, written.source);
	} catch (e) {
		return { ...result, unwritable: `cannot write ${target}: ${describeWriteError(e)}` };
	}
	return { ...result, target };
}
