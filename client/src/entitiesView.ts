import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, RequestType } from 'vscode-languageclient';
import { Commands } from '../../server/src/shared/commands';
import {
	EntitiesRequest,
	EntityArticlesRequest,
	EntityMentionsRequest,
	type EntitiesResult,
	type EntityArticleItem,
	type EntityItem,
	type EntityMentionItem,
	type EntityTypeGroup,
	type IndexChangedParams,
} from '../../server/src/shared/protocol';

export const ENTITIES_VIEW_ID = 'attache.entities';
/** Context keys: the view shows when the workspace has articles; Clear Filter shows when a filter is set. */
const HAS_NEWS = 'attache.workspaceHasNews';
const FILTERED = 'attache.entitiesFiltered';
/** Entities listed per type; the rest are found with the filter. */
const LIMIT = 500;

type Node =
	| { readonly kind: 'type'; readonly group: EntityTypeGroup }
	| { readonly kind: 'entity'; readonly entity: EntityItem }
	| { readonly kind: 'more'; readonly group: EntityTypeGroup }
	| { readonly kind: 'article'; readonly entity: EntityItem; readonly article: EntityArticleItem }
	| { readonly kind: 'mention'; readonly article: EntityArticleItem; readonly mention: EntityMentionItem };

/** A node of the view as plain data, for tests (command attache.entities.snapshot). */
export interface EntitiesSnapshotNode {
	readonly label: string;
	readonly description?: string;
	/** What clicking it runs (a mention opens its article at the mention). */
	readonly command?: vscode.Command;
	readonly children?: EntitiesSnapshotNode[];
}

const ICONS: Record<string, string> = { person: 'person', org: 'organization', place: 'location', date: 'calendar' };

/** Explorer > Entities: type > entity (mention and article counts) > article > mention; data from the server. */
class EntitiesTree implements vscode.TreeDataProvider<Node> {
	readonly #client: LanguageClient;
	readonly #ready: Promise<void>;
	readonly #changed = new vscode.EventEmitter<Node | undefined>();
	readonly onDidChangeTreeData = this.#changed.event;
	filter = '';
	/** What the view says above the tree: filtering, indexing, empty. */
	onMessage: (message: string | undefined) => void = () => undefined;
	#indexing = true;

	constructor(client: LanguageClient, ready: Promise<void>) {
		this.#client = client;
		this.#ready = ready;
	}

	refresh(state?: IndexChangedParams): void {
		if (state) this.#indexing = state.indexing;
		this.#changed.fire(undefined);
	}

	dispose(): void {
		this.#changed.dispose();
	}

	async getChildren(node?: Node): Promise<Node[]> {
		if (!node) return (await this.#roots()).map((group) => ({ kind: 'type', group }));
		switch (node.kind) {
			case 'type':
				return [
					...node.group.entities.map((entity): Node => ({ kind: 'entity', entity })),
					...(node.group.total > node.group.entities.length ? [{ kind: 'more', group: node.group } as const] : []),
				];
			case 'entity': {
				const articles = await this.#request(EntityArticlesRequest.type, { key: node.entity.key }, []);
				return articles.map((article) => ({ kind: 'article', entity: node.entity, article }));
			}
			case 'article': {
				const mentions = await this.#request(
					EntityMentionsRequest.type,
					{ key: node.entity.key, uri: node.article.uri },
					[],
				);
				return mentions.map((mention) => ({ kind: 'mention', article: node.article, mention }));
			}
			default:
				return [];
		}
	}

	getTreeItem(node: Node): vscode.TreeItem {
		switch (node.kind) {
			case 'type': {
				const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
				item.id = `type:${node.group.type}`;
				item.description = String(node.group.total);
				item.contextValue = 'attache.entityType';
				return item;
			}
			case 'entity': {
				const e = node.entity;
				const item = new vscode.TreeItem(
					e.name,
					e.mentions ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
				);
				item.id = `entity:${e.key}`;
				item.description = e.mentions
					? `${count(e.mentions, 'mention')} · ${count(e.articles, 'article')}`
					: 'in the knowledge base only';
				item.iconPath = new vscode.ThemeIcon(ICONS[e.type] ?? 'symbol-field');
				item.tooltip = tooltip(e);
				item.contextValue = 'attache.entity';
				return item;
			}
			case 'more': {
				const hidden = node.group.total - node.group.entities.length;
				const item = new vscode.TreeItem(
					`${count(hidden, 'more entity', 'more entities')}: use Filter Entities... to find them`,
					vscode.TreeItemCollapsibleState.None,
				);
				item.command = { command: Commands.entitiesFilter, title: 'Filter Entities...' };
				return item;
			}
			case 'article': {
				const uri = vscode.Uri.parse(node.article.uri);
				const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Collapsed);
				item.id = `article:${node.entity.key}:${node.article.uri}`;
				item.label = node.article.name;
				item.description = [count(node.article.mentions, 'mention'), node.article.title].filter(Boolean).join(' · ');
				item.tooltip = `${node.article.title ? `${node.article.title}\n` : ''}${uri.fsPath || node.article.uri}`;
				item.iconPath = vscode.ThemeIcon.File;
				return item;
			}
			case 'mention': {
				const { mention, article } = node;
				const item = new vscode.TreeItem(
					{ label: mention.line, highlights: [[mention.highlight[0], mention.highlight[1]]] },
					vscode.TreeItemCollapsibleState.None,
				);
				item.description = `line ${mention.range.start.line + 1}`;
				const uri = vscode.Uri.parse(article.uri);
				const selection = this.#client.protocol2CodeConverter.asRange(mention.range);
				item.command = {
					command: 'vscode.open',
					title: 'Open the mention',
					arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions],
				};
				item.tooltip = `${article.name}:${mention.range.start.line + 1}`;
				return item;
			}
		}
	}

	async #roots(): Promise<EntityTypeGroup[]> {
		const result = await this.#request(EntitiesRequest.type, { filter: this.filter, limit: LIMIT }, undefined);
		if (!result) {
			this.onMessage('The Attache language server is not running: run "Attache: Restart Language Server".');
			return [];
		}
		this.onMessage(messageFor(result, this.filter, this.#indexing));
		return [...result.groups];
	}

	async #request<P, R, F>(type: RequestType<P, R, void>, params: P, fallback: F): Promise<R | F> {
		try {
			await this.#ready;
			return await this.#client.sendRequest(type, params);
		} catch {
			return fallback;
		}
	}
}

