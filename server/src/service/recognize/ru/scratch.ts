import { placePrefixes, russianClusters, russianLists, russianTaggerWeights } from '../data';
import type { RuClusters } from './clusters';
import { NLABELS } from '../names/features';
import type { Weights } from '../names/tagger';
import type { ListEntry } from './lists';
import type { RuWord } from './words';

/** The tagger's word scores kept at most (`wordScores`). */
export const MAX_WORD_SCORES = 20_000;

/**
 * What the Russian recognizer of one service keeps from one article to the next: its data (`../data.ts`, shared by
 * every recognizer, never written) and its own caches, whose content changes how fast names are found, never which
 * (README, "State between calls"). Two services never share one.
 */
export class RussianScratch {
	readonly lists: ReadonlyMap<string, ListEntry>;
	readonly placePrefixes: ReadonlySet<string>;
	readonly clusters: RuClusters;
	#weights: Weights | undefined;
	/** stems found, by word (`stemOf`): an article repeats its words, and the tagger, the lists and the names all ask */
	readonly stems = new Map<string, string>();
	/** what was read of each token text (`words.ts`) */
	readonly words = new Map<string, RuWord>();
	/**
	 * Per token text, where the scores of its word features are in `wordPool` (the same wherever the text occurs: an
	 * article repeats its words). The sums are exact in any order (multiples of one power of two, see
	 * `../names/nameScratch.ts`).
	 */
	readonly wordScores = new Map<string, number>();
	readonly wordPool = new Float64Array(MAX_WORD_SCORES * NLABELS);

	/** `weights`: the tagger's, the shipped ones by default (cross-validation trains one model a fold). */
	constructor(weights?: Weights) {
		this.lists = russianLists();
		this.placePrefixes = placePrefixes();
		this.clusters = russianClusters();
		this.#weights = weights;
	}

	/** The tagger's weights, loaded at the first article the tagger reads. */
	get weights(): Weights {
		return (this.#weights ??= russianTaggerWeights());
	}
}
