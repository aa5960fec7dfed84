import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { Commands } from '../../server/src/shared/commands';
import { globMatcher } from '../../server/src/shared/glob';
import { ReadWorkspaceFilesRequest, WorkspaceFilesRequest, type WorkspaceFile } from '../../server/src/shared/protocol';
import { knowledgeBasePattern } from './knowledgeBaseDocuments';

/** Files larger than this are not handed over (a `.news` file is an article, not a data dump), as the Node server's walk. */
const MAX_BYTES = 4_000_000;
const decoder = new TextDecoder();

/**
 * The workspace's articles and knowledge bases, read by the editor for a server that has no disk of its own (in
 * VS Code for the web, the server runs in a web worker): whatever the file system of the workspace.
 */
export function registerWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
	const kb = (): vscode.GlobPattern => knowledgeBasePattern();
	const isKnowledgeBase = (uri: vscode.Uri): boolean =>
		globMatcher(knowledgeBasePattern())(vscode.workspace.asRelativePath(uri, false));
	const read = async (uri: vscode.Uri, kind: WorkspaceFile['kind']): Promise<WorkspaceFile | undefined> => {
		try {
			const bytes = await vscode.workspace.fs.readFile(uri);
			return bytes.byteLength > MAX_BYTES ? undefined : { uri: uri.toString(), text: decoder.decode(bytes), kind };
		} catch {
			return undefined;
		}
	};
	return [
		client.onRequest(WorkspaceFilesRequest.type, async () => {
			const [articles, knowledgeBases] = await Promise.all([
				vscode.workspace.findFiles('**/*.news', '**/node_modules/**'),
				vscode.workspace.findFiles(kb(), '**/node_modules/**'),
			]);
			const files = await Promise.all([
				...articles.map((u) => read(u, 'article')),
				...knowledgeBases.map((u) => read(u, 'knowledge-base')),
			]);
			return files.filter((f): f is WorkspaceFile => f !== undefined);
		}),
		client.onRequest(ReadWorkspaceFilesRequest.type, async ({ uris }) => {
			const files = await Promise.all(
				uris.map(async (s) => {
					const uri = vscode.Uri.parse(s);
					if (/\.news$/i.test(uri.path)) return read(uri, 'article');
					return isKnowledgeBase(uri) ? read(uri, 'knowledge-base') : undefined;
				}),
			);
			return files.filter((f): f is WorkspaceFile => f !== undefined);
		}),
	];
}

/** Where the server has no files of its own (VS Code for the web), Export, Import and Compare say what to do instead. */
export function registerWithoutServerFiles(): vscode.Disposable[] {
	const unavailable = (what: string) => () =>
		void vscode.window.showInformationMessage(
			`Attache: ${what} needs the language server's own file system, which VS Code for the web does not give it. Open the folder in desktop VS Code, or run \`attache export\` / \`attache import\` from a terminal.`,
		);
	return [
		vscode.commands.registerCommand(Commands.exportFile, unavailable('Export')),
		vscode.commands.registerCommand(Commands.exportWorkspace, unavailable('Export')),
		vscode.commands.registerCommand(Commands.importFiles, unavailable('Import')),
		vscode.commands.registerCommand(Commands.compareAnnotations, unavailable('Compare Annotations')),
	];
}
