import { mkdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { noCancellation } from '../../service';
import {
	exportCollection,
	type ExportedFile,
	type ExportFormat,
	type ExportInput,
	type Loss,
} from '../../service/interchange';
import type { AttacheSettings } from '../../shared/settings';
import { writeFileAtomic } from '../atomicWrite';
import { describeWriteError, loadCorpus } from './loadCorpus';

export interface ExportOptions {
	readonly format: ExportFormat;
	readonly paths: readonly string[];
	/** Where to write; without it the files are only returned. */
	readonly outDir?: string;
	readonly kb?: readonly string[];
	readonly readText?: (file: string) => string | undefined;
	readonly settings?: AttacheSettings;
	readonly onProgress?: (done: number, total: number) => void;
	readonly isCancelled?: () => boolean;
}

export interface ArticleLosses {
	readonly path: string;
	/** The article's source, to place the losses (offsets) at lines and columns. */
	readonly source: string;
	readonly losses: readonly Loss[];
}

export interface ExportOutcome {
	readonly files: readonly ExportedFile[];
	/** Absolute paths of the files written. */
	readonly written: readonly string[];
	readonly losses: readonly ArticleLosses[];
	readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
	/** Files of the export that could not be written (the others are). */
	readonly unwritable: readonly { readonly path: string; readonly reason: string }[];
	readonly articles: number;
	/** Articles with errors (the export is still made). */
	readonly withErrors: readonly string[];
	readonly cancelled: boolean;
}

/** Exports the `.news` files among PATHS (files or folders) in one format, and writes them to `outDir` if given. */
export function exportArticles(options: ExportOptions): ExportOutcome {
	const corpus = loadCorpus(options.paths, { kb: options.kb, readText: options.readText, settings: options.settings });
	const inputs: ExportInput[] = [];
	const withErrors: string[] = [];
	let cancelled = false;
	for (const [i, article] of corpus.articles.entries()) {
		if (options.isCancelled?.()) {
			cancelled = true;
			break;
		}
		const document = corpus.service.parse(article.document);
		const diagnostics = corpus.service.getDiagnostics(article.document, noCancellation);
		if (diagnostics.some((d) => d.severity === DiagnosticSeverity.Error)) withErrors.push(article.path);
		inputs.push({ name: article.name, document, knowledge: corpus.knowledge, diagnostics });
		options.onProgress?.(i + 1, corpus.articles.length);
	}
	const exported = cancelled
		? { files: [], losses: [] }
		: exportCollection(options.format, inputs, { joinedName: joinedName(options.paths, inputs) });
	const written: string[] = [];
	const unwritable: { path: string; reason: string }[] = [];
	if (options.outDir !== undefined && !cancelled) {
		for (const file of exported.files) {
			const target = path.resolve(options.outDir, ...file.path.split('/'));
			try {
				mkdirSync(path.dirname(target), { recursive: true });
				// Atomically: an interrupted export leaves each file whole, the old one or the new one.
				writeFileAtomic(target, file.text);
				written.push(target);
			} catch (e) {
				unwritable.push({ path: target, reason: describeWriteError(e) });
			}
		}
	}
	const byName = new Map(corpus.articles.map((a) => [a.name, a]));
	return {
		files: exported.files,
		written,
		losses: exported.losses.map((l) => ({
			path: byName.get(l.name)!.path,
			source: byName.get(l.name)!.document.getText(),
			losses: l.losses,
		})),
		unreadable: corpus.unreadable,
		unwritable,
		articles: inputs.length,
		withErrors,
		cancelled,
	};
}

/** The shared file of CoNLL and JSONL exports: named for the one article, or the one folder, else `corpus`. */
function joinedName(paths: readonly string[], inputs: readonly ExportInput[]): string {
	if (inputs.length === 1) return inputs[0]!.name.split('/').pop()!;
	if (paths.length === 1) {
		try {
			if (statSync(paths[0]!).isDirectory()) return path.basename(path.resolve(paths[0]!)) || 'corpus';
		} catch {
			// fall through
		}
	}
	return 'corpus';
}
