/** Where the Russian lists (`lists.ts`) match an article's tokens, longest phrase first, capitalized words only. */
import { MAX_LIST_WORDS, type ListEntry } from './lists';
import type { RussianScratch } from './scratch';
import type { RuToken } from './tokenize';
import { wordsOf, type RuWord } from './words';

export interface ListMatch {
	readonly from: number;
	readonly to: number;
	readonly entry: ListEntry;
}

export interface ListMarks {
	readonly matches: readonly ListMatch[];
	/** per token: 0 none, else the list type (1 place, 2 org) * 4 + the position (1 first, 2 inside, 3 last of several) */
	readonly at: Uint8Array;
}

/** `words`: the tokens' (`wordsOf`), when the caller has read them already. */
export function matchLists(
	tokens: readonly RuToken[],
	scratch: RussianScratch,
	words: readonly RuWord[] = wordsOf(tokens, scratch),
): ListMarks {
	const { lists, listPrefixes } = scratch;
	const n = tokens.length;
	const at = new Uint8Array(n);
	const matches: ListMatch[] = [];
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as RuToken;
		if (!t.cap) continue;
		let found: ListMatch | undefined;
		let key = '';
		for (let j = i; j < Math.min(n, i + MAX_LIST_WORDS); j++) {
			key = j === i ? (words[j] as RuWord).key : `${key} ${(words[j] as RuWord).key}`;
			const e = lists.get(key);
			if (e) found = { from: i, to: j + 1, entry: e };
			if (!listPrefixes.has(key)) break;
		}
		if (!found) continue;
		matches.push(found);
		const kind = found.entry.type === 'place' ? 1 : 2;
		for (let k = found.from; k < found.to; k++)
			at[k] = kind * 4 + (found.to - found.from === 1 ? 0 : k === found.from ? 1 : k === found.to - 1 ? 3 : 2);
		i = found.to - 1;
	}
	return { matches, at };
}
