import { MarkupKind, type InlayHint } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsDocument, OffsetRange } from '../parse/model';
import { displayText } from '../text/offsetRanges';
import { resolveDate } from '../recognize/dates';
import type { Suggestion } from '../recognize/suggestions';
import {
	describePeriod,
	parseTimex,
	relationToArticleDate,
	type TimexPeriod,
	type TimexValue,
} from '../../shared/timex';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

/**
 * After each date annotation and date suggestion in `range`, the day it means: `= 2025-05-09 (Fri)`. A date annotation
 * without `value` gets the value its text resolves to, marked `value?`; a double click writes it into the annotation.
 */
export function provideInlayHints(
	document: TextDocument,
	parsed: NewsDocument,
	suggestions: readonly Suggestion[],
	range: OffsetRange,
): InlayHint[] {
	const hints: { at: number; hint: InlayHint }[] = [];
	const articleDay = parsed.header.date?.day;
	const inRange = (at: number): boolean => at >= range.start && at <= range.end;
	for (const a of parsed.annotations) {
		if (a.type !== 'date' || !inRange(a.range.end)) continue;
		const position = document.positionAt(a.range.end);
		if (a.value !== undefined) {
			const value = parseTimex(a.value);
			if (!value) continue; // An invalid value is a diagnostic already.
			hints.push({
				at: a.range.end,
				hint: {
					position,
					label: `= ${formatValue(a.value, value)}`,
					paddingLeft: true,
					tooltip: tooltip(a.value, value, articleDay),
				},
			});
			continue;
		}
		const resolved = resolveDate(a.text, articleDay);
		const value = resolved === undefined ? undefined : parseTimex(resolved);
		if (resolved === undefined || !value) continue;
		const brace = a.attributesRange.end - 1;
		const before = parsed.source[brace - 1] === '{' || parsed.source[brace - 1] === ' ' ? '' : ' ';
		hints.push({
			at: a.range.end,
			hint: {
				position,
				label: `value? ${formatValue(resolved, value)}`,
				paddingLeft: true,
				tooltip: {
					kind: MarkupKind.Markdown,
					value: `"${displayText(a.text)}" resolves to \`${resolved}\`, ${describeValue(value)}, but the annotation has no \`value\` yet. Double-click to add \`value=${resolved}\`.`,
				},
				textEdits: [
					{
						range: { start: document.positionAt(brace), end: document.positionAt(brace) },
						newText: `${before}value=${resolved}`,
					},
				],
			},
		});
	}
	for (const s of suggestions) {
		if (s.type !== 'date' || s.value === undefined || !inRange(s.range.end)) continue;
		const value = parseTimex(s.value);
		if (!value) continue;
		hints.push({
			at: s.range.end,
			hint: {
				position: document.positionAt(s.range.end),
				label: `= ${formatValue(s.value, value)}`,
				paddingLeft: true,
				tooltip: tooltip(s.value, value, articleDay, 'Suggested date, not annotated yet. '),
			},
		});
	}
	return hints.sort((x, y) => x.at - y.at).map((h) => h.hint);
}

/** `2025-05-09 (Fri)`, `2025-01-20/2025-01-24 (Mon–Fri)`; values other than days as they are. */
export function formatValue(raw: string, value: TimexValue): string {
	if (value.start.kind !== 'day') return raw;
	if (!value.end) return `${raw} (${weekday(value.start)})`;
	return value.end.kind === 'day' ? `${raw} (${weekday(value.start)}–${weekday(value.end)})` : raw;
}

function weekday(p: TimexPeriod): string {
	return WEEKDAYS[new Date(p.firstDay * DAY_MS).getUTCDay()]!;
}

function describeValue(value: TimexValue): string {
	return value.end ? `${describePeriod(value.start)} to ${describePeriod(value.end)}` : describePeriod(value.start);
}

function tooltip(raw: string, value: TimexValue, articleDay: string | undefined, lead = ''): string {
	return `${lead}${raw}: ${describeValue(value)}${articleDay ? `, ${relationToArticleDate(value, articleDay)}` : ''}.`;
}
