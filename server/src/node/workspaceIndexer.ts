import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import type { IndexerHost, WorkspaceIndexing } from '../lsp/serverHost';
import { globMatcher } from '../shared/glob';
import { findCorpusFiles } from './workspaceFiles';

/** The part of LSP work-done progress the indexer uses (`window/workDoneProgress/create`, then `$/progress`). */
/** Files larger than this are not indexed (a `.news` file is an article, not a data dump). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const BATCH = 32;
const DEBOUNCE_MS = 300;
const PROGRESS_EVERY_MS = 200;

/**
 * Feeds the workspace index from disk: every article and knowledge base of the workspace folders, read in the
 * background with a progress notification, then kept current as files change on disk. Nothing it reads can stop
 * the server: an unreadable or unparseable file is logged and left out.
 */
export class WorkspaceIndexer implements WorkspaceIndexing {
	readonly #host: IndexerHost;
	readonly #folders: readonly string[];
	#glob: string;
	#isKnowledgeBase: (relativePath: string) => boolean;
	/** Files the index holds from disk. */
	readonly #fromDisk = new Set<string>();
	#running: Promise<void> | undefined;
	#again = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pendingEntities = false;
	#indexing = false;

	constructor(host: IndexerHost, folders: readonly string[], glob: string) {
		this.#host = host;
		this.#folders = folders;
		this.#glob = glob;
		this.#isKnowledgeBase = globMatcher(glob);
	}

	/** Whether the first reading of the workspace is running. */
	get indexing(): boolean {
		return this.#indexing;
	}

