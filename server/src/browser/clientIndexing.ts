import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import type { IndexerHost, WorkspaceIndexing } from '../lsp/serverHost';
import { ReadWorkspaceFilesRequest, WorkspaceFilesRequest, type WorkspaceFile } from '../shared/protocol';

/**
 * The workspace index fed by the client, for a server with no disk of its own (in a web worker): the client lists
 * and reads the articles and knowledge bases (VS Code's file system, whatever the scheme), and the editor's text of
 * an open document counts instead of the stored one.
 */
export class ClientIndexing implements WorkspaceIndexing {
	readonly #connection: Connection;
	readonly #host: IndexerHost;
	/** Files the index holds as the client read them, by URI. */
	readonly #stored = new Map<string, WorkspaceFile>();
	#indexing = false;

	constructor(connection: Connection, host: IndexerHost) {
		this.#connection = connection;
		this.#host = host;
	}

	get indexing(): boolean {
		return this.#indexing;
	}

	async indexAll(): Promise<void> {
		this.#indexing = true;
		try {
			const files = await this.#connection.sendRequest(WorkspaceFilesRequest.type, {});
			for (const uri of this.#stored.keys()) if (!files.some((f) => f.uri === uri)) this.#remove(uri);
			for (const file of files) this.#store(file);
			this.#host.log(`Attache read ${files.length} files of the workspace through the editor.`);
		} catch (e) {
			this.#host.log(`Attache could not list the workspace's files: ${e instanceof Error ? e.message : String(e)}`);
		} finally {
			this.#indexing = false;
			this.#host.indexChanged(true);
		}
	}

	async setGlob(): Promise<void> {
		// The client classifies files by the glob: read the workspace again.
		await this.indexAll();
	}

	async filesChanged(changes: readonly FileEvent[]): Promise<void> {
		for (const c of changes) if (c.type === FileChangeType.Deleted) this.#remove(c.uri);
		const read = changes.filter((c) => c.type !== FileChangeType.Deleted).map((c) => c.uri);
		if (read.length) {
			const files = await this.#connection.sendRequest(ReadWorkspaceFilesRequest.type, { uris: read }).catch(() => []);
			for (const file of files) this.#store(file);
		}
		this.#host.indexChanged(true);
	}

	documentChanged(uri: string, text: string): void {
		const kind = this.#stored.get(uri)?.kind ?? (/\.news$/i.test(uri) ? 'article' : undefined);
		if (!kind) return;
		this.#host.service.setWorkspaceFile(uri, text, kind);
		if (kind === 'knowledge-base') this.#host.publishKnowledgeBase(uri);
		this.#host.indexChanged(true);
	}

	async documentClosed(uri: string): Promise<void> {
		const stored = this.#stored.get(uri);
		// What was stored counts again; a document never stored (untitled) leaves the index.
		if (stored) this.#host.service.setWorkspaceFile(uri, stored.text, stored.kind);
		else this.#host.service.deleteWorkspaceFile(uri);
		this.#host.indexChanged(true);
	}

	#store(file: WorkspaceFile): void {
		this.#stored.set(file.uri, file);
		if (!this.#host.isOpen(file.uri)) this.#host.service.setWorkspaceFile(file.uri, file.text, file.kind);
		if (file.kind === 'knowledge-base') this.#host.publishKnowledgeBase(file.uri);
	}

	#remove(uri: string): void {
		const was = this.#stored.get(uri);
		this.#stored.delete(uri);
		if (!this.#host.isOpen(uri)) this.#host.service.deleteWorkspaceFile(uri);
		if (was?.kind === 'knowledge-base') this.#host.publishKnowledgeBase(uri);
	}
}
