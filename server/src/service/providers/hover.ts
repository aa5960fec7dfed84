import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypes } from '../entityTypes';
import type { Annotation, NewsDocument } from '../parse/model';
import { annotationAt, displayText, toRange } from '../text/offsetRanges';
import { isTimexValue } from '../recognize/dates';
import type { Suggestion } from '../recognize/suggestions';
import { describePeriod, parseTimex, relationToArticleDate } from '../../shared/timex';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';

export interface HoverContext {
	readonly types: EntityTypes;
	readonly suggestions: readonly Suggestion[];
	readonly knowledge: (id: string) => KnowledgeEntry | undefined;
	/** Where else the annotated entity appears ("12 mentions in 5 articles"), when it does. */
	readonly appearances?: (annotation: Annotation) => string | undefined;
}

const SOURCE_EXPLANATION: Record<Suggestion['source'], string> = {
	'knowledge-base': 'from the knowledge base (entities.yaml)',
	corpus: 'annotated so elsewhere in the workspace',
	list: 'from the built-in lists of countries, cities and organizations',
	pattern:
		'from a pattern (a title before a name, an organization word such as "Ministry" or "University", an acronym in parentheses)',
	article: 'from the article itself: it refers to a name given in full earlier',
	model: 'from the statistical model (trained on WikiGold)',
	dates: 'a date expression, resolved against the article date',
};

/** Hover on an annotation (type, text, ref, attributes; for dates the resolved day), a suggestion, or the article date. */
export function provideHover(
	document: TextDocument,
	parsed: NewsDocument,
	context: HoverContext,
	offset: number,
): Hover | null {
	const date = parsed.header.date;
	if (date && offset >= date.range.start && offset <= date.range.end) {
		const value = parseTimex(date.day);
		const lines = [
			'**Article date**',
			'',
			value ? describePeriod(value.start) : date.day,
			'',
			'Relative dates in this article ("May 9", "last week") are resolved against it.',
		];
		return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(document, date.range) };
	}
	const annotation = annotationAt(parsed, offset);
	if (annotation) {
		return {
			contents: { kind: MarkupKind.Markdown, value: describeAnnotation(parsed, context, annotation) },
			range: toRange(document, annotation.range),
		};
	}
	const suggestion = context.suggestions.find((s) => s.range.start <= offset && offset <= s.range.end);
	if (suggestion) {
		return {
			contents: { kind: MarkupKind.Markdown, value: describeSuggestion(parsed, context, suggestion) },
			range: toRange(document, suggestion.range),
		};
	}
	return null;
}

function describeSuggestion(parsed: NewsDocument, context: HoverContext, s: Suggestion): string {
	const label = context.types.get(s.type)?.label ?? s.type;
	// the confidence is calibrated: of suggestions shown at 87%, about 87 in 100 are right
	const lines = [
		`**Suggested ${label}** · ${Math.round(100 * s.confidence)}% likely · ${escapeMarkdown(displayText(s.text))}`,
		'',
	];
	const russian = s.language.language === 'ru';
	const explanation =
		russian && s.source === 'model'
			? 'from the Russian statistical model (trained on NEREL)'
			: russian && s.source === 'list'
				? 'from the built-in Russian lists of countries, cities and organizations'
				: SOURCE_EXPLANATION[s.source];
	lines.push(`${capitalize(explanation)}.`);
	// (the English recognizer of an English article needs no word: that is how every article was read before Russian)
	if (russian || s.language.from === 'header')
		lines.push(
			'',
			`${russian ? 'Russian' : 'English'} recognizer: the article's language is \`${s.language.language}\` (${s.language.from === 'header' ? 'from the header' : 'read from its letters; set `language:` in the header to choose'}).`,
		);
	if (s.canonical) lines.push('', `Stands for *${escapeMarkdown(s.canonical)}*.`);
	if (s.ref !== undefined) lines.push('', ...describeEntry(context, s.ref));
	if (s.type === 'date') {
		const unresolved = parsed.header.date
			? 'It has no value: the statistical model marks it as a date, and the date grammar does not read it (a duration, or a form it has no rule for); Set Date Value gives it one.'
			: 'It cannot be resolved without the article date: add `date: YYYY-MM-DD` to the header.';
		lines.push('', ...(s.value !== undefined ? describeDate(parsed, s.value) : [unresolved]));
	}
	lines.push('', 'Not annotated yet: the quick fix (Ctrl+.) annotates it.');
	return lines.join('\n');
}

