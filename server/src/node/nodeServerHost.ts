import { fileURLToPath } from 'node:url';
import type { ServerHost } from '../lsp/serverHost';
import { registerInterchangeRequests } from './interchangeRequests';
import { WorkspaceIndexer } from './workspaceIndexer';

/** The Node host of the language server: the workspace read from disk, and the interchange requests on its files. */
export const nodeServerHost: ServerHost = {
	// Folders of other schemes (a remote file system) are none of the disk's: their open documents still count.
	createIndexing: (host, folders, glob) =>
		new WorkspaceIndexer(
			host,
			folders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f)),
			glob,
		),
	registerFileRequests: registerInterchangeRequests,
};
