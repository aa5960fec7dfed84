import type { CommandContext, CommandTarget, MentionInfo } from '../../shared/commandProtocol';
import type { EntityTypes } from '../entityTypes';
import { displayText, toRange } from '../text/offsetRanges';
import { resolveDate } from '../recognize/dates';
import { annotationAtCursor, cursorOf, findTarget, plainTextOf, suggestionAt, type Article } from './target';

/** What the client shows in its pickers and input boxes: the types, and what is at the cursor. */
export function commandContext(article: Article, params: CommandTarget, types: EntityTypes): CommandContext {
	const { document, parsed } = article;
	const cursor = cursorOf(article, params);
	const a = annotationAtCursor(parsed, cursor);
	const s = suggestionAt(article.suggestions, cursor);
	const annotation: MentionInfo | undefined = a && {
		text: displayText(a.text),
		type: a.type,
		ref: a.ref,
		value: a.value,
		range: toRange(document, a.range),
	};
	const suggestion: MentionInfo | undefined = s && {
		text: displayText(s.text),
		type: s.type,
		ref: s.ref,
		value: s.value,
		range: toRange(document, s.range),
	};
	const selected = params.range && document.offsetAt(params.range.start) !== document.offsetAt(params.range.end);
	let text: string | undefined;
	if (!selected && annotation) text = annotation.text;
	else {
		const target = findTarget(article, params);
		text = target.error === undefined ? plainTextOf(parsed, target.range) : undefined;
	}
	const articleDate = parsed.header.date?.day;
	return {
		types: types.all.map((t) => ({ name: t.name, label: t.label })),
		annotation,
		suggestion,
		text: text || undefined,
		resolvedValue: text ? resolveDate(text, articleDate) : undefined,
		articleDate,
	};
}
