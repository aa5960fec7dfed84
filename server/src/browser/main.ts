// The language server in a web worker (VS Code for the web): the same wiring and service as on Node, the workspace
// read through the client. What needs a disk of the server's own (export, import, compare with a git revision) is
// not offered here.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { ServerHost } from '../lsp/serverHost';
import { startServer } from '../lsp/server';
import { ClientIndexing } from './clientIndexing';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const browserHost: ServerHost = {
	createIndexing: (host) => new ClientIndexing(connection, host),
};
startServer(connection, browserHost);
