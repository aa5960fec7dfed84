/** Where the Russian lists (`lists.ts`) match an article's tokens, longest phrase first, capitalized words only. */
import { listKey, MAX_LIST_WORDS, type ListEntry } from './lists';
import type { RussianScratch } from './scratch';
import type { RuToken } from './tokenize';

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

export function matchLists(tokens: readonly RuToken[], scratch: RussianScratch): ListMarks {
	const { lists, stems } = scratch;
	const n = tokens.length;
	const at = new Uint8Array(n);
	const matches: ListMatch[] = [];
	const keys = tokens.map((t) => (t.kind === 'word' ? listKey(t.text, t.lower, stems) : t.text));
	for (let i = 0; i < n; i++) {
		const t = tokens[i] as RuToken;
		if (!t.cap) continue;
		let found: ListMatch | undefined;
		let key = '';
		for (let j = i; j < Math.min(n, i + MAX_LIST_WORDS); j++) {
			key = j === i ? (keys[j] as string) : `${key} ${keys[j] as string}`;
			const e = lists.get(key);
			if (e) found = { from: i, to: j + 1, entry: e };
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
