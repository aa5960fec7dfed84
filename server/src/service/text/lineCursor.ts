import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Walks a document forward and keeps the LSP line and character of the offset it stands at, without making position
 * objects: for edits by the ten thousand. Going backwards (or into a CRLF) asks the document instead.
 */
export class LineCursor {
	line = 0;
	character = 0;
	readonly #document: TextDocument;
	readonly #text: string;
	#offset = 0;
	#lineNumber = 0;
	#lineStart = 0;

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
		let offset = this.#offset;
		for (; offset < target; offset++) {
			const c = text.charCodeAt(offset);
			if (c === 10 || (c === 13 && text.charCodeAt(offset + 1) !== 10)) {
				this.#lineNumber++;
				this.#lineStart = offset + 1;
			}
		}
		this.#offset = offset;
		this.line = this.#lineNumber;
		this.character = target - this.#lineStart;
	}
}
