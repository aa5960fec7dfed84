import * as assert from 'node:assert/strict';
import { CreateFile, TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { editedFiles, staleFiles, type OpenDocumentState } from '../../../client/src/commands/editVersions';

const KB = 'file:///ws/entities.yaml';
const ARTICLE = 'file:///ws/a.news';
const insert = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' };

/** The client applies a command's edit only to the text the server computed it on. */
suite('client: the versions of a command’s edit', () => {
	const edit = (kbVersion: number | null): WorkspaceEdit => ({
		documentChanges: [
			TextDocumentEdit.create({ uri: KB, version: kbVersion }, [insert]),
			TextDocumentEdit.create({ uri: ARTICLE, version: 3 }, [insert]),
		],
	});
	const editor = (docs: Record<string, OpenDocumentState>) => (uri: string) => docs[uri];

	test('an open entities.yaml, unsaved, at the version the server saw: fresh', () => {
		assert.deepEqual(
			staleFiles(edit(7), editor({ [KB]: { version: 7, isDirty: true }, [ARTICLE]: { version: 3, isDirty: false } })),
			[],
		);
	});

	test('typed in (or closed) since: stale', () => {
		assert.deepEqual(
			staleFiles(edit(7), editor({ [KB]: { version: 8, isDirty: true }, [ARTICLE]: { version: 3, isDirty: false } })),
			[KB],
		);
		assert.deepEqual(staleFiles(edit(7), editor({ [ARTICLE]: { version: 4, isDirty: true } })), [KB, ARTICLE]);
	});

	test('read from disk by the server (version null): fresh unless the editor has unsaved changes to it', () => {
		const article = { [ARTICLE]: { version: 3, isDirty: false } };
		assert.deepEqual(staleFiles(edit(null), editor(article)), [], 'not open');
		assert.deepEqual(
			staleFiles(edit(null), editor({ ...article, [KB]: { version: 1, isDirty: false } })),
			[],
			'open, saved',
		);
		assert.deepEqual(
			staleFiles(edit(null), editor({ ...article, [KB]: { version: 2, isDirty: true } })),
			[KB],
			'open, unsaved',
		);
	});

	test('a file the edit creates is no text yet', () => {
		const created: WorkspaceEdit = {
			documentChanges: [
				CreateFile.create(KB, { overwrite: false }),
				TextDocumentEdit.create({ uri: KB, version: null }, [insert]),
			],
		};
		assert.deepEqual(
			staleFiles(created, () => undefined),
			[],
		);
		assert.deepEqual(
			staleFiles({ changes: { [KB]: [insert] } }, () => undefined),
			[],
			'no document changes, nothing to check',
		);
	});

	test('the files an edit changes or creates, each once', () => {
		const created: WorkspaceEdit = {
			documentChanges: [
				CreateFile.create(KB, { overwrite: false }),
				TextDocumentEdit.create({ uri: KB, version: null }, [insert]),
				TextDocumentEdit.create({ uri: ARTICLE, version: 3 }, [insert]),
			],
		};
		assert.deepEqual(editedFiles(created), [KB, ARTICLE]);
		assert.deepEqual(editedFiles({ changes: { [ARTICLE]: [insert] } }), [ARTICLE]);
	});
});
