import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { IndexChangedNotification, type IndexChangedParams } from '../../server/src/shared/protocol';
import type { ServerHost } from '../../server/src/lsp/serverHost';
import { InMemoryLsp } from './lspClient';

/**
 * The real server (see InMemoryLsp) on a temporary workspace folder, initialized with it and done indexing it: the
 * setup of every corpus test. `files`: relative path -> text; a path that ends in `/` is made as a folder.
 */
export class WorkspaceLsp {
	readonly lsp: InMemoryLsp;
	readonly dir: string;
	/** The `attache/indexChanged` notifications so far, and the `$/progress` values. */
	readonly changes: IndexChangedParams[] = [];
	readonly progress: { kind: string; message?: string }[] = [];
	init: InitializeResult | undefined;
	readonly #waiters: (() => void)[] = [];

	private constructor(prefix: string, files: Readonly<Record<string, string>>, host?: ServerHost) {
		this.lsp = new InMemoryLsp(host);
		this.dir = mkdtempSync(path.join(tmpdir(), prefix));
		for (const [name, text] of Object.entries(files)) {
			const file = path.join(this.dir, name);
			mkdirSync(name.endsWith('/') ? file : path.dirname(file), { recursive: true });
			if (!name.endsWith('/')) writeFileSync(file, text);
		}
		this.lsp.client.onRequest('window/workDoneProgress/create', () => null);
		this.lsp.client.onNotification('$/progress', (p: { value: { kind: string; message?: string } }) =>
			this.progress.push(p.value),
		);
		this.lsp.client.onNotification(IndexChangedNotification.method, (p: IndexChangedParams) => {
			this.changes.push(p);
			for (const w of this.#waiters.splice(0)) w();
		});
	}

	static async start(
		prefix: string,
		files: Readonly<Record<string, string>>,
		settings?: unknown,
		host?: ServerHost,
	): Promise<WorkspaceLsp> {
		const workspace = new WorkspaceLsp(prefix, files, host);
		if (settings !== undefined) workspace.lsp.settings = settings;
		const indexed = workspace.indexChanged();
		const folder = pathToFileURL(workspace.dir).toString();
		workspace.init = await workspace.lsp.client.sendRequest<InitializeResult>('initialize', {
			processId: null,
			rootUri: folder,
			workspaceFolders: [{ uri: folder, name: 'ws' }],
			capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
		});
		await workspace.lsp.client.sendNotification('initialized', {});
		await indexed;
		return workspace;
	}

	uri(name: string): string {
		return pathToFileURL(path.join(this.dir, name)).toString();
	}

	/** Resolves at the next `attache/indexChanged`. */
	indexChanged(): Promise<void> {
		return new Promise<void>((resolve) => this.#waiters.push(resolve));
	}

	dispose(): void {
		this.lsp.dispose();
		rmSync(this.dir, { recursive: true, force: true });
	}
}
