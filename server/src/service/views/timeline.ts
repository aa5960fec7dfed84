import { parseTimex } from '../../shared/timex';
import type { TimelineData, TimelineItem, TimelineParams } from '../../shared/views';
import type { ArticleFacts } from './articleFacts';
import { articlesInScope, type EntityDescription } from './network';

export const DEFAULT_ITEM_LIMIT = 50_000;
const DAY_MS = 86_400_000;

const isoDay = (epochDay: number): string => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);

/**
 * Every dated item of the articles: each annotated date with a value a time axis can place (a range such as
 * 2025/2027 from its first to its last day), and each article's own date. An item names the entities of its
 * sentence (an article date: of its article), so that the timeline can say who it concerns.
 */
export function buildTimeline(
	articles: Iterable<ArticleFacts>,
	describe: (key: string) => EntityDescription,
	params: TimelineParams = {},
): TimelineData {
	const kinds = new Set(params.kinds?.length ? params.kinds : ['date', 'article']);
	const items: TimelineItem[] = [];
	let undated = 0;
	for (const article of articlesInScope(articles, params)) {
		if (params.entity && !article.named.has(params.entity)) continue;
		const named = (keys: Iterable<string>): { refs: string[]; names: string[] } => {
			const refs: string[] = [];
			const names: string[] = [];
			for (const key of new Set(keys)) {
				const d = describe(key);
				names.push(d.name);
				if (d.ref) refs.push(d.ref);
			}
			return { refs, names };
		};
		if (kinds.has('article') && article.date) {
			const { refs, names } = named(article.entities.keys());
			items.push({
				id: `${article.uri}#article`,
				kind: 'article',
				value: article.date,
				start: article.date,
				end: article.date,
				text: article.title ?? article.uri.slice(article.uri.lastIndexOf('/') + 1),
				uri: article.uri,
				line: article.headerLine,
				character: 0,
				...(article.title && { title: article.title }),
				refs,
				names,
			});
		}
		if (!kinds.has('date')) continue;
		for (const date of article.dates) {
			const when = date.value ? parseTimex(date.value) : undefined;
			if (!when) {
				undated++;
				continue;
			}
			const { refs, names } = named(date.entities);
			items.push({
				id: `${article.uri}#${date.line}:${date.character}`,
				kind: 'date',
				value: date.value!,
				start: isoDay(when.start.firstDay),
				end: isoDay((when.end ?? when.start).lastDay),
				text: date.text,
				uri: article.uri,
				line: date.line,
				character: date.character,
				...(article.title && { title: article.title }),
				refs,
				names,
			});
		}
	}
	items.sort((a, b) =>
		a.start < b.start
			? -1
			: a.start > b.start
				? 1
				: a.uri < b.uri
					? -1
					: a.uri > b.uri
						? 1
						: a.line - b.line || a.character - b.character,
	);
	const limit = Math.max(0, params.limit ?? DEFAULT_ITEM_LIMIT);
	return { items: items.slice(0, limit), total: items.length, undated };
}
