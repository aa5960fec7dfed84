import * as vscode from 'vscode';
import type { RequestType } from 'vscode-languageserver-protocol';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { languageId } from '../../../server/src/shared/commands';
import type { CommandResult, CommandTarget } from '../../../server/src/shared/protocol';
import { editedFiles, staleFiles } from './editVersions';

/**
 * What a command accepts as its argument, so that code actions, keybindings and tests can skip the pickers: the
 * article (`uri`) and cursor (`position`) to act at, and the answer a picker or input box would give.
 */
export interface CommandArgs {
	readonly uri?: string;
	readonly position?: { readonly line: number; readonly character: number };
	readonly type?: string;
	readonly value?: string;
	readonly id?: string;
	/** false: apply an edit of several files without VS Code's refactor preview. */
	readonly preview?: boolean;
	/** false: Accept All without asking first (for scripts and keybindings that mean it). */
	readonly confirm?: boolean;
}

/** Reads a command's argument: CommandArgs from a code action or a test, a Uri from a menu, or nothing. */
export function argsOf(arg: unknown): CommandArgs {
	if (arg instanceof vscode.Uri) return { uri: arg.toString() };
	return arg && typeof arg === 'object' ? (arg as CommandArgs) : {};
}

/** The document open in the editor at `uri` (a URI string as the server writes it). */
function openDocument(uri: string): vscode.TextDocument | undefined {
	const wanted = vscode.Uri.parse(uri).toString();
	return vscode.workspace.textDocuments.find((d) => d.uri.toString() === wanted);
}

/**
 * Whether the editor holds text of `uri` that is not on disk. `isDirty` alone can lag behind an Undo that has just
 * run (the editor tells the extension host in a later message), and saving then would write what the analyst has not
 * chosen to save: the text on disk decides too.
 */
async function hasUnsavedChanges(uri: string): Promise<boolean> {
	const document = openDocument(uri);
	if (!document) return false;
	if (document.isDirty) return true;
	if (document.uri.scheme !== 'file') return false;
	try {
		return new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri)) !== document.getText();
	} catch {
		return false;
	}
}

async function filter<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
	const kept = await Promise.all(items.map(keep));
	return items.filter((_, i) => kept[i]);
}

/** Sends the editing requests and applies their edits in the editor. */
export class CommandRunner {
	readonly #client: LanguageClient;
	readonly #ready: Promise<void>;

	constructor(client: LanguageClient, ready: Promise<void>) {
		this.#client = client;
		this.#ready = ready;
	}

	async request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R> {
		await this.#ready;
		return this.#client.sendRequest(type, params);
	}

