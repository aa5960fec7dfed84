/* eslint-disable @typescript-eslint/no-namespace -- one namespace per message, the vscode-languageserver-protocol style */
/**
 * The requests behind the editing commands (Annotate Selection as..., Accept Suggestion, Link to Entity...): the
 * client asks, the server computes the edit, the client applies it as one WorkspaceEdit. Re-exported by protocol.ts.
 */
import {
	RequestType,
	type Position,
	type Range,
	type TextDocumentIdentifier,
	type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** Where a command runs: the cursor, the selection (when not empty) and the word under the cursor (VS Code's word pattern). */
export interface CommandTarget {
	readonly textDocument: TextDocumentIdentifier;
	readonly position: Position;
	readonly range?: Range;
	readonly wordRange?: Range;
}

/** What a command did or why it did nothing. */
export interface CommandResult {
	/** One edit (one Undo); absent when there is nothing to do. */
	readonly edit?: WorkspaceEdit;
	/** The cursor or selection afterwards, in the edited text of the command's document. */
	readonly selection?: Range;
	/** Why nothing was done, said so that the user knows what to do. */
	readonly error?: string;
	/** What was done, when it is worth saying ("Annotated 12 suggestions."). */
	readonly message?: string;
	/** A file the command created or extended that the client saves, so that the workspace index sees it at once. */
	readonly save?: string;
}

export interface TypeChoice {
	readonly name: string;
	readonly label: string;
}

/** An annotation or a suggestion at the cursor. */
export interface MentionInfo {
	readonly text: string;
	readonly type: string | undefined;
	readonly ref: string | undefined;
	readonly value: string | undefined;
	readonly range: Range;
}

export interface CommandContext {
	/** The entity types in force, built-in then custom. */
	readonly types: readonly TypeChoice[];
	/** The innermost annotation at the cursor. */
	readonly annotation: MentionInfo | undefined;
	readonly suggestion: MentionInfo | undefined;
	/** The text a command would act on: the selection, else the annotation, suggestion or word at the cursor. */
	readonly text: string | undefined;
	/** That text read as a date, resolved against the article date (TIMEX3). */
	readonly resolvedValue: string | undefined;
	readonly articleDate: string | undefined;
}

export namespace CommandContextRequest {
	export const method = 'attache/commandContext';
	export const type = new RequestType<CommandTarget, CommandContext, void>(method);
}

export interface AnnotateParams extends CommandTarget {
	readonly type: string;
	readonly ref?: string;
}

/** Annotates the selection, else the suggestion or word at the cursor; a date gets its resolved value. */
export namespace AnnotateRequest {
	export const method = 'attache/annotate';
	export const type = new RequestType<AnnotateParams, CommandResult, void>(method);
}

export namespace AcceptSuggestionRequest {
	export const method = 'attache/acceptSuggestion';
	export const type = new RequestType<CommandTarget, CommandResult, void>(method);
}

export interface AcceptAllParams extends CommandTarget {
	/** Only the suggestions of these types (Accept All Person Suggestions in File...); all types when absent. */
	readonly types?: readonly string[];
}

/** How many suggestions of one type Accept All annotates. */
export interface TypeCount {
	readonly type: string;
	readonly count: number;
}

export interface AcceptAllResult extends CommandResult {
	/** Per type, the most first: what the client asks the analyst to confirm before it applies the edit. */
	readonly counts?: readonly TypeCount[];
	/** The same in words: "12 people, 8 places, 6 organizations, 3 dates". */
	readonly summary?: string;
	readonly total?: number;
}

export namespace AcceptAllSuggestionsRequest {
	export const method = 'attache/acceptAllSuggestions';
	export const type = new RequestType<AcceptAllParams, AcceptAllResult, void>(method);
}

/** Accepts every suggestion of the entity at the cursor in every article of the workspace. */
export namespace AcceptEntityInWorkspaceRequest {
	export const method = 'attache/acceptEntityInWorkspace';
	export const type = new RequestType<CommandTarget, CommandResult, void>(method);
}

export interface NavigateParams extends CommandTarget {
	readonly direction: 'next' | 'previous';
}

export interface NavigateResult {
	/** The suggestion to go to; absent when the article has none. */
	readonly range?: Range;
	/** 1-based, of `total`. */
	readonly index: number;
	readonly total: number;
	readonly label?: string;
}

export namespace NavigateSuggestionRequest {
	export const method = 'attache/navigateSuggestion';
	export const type = new RequestType<NavigateParams, NavigateResult, void>(method);
}

export interface AnnotateOccurrencesParams extends CommandTarget {
	/** Defaults to the type of the annotation at the cursor. */
	readonly type?: string;
	readonly scope: 'file' | 'workspace';
}

export namespace AnnotateOccurrencesRequest {
	export const method = 'attache/annotateOccurrences';
	export const type = new RequestType<AnnotateOccurrencesParams, CommandResult, void>(method);
}

export namespace RemoveAnnotationRequest {
	export const method = 'attache/removeAnnotation';
	export const type = new RequestType<CommandTarget, CommandResult, void>(method);
}

export interface ChangeTypeParams extends CommandTarget {
	readonly type: string;
}

export namespace ChangeTypeRequest {
	export const method = 'attache/changeType';
	export const type = new RequestType<ChangeTypeParams, CommandResult, void>(method);
}

export interface SetDateValueParams extends CommandTarget {
	/** A TIMEX3 value; empty removes the value. */
	readonly value: string;
}

export namespace SetDateValueRequest {
	export const method = 'attache/setDateValue';
	export const type = new RequestType<SetDateValueParams, CommandResult, void>(method);
}

export interface KnowledgeChoice {
	readonly id: string;
	readonly type: string;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly description: string | undefined;
	readonly wikidata: string | undefined;
	/** The name or an alias is the text at the cursor, and the type fits. */
	readonly matches: boolean;
}

/** The knowledge-base entities one can link to (not the `type: none` ones), best matches first. */
export namespace KnowledgeEntriesRequest {
	export const method = 'attache/knowledgeEntries';
	export const type = new RequestType<CommandTarget, KnowledgeChoice[], void>(method);
}

export interface LinkEntityParams extends CommandTarget {
	readonly id: string;
}

export namespace LinkEntityRequest {
	export const method = 'attache/linkEntity';
	export const type = new RequestType<LinkEntityParams, CommandResult, void>(method);
}

export interface EntityProposal {
	readonly id: string;
	readonly type: string;
	readonly name: string;
	readonly aliases: readonly string[];
}

export namespace ProposeEntityRequest {
	export const method = 'attache/proposeEntity';
	export const type = new RequestType<
		CommandTarget,
		{ readonly proposal?: EntityProposal; readonly error?: string },
		void
	>(method);
}

export interface AddToKnowledgeBaseParams extends CommandTarget {
	/** The id chosen (the proposal's by default). */
	readonly id?: string;
}

/** Adds the mention's entity to the nearest `entities.yaml` (created at the workspace root if there is none) and links its mentions. */
export namespace AddToKnowledgeBaseRequest {
	export const method = 'attache/addToKnowledgeBase';
	export const type = new RequestType<AddToKnowledgeBaseParams, CommandResult, void>(method);
}

/** Adds a `type: none` entry for the suggestion's text, so that it is never suggested again. */
export namespace IgnoreSuggestionRequest {
	export const method = 'attache/ignoreSuggestion';
	export const type = new RequestType<CommandTarget, CommandResult, void>(method);
}

export interface ConvertPlainArticleParams {
	/** The `.txt` article. */
	readonly uri: string;
	readonly text: string;
	/** The `.news` to create; beside the `.txt` (same name) when absent. */
	readonly target?: string;
}

export interface ConvertPlainArticleResult extends CommandResult {
	/** The `.news` file the edit creates. */
	readonly uri?: string;
	/** Its text: what Compare shows beside a `.news` that exists already. */
	readonly text?: string;
}

/** A `.news` beside a raw `.txt` article, with YAML front matter built from its dateline. */
export namespace ConvertPlainArticleRequest {
	export const method = 'attache/convertPlainArticle';
	export const type = new RequestType<ConvertPlainArticleParams, ConvertPlainArticleResult, void>(method);
}
