/** One left-to-right pass of a precompiled regex over the text; each hit is read by the rule that matched. */
import type { Reading, Rule, RuleInput } from './rule';
import { RULES } from './rules';

export interface Hit {
	readonly start: number;
	readonly end: number;
	readonly reading: Reading;
	readonly rule: string;
}

/** A rule's source with its group names removed, for the joined scan (which only needs to know which rule matched). */
const unnamed = (source: string): string => source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:');

/** No rule starts inside a word. */
const WORD_START = '(?<![A-Za-z0-9_\\u00c0-\\u024f\\u0400-\\u04ff])';
const STICKY = RULES.map((r) => new RegExp(WORD_START + r.source, 'yd'));
/** All rules joined; capture group i + 1 tells that rule i matched (the rules' own groups are unnamed here). */
const SCAN = new RegExp(WORD_START + `(?:${RULES.map((r) => `(${unnamed(r.source)})`).join('|')})`, 'g');

/** Runs rule `i` at `at`; undefined when it does not match there or its reading rejects the context. */
export function readAt(rule: number, text: string, at: number, lenient: boolean): Hit | undefined {
	const re = STICKY[rule]!;
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

/** Every date expression in `text`, left to right, none overlapping. */
export function scan(text: string): Hit[] {
	const hits: Hit[] = [];
	SCAN.lastIndex = 0;
	for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
		const at = m.index;
		let first = 0;
		while (first < RULES.length && m[first + 1] === undefined) first++;
		let hit: Hit | undefined;
		// The rule that matched first; when its context check fails, the later rules that also match here.
		for (let i = first; i < RULES.length && !hit; i++) hit = readAt(i, text, at, false);
		if (hit) {
			hits.push(hit);
			SCAN.lastIndex = Math.max(hit.end, at + 1);
		} else {
			SCAN.lastIndex = at + 1;
		}
	}
	return hits;
}
