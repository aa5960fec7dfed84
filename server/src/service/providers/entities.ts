import type {
	EntitiesParams,
	EntitiesResult,
	EntityArticleItem,
	EntityArticlesParams,
	EntityItem,
	EntityMentionItem,
	EntityMentionsParams,
} from '../../shared/entitiesView';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypes } from '../entityTypes';
import { parseNews } from '../parse/document';
import { toRange } from '../text/offsetRanges';
import type { Mention } from '../workspace/mentions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { summarizeEntities, type EntitySummary } from './entitySummary';
import { fileName } from './workspaceNames';

/** Entities grouped by type: the types of settings first (people, organizations, places, dates, custom), then unknown ones. */
export function provideEntities(index: WorkspaceIndex, types: EntityTypes, params: EntitiesParams): EntitiesResult {
	const filter = params.filter?.trim().toLowerCase() ?? '';
	const byType = new Map<string, EntityItem[]>();
	for (const e of summarizeEntities(index)) {
		if (filter && !matches(e, filter)) continue;
		const list = byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!;
		list.push(toItem(e));
	}
	const order = types.all.map((t) => t.name);
	const rank = (type: string): number => (order.includes(type) ? order.indexOf(type) : order.length);
	const groups = [...byType]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
		.map(([type, entities]) => ({
			type,
			label: types.get(type)?.plural ?? (type ? `.${type}` : 'Without type'),
			entities: entities
				.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
				.slice(0, params.limit ?? Infinity),
			total: entities.length,
		}));
	return { groups, articleCount: index.articleCount };
}

/** The articles that mention an entity, by file. */
export function provideEntityArticles(index: WorkspaceIndex, params: EntityArticlesParams): EntityArticleItem[] {
	const out: EntityArticleItem[] = [];
	for (const [uri, mentions] of index.articlesOf(params.key)) {
		const article = index.article(uri);
		out.push({ uri, name: fileName(uri), ...(article?.title !== undefined && { title: article.title }), mentions });
	}
	return out.sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
}

/** The mentions of an entity in one article, each with the line it stands in. */
export function provideEntityMentions(index: WorkspaceIndex, params: EntityMentionsParams): EntityMentionItem[] {
	const article = index.article(params.uri);
	if (!article) return [];
	return article.mentions
		.filter((m) => m.key === params.key)
		.map((m) => ({ range: toRange(article.document, m.contentRange), ...lineAround(article.document, m) }));
}

function toItem(e: EntitySummary): EntityItem {
	return {
		key: e.key,
		name: e.name,
		type: e.type,
		...(e.ref !== undefined && { ref: e.ref }),
		...(e.entry?.description !== undefined && { description: e.entry.description }),
		aliases: e.aliases,
		mentions: e.mentions,
		articles: e.articles,
	};
}

function matches(e: EntitySummary, filter: string): boolean {
	return [e.name, e.ref ?? '', ...e.aliases].some((s) => s.toLowerCase().includes(filter));
}

const CONTEXT = 40;

/** The plain text of the line(s) a mention stands on, cut to some words around it. */
export function lineAround(document: TextDocument, m: Mention): { line: string; highlight: [number, number] } {
	const text = document.getText();
	const from = document.offsetAt({ line: document.positionAt(m.range.start).line, character: 0 });
	const endLine = document.positionAt(m.range.end).line;
	let to = endLine + 1 < document.lineCount ? document.offsetAt({ line: endLine + 1, character: 0 }) : text.length;
	while (to > from && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
	// A line of its own cannot be read as a header: "x\n" before it makes it body text.
	const parsed = parseNews(`x\n${text.slice(from, to)}`);
	const plain = parsed.plainText.slice(2).replace(/\s/g, ' ');
	let start = parsed.offsets.toPlain(m.contentRange.start - from + 2) - 2;
	let end = parsed.offsets.toPlain(m.contentRange.end - from + 2) - 2;
	let cutStart = 0;
	let cutEnd = plain.length;
	if (start > CONTEXT) cutStart = wordStart(plain, start - CONTEXT, start);
	if (plain.length - end > CONTEXT) cutEnd = wordEnd(plain, end + CONTEXT, end);
	let line = plain.slice(cutStart, cutEnd);
	start -= cutStart;
	end -= cutStart;
	const lead = line.length - line.trimStart().length;
	line = line.trim();
	start = Math.max(0, start - lead);
	end = Math.min(line.length, Math.max(start, end - lead));
	if (cutStart > 0) {
		line = `…${line}`;
		start++;
		end++;
	}
	if (cutEnd < plain.length) line = `${line}…`;
	return { line, highlight: [start, end] };
}

/** The start of the first whole word at or after `i`, not after `limit`. */
function wordStart(s: string, i: number, limit: number): number {
	if (s[i - 1] === ' ') return i;
	const space = s.indexOf(' ', i);
	return space < 0 || space + 1 > limit ? i : space + 1;
}

/** The end of the last whole word at or before `i`, not before `limit`. */
function wordEnd(s: string, i: number, limit: number): number {
	const space = s.lastIndexOf(' ', i);
	return space < limit ? i : space;
}
