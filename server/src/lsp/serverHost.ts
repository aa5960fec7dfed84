import type { Connection, FileEvent, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheService } from '../service';
import type { AttacheSettings } from '../shared/settings';
import type { ReadAheadHooks } from './viewFactsAhead';

/**
 * What a host gives the LSP wiring (server.ts): its way of reading the workspace into the service, and the requests
 * only it can answer. The Node host walks the disk (server/src/node/); the browser host asks the client for the
 * files (server/src/browser/). The wiring itself needs no Node.
 */
export interface ServerHost {
	/** Reads the workspace folders (URIs) into the service and follows their changes. */
	createIndexing(host: IndexerHost, folders: readonly string[], glob: string): WorkspaceIndexing;
	/** Requests that need a file system of the host's own (export, import, compare); a host without one leaves them out. */
	registerFileRequests?(
		connection: Connection,
		documents: TextDocuments<TextDocument>,
		settings: () => AttacheSettings,
	): void;
	/** How the corpus views' facts are read ahead between messages (a test holds and counts the slices). */
	readonly viewFactsAhead?: ReadAheadHooks;
}

/** The workspace as the index follows it: read whole, then file by file and editor by editor. */
export interface WorkspaceIndexing {
	/** Whether the first reading of the workspace is running. */
	readonly indexing: boolean;
	indexAll(): Promise<void>;
	/** The knowledge-base glob changed (setting attache.knowledgeBase.glob): read the workspace again. */
	setGlob(glob: string): Promise<void>;
	/** Files created, changed or deleted outside the editor (workspace/didChangeWatchedFiles). */
	filesChanged(changes: readonly FileEvent[]): Promise<void>;
	/** An article or a knowledge base open in the editor changed: its text, saved or not, replaces the stored one. */
	documentChanged(uri: string, text: string): void;
	/** Closed in the editor: what is stored counts again. */
	documentClosed(uri: string): Promise<void>;
}

export interface ProgressReporter {
	begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
	report(percentage: number, message?: string): void;
	done(): void;
}

export interface IndexerHost {
	readonly service: AttacheService;
	/** Open in the editor: the editor's text counts, not the disk's. */
	isOpen(uri: string): boolean;
	/** The documents open in the editor, with their text. */
	openDocuments(): readonly { readonly uri: string; getText(): string }[];
	createProgress(): Promise<ProgressReporter>;
	log(message: string): void;
	/** The index changed (debounced); `entities`: what it says of entities changed, not merely where text stands. */
	indexChanged(entities: boolean): void;
	/** A knowledge base was read or deleted: publish its diagnostics. */
	publishKnowledgeBase(uri: string): void;
}
