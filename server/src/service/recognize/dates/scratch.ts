/**
 * What the date scanner of one recognizer keeps from one article to the next: what it has learnt of where the rules
 * can start (triggers.ts), which changes how fast dates are found, never which (README, "State between calls").
 */
export class DateScratch {
	/** per word (lower case), per rule: whether the rule can end after the word; 0 not asked yet, 1 yes, 2 no */
	readonly endsAfter = new Map<string, Uint8Array>();
	/** the rules to try at a word given the word after it, by the two words' trie nodes */
	readonly triedBeforeWord = new Map<number, readonly number[] | undefined>();
}
