/**
 * The recognizer's immutable data: the lists and the taggers' weights, read from the artifacts of server/data/ at
 * their first use, once per process, and shared by every recognizer, which never writes them. This is the one place
 * where the recognizer keeps anything at module level (README, "State between calls"). Each part is loaded on its
 * own: training the tagger reads the lists, not the weights it is about to replace.
 */
import { readGazetteer, type Gazetteer } from './names/lexicon';
import { shippedWeights, type Weights } from './names/tagger';

// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let englishLists: Gazetteer | undefined;
// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let englishWeights: Weights | undefined;

/** The English lists (names-gazetteer.json). */
export function englishGazetteer(): Gazetteer {
	return (englishLists ??= Object.freeze(readGazetteer()));
}

/** The English tagger's shipped weights (names-tagger.json). */
export function englishTaggerWeights(): Weights {
	return (englishWeights ??= Object.freeze(shippedWeights()));
}
