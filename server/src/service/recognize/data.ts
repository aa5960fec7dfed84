/**
 * The recognizer's immutable data: the lists and the taggers' weights, read from the artifacts of server/data/ at
 * their first use, once per process, and shared by every recognizer, which never writes them. This is the one place
 * where the recognizer keeps anything at module level (README, "State between calls"). Each part is loaded on its
 * own: training the tagger reads the lists, not the weights it is about to replace.
 */
import { RULES } from './dates/rules';
import { readGazetteer, type Gazetteer } from './names/lexicon';
import { shippedWeights, type Weights } from './names/tagger';
import { readClusters, type RuClusters } from './ru/clusters';
import { readListPrefixes, readPlacePrefixes, readRussianLists, type ListEntry } from './ru/lists';
import { readRussianWeights } from './ru/tagger';

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

// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let ruLists: ReadonlyMap<string, ListEntry> | undefined;
// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let ruPrefixes: ReadonlySet<string> | undefined;
// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let ruListPrefixes: ReadonlySet<string> | undefined;
// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let ruWeights: Weights | undefined;

/** The Russian lists by phrase key (ru/lists.ts). */
export function russianLists(): ReadonlyMap<string, ListEntry> {
	return (ruLists ??= readRussianLists());
}

/** The keys that begin a longer phrase of the Russian lists (ru/lists.ts). */
export function russianListPrefixes(): ReadonlySet<string> {
	return (ruListPrefixes ??= readListPrefixes(russianLists()));
}

/** The first four letters of the listed places' one-word names (ru/lists.ts). */
export function placePrefixes(): ReadonlySet<string> {
	return (ruPrefixes ??= readPlacePrefixes(russianLists()));
}

// eslint-disable-next-line no-restricted-syntax -- data loaded once (see above)
let ruClusters: RuClusters | undefined;

/** The Russian tagger's word clusters (clusters-ru.json). */
export function russianClusters(): RuClusters {
	return (ruClusters ??= readClusters());
}

/** The Russian tagger's shipped weights (names-tagger-ru.json). */
export function russianTaggerWeights(): Weights {
	return (ruWeights ??= Object.freeze(readRussianWeights()));
}

/** No date rule starts inside a word. */
const WORD_START = '(?<![A-Za-z0-9_\\u00c0-\\u024f\\u0400-\\u04ff])';
/**
 * Each date rule's regex, matching only where it is run; built at its first use (a short document needs few of them,
 * and V8 parses a regex's source when it is built: 3.5 M instructions for all of them). Shared as the lists are: a
 * regex keeps nothing but its `lastIndex`, which each use sets before it matches (dates/scanner.ts).
 */
const sticky: (RegExp | undefined)[] = RULES.map(() => undefined);
export const stickyRegex = (rule: number): RegExp =>
	(sticky[rule] ??= new RegExp(WORD_START + RULES[rule]!.source, 'yd'));
