import { englishGazetteer, englishTaggerWeights } from '../data';
import { LineCache } from './articleLines';
import type { CommonWords } from './commonWords';
import { MAX_FEATURES, NLABELS, NUM_HASH_COUNT } from './features';
import { RECENT_MASK, type Gazetteer, type Table } from './lexicon';
import { Int32Scratch } from './scratch';
import type { Weights } from './tagger';

/** The tagger's word scores kept at most (`wordScores`). */
export const MAX_WORD_SCORES = 20_000;

/**
 * What the English recognizer of one service keeps from one article to the next: its data (`../data.ts`, shared by
 * every recognizer, never written) and its own scratch memory and caches, whose content changes how fast names are found,
 * never which (README, "State between calls"). Two services never share one.
 */
export class NameScratch {
	readonly table: Table;
	readonly common: CommonWords;
	readonly canonical: ReadonlyMap<string, string>;
	#weights: Weights | undefined;
	/** the second hash of the last `hashesOf` (phrasehash.ts) */
	h2 = 0;
	/**
	 * The last lookups of the lists, two numbers each as in the table, by the first hash's low bits: the words of
	 * every sentence ("the", "said", "minister") are found here, without reaching into the big table (which the
	 * processor's cache does not hold).
	 */
	readonly recent = new Int32Array(2 * (RECENT_MASK + 1));
	/** the set of capitalized words' hashes of `makeContext` */
	readonly hashSlots = new Int32Scratch(4);
	/** the words in lower case of `makeContext`: token index and two hashes each */
	readonly lowerWords = new Int32Scratch(3);
	/** the numeric features' hashes, filled in as asked (features.ts) */
	readonly numHashes = new Int32Array(NUM_HASH_COUNT);
	/** per token, what `choose` has put there */
	readonly chosen = new Int32Scratch(1);
	/**
	 * Per token text, where the scores of its word features (`Featurizer.wordFeatures`) are, which are the same wherever
	 * the text occurs. Adding them as one sum gives exactly the scores of adding feature by feature: a weight is a
	 * 16-bit integer times the scale, rounded to 32-bit float, so all are multiples of one power of two and sums of up
	 * to MAX_FEATURES of them are exact in doubles, in any order.
	 */
	readonly wordScores = new Map<string, number>();
	/**
	 * The lines of articles read lately, tokenized, with what was found in each (articleLines.ts), for a recognizer
	 * that reads versions of the same articles (the editor's); none for one that reads each article once (a batch).
	 */
	readonly lines: LineCache | undefined;
	/** The scores themselves, NLABELS a word, at the offsets `wordScores` gives (one buffer, not a small array a word). */
	readonly wordScorePool = new Float64Array(MAX_WORD_SCORES * NLABELS);

	#run: RunBuffers = runBuffers(16);

	/**
	 * `weights`: the tagger's, the shipped ones by default (cross-validation trains one model a fold); `keepLines`:
	 * whether to keep what each line was found to hold, for the next version of its article.
	 */
	constructor(gazetteer: Gazetteer = englishGazetteer(), weights?: Weights, keepLines = false) {
		this.lines = keepLines ? new LineCache() : undefined;
		this.table = gazetteer.table;
		this.common = gazetteer.common;
		this.canonical = gazetteer.canonical;
		this.#weights = weights;
	}

	/** The tagger's buffers for a run of `length` tokens, the same from one call to the next. */
	runBuffers(length: number): RunBuffers {
		if (this.#run.pred.length < length) this.#run = runBuffers(Math.max(length, 2 * this.#run.pred.length));
		return this.#run;
	}

	/** The tagger's weights, loaded at the first article the tagger reads. */
	get weights(): Weights {
		return (this.#weights ??= englishTaggerWeights());
	}
}

/** The tagger's buffers for one run of tokens: its features, the labels' scores, the best labels, Viterbi's tables. */
interface RunBuffers {
	readonly feats: Int32Array;
	readonly emit: Float64Array;
	readonly pred: Int32Array;
	readonly viterbi: { readonly score: Float64Array; readonly back: Int8Array };
}

function runBuffers(length: number): RunBuffers {
	return {
		feats: new Int32Array(MAX_FEATURES),
		emit: new Float64Array(length * NLABELS),
		pred: new Int32Array(length),
		viterbi: { score: new Float64Array(length * NLABELS), back: new Int8Array(length * NLABELS) },
	};
}
