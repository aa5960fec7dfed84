import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheService } from '../service';
import {
	AcceptAllSuggestionsRequest,
	AcceptEntityInWorkspaceRequest,
	AcceptSuggestionRequest,
	AddToKnowledgeBaseRequest,
	AnnotateOccurrencesRequest,
	AnnotateRequest,
	ChangeTypeRequest,
	CommandContextRequest,
	ConvertPlainArticleRequest,
	IgnoreSuggestionRequest,
	KnowledgeEntriesRequest,
	LinkEntityRequest,
	NavigateSuggestionRequest,
	ProposeEntityRequest,
	RemoveAnnotationRequest,
	SetDateValueRequest,
	type CommandResult,
} from '../shared/protocol';

/** Said when a command's document is not open on the server (the client opens it before asking). */
const notOpen: CommandResult = Object.freeze({
	error: 'Open the article in the editor first, then run the command again.',
});

/** The requests of the editing commands: each finds the document and delegates to the service. `folders`: the workspace folders' URIs. */
export function registerEditingCommands(
	connection: Connection,
	documents: TextDocuments<TextDocument>,
	service: AttacheService,
	folders: () => readonly string[],
): void {
	const commands = service.commands;
	const roots = (): string[] => [...folders()];
	const find = (uri: string): TextDocument | undefined => documents.get(uri);

	connection.onRequest(CommandContextRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		if (!document)
			return {
				types: [],
				annotation: undefined,
				suggestion: undefined,
				text: undefined,
				resolvedValue: undefined,
				articleDate: undefined,
			};
		return commands.context(document, params, token);
	});
	connection.onRequest(AnnotateRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.annotate(document, params, token) : notOpen;
	});
	connection.onRequest(AcceptSuggestionRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.acceptSuggestion(document, params, token) : notOpen;
	});
	connection.onRequest(AcceptAllSuggestionsRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.acceptAllSuggestions(document, params, token) : notOpen;
	});
	connection.onRequest(AcceptEntityInWorkspaceRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.acceptEntityInWorkspace(document, params, documents, token) : notOpen;
	});
	connection.onRequest(NavigateSuggestionRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.navigateSuggestion(document, params, token) : { index: 0, total: 0 };
	});
	connection.onRequest(AnnotateOccurrencesRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.annotateOccurrences(document, params, documents, token) : notOpen;
	});
	connection.onRequest(RemoveAnnotationRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.removeAnnotation(document, params, token) : notOpen;
	});
	connection.onRequest(ChangeTypeRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.changeType(document, params, token) : notOpen;
	});
	connection.onRequest(SetDateValueRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.setDateValue(document, params, token) : notOpen;
	});
	connection.onRequest(KnowledgeEntriesRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.knowledgeEntries(document, params, token) : [];
	});
	connection.onRequest(LinkEntityRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.linkEntity(document, params, token) : notOpen;
	});
	connection.onRequest(ProposeEntityRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.proposeEntity(document, params, token) : notOpen;
	});
	connection.onRequest(AddToKnowledgeBaseRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document
			? commands.addToKnowledgeBase(document, params, { roots: roots(), open: documents }, token)
			: notOpen;
	});
	connection.onRequest(IgnoreSuggestionRequest.type, (params, token) => {
		const document = find(params.textDocument.uri);
		return document ? commands.ignoreSuggestion(document, params, { roots: roots(), open: documents }, token) : notOpen;
	});
	connection.onRequest(ConvertPlainArticleRequest.type, (params, token) =>
		commands.convertPlainArticle(params.uri, params.text, token, params.target),
	);
}
