import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

/** What the editor says of a document it has open. */
export interface OpenDocumentState {
	readonly version: number;
	readonly isDirty: boolean;
}

/**
 * The files of a command's edit whose text is no longer the one the server computed the edit on. VS Code does not
 * check the versions of a WorkspaceEdit (the language client drops them), and an edit applied to other text lands
 * in the wrong place. A file the server had open (a version) must still be open at that version; a file it read
 * from disk (version null) must not have unsaved changes in the editor.
 */
export function staleFiles(edit: WorkspaceEdit, opened: (uri: string) => OpenDocumentState | undefined): string[] {
	const stale: string[] = [];
	for (const change of edit.documentChanges ?? []) {
		if (!('textDocument' in change)) continue;
		const { uri, version } = change.textDocument;
		const now = opened(uri);
		const fresh = version === null ? !now?.isDirty : now?.version === version;
		if (!fresh && !stale.includes(uri)) stale.push(uri);
	}
	return stale;
}

/** The files an edit changes or creates, each once. */
export function editedFiles(edit: WorkspaceEdit): string[] {
	const files = new Set<string>(Object.keys(edit.changes ?? {}));
	for (const change of edit.documentChanges ?? []) {
		if ('textDocument' in change) files.add(change.textDocument.uri);
		else if (change.kind === 'create') files.add(change.uri);
		else if (change.kind === 'rename') files.add(change.newUri);
	}
	return [...files];
}
