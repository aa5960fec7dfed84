/**
 * Latin names in Russian text: the Russian tagger reads a Latin word as a brand or a band more often than a person
 * ("Telegram", "Nokia"), which is right in Russian news; a Latin stretch that begins with a given name the English
 * lists know ("Ada Lindqvist") is a person all the same.
 */
import { L } from '../names/flags';
import { tokenFlags } from '../names/lexicon';
import type { NameScratch } from '../names/nameScratch';
import { tokenize } from '../names/tokenize';

/** Whether the English lists know a Latin word as a given name. */
export function englishGivenName(names: NameScratch, word: string): boolean {
	const tok = tokenize(word)[0];
	return tok !== undefined && tok.end === word.length && (tokenFlags(names, tok) & L.FIRST) !== 0;
}
