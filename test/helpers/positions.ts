import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

export interface PositionOptions {
	/** Characters into the needle (UTF-16 units); may be negative. */
	readonly delta?: number;
	/** Which occurrence, from 0. */
	readonly nth?: number;
	/** Look on this line only (0-based; CRLF or LF). */
	readonly line?: number;
}

/** The position `delta` characters into the `nth` occurrence of `needle` in a text or document; fails when it is absent. */
export function positionOf(text: string | TextDocument, needle: string, options: PositionOptions = {}): Position {
	const document = typeof text === 'string' ? TextDocument.create('file:///positionOf', 'text', 0, text) : text;
	const source = document.getText();
	let from = options.line === undefined ? 0 : document.offsetAt({ line: options.line, character: 0 });
	const to = options.line === undefined ? source.length : document.offsetAt({ line: options.line + 1, character: 0 });
	let i = -1;
	for (let k = 0; k <= (options.nth ?? 0); k++) {
		i = source.indexOf(needle, from);
		from = i + 1;
		if (i < 0 || i + needle.length > to) break;
	}
	assert.ok(
		i >= 0 && i + needle.length <= to,
		`"${needle}"${options.nth ? ` (occurrence ${options.nth + 1})` : ''}${options.line === undefined ? '' : ` on line ${options.line}`} is in the text`,
	);
	return document.positionAt(i + (options.delta ?? 0));
}

/** Every file's text after a workspace edit, for the files it touches (`documentChanges` or `changes`). */
export function applyWorkspaceEdit(
	edit: WorkspaceEdit,
	files: Readonly<Record<string, string>>,
): Record<string, string> {
	const perFile: [string, TextEdit[]][] = edit.documentChanges
		? (edit.documentChanges.filter((c) => 'edits' in c) as TextDocumentEdit[]).map((c) => [
				c.textDocument.uri,
				c.edits as TextEdit[],
			])
		: Object.entries(edit.changes ?? {});
	const out: Record<string, string> = {};
	for (const [uri, edits] of perFile)
		out[uri] = TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, files[uri]!), edits);
	return out;
}
