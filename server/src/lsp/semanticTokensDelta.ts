import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';

/**
 * The last semantic tokens sent for each document, so that the editor can ask for what changed since
 * (`textDocument/semanticTokens/full/delta`): after a keystroke in a long article the answer is one small edit instead
 * of every token again (52,000 suggestions in a 1 MB raw article are 1.3 MB of JSON to write and for the editor to read).
 */
export class SemanticTokensResults {
	readonly #last = new Map<string, { readonly id: string; readonly data: readonly number[] }>();
	#next = 0;

	/** The full tokens, with an id the editor can name in its next request. */
	full(uri: string, tokens: SemanticTokens): SemanticTokens {
		const resultId = String(++this.#next);
		this.#last.set(uri, { id: resultId, data: tokens.data });
		return { resultId, data: tokens.data };
	}

	/** The edits from the tokens of `previousResultId` to `tokens`; all of them where that result is not the last one. */
	delta(uri: string, previousResultId: string, tokens: SemanticTokens): SemanticTokens | SemanticTokensDelta {
		const last = this.#last.get(uri);
		if (!last || last.id !== previousResultId) return this.full(uri, tokens);
		const resultId = String(++this.#next);
		this.#last.set(uri, { id: resultId, data: tokens.data });
		return { resultId, edits: tokenEdits(last.data, tokens.data) };
	}

	forget(uri: string): void {
		this.#last.delete(uri);
	}
}

/**
 * One edit that turns `before` into `after`: what lies between their common start and their common end (a keystroke
 * changes the tokens of one place, and shifts the lines of those after it only where a line is added or removed: the
 * tokens are relative to the one before). None where they are equal.
 */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before[start] === after[start]) start++;
	if (start === before.length && start === after.length) return [];
	// whole tokens of five numbers each side, as the editor counts them
	start -= start % 5;
	let end = 0;
	while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	end -= end % 5;
	return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}
