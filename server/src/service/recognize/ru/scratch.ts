import { placePrefixes, russianClusters, russianListPrefixes, russianLists, russianTaggerWeights } from '../data';
import type { RuClusters } from './clusters';
import { NLABELS } from '../names/features';
import type { Weights } from '../names/tagger';
import type { ListEntry } from './lists';
import type { RuWord } from './words';

/** The token texts kept at most (`words`), each with the scores of its word features in `wordPool`. */
export const MAX_WORDS = 20_000;

/**
 * What the Russian recognizer of one service keeps from one article to the next: its data (`../data.ts`, shared by
 * every recognizer, never written) and its own caches, whose content changes how fast names are found, never which
 * (README, "State between calls"). Two services never share one.
 */
export class RussianScratch {
	readonly lists: ReadonlyMap<string, ListEntry>;
	readonly listPrefixes: ReadonlySet<string>;
	readonly placePrefixes: ReadonlySet<string>;
	readonly clusters: RuClusters;
	#weights: Weights | undefined;
	/** stems found, by word (`stemOf`): an article repeats its words, and the tagger, the lists and the names all ask */
	readonly stems = new Map<string, string>();
	/** what was read of each token text (`words.ts`), each word with its own slot, from 0 in the order read */
	readonly words = new Map<string, RuWord>();
	/**
	 * The scores of the tagger's word features, NLABELS a slot, for the words whose `wordScored` is 1 (the same
	 * wherever the text occurs: an article repeats its words). The sums are exact in any order (multiples of one
	 * power of two, see `../names/nameScratch.ts`).
	 */
	readonly wordPool = new Float64Array(MAX_WORDS * NLABELS);
	readonly wordScored = new Uint8Array(MAX_WORDS);

	/** `weights`: the tagger's, the shipped ones by default (cross-validation trains one model a fold). */
	constructor(weights?: Weights) {
		this.lists = russianLists();
		this.listPrefixes = russianListPrefixes();
		this.placePrefixes = placePrefixes();
		this.clusters = russianClusters();
		this.#weights = weights;
	}

	/** Forgets the words read and their scores (between two articles: `wordsOf`). */
	forgetWords(): void {
		this.words.clear();
		this.wordScored.fill(0);
	}

	/** The tagger's weights, loaded at the first article the tagger reads. */
	get weights(): Weights {
		return (this.#weights ??= russianTaggerWeights());
	}
}
