import { type Ctx, tokenAt } from './context';
import { tokenize } from './tokenize';
import { type Candidate, type ExtraName, candidate } from './types';

interface Pattern {
	readonly words: readonly string[];
	readonly folded: boolean;
	readonly name: ExtraName;
}

/**
 * Candidates for the names the workspace knows (knowledge base, annotations elsewhere in the corpus): each phrase
 * is found wherever its words occur as written, or in capitals. A `none` phrase claims its span and emits nothing.
 */
export function extraCandidates(ctx: Ctx, extra: readonly ExtraName[]): Candidate[] {
	if (extra.length === 0) return [];
	const byFirst = new Map<string, Pattern[]>();
	for (const name of extra) {
		const toks = tokenize(name.text);
		if (toks.length === 0) continue;
		const words = toks.map((t) => t.text);
		const first = toks[0]?.lower ?? '';
		const list = byFirst.get(first) ?? [];
		list.push({ words, folded: false, name });
		byFirst.set(first, list);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
	const out: Candidate[] = [];
	const { tokens } = ctx;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t) continue;
		const list = byFirst.get(t.lower);
		if (!list) continue;
		for (const p of list) {
			if (i + p.words.length > tokens.length) continue;
			let ok = true;
			for (let k = 0; k < p.words.length && ok; k++) {
				const tk = tokens[i + k];
				const w = p.words[k] ?? '';
				ok = tk !== undefined && (tk.text === w || (tk.allCaps && tk.text === w.toUpperCase()));
			}
			if (!ok) continue;
			// A known surname inside a longer capitalized name ("Ada Lindqvist" when "Lindqvist" is known) yields to
			// the longer name that patterns or the model find, and stands alone only when nothing else claims it.
			const before = tokenAt(tokens, i - 1);
			const after = tokens[i + p.words.length];
			const inLongerName =
				p.name.type === 'person' &&
				p.words.length === 1 &&
				((before?.cap && before.kind === 'word' && !before.sentStart) || (after?.cap && after.kind === 'word'));
			const conf = inLongerName ? 0.6 : p.name.source === 'knowledge-base' ? 1 : 0.97;
			out.push(candidate(i, i + p.words.length, p.name.type, p.name.source, conf));
			break;
		}
	}
	return out;
}
