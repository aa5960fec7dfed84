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
export {};