	/** Reads the whole workspace (again); a call during a run makes it run once more after. */
	indexAll(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = (async () => {
			try {
				do {
					this.#again = false;
					await this.#indexAllOnce();
				} while (this.#again);
			} finally {
				this.#running = undefined;
			}
		})();
		return this.#running;
	}

	/** The knowledge-base glob changed (setting attache.knowledgeBase.glob): read the workspace again. */
	async setGlob(glob: string): Promise<void> {
		if (glob === this.#glob) return;
		this.#glob = glob;
		this.#isKnowledgeBase = globMatcher(glob);
		this.#reclassifyOpenDocuments();
		await this.indexAll();
	}

	/** After a glob change, an open YAML file may have become a knowledge base, or stopped being one: the editor's text decides. */
	#reclassifyOpenDocuments(): void {
		for (const document of this.#host.openDocuments()) {
			const kind = this.kindOf(document.uri);
			if (kind)
				this.#guard(document.uri, () => this.#host.service.setWorkspaceFile(document.uri, document.getText(), kind));
			else if (this.#host.service.getKnowledgeBaseUris().includes(document.uri))
				this.#guard(document.uri, () => this.#host.service.deleteWorkspaceFile(document.uri));
			else continue;
			this.#pendingEntities = true;
		}
	}

	/** What a file is to the index, by its name and the knowledge-base glob; undefined when it is neither. */
	kindOf(uri: string): 'article' | 'knowledge-base' | undefined {
		if (!uri.startsWith('file:')) return uri.endsWith('.news') ? 'article' : undefined;
		if (uri.endsWith('.news')) return 'article';
		const file = fileURLToPath(uri);
		if (!this.#folders.length) return /(^|[\\/])entities\.ya?ml$/.test(file) ? 'knowledge-base' : undefined;
		for (const folder of this.#folders) {
			const relative = path.relative(folder, file);
			if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
			if (this.#isKnowledgeBase(relative.split(path.sep).join('/'))) return 'knowledge-base';
		}
		return undefined;
	}

	/** Files created, changed or deleted on disk (workspace/didChangeWatchedFiles). */
	async filesChanged(changes: readonly FileEvent[]): Promise<void> {
		let any = false;
		for (const change of changes) {
			const kind = this.kindOf(change.uri);
			if (!kind && !this.#fromDisk.has(change.uri)) continue;
			if (this.#host.isOpen(change.uri)) continue;
			any = true;
			if (change.type === FileChangeType.Deleted || !kind) this.#delete(change.uri);
			else await this.#read(change.uri, kind);
		}
		if (any) this.#schedule(true);
	}

	/** An article or a knowledge base open in the editor changed: its text, saved or not, replaces the disk's in the index. */
	documentChanged(uri: string, text: string): void {
		const kind = this.kindOf(uri);
		if (!kind) return;
		const before = this.#host.service.getIndexState().entitiesVersion;
		this.#guard(uri, () => this.#host.service.setWorkspaceFile(uri, text, kind));
		this.#fromDisk.delete(uri);
		this.#schedule(this.#host.service.getIndexState().entitiesVersion !== before);
	}

	/** An article or a knowledge base was closed in the editor: what is on disk counts again. */
	async documentClosed(uri: string): Promise<void> {
		const kind = this.kindOf(uri);
		if (!kind || !uri.startsWith('file:')) return;
		await this.#read(uri, kind);
		this.#schedule(true);
	}

	dispose(): void {
		if (this.#timer) clearTimeout(this.#timer);
	}

	async #indexAllOnce(): Promise<void> {
		const started = Date.now();
		const before = this.#host.service.getIndexState().entitiesVersion;
		this.#indexing = true;
		const progress = await this.#host.createProgress();
		progress.begin('Attache: indexing articles', 0, 'Looking for articles and knowledge bases…', false);
		try {
			const files = (await Promise.all(this.#folders.map((f) => findCorpusFiles(f, this.#glob)))).flat();
			const seen = new Set<string>();
			let done = 0;
			let reported = Date.now();
			for (let i = 0; i < files.length; i += BATCH) {
				const batch = files.slice(i, i + BATCH).map((f) => ({ uri: pathToFileURL(f.path).toString(), kind: f.kind }));
				for (const f of batch) seen.add(f.uri);
				const texts = await Promise.all(
					batch.map((f) => (this.#host.isOpen(f.uri) ? Promise.resolve(undefined) : this.#readText(f.uri))),
				);
				batch.forEach((f, j) => {
					const text = texts[j];
					if (text === undefined) return;
					if (text === null) this.#delete(f.uri);
					else this.#set(f.uri, text, f.kind);
				});
				done += batch.length;
				if (Date.now() - reported >= PROGRESS_EVERY_MS) {
					reported = Date.now();
					progress.report(Math.floor((done / files.length) * 100), `${done} of ${files.length} files`);
				}
				// Let requests (hover, typing) in between batches.
				await new Promise<void>((resolve) => setImmediate(resolve));
			}
			for (const uri of [...this.#fromDisk]) if (!seen.has(uri)) this.#delete(uri);
			const state = this.#host.service.getIndexState();
			this.#host.log(
				`Indexed ${state.articles} articles and ${state.knowledgeBases} knowledge bases in ${Date.now() - started} ms.`,
			);
		} finally {
			progress.done();
			this.#indexing = false;
		}
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = undefined;
		const changed = this.#pendingEntities || this.#host.service.getIndexState().entitiesVersion !== before;
		this.#pendingEntities = false;
		this.#host.indexChanged(changed);
	}

	async #read(uri: string, kind: 'article' | 'knowledge-base'): Promise<void> {
		const text = await this.#readText(uri);
		if (text === null) this.#delete(uri);
		else this.#set(uri, text, kind);
	}

	/** The file's text; null when it cannot be read or is too large (the reason is logged). */
	async #readText(uri: string): Promise<string | null> {
		const file = fileURLToPath(uri);
		try {
			const handle = await fs.open(file, 'r');
			try {
				const stat = await handle.stat();
				if (!stat.isFile()) {
					this.#host.log(`Not indexed: ${file} is not a file.`);
					return null;
				}
				if (stat.size > MAX_FILE_BYTES) {
					this.#host.log(`Not indexed: ${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
					return null;
				}
				return await handle.readFile('utf8');
			} finally {
				await handle.close();
			}
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
				this.#host.log(`Not indexed: ${file} cannot be read (${(e as Error).message}).`);
			return null;
		}
	}

	#set(uri: string, text: string, kind: 'article' | 'knowledge-base'): void {
		if (this.#guard(uri, () => this.#host.service.setWorkspaceFile(uri, text, kind))) this.#fromDisk.add(uri);
		else this.#delete(uri);
		if (kind === 'knowledge-base') this.#host.publishKnowledgeBase(uri);
	}

	#delete(uri: string): void {
		const wasKnowledgeBase = this.#host.service.getKnowledgeBaseUris().includes(uri);
		this.#guard(uri, () => this.#host.service.deleteWorkspaceFile(uri));
		this.#fromDisk.delete(uri);
		if (wasKnowledgeBase) this.#host.publishKnowledgeBase(uri);
	}

	/** Runs `f`; a failure is logged, never thrown. */
	#guard(uri: string, f: () => void): boolean {
		try {
			f();
			return true;
		} catch (e) {
			this.#host.log(`Could not index ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
			return false;
		}
	}

	#schedule(entities: boolean): void {
		this.#pendingEntities ||= entities;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			const changed = this.#pendingEntities;
			this.#pendingEntities = false;
			this.#host.indexChanged(changed);
		}, DEBOUNCE_MS);
	}
}
