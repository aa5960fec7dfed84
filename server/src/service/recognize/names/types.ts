/** Types shared by the parts of the name recognizer. The public API is in `index.ts`. */

export type NameType = 'person' | 'org' | 'place';
export type NameSource = 'knowledge-base' | 'corpus' | 'list' | 'pattern' | 'article' | 'model';

export interface NameMention {
	start: number;
	end: number;
	type: NameType;
	text: string;
	source: NameSource;
	confidence: number;
	/** canonical full name in the article, e.g. "Sergey Lavrov" for a later "Lavrov"; the expansion for an acronym */
	canonical?: string;
	/** for a person after a title: the title's span */
	role?: { start: number; end: number };
}

/** A title that names a person by office alone ("the Russian Foreign Minister said"): a role with no person after it. */
export interface LoneRole {
	start: number;
	end: number;
	text: string;
	confidence: number;
}

export interface ExtraName {
	text: string;
	type: NameType | 'none';
	source: 'knowledge-base' | 'corpus';
	id?: string;
	/**
	 * the name as Cyrillic text likely writes it, for an entry written only in Latin letters ("Igor Smirnov":
	 * "Игор Смирнов"): the Russian recognizer finds it in its case forms too ("Смирнову"), named by `text`
	 */
	cyrillic?: string;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
	readonly start: number;
	readonly end: number;
	/** the text as written, with ’ folded to ' */
	readonly text: string;
	/** lower case of `text` */
	readonly lower: string;
	readonly kind: TokenKind;
	/** first character is an upper-case letter (or the token starts lower-case and has a capital inside: "al-Maliki") */
	readonly cap: boolean;
	/** two or more letters, none lower case ("NATO", "U.S.") */
	readonly allCaps: boolean;
	/** some letter is a capital ("iPhone", "al-Maliki") */
	readonly hasUpper: boolean;
	readonly hasDigit: boolean;
	/** first word of a sentence, a line or a quotation, where capitals say little */
	sentStart: boolean;
}

/**
 * A proposed mention in token indices [from, to). `type` 'misc' and 'none' claim a span without emitting it
 * (a model's MISC entity, a phrase the knowledge base silences).
 */
export interface Candidate {
	from: number;
	to: number;
	type: NameType | 'misc' | 'none';
	source: NameSource;
	confidence: number;
	canonical?: string;
	/** token range of a person's title */
	role?: { from: number; to: number };
}

/**
 * A candidate, always with the same fields in the same order (`canonical` and `role` undefined when it has none):
 * V8 then reads candidates as objects of one shape, which is faster than several.
 */
export function candidate(
	from: number,
	to: number,
	type: Candidate['type'],
	source: NameSource,
	confidence: number,
	canonical?: string,
	role?: { from: number; to: number },
): Candidate {
	return { from, to, type, source, confidence, canonical, role };
}
