import type { DateExpression } from './expression';

/** One match of a grammar rule, with its named groups. */
export interface RuleInput {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly g: Readonly<Record<string, string | undefined>>;
	/** Absolute [start, end) of a named group that took part in the match. */
	span(group: string): readonly [number, number] | undefined;
	/** Skip the context checks: the whole input was chosen as a date ("Annotate selection as date"). */
	readonly lenient: boolean;
}

/** What a rule made of its match. */
export interface Reading {
	readonly expr: DateExpression;
	/** Deictic ("today", "last week", "now"): a date in TimeML, none in the MUC/IEER convention. */
	readonly deictic?: boolean;
	/** The span, when it differs from the match ("third-quarter" without "the"). */
	readonly start?: number;
	readonly end?: number;
	/** The calendar name without determiners and modifiers ("June" of "last June", "1990s" of "the 1990s"), as the
	 * MUC/IEER convention marks it; undefined: the whole span. */
	readonly core?: readonly [number, number];
	/** For a range ("May 1-31", "1972-73"): the spans of its two ends, which the MUC/IEER convention marks apart. */
	readonly parts?: readonly [readonly [number, number], readonly [number, number]];
	/** A time of day follows or comes before ("Friday night", "at 3 p.m. Friday"): TimeML's TIME, a date here. */
	readonly timeOfDay?: boolean;
}

export interface Rule {
	readonly name: string;
	/** Regex source; named groups only (no numbered captures), so that rules can be joined into one scan. */
	readonly source: string;
	/** Undefined when the context shows the match is no date. */
	read(m: RuleInput): Reading | undefined;
}
