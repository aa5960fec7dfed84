/**
 * What the Russian recognizer reads of one token text, computed once per text and kept in `RussianScratch.words`:
 * an article repeats its words, and the lists, the tagger's features and the names all ask for a token's stem,
 * shape and hashes (one lookup a token instead of one a question and a hash of each string anew).
 */
import { fnv1a } from '../../text/fnv';
import { shapeOf } from '../names/features';
import { stemOf } from './inflection';
import { listKey } from './lists';
import { MAX_WORDS, type RussianScratch } from './scratch';
import type { RuToken } from './tokenize';

export interface RuWord {
	/** `stemOf` the lower-case text */
	readonly stem: string;
	/** the key the lists are looked up by: `listKey` for a word, the text itself for a number or a sign */
	readonly key: string;
	/** the base hashes of the tagger's features (`features.ts`): lower-case text, stem, shape, last two letters */
	readonly wordHash: number;
	readonly stemHash: number;
	readonly shapeHash: number;
	readonly suffixHash: number;
	/** the stem's fine word cluster plus one (`clusters.ts`), 0 for none */
	readonly cluster: number;
	/** where the tagger keeps the scores of its word features (`RussianScratch.wordPool`), -1 for nowhere */
	readonly slot: number;
}

/**
 * The words of every token, in order (a token's text decides its lower case and kind, so the text alone is the key).
 * The words are forgotten between two articles only, never within one, so that no two words of an article share a
 * slot; those of an article too long for the room left get none.
 */
export function wordsOf(tokens: readonly RuToken[], scratch: RussianScratch): RuWord[] {
	const { words } = scratch;
	if (words.size + tokens.length > MAX_WORDS) scratch.forgetWords();
	const out = new Array<RuWord>(tokens.length);
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as RuToken;
		let w = words.get(t.text);
		if (w === undefined) {
			w = readWord(t, scratch, words.size < MAX_WORDS ? words.size : -1);
			if (w.slot >= 0) words.set(t.text, w);
		}
		out[i] = w;
	}
	return out;
}

function readWord(t: RuToken, scratch: RussianScratch, slot: number): RuWord {
	const lw = t.lower;
	const stem = stemOf(lw, scratch.stems);
	// (`| 0`: as an Int32Array holds them, the empty string's hash included)
	const wordHash = fnv1a(lw) | 0;
	const stemHash = fnv1a(stem) | 0;
	return {
		stem,
		key: t.kind === 'word' ? listKey(t.text, lw, scratch.stems) : t.text,
		wordHash,
		stemHash,
		shapeHash: fnv1a(shapeOf(t.text)) | 0,
		suffixHash: lw.length > 3 ? fnv1a(lw, lw.length - 2) | 0 : wordHash,
		cluster: (scratch.clusters.of.get(stemHash) ?? -1) + 1,
		slot,
	};
}
