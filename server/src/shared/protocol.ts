/**
 * Custom LSP messages between the client and the server, each declared once, in the style of vscode-eslint:
 *
 *   export namespace EntitiesRequest {
 *     export const method = 'attache/entities';
 *     export const type = new RequestType<EntitiesParams, EntitiesResult, void>(method);
 *   }
 *
 * Only `vscode-languageserver-protocol`'s message types are imported here (the client and the server share them).
 */
/* eslint-disable @typescript-eslint/no-namespace -- one namespace per message, as the LSP libraries declare theirs */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type {
	AgreementParams,
	AgreementResult,
	ExportParams,
	ExportResult,
	ImportParams,
	ImportResult,
} from './interchange';
import type { NetworkData, NetworkParams, TimelineData, TimelineParams } from './views';
import type {
	EntitiesParams,
	EntitiesResult,
	EntityArticleItem,
	EntityArticlesParams,
	EntityMentionItem,
	EntityMentionsParams,
} from './entitiesView';
import type { MarkupRangesParams, MarkupRangesResult, PreviewParams, PreviewResult } from './preview';

export type { MarkupRangesParams, MarkupRangesResult, PreviewParams, PreviewResult } from './preview';
export type {
	EntitiesParams,
	EntitiesResult,
	EntityArticleItem,
	EntityArticlesParams,
	EntityMentionItem,
	EntityMentionsParams,
	EntityItem,
	EntityTypeGroup,
} from './entitiesView';

/** The Entities view: entities grouped by type, with their counts (optionally filtered). */
export namespace EntitiesRequest {
	export const method = 'attache/entities';
	export const type = new RequestType<EntitiesParams, EntitiesResult, void>(method);
}

/** The Entities view: the articles that mention an entity. */
export namespace EntityArticlesRequest {
	export const method = 'attache/entityArticles';
	export const type = new RequestType<EntityArticlesParams, EntityArticleItem[], void>(method);
}

/** The Entities view: the mentions of an entity in one article, each with its line. */
export namespace EntityMentionsRequest {
	export const method = 'attache/entityMentions';
	export const type = new RequestType<EntityMentionsParams, EntityMentionItem[], void>(method);
}

/** From the server: the workspace index changed (a file was indexed, changed or deleted); views refresh. */
export namespace IndexChangedNotification {
	export const method = 'attache/indexChanged';
	export const type = new NotificationType<IndexChangedParams>(method);
}

export interface IndexChangedParams {
	/** Articles in the index. */
	readonly articles: number;
	/** Whether the first indexing of the workspace is still running. */
	readonly indexing: boolean;
}

/** The editing commands' requests (Annotate Selection as..., Accept Suggestion, Link to Entity...). */
export * from './commandProtocol';

export type {
	AgreementParams,
	AgreementResult,
	ExportParams,
	ExportResult,
	ImportParams,
	ImportResult,
} from './interchange';

/** Export files or folders in an interchange format into a folder (Attache: Export File / Workspace As...). */
export namespace ExportRequest {
	export const method = 'attache/export';
	export const type = new RequestType<ExportParams, ExportResult, void>(method);
}

/** Import brat, CoNLL, doccano or Prodigy files as `.news` into a folder (Attache: Import...). */
export namespace ImportRequest {
	export const method = 'attache/import';
	export const type = new RequestType<ImportParams, ImportResult, void>(method);
}

/** Compare the annotations of a folder with another folder or a git revision: a Markdown report. */
export namespace AgreementRequest {
	export const method = 'attache/agreement';
	export const type = new RequestType<AgreementParams, AgreementResult, void>(method);
}

export type { NetworkData, NetworkParams, TimelineData, TimelineParams } from './views';

/** The Network of Actors view: people and organizations of the workspace, and who appears with whom. */
export namespace NetworkRequest {
	export const method = 'attache/network';
	export const type = new RequestType<NetworkParams, NetworkData, void>(method);
}

/** The Timeline view: every dated item of the workspace. */
export namespace TimelineRequest {
	export const method = 'attache/timeline';
	export const type = new RequestType<TimelineParams, TimelineData, void>(method);
}

/** The article preview (Attache: Open Preview): the article as HTML without markup, entities coloured by type. */
export namespace PreviewRequest {
	export const method = 'attache/preview';
	export const type = new RequestType<PreviewParams, PreviewResult, void>(method);
}

/** The markup of annotations (`[` and `]{...}`), which the editor dims off the cursor's lines (attache.editor.dimAttributes). */
export namespace MarkupRangesRequest {
	export const method = 'attache/markupRanges';
	export const type = new RequestType<MarkupRangesParams, MarkupRangesResult, void>(method);
}

/** A workspace file as the client read it for a server without a disk of its own (the browser host). */
export interface WorkspaceFile {
	readonly uri: string;
	readonly text: string;
	/** What it is to the index: the client decides by the file name and attache.knowledgeBase.glob. */
	readonly kind: 'article' | 'knowledge-base';
}

/** From the server, in the browser: every article and knowledge base of the workspace folders, read by the client. */
export namespace WorkspaceFilesRequest {
	export const method = 'attache/workspaceFiles';
	export const type = new RequestType<Record<string, never>, WorkspaceFile[], void>(method);
}

/** From the server, in the browser: some files again (created or changed outside the editor); an unreadable one is left out. */
export namespace ReadWorkspaceFilesRequest {
	export const method = 'attache/readWorkspaceFiles';
	export const type = new RequestType<{ readonly uris: readonly string[] }, WorkspaceFile[], void>(method);
}
