import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	CreateFile,
	Position,
	Range,
	TextDocumentEdit,
	TextEdit,
	WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CommandResult, CommandTarget } from '../../server/src/shared/commandProtocol';

/** The cursor is shown as `|` in the texts of the command tests. */
export const CARET = '|';

/** A document with the cursor (`|`) or the selection (`«...»`) marked in its text, and the target a client would send. */
export function marked(
	make: (text: string) => TextDocument,
	text: string,
): { document: TextDocument; target: CommandTarget } {
	const clean = text.replace(/[|«»]/g, '');
	const document = make(clean);
	const sel = text.indexOf('«');
	if (sel >= 0) {
		const end = text.replace('«', '').indexOf('»');
		const range = { start: document.positionAt(sel), end: document.positionAt(end) };
		return { document, target: { textDocument: { uri: document.uri }, position: range.end, range } };
	}
	const at = text.indexOf(CARET);
	assert.ok(at >= 0, 'mark the cursor with | or the selection with «»');
	const position = document.positionAt(at);
	return {
		document,
		target: {
			textDocument: { uri: document.uri },
			position,
			range: { start: position, end: position },
			wordRange: wordRange(clean, at, document),
		},
	};
}

/** The word under the cursor, as VS Code finds it with the language's word pattern. */
function wordRange(text: string, at: number, document: TextDocument): Range | undefined {
	const word = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
	for (const m of text.matchAll(word)) {
		if (m.index <= at && at <= m.index + m[0].length)
			return { start: document.positionAt(m.index), end: document.positionAt(m.index + m[0].length) };
	}
	return undefined;
}

/** The edits of one file in a WorkspaceEdit. */
export function editsOf(edit: WorkspaceEdit, uri: string): TextEdit[] {
	const changes = (edit.documentChanges ?? []).filter(
		(c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri,
	);
	return changes.flatMap((c) => c.edits);
}

export function createdFiles(edit: WorkspaceEdit): string[] {
	return (edit.documentChanges ?? [])
		.filter((c): c is CreateFile => 'kind' in c && c.kind === 'create')
		.map((c) => c.uri);
}

/** Whether VS Code would show its refactor preview first. */
export function needsConfirmation(edit: WorkspaceEdit): boolean {
	return Object.values(edit.changeAnnotations ?? {}).some((a) => a.needsConfirmation === true);
}

function withCaret(text: string, selection: Range | undefined): string {
	if (!selection) return text;
	const edited = TextDocument.create('file:///x', 'x', 1, text);
	const at = (p: Position): number => edited.offsetAt(p);
	if (at(selection.start) === at(selection.end))
		return text.slice(0, at(selection.start)) + CARET + text.slice(at(selection.start));
	return (
		text.slice(0, at(selection.start)) +
		'«' +
		text.slice(at(selection.start), at(selection.end)) +
		'»' +
		text.slice(at(selection.end))
	);
}

/** The document's text once the command's edit is applied, with the cursor it leaves marked `|`. */
export function applied(document: TextDocument, result: CommandResult): string {
	assert.equal(result.error, undefined, `the command failed: ${result.error}`);
	assert.ok(result.edit, `the command made no edit (${result.message ?? 'no message'})`);
	const versions = (result.edit.documentChanges ?? []).filter(
		(c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === document.uri,
	);
	for (const v of versions)
		assert.equal(v.textDocument.version, document.version, 'the edit names the document version it was computed on');
	return withCaret(TextDocument.applyEdits(document, editsOf(result.edit, document.uri)), result.selection);
}

/** The text of another file once the edit is applied to `before` (empty for a file the edit creates). */
export function appliedTo(result: CommandResult, uri: string, before = ''): string {
	assert.ok(result.edit, `the command made no edit (${result.error ?? result.message ?? ''})`);
	return TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, before), editsOf(result.edit, uri));
}