	/** The Annotated News editor a command acts in: the one of `args.uri`, else the active one. */
	async editor(args: CommandArgs, commandTitle: string): Promise<vscode.TextEditor | undefined> {
		let editor = vscode.window.activeTextEditor;
		if (args.uri && editor?.document.uri.toString() !== args.uri) {
			const uri = vscode.Uri.parse(args.uri);
			editor =
				vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri) ??
				(await vscode.window.showTextDocument(uri));
		}
		if (!editor || editor.document.languageId !== languageId) {
			void vscode.window.showInformationMessage(
				`Open an Annotated News article (.news), then run "Attache: ${commandTitle}".`,
			);
			return undefined;
		}
		return editor;
	}

	/** The cursor, the selection and the word under the cursor (as the language's word pattern reads it). */
	target(editor: vscode.TextEditor, args: CommandArgs): CommandTarget {
		const document = editor.document;
		const textDocument = { uri: this.#client.code2ProtocolConverter.asUri(document.uri) };
		const position = args.position
			? new vscode.Position(args.position.line, args.position.character)
			: editor.selection.active;
		const range = args.position ? new vscode.Range(position, position) : editor.selection;
		const word = document.getWordRangeAtPosition(position);
		return {
			textDocument,
			position: { line: position.line, character: position.character },
			range: {
				start: { line: range.start.line, character: range.start.character },
				end: { line: range.end.line, character: range.end.character },
			},
			...(word && {
				wordRange: {
					start: { line: word.start.line, character: word.start.character },
					end: { line: word.end.line, character: word.end.character },
				},
			}),
		};
	}

	/**
	 * Applies a command's result as one edit (one Undo), with VS Code's refactor preview when the server asks for
	 * confirmation (edits of several files), then places the cursor and tells the user what happened.
	 */
	async apply(
		editor: vscode.TextEditor | undefined,
		version: number | undefined,
		result: CommandResult,
		args: CommandArgs = {},
	): Promise<boolean> {
		if (result.error) {
			void vscode.window.showWarningMessage(result.error);
			return false;
		}
		if (!result.edit) {
			if (result.message) vscode.window.setStatusBarMessage(`Attache: ${result.message}`, 5000);
			return false;
		}
		if (editor && version !== undefined && editor.document.version !== version) {
			void vscode.window.showWarningMessage('The article changed while the command was running: run it again.');
			return false;
		}
		// The other files too (an open entities.yaml is edited in its unsaved text): only the text the server saw.
		const stale = staleFiles(result.edit, (uri) => openDocument(uri));
		if (stale.length) {
			const names = stale.map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))).join(', ');
			void vscode.window.showWarningMessage(`${names} changed while the command was running: run it again.`);
			return false;
		}
		const confirm = Object.values(result.edit.changeAnnotations ?? {}).some((a) => a.needsConfirmation);
		const protocolEdit =
			confirm && args.preview === false
				? {
						...result.edit,
						changeAnnotations: Object.fromEntries(
							Object.entries(result.edit.changeAnnotations ?? {}).map(([k, a]) => [
								k,
								{ ...a, needsConfirmation: false },
							]),
						),
					}
				: result.edit;
		const edit = await this.#client.protocol2CodeConverter.asWorkspaceEdit(protocolEdit);
		// A file with unsaved changes (say, entities.yaml as the analyst is typing it) is edited in that text and stays
		// unsaved for the analyst to save: VS Code would save it with the other files of a refactoring
		// (files.refactoring.autoSave), so then the files that had no unsaved changes are saved here instead.
		const files = editedFiles(result.edit);
		const unsavedBefore = new Set(await filter(files, hasUnsavedChanges));
		const cleanBefore = result.save ? !unsavedBefore.has(result.save) : false;
		const saveLikeRefactoring =
			confirm &&
			files.length > 1 &&
			vscode.workspace.getConfiguration('files').get<boolean>('refactoring.autoSave', true);
		const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: confirm && unsavedBefore.size === 0 });
		if (!applied) {
			// Declined in the refactor preview, or refused by VS Code (which says why).
			if (!confirm)
				void vscode.window.showWarningMessage(
					'Attache could not apply the edit: the file may have changed or be read-only. Try again.',
				);
			return false;
		}
		if (editor && result.selection) {
			const s = this.#client.protocol2CodeConverter.asRange(result.selection);
			if (vscode.window.activeTextEditor?.document === editor.document) {
				vscode.window.activeTextEditor.selection = new vscode.Selection(s.start, s.end);
				vscode.window.activeTextEditor.revealRange(s, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
			} else {
				editor.selection = new vscode.Selection(s.start, s.end);
			}
		}
		if (unsavedBefore.size && saveLikeRefactoring)
			for (const uri of files) if (!unsavedBefore.has(uri)) await openDocument(uri)?.save();
		if (result.save && cleanBefore) await openDocument(result.save)?.save();
		const unsaved =
			result.save && !cleanBefore
				? ` ${vscode.workspace.asRelativePath(vscode.Uri.parse(result.save))} is not saved yet.`
				: '';
		if (result.message) vscode.window.setStatusBarMessage(`Attache: ${result.message}${unsaved}`, 5000);
		return true;
	}
}
