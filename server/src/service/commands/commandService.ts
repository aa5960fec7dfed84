import { standingOf } from '../fileLimits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	AcceptAllParams,
	AcceptAllResult,
	AddToKnowledgeBaseParams,
	AnnotateOccurrencesParams,
	AnnotateParams,
	ChangeTypeParams,
	CommandContext,
	CommandResult,
	CommandTarget,
	ConvertPlainArticleResult,
	EntityProposal,
	KnowledgeChoice,
	LinkEntityParams,
	NavigateParams,
	NavigateResult,
	SetDateValueParams,
} from '../../shared/commandProtocol';
import type { AttacheSettings } from '../../shared/settings';
import type { EntityTypes } from '../entityTypes';
import type { CancellationToken } from '../host';
import { parseNews } from '../parse/document';
import type { NewsDocument } from '../parse/model';
import type { Recognizer } from '../recognize/recognizer';
import { suggest, type Suggestion } from '../recognize/suggestions';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { annotateTarget, type CommandKnowledge } from './annotate';
import { changeType, removeAnnotation, setDateValue } from './annotationCommands';
import { commandContext } from './context';
import { convertPlainArticle } from './convert';
import {
	addToKnowledgeBase,
	ignoreSuggestion,
	knowledgeChoices,
	linkEntity,
	proposeEntity,
	type KnowledgeTarget,
} from './knowledge';
import { annotateOccurrences } from './occurrences';
import { acceptAll, acceptAt, acceptEntityInWorkspace, navigate, type WorkspaceText } from './suggestionCommands';
import { findTarget, type Article } from './target';

export type { KnowledgeTarget } from './knowledge';
export type { WorkspaceText } from './suggestionCommands';

/** The editing commands: each computes one edit (or says why there is none); the client applies it. */
export interface CommandService {
	context(document: TextDocument, params: CommandTarget, token: CancellationToken): CommandContext;
	annotate(document: TextDocument, params: AnnotateParams, token: CancellationToken): CommandResult;
	acceptSuggestion(document: TextDocument, params: CommandTarget, token: CancellationToken): CommandResult;
	/** Every suggestion (of `params.types`, when given) as one edit, with the count per type. */
	acceptAllSuggestions(document: TextDocument, params: AcceptAllParams, token: CancellationToken): AcceptAllResult;
	/** Every article of the workspace index; `open`: the documents open in the editor, whose text wins. */
	acceptEntityInWorkspace(
		document: TextDocument,
		params: CommandTarget,
		open: OpenDocuments,
		token: CancellationToken,
	): CommandResult;
	navigateSuggestion(document: TextDocument, params: NavigateParams, token: CancellationToken): NavigateResult;
	annotateOccurrences(
		document: TextDocument,
		params: AnnotateOccurrencesParams,
		open: OpenDocuments,
		token: CancellationToken,
	): CommandResult;
	removeAnnotation(document: TextDocument, params: CommandTarget, token: CancellationToken): CommandResult;
	changeType(document: TextDocument, params: ChangeTypeParams, token: CancellationToken): CommandResult;
	setDateValue(document: TextDocument, params: SetDateValueParams, token: CancellationToken): CommandResult;
	knowledgeEntries(document: TextDocument, params: CommandTarget, token: CancellationToken): KnowledgeChoice[];
	linkEntity(document: TextDocument, params: LinkEntityParams, token: CancellationToken): CommandResult;
	proposeEntity(
		document: TextDocument,
		params: CommandTarget,
		token: CancellationToken,
	): { proposal?: EntityProposal; error?: string };
	/** Writes to the knowledge base nearest the document, else creates `entities.yaml` in its workspace folder (one of `roots`). */
	addToKnowledgeBase(
		document: TextDocument,
		params: AddToKnowledgeBaseParams,
		where: KnowledgeLocation,
		token: CancellationToken,
	): CommandResult;
	ignoreSuggestion(
		document: TextDocument,
		params: CommandTarget,
		where: KnowledgeLocation,
		token: CancellationToken,
	): CommandResult;
	/** `target`: the `.news` to create, when not the one beside the `.txt`. */
	convertPlainArticle(uri: string, text: string, token: CancellationToken, target?: string): ConvertPlainArticleResult;
}

/** The documents open in the editor (the LSP server's TextDocuments). */
export interface OpenDocuments {
	get(uri: string): TextDocument | undefined;
}

export interface KnowledgeLocation {
	/** The workspace folders, as URIs. */
	readonly roots: readonly string[];
	readonly open: OpenDocuments;
}

const directory = (uri: string): string => uri.slice(0, uri.lastIndexOf('/'));

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** What the service hands the commands: its caches and the workspace it knows. */
export interface CommandDependencies {
	parse(document: TextDocument): NewsDocument;
	suggestions(document: TextDocument): readonly Suggestion[];
	types(): EntityTypes;
	readonly workspace: WorkspaceIndex;
	getSettings(): AttacheSettings;
	/** The service's recognizer, for the suggestions of articles that are not open. */
	readonly recognizer: Recognizer;
}

const cancelled: CommandResult = Object.freeze({});

