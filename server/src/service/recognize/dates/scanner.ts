/** One left-to-right pass over the text; at each place where a date can start, the rules that can start there. */
import type { Reading, Rule, RuleInput } from './rule';
import { stickyRegex } from '../data';
import { RULES } from './rules';
import type { DateScratch } from './scratch';
import { isWordChar, rulesStartingAt } from './triggers';

export interface Hit {
	readonly start: number;
	readonly end: number;
	readonly reading: Reading;
	readonly rule: string;
}

/** Runs rule `i` at `at`; undefined when it does not match there or its reading rejects the context. */
export function readAt(rule: number, text: string, at: number, lenient: boolean): Hit | undefined {
	const re = stickyRegex(rule);
	re.lastIndex = at;
	const m = re.exec(text);
	if (!m) return undefined;
	const groups = m.groups ?? {};
	const indices = m.indices?.groups ?? {};
	const input: RuleInput = {
		text,
		start: at,
		end: at + m[0].length,
		g: groups,
		span: (name) => indices[name],
		lenient,
	};
	const r: Rule = RULES[rule]!;
	const reading = r.read(input);
	if (!reading) return undefined;
	return { start: reading.start ?? input.start, end: reading.end ?? input.end, reading, rule: r.name };
}

export const RULE_COUNT = RULES.length;

/**
 * Every date expression in `text`, left to right, none overlapping: at the first place where a rule matches and its
 * reading accepts the context, the first such rule in `RULES` order; then on after its end.
 */
export function scan(scratch: DateScratch, text: string): Hit[] {
	const hits: Hit[] = [];
	for (let at = nextStart(text, 0); at >= 0;) {
		const rules = rulesStartingAt(scratch, text, at);
		let hit: Hit | undefined;
		for (let k = 0; rules && k < rules.length && !hit; k++) hit = readAt(rules[k]!, text, at, false);
		if (hit) hits.push(hit);
		at = nextStart(text, hit ? Math.max(hit.end, at + 1) : at + 1);
	}
	return hits;
}

/**
 * The first place at or after `from` where a word, a number or an apostrophe starts (the only places where a rule
 * can start: a letter, a digit, ' or ’ after no word character), or -1.
 */
function nextStart(text: string, from: number): number {
	for (let p = from; p < text.length; p++) {
		const c = text.charCodeAt(p);
		const lower = c | 32;
		if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019)) continue;
		if (p === 0 || !isWordChar(text.charCodeAt(p - 1))) return p;
	}
	return -1;
}