function messageFor(result: EntitiesResult, filter: string, indexing: boolean): string | undefined {
	const entities = result.groups.reduce((n, g) => n + g.total, 0);
	if (filter)
		return entities
			? `Entities matching "${filter}": ${entities}`
			: `No entity matches "${filter}". Clear the filter to see them all.`;
	if (indexing && !entities) return 'Indexing the articles of the workspace…';
	if (!entities)
		return 'No entities yet: annotate people, organizations, places and dates in .news files, and they appear here.';
	return undefined;
}

function tooltip(e: EntityItem): vscode.MarkdownString {
	const md = new vscode.MarkdownString();
	md.appendMarkdown(`**${escape(e.name)}**`);
	if (e.ref) md.appendMarkdown(` (\`${e.ref}\`)`);
	if (e.description) md.appendMarkdown(`\n\n${escape(e.description)}`);
	if (e.aliases.length) md.appendMarkdown(`\n\nAlso written ${e.aliases.map(escape).join(', ')}`);
	return md;
}

function escape(s: string): string {
	return s.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

function count(n: number, singular: string, pluralForm = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Registers the Entities view, its filter commands and the internal snapshot command for tests. */
export function registerEntitiesView(
	client: LanguageClient,
	ready: Promise<void>,
	onIndexChanged: vscode.Event<IndexChangedParams>,
): vscode.Disposable[] {
	const tree = new EntitiesTree(client, ready);
	const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
	tree.onMessage = (message) => (view.message = message);
	const setFilter = async (filter: string): Promise<void> => {
		tree.filter = filter;
		view.description = filter ? `filter: ${filter}` : undefined;
		await vscode.commands.executeCommand('setContext', FILTERED, filter !== '');
		tree.refresh();
	};
	const hasNews = (yes: boolean): Thenable<unknown> => vscode.commands.executeCommand('setContext', HAS_NEWS, yes);
	void vscode.workspace.findFiles('**/*.news', '**/node_modules/**', 1).then((found) => hasNews(found.length > 0));
	const notifications = onIndexChanged((state) => {
		if (state.articles > 0) void hasNews(true);
		tree.refresh(state);
	});

	return [
		tree,
		view,
		notifications,
		vscode.commands.registerCommand(Commands.entitiesFilter, async () => {
			const filter = await vscode.window.showInputBox({
				title: 'Filter Entities',
				prompt: 'Show the entities whose name, alias or knowledge-base id contains this text (empty shows all).',
				value: tree.filter,
				placeHolder: 'Lavrov',
			});
			if (filter !== undefined) await setFilter(filter.trim());
		}),
		vscode.commands.registerCommand(Commands.entitiesClearFilter, () => setFilter('')),
		vscode.commands.registerCommand(Commands.entitiesSnapshot, async (filter?: string) => {
			if (typeof filter === 'string') await setFilter(filter);
			const nodes = await snapshot(tree);
			return { message: view.message, description: view.description, tree: nodes };
		}),
	];
}

/** The whole tree, expanded, as plain data. */
async function snapshot(tree: EntitiesTree, node?: Node): Promise<EntitiesSnapshotNode[]> {
	const out: EntitiesSnapshotNode[] = [];
	for (const child of await tree.getChildren(node)) {
		const item = tree.getTreeItem(child);
		const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
		const children =
			item.collapsibleState === vscode.TreeItemCollapsibleState.None ? undefined : await snapshot(tree, child);
		out.push({
			label,
			...(typeof item.description === 'string' && { description: item.description }),
			...(item.command && { command: item.command }),
			...(children && { children }),
		});
	}
	return out;
}
