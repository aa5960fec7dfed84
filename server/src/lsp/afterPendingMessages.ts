import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Runs a request after one turn of the event loop, so that what the editor sent meanwhile is read first: a
 * cancellation (the editor gave up on this request) or an edit (the answer would be for an old text) then costs
 * nothing instead of a recognizer run on a long article, and the requests behind it are not kept waiting. Answers as
 * LSP says: RequestCancelled, or ContentModified (the editor asks again for the new text).
 */
/** Node's setImmediate runs after the I/O already received; a web worker has none, and a zero timeout there runs after the messages already queued. */
export const nextTurn: (callback: () => void) => void =
	typeof setImmediate === 'function'
		? (callback) => void setImmediate(callback)
		: (callback) => void setTimeout(callback, 0);

export function afterPendingMessages<T>(document: TextDocument, token: CancellationToken, work: () => T): Promise<T> {
	const version = document.version;
	return new Promise<T>((resolve, reject) => {
		nextTurn(() => {
			if (token.isCancellationRequested)
				return reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.'));
			if (document.version !== version)
				return reject(
					new ResponseError(LSPErrorCodes.ContentModified, 'The document changed before the request was answered.'),
				);
			try {
				resolve(work());
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		});
	});
}
