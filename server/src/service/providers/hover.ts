import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypes } from '../entityTypes';
import type { Annotation, NewsDocument } from '../parse/model';
import { annotationAt, displayText, toRange } from '../ranges';
import { describePeriod, parseTimex, relationToArticleDate } from '../timex';

/** Hover on an annotation (type, text, ref, attributes; for dates the resolved day) or on the article date. */
export function provideHover(document: TextDocument, parsed: NewsDocument, types: EntityTypes, offset: number): Hover | null {
	const date = parsed.header.date;
	if (date && offset >= date.range.start && offset <= date.range.end) {
		const value = parseTimex(date.day);
		const lines = ['**Article date**', '', value ? describePeriod(value.start) : date.day, '', 'Relative dates in this article ("May 9", "last week") are resolved against it.'];
		return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(document, date.range) };
	}
	const annotation = annotationAt(parsed, offset);
	if (!annotation) return null;
	return { contents: { kind: MarkupKind.Markdown, value: describeAnnotation(parsed, types, annotation) }, range: toRange(document, annotation.range) };
}

function describeAnnotation(parsed: NewsDocument, types: EntityTypes, a: Annotation): string {
	const info = types.get(a.type);
	const label = info ? capitalize(info.label) : a.type ? `Unknown type \`.${a.type}\`` : 'Annotation without a type';
	const text = displayText(a.text);
	const lines: string[] = [`**${label}** · ${text ? escapeMarkdown(text) : '*(empty)*'}`];
	if (a.ref !== undefined) lines.push('', `Refers to \`${a.ref}\``);
	if (a.type === 'date') lines.push('', ...describeDate(parsed, a));
	if (a.type === 'role') {
		const next = parsed.annotations[a.index + 1];
		if (next && next.type === 'person' && /^\s*$/.test(parsed.plainText.slice(a.plainEnd, next.plainStart))) lines.push('', `Title of ${escapeMarkdown(displayText(next.text))}`);
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
		lines.push('', `Part of ${types.get(outer.type)?.label ?? 'annotation'} *${escapeMarkdown(displayText(outer.text))}*`);
	}
	return lines.join('\n');
}

function describeDate(parsed: NewsDocument, a: Annotation): string[] {
	if (a.value === undefined) return ['No `value` yet: add `value=YYYY-MM-DD` to say which day this is.'];
	const value = parseTimex(a.value);
	if (!value) return [`\`${a.value}\` is not a valid date value.`];
	const when = value.end ? `${describePeriod(value.start)} to ${describePeriod(value.end)}` : describePeriod(value.start);
	const lines = [`\`${a.value}\`: ${when}`];
	const articleDay = parsed.header.date?.day;
	lines.push('', articleDay ? `${capitalize(relationToArticleDate(value, articleDay))} (${articleDay})` : 'The article has no date to compare with.');
	return lines;
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function escapeMarkdown(s: string): string {
	return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
