import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { knowledgeBaseFeatures, type EditorFeature } from '../../server/src/shared/knowledgeBaseFeatures';
import { languageId } from '../../server/src/shared/commands';
import { defaultKnowledgeBaseGlob } from '../../server/src/shared/settings';

/** A document filter whose pattern follows the setting attache.knowledgeBase.glob. */
export interface KnowledgeBaseFilter {
	readonly scheme: 'file';
	pattern: string;
}

/**
 * The knowledge bases as a document filter, whatever their language (`yaml` when VS Code's YAML support is there,
 * plain text when it is not): the glob is relative to a workspace folder, so `**\/` is put before it. That is exact
 * for the default `**\/entities.{yaml,yml}`; for another glob it may take in more files, which the server, which
 * knows the folders, leaves alone.
 */
export function knowledgeBasePattern(): string {
	const glob =
		vscode.workspace.getConfiguration('attache').get<string>('knowledgeBase.glob')?.trim() || defaultKnowledgeBaseGlob;
	return `**/${glob.replace(/^(\.\/|\*\*\/)+/, '')}`;
}

export function knowledgeBaseFilter(): KnowledgeBaseFilter {
	return { scheme: 'file', pattern: knowledgeBasePattern() };
}

/**
 * A client reads its document selector when it starts: when the glob changes, the filter takes the new pattern and
 * the client is restarted, so that the server sees the files that are knowledge bases now.
 */
export function followKnowledgeBaseGlob(
	filter: KnowledgeBaseFilter,
	restart: () => Promise<void>,
	log: vscode.LogOutputChannel,
): vscode.Disposable {
	return vscode.workspace.onDidChangeConfiguration((e) => {
		if (!e.affectsConfiguration('attache.knowledgeBase.glob')) return;
		const pattern = knowledgeBasePattern();
		if (pattern === filter.pattern) return;
		filter.pattern = pattern;
		log.info(`Knowledge bases are now the files matching ${pattern}: restarting the language server.`);
		restart().catch((e: unknown) => log.error(`The language server did not restart: ${String(e)}`));
	});
}

const isArticle = (document: vscode.TextDocument): boolean => document.languageId === languageId;
/** Whether to ask the server for a feature in this document: always in an article, in a knowledge base as the table says. */
const asks = (feature: EditorFeature, document: vscode.TextDocument): boolean =>
	isArticle(document) || knowledgeBaseFeatures[feature];

/**
 * In a knowledge base the server answers hover, references, rename and code lenses (shared/knowledgeBaseFeatures.ts);
 * the features of articles are not asked for there, so that YAML keeps its own folding and colours (an empty answer
 * would replace them).
 */
export const articleOnlyFeatures: Middleware = {
	provideDocumentSemanticTokens: (document, token, next) =>
		asks('semanticTokens', document) ? next(document, token) : undefined,
	provideFoldingRanges: (document, context, token, next) =>
		asks('foldingRanges', document) ? next(document, context, token) : undefined,
	provideDocumentSymbols: (document, token, next) =>
		asks('documentSymbols', document) ? next(document, token) : undefined,
	provideCompletionItem: (document, position, context, token, next) =>
		asks('completion', document) ? next(document, position, context, token) : undefined,
	provideInlayHints: (document, range, token, next) =>
		asks('inlayHints', document) ? next(document, range, token) : undefined,
	provideCodeActions: (document, range, context, token, next) =>
		asks('codeActions', document) ? next(document, range, context, token) : undefined,
	provideDefinition: (document, position, token, next) =>
		asks('definition', document) ? next(document, position, token) : undefined,
};