/** What the knowledge base says of an id: name, description, aliases, Wikidata. */
function describeEntry(context: HoverContext, id: string): string[] {
	const entry = context.knowledge(id);
	if (!entry) return [`Refers to \`${id}\``];
	const lines = [
		`Refers to **${escapeMarkdown(entry.name)}** (\`${id}\`)${entry.description ? `: ${escapeMarkdown(entry.description)}` : ''}`,
	];
	if (entry.aliases.length) lines.push('', `Also known as ${entry.aliases.map(escapeMarkdown).join(', ')}`);
	if (entry.wikidata)
		lines.push(
			'',
			`Wikidata: [${entry.wikidata}](https://www.wikidata.org/wiki/${encodeURIComponent(entry.wikidata)})`,
		);
	return lines;
}

function describeAnnotation(parsed: NewsDocument, context: HoverContext, a: Annotation): string {
	const { types } = context;
	const info = types.get(a.type);
	const label = info ? capitalize(info.label) : a.type ? `Unknown type \`.${a.type}\`` : 'Annotation without a type';
	const text = displayText(a.text);
	const lines: string[] = [`**${label}** · ${text ? escapeMarkdown(text) : '*(empty)*'}`];
	if (a.ref !== undefined) lines.push('', ...describeEntry(context, a.ref));
	const appearances = context.appearances?.(a);
	if (appearances) lines.push('', appearances);
	if (a.type === 'date') lines.push('', ...describeDate(parsed, a.value));
	if (a.type === 'role') {
		const next = parsed.annotations[a.index + 1];
		if (next && next.type === 'person' && /^\s*$/.test(parsed.plainText.slice(a.plainEnd, next.plainStart)))
			lines.push('', `Title of ${escapeMarkdown(displayText(next.text))}`);
	}
	const others = a.attributes.filter((x) => x.key !== 'ref' && x.key !== 'value');
	if (a.type !== 'date' && a.value !== undefined) others.unshift({ ...a.attributes.find((x) => x.key === 'value')! });
	if (a.id !== undefined || others.length) {
		lines.push('');
		if (a.id !== undefined) lines.push(`- id: \`${a.id}\``);
		for (const x of others) lines.push(`- ${x.key}: ${escapeMarkdown(x.value)}`);
	}
	if (a.parent !== undefined) {
		const outer = parsed.annotations[a.parent]!;
		lines.push(
			'',
			`Part of ${types.get(outer.type)?.label ?? 'annotation'} *${escapeMarkdown(displayText(outer.text))}*`,
		);
	}
	return lines.join('\n');
}

function describeDate(parsed: NewsDocument, raw: string | undefined): string[] {
	if (raw === undefined) return ['No `value` yet: add `value=YYYY-MM-DD` to say which day this is.'];
	const value = parseTimex(raw);
	if (!value)
		return [isTimexValue(raw) ? `\`${raw}\`: ${describeVague(raw)}` : `\`${raw}\` is not a valid date value.`];
	const when = value.end
		? `${describePeriod(value.start)} to ${describePeriod(value.end)}`
		: describePeriod(value.start);
	const lines = [`\`${raw}\`: ${when}`];
	const articleDay = parsed.header.date?.day;
	lines.push(
		'',
		articleDay
			? `${capitalize(relationToArticleDate(value, articleDay))} (${articleDay})`
			: 'The article has no date to compare with.',
	);
	return lines;
}

/** TIMEX3 values without a calendar span: PRESENT_REF, 199X, 2025-W04-WE... */
function describeVague(raw: string): string {
	if (raw === 'PRESENT_REF') return 'the present, as of the article date';
	if (raw === 'PAST_REF') return 'some time in the past';
	if (raw === 'FUTURE_REF') return 'some time in the future';
	if (raw.endsWith('-WE')) return `the weekend of week ${+raw.slice(6, 8)} of ${raw.slice(0, 4)}`;
	return `an imprecise date (${raw.replace(/X/g, '?')})`;
}

export function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

export function escapeMarkdown(s: string): string {
	return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
