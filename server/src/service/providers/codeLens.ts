import type { CodeLens } from 'vscode-languageserver-types';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';

export interface CodeLensCommands {
	/** Run by the counts: shows the outline. */
	readonly outline: string;
	/** Run by the suggestion count with `{ uri }`: goes to the next suggestion. */
	readonly nextSuggestion: string;
}

const BUILT_IN: readonly { readonly type: string; readonly one: string; readonly many: string }[] = [
	{ type: 'person', one: 'person', many: 'people' },
	{ type: 'org', one: 'organization', many: 'organizations' },
	{ type: 'place', one: 'place', many: 'places' },
	{ type: 'date', one: 'date', many: 'dates' },
];

/**
 * Above the article: "3 people · 2 organizations · 4 places · 3 dates" (distinct entities annotated: mentions with
 * the same `ref`, date `value` or text count once), then "5 suggestions" (not yet accepted).
 */
export function provideCodeLenses(
	uri: string,
	parsed: NewsDocument,
	types: EntityTypes,
	suggestions: readonly Suggestion[],
	commands: CodeLensCommands,
): CodeLens[] {
	const entities = new Map<string, Set<string>>();
	for (const a of parsed.annotations) {
		const info = types.get(a.type);
		if (!info || info.group === 'role' || !a.text) continue;
		const key =
			a.ref !== undefined
				? `ref:${a.ref}`
				: info.group === 'date' && a.value
					? `value:${a.value}`
					: `text:${displayText(a.text).toLowerCase()}`;
		(entities.get(info.name) ?? entities.set(info.name, new Set()).get(info.name)!).add(key);
	}
	const parts = BUILT_IN.map((b) => count(entities.get(b.type)?.size ?? 0, b.one, b.many));
	for (const info of types.all) {
		const n = entities.get(info.name)?.size ?? 0;
		if (info.group === 'custom' && n > 0) parts.push(count(n, info.label.toLowerCase(), info.plural.toLowerCase()));
	}
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	const n = suggestions.length;
	return [
		{ range, command: { title: parts.join(' · '), command: commands.outline } },
		n > 0
			? {
					range,
					command: {
						title: count(n, 'suggestion', 'suggestions'),
						command: commands.nextSuggestion,
						arguments: [{ uri }],
					},
				}
			: { range, command: { title: 'no suggestions left', command: '' } },
	];
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
