import { TextCache } from '../textCache';
import type { DateMention } from './index';

/** A paragraph's dates, and what else they were found with. */
export interface ParagraphDates {
	readonly day: string | undefined;
	readonly muc: boolean;
	readonly policy: object;
	readonly found: readonly DateMention[];
}

/**
 * What the date scanner of one recognizer keeps from one article to the next: what it has learnt of where the rules
 * can start (triggers.ts), and for the editor's the dates of each paragraph read lately; these change how fast dates
 * are found, never which (README, "State between calls").
 */
export class DateScratch {
	/** The dates of paragraphs read lately, by their text, for a recognizer that reads versions of the same articles. */
	readonly paragraphs: TextCache<ParagraphDates> | undefined;

	constructor(keepParagraphs = false) {
		this.paragraphs = keepParagraphs ? new TextCache() : undefined;
	}

	/** per word (lower case), per rule: whether the rule can end after the word; 0 not asked yet, 1 yes, 2 no */
	readonly endsAfter = new Map<string, Uint8Array>();
	/** the rules to try at a word given the word after it, by the two words' trie nodes */
	readonly triedBeforeWord = new Map<number, readonly number[] | undefined>();
}