export function createCommandService(deps: CommandDependencies): CommandService {
	const article = (document: TextDocument): Article => ({
		document,
		parsed: deps.parse(document),
		suggestions: deps.suggestions(document),
	});
	const knowledge = (): CommandKnowledge => ({ types: deps.types(), entries: deps.workspace.entries });
	const suggestionsOf = (uri: string, parsed: NewsDocument): readonly Suggestion[] =>
		// The limits of the open files hold for the workspace's (attache.limits.suggestionsMaxFileSize).
		standingOf(parsed.source, deps.getSettings().limits) === 'full'
			? suggest(
					parsed,
					{ entries: deps.workspace.entries, corpus: deps.workspace.corpusNames(uri) },
					deps.getSettings().suggestions,
					deps.recognizer,
				)
			: [];

	/** The articles of the workspace index, with the editor's text for open ones. */
	function* workspaceTexts(open: OpenDocuments): Iterable<WorkspaceText> {
		for (const uri of deps.workspace.uris) {
			const indexed = deps.workspace.article(uri);
			if (!indexed) continue;
			const document = open.get(uri);
			yield document
				? { uri, text: document.getText(), version: document.version }
				: { uri, text: indexed.document.getText() };
		}
	}
	/** The knowledge base nearest the document (the longest shared folder), else a new one in its workspace folder. */
	function knowledgeTarget(documentUri: string, where: KnowledgeLocation): KnowledgeTarget {
		const here = directory(documentUri);
		let best: { uri: string; text: string; score: number } | undefined;
		for (const f of deps.workspace.knowledgeFiles) {
			const folder = directory(f.uri);
			const score = here === folder || here.startsWith(folder + '/') ? folder.length + 1e6 : commonPrefix(here, folder);
			if (!best || score > best.score || (score === best.score && f.uri < best.uri))
				best = { uri: f.uri, text: f.text, score };
		}
		if (best) {
			// Open in the editor: its text, saved or not, at its version (the index holds the same text, read already).
			const open = where.open.get(best.uri);
			const file = deps.workspace.knowledgeFile(best.uri);
			return open
				? { uri: best.uri, text: open.getText(), version: open.version, file }
				: { uri: best.uri, text: best.text, file };
		}
		const root =
			[...where.roots]
				.sort((a, b) => b.length - a.length)
				.find((r) => documentUri.startsWith(r.replace(/\/$/, '') + '/')) ??
			where.roots[0] ??
			here;
		return { uri: `${root.replace(/\/$/, '')}/entities.yaml`, text: undefined };
	}

	return Object.freeze<CommandService>({
		context: (document, params, token) =>
			token.isCancellationRequested
				? {
						types: [],
						annotation: undefined,
						suggestion: undefined,
						text: undefined,
						resolvedValue: undefined,
						articleDate: undefined,
					}
				: commandContext(article(document), params, deps.types()),
		annotate: (document, params, token) =>
			token.isCancellationRequested
				? cancelled
				: annotateTarget(
						article(document),
						findTarget(article(document), params),
						params.type,
						{ ref: params.ref },
						knowledge(),
					),
		acceptSuggestion: (document, params, token) =>
			token.isCancellationRequested ? cancelled : acceptAt(article(document), params),
		acceptAllSuggestions: (document, params, token) =>
			token.isCancellationRequested ? cancelled : acceptAll(article(document), params, deps.types(), token),
		acceptEntityInWorkspace: (document, params, open, token) =>
			token.isCancellationRequested
				? cancelled
				: acceptEntityInWorkspace(
						article(document),
						params,
						workspaceTexts(open),
						suggestionsOf,
						parseNews,
						deps.workspace.entries,
						token,
					),
		navigateSuggestion: (document, params, token) =>
			token.isCancellationRequested ? { index: 0, total: 0 } : navigate(article(document), params),
		annotateOccurrences: (document, params, open, token) =>
			token.isCancellationRequested
				? cancelled
				: annotateOccurrences(article(document), params, workspaceTexts(open), parseNews, knowledge(), token),
		removeAnnotation: (document, params, token) =>
			token.isCancellationRequested ? cancelled : removeAnnotation(article(document), params),
		changeType: (document, params, token) =>
			token.isCancellationRequested ? cancelled : changeType(article(document), params, params.type, knowledge()),
		setDateValue: (document, params, token) =>
			token.isCancellationRequested ? cancelled : setDateValue(article(document), params, params.value, knowledge()),
		knowledgeEntries: (document, params, token) =>
			token.isCancellationRequested ? [] : knowledgeChoices(article(document), params, deps.workspace.entries),
		linkEntity: (document, params, token) =>
			token.isCancellationRequested ? cancelled : linkEntity(article(document), params, knowledge()),
		proposeEntity: (document, params, token) =>
			token.isCancellationRequested ? {} : proposeEntity(article(document), params, deps.workspace.entries),
		addToKnowledgeBase: (document, params, where, token) =>
			token.isCancellationRequested
				? cancelled
				: addToKnowledgeBase(article(document), params, knowledgeTarget(document.uri, where), knowledge()),
		ignoreSuggestion: (document, params, where, token) =>
			token.isCancellationRequested
				? cancelled
				: ignoreSuggestion(article(document), params, knowledgeTarget(document.uri, where), deps.workspace.entries),
		convertPlainArticle: (uri, text, token, target) =>
			token.isCancellationRequested ? cancelled : convertPlainArticle(uri, text, target),
	});
}
