import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineCursor } from '../text/lineCursor';
import {
	AnnotatedTextEdit,
	CreateFile,
	TextDocumentEdit,
	type Position,
	type Range,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-types';

/** A replacement in a source text, in UTF-16 offsets. */
export interface OffsetEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

export const insertAt = (at: number, text: string): OffsetEdit => ({ start: at, end: at, text });
export const deleteRange = (start: number, end: number): OffsetEdit => ({ start, end, text: '' });

/** Sorted by start; insertions at one offset keep their order (LSP applies them in array order). */
export function sortEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
	let sorted = true;
	for (let i = 1; i < edits.length && sorted; i++) sorted = edits[i - 1]!.start <= edits[i]!.start;
	if (sorted) return edits as OffsetEdit[];
	return edits
		.map((e, i) => ({ e, i }))
		.sort((a, b) => a.e.start - b.e.start || a.i - b.i)
		.map((x) => x.e);
}

/**
 * Where `offset` lands once the sorted edits are applied. An insertion at the offset lands before it (the cursor
 * moves past inserted text); an offset inside a replaced range lands at the end of the replacement.
 */
export function mapOffset(edits: readonly OffsetEdit[], offset: number): number {
	let delta = 0;
	for (const e of edits) {
		if (e.start > offset) break;
		if (e.end <= offset) delta += e.text.length - (e.end - e.start);
		else return e.start + delta + e.text.length;
	}
	return offset + delta;
}

export function toTextEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
	const at = new LineCursor(document);
	const position = (offset: number): Position => {
		at.moveTo(offset);
		return { line: at.line, character: at.character };
	};
	return edits.map((e) => ({ range: { start: position(e.start), end: position(e.end) }, newText: e.text }));
}

/** The text once the edits are applied. */
export function applyOffsetEdits(source: string, edits: readonly OffsetEdit[]): string {
	let out = '';
	let at = 0;
	for (const e of sortEdits(edits)) {
		out += source.slice(at, e.start) + e.text;
		at = Math.max(at, e.end);
	}
	return out + source.slice(at);
}

/** Positions in the edited text of `document`, from offsets in it. */
export function editedPositions(document: TextDocument, edits: readonly OffsetEdit[]): (offset: number) => Position {
	const edited = TextDocument.create(
		document.uri,
		document.languageId,
		document.version + 1,
		applyOffsetEdits(document.getText(), edits),
	);
	return (offset) => edited.positionAt(offset);
}

/** A caret (empty range) in the edited text, at where `offset` of the original text lands. */
export function caretAfter(document: TextDocument, edits: readonly OffsetEdit[], offset: number): Range {
	const sorted = sortEdits(edits);
	const p = positionAfter(document, sorted, offset) ?? editedPositions(document, edits)(mapOffset(sorted, offset));
	return { start: p, end: p };
}

/**
 * Where `offset` lands, worked out from the edits on its own line alone: for edits that neither add nor remove line
 * breaks (all that annotating does), without building the edited text. Undefined when that does not hold.
 */
function positionAfter(document: TextDocument, sorted: readonly OffsetEdit[], offset: number): Position | undefined {
	const source = document.getText();
	const p = document.positionAt(offset);
	const lineStart = offset - p.character;
	let character = p.character;
	for (const e of sorted) {
		if (e.start > offset) break;
		if (
			e.text.includes('\n') ||
			e.text.includes('\r') ||
			(e.end > e.start && /[\r\n]/.test(source.slice(e.start, e.end)))
		)
			return undefined;
		if (e.end > offset)
			return e.start < lineStart
				? undefined
				: { line: p.line, character: character + (e.start - offset) + e.text.length };
		if (e.start >= lineStart) character += e.text.length - (e.end - e.start);
	}
	return { line: p.line, character };
}

/** The edits of one file of a workspace edit. */
export interface FileEdits {
	readonly uri: string;
	/** The open document's version, null for a file on disk. */
	readonly version: number | null;
	readonly edits: readonly TextEdit[];
	/** The file does not exist yet. */
	readonly create?: boolean;
}

export interface Confirmation {
	readonly label: string;
	readonly description?: string;
}

const CHANGE = 'attache.change';
const REVIEW = 'attache.review';

/**
 * One WorkspaceEdit for all the files. With `confirm`, VS Code shows its refactor preview first: it does so when a
 * change needs confirmation, and it leaves such changes unchecked. So the real changes carry an annotation that needs
 * none (they are checked, Apply takes them at once) and one empty insertion needs confirmation, only to open the
 * preview.
 */
export function workspaceEdit(files: readonly FileEdits[], confirm?: Confirmation): WorkspaceEdit {
	const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
	for (const f of files) {
		// Never over a file that exists (then VS Code refuses the whole edit).
		if (f.create)
			documentChanges.push(
				confirm
					? CreateFile.create(f.uri, { overwrite: false }, CHANGE)
					: CreateFile.create(f.uri, { overwrite: false }),
			);
		const edits = confirm ? f.edits.map((e) => AnnotatedTextEdit.replace(e.range, e.newText, CHANGE)) : [...f.edits];
		documentChanges.push(TextDocumentEdit.create({ uri: f.uri, version: f.version }, edits));
	}
	if (!confirm) return { documentChanges };
	const home = documentChanges.find(
		(c): c is TextDocumentEdit => 'textDocument' in c && !files.find((f) => f.uri === c.textDocument.uri)?.create,
	);
	const start = { line: 0, character: 0 };
	if (home) home.edits.unshift(AnnotatedTextEdit.insert(start, '', REVIEW));
	return {
		documentChanges,
		changeAnnotations: {
			[CHANGE]: {
				label: confirm.label,
				needsConfirmation: false,
				...(confirm.description !== undefined && { description: confirm.description }),
			},
			[REVIEW]: { label: 'Review the changes below, then Apply', needsConfirmation: true },
		},
	};
}

/** One edit of one open document. */
export function documentEdit(document: TextDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
	return workspaceEdit([
		{ uri: document.uri, version: document.version, edits: toTextEdits(document, sortEdits(edits)) },
	]);
}

export function eolOf(text: string): string {
	return text.includes('\r\n') ? '\r\n' : '\n';
}
