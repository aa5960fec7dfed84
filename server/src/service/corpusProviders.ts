import type { AttacheService } from './attacheService';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityTypes } from './entityTypes';
import type { Annotation, NewsDocument } from './parse/model';
import { toRange } from './text/offsetRanges';
import type { Suggestion } from './recognize/suggestions';
import { consistencyProblems, knowledgeBaseConsistency } from './providers/consistency';
import { provideDefinition } from './providers/definition';
import { provideEntities, provideEntityArticles, provideEntityMentions } from './providers/entities';
import { entityAt, type EntityTarget } from './providers/entityTarget';
import type { Problem } from './providers/diagnostics';
import { provideReferences } from './providers/references';
import { prepareRename, provideRename } from './providers/rename';
import { provideWorkspaceSymbols } from './providers/workspaceSymbols';
import { plural } from './providers/workspaceNames';
import { mentionsOf, toMention } from './workspace/mentions';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/** The features that work on the whole corpus, on the workspace index. */
export type CorpusProviders = Pick<
	AttacheService,
	| 'getReferences'
	| 'getDefinition'
	| 'prepareRename'
	| 'getRenameEdits'
	| 'getWorkspaceSymbols'
	| 'getEntities'
	| 'getEntityArticles'
	| 'getEntityMentions'
	| 'getKnowledgeBaseUris'
	| 'getIndexState'
>;

export interface CorpusContext {
	readonly index: WorkspaceIndex;
	parse(document: TextDocument): NewsDocument;
	types(): EntityTypes;
	suggestions(document: TextDocument): readonly Suggestion[];
}

export function createCorpusProviders(context: CorpusContext): CorpusProviders {
	const { index } = context;
	const target = (
		document: TextDocument,
		position: Position,
	): { parsed: NewsDocument; target: EntityTarget | undefined } => {
		const parsed = context.parse(document);
		return {
			parsed,
			target: entityAt(document.uri, parsed, document.offsetAt(position), () => context.suggestions(document)),
		};
	};
	return {
		getReferences: (document, position, includeDeclaration, token) => {
			if (token.isCancellationRequested) return [];
			const { parsed, target: t } = target(document, position);
			return t ? provideReferences(document, parsed, index, t, includeDeclaration) : [];
		},
		getDefinition: (document, position, token) => {
			if (token.isCancellationRequested) return [];
			const { parsed, target: t } = target(document, position);
			return t ? provideDefinition(document, parsed, index, t) : [];
		},
		prepareRename: (document, position, token) => {
			if (token.isCancellationRequested) return null;
			const { target: t } = target(document, position);
			return t ? prepareRename(document, t) : null;
		},
		getRenameEdits: (document, position, newName, token) => {
			if (token.isCancellationRequested) return null;
			const { parsed, target: t } = target(document, position);
			return t ? provideRename(document, parsed, index, t, newName) : null;
		},
		getWorkspaceSymbols: (query, token) =>
			token.isCancellationRequested ? [] : provideWorkspaceSymbols(query, index, context.types()),
		getEntities: (params, token) =>
			token.isCancellationRequested
				? { groups: [], articleCount: index.articleCount }
				: provideEntities(index, context.types(), params),
		getEntityArticles: (params, token) => (token.isCancellationRequested ? [] : provideEntityArticles(index, params)),
		getEntityMentions: (params, token) => (token.isCancellationRequested ? [] : provideEntityMentions(index, params)),
		getKnowledgeBaseUris: () => index.knowledgeFiles.map((f) => f.uri),
		getIndexState: () => ({
			entitiesVersion: index.entitiesVersion,
			articles: index.articleCount,
			knowledgeBases: index.knowledgeFiles.length,
		}),
	};
}

/** The consistency problems of an open article (unknown refs, one text with several types). */
export function corpusProblems(
	document: TextDocument,
	parsed: NewsDocument,
	index: WorkspaceIndex,
	types: EntityTypes,
): Problem[] {
	return consistencyProblems(document.uri, parsed, index, types);
}

/** Problems of a knowledge base beyond its syntax (a name two entities claim), as diagnostics. */
export function knowledgeBaseConsistencyDiagnostics(uri: string, index: WorkspaceIndex): Diagnostic[] {
	const kb = index.knowledgeDocument(uri);
	if (!kb) return [];
	return knowledgeBaseConsistency(uri, index).map((p) => ({
		range: toRange(kb, p.range),
		severity: p.severity,
		code: p.code,
		source: 'attache',
		message: p.message,
	}));
}

/**
 * For hover: "12 mentions in 5 articles" for an annotated entity that appears in other articles too. The document's
 * own mentions count from its live text when the index does not hold it (an untitled article, say).
 */
export function appearances(
	document: TextDocument,
	parsed: NewsDocument,
	index: WorkspaceIndex,
): (a: Annotation) => string | undefined {
	return (a) => {
		const mention = toMention(document.uri, a, false);
		if (!mention) return undefined;
		const stats = index.entity(mention.key);
		if (!stats) return undefined;
		let mentions = stats.mentions;
		let articles = stats.articles;
		if (!index.article(document.uri)) {
			mentions += mentionsOf(document.uri, parsed).filter((m) => m.key === mention.key).length;
			articles += 1;
		}
		if (articles < 2) return undefined;
		return `${plural(mentions, 'mention')} in ${plural(articles, 'article')}`;
	};
}
