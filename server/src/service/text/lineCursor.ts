import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Walks a document forward and keeps the LSP line and character of the offset it stands at, without making position
 * objects: for edits and tokens by the ten thousand. Going backwards (or into a CRLF) asks the document instead.
 */
export class LineCursor {
	line = 0;
	character = 0;
	readonly #document: TextDocument;
	readonly #text: string;
	#offset = 0;
	#lineNumber = 0;
	#lineStart = 0;
	/** The next `\n` and the next lone `\r` at or after `#offset` (text.length where none): found natively by `indexOf`, not read a character at a time. */
	#lf = -1;
	#cr = -1;

	constructor(document: TextDocument) {
		this.#document = document;
		this.#text = document.getText();
	}

	moveTo(target: number): void {
		const text = this.#text;
		// Between \r and \n, LSP puts the position at the end of the line: the document knows.
		if (
			target < this.#offset ||
			target > text.length ||
			(target > 0 && text.charCodeAt(target - 1) === 13 && text.charCodeAt(target) === 10)
		) {
			const p = this.#document.positionAt(target);
			this.line = p.line;
			this.character = p.character;
			return;
		}
		for (;;) {
			if (this.#lf < this.#offset) this.#lf = found(text.indexOf('\n', this.#offset), text.length);
			while (this.#cr < this.#offset || (this.#cr < text.length && text.charCodeAt(this.#cr + 1) === 10))
				this.#cr = found(text.indexOf('\r', Math.max(this.#offset, this.#cr + 1)), text.length);
			const lineBreak = Math.min(this.#lf, this.#cr);
			if (lineBreak >= target) break;
			this.#lineNumber++;
			this.#lineStart = this.#offset = lineBreak + 1;
		}
		this.#offset = target;
		this.line = this.#lineNumber;
		this.character = target - this.#lineStart;
	}
}

const found = (index: number, none: number): number => (index < 0 ? none : index);
