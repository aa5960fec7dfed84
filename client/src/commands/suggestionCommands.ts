import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import {
	AcceptAllSuggestionsRequest,
	AcceptEntityInWorkspaceRequest,
	AcceptSuggestionRequest,
	NavigateSuggestionRequest,
	type CommandResult,
	type CommandTarget,
} from '../../../server/src/shared/protocol';
import type { RequestType } from 'vscode-languageserver-protocol';
import { argsOf, type CommandRunner } from './commandRunner';

/** The per-type variants of Accept All Suggestions in File. */
const ACCEPT_ALL_OF_TYPE: readonly (readonly [string, string, string])[] = [
	[Commands.acceptAllPersonSuggestions, 'person', 'Accept All Person Suggestions in File'],
	[Commands.acceptAllOrganizationSuggestions, 'org', 'Accept All Organization Suggestions in File'],
	[Commands.acceptAllPlaceSuggestions, 'place', 'Accept All Place Suggestions in File'],
	[Commands.acceptAllDateSuggestions, 'date', 'Accept All Date Suggestions in File'],
];

/** Accept Suggestion, Accept All Suggestions in File / of This Entity in the Workspace, Next / Previous Suggestion. */
export function registerSuggestionCommands(runner: CommandRunner): vscode.Disposable[] {
	const run =
		(title: string, type: RequestType<CommandTarget, CommandResult, void>) =>
		async (arg: unknown): Promise<boolean> => {
			const args = argsOf(arg);
			const editor = await runner.editor(args, title);
			if (!editor) return false;
			const version = editor.document.version;
			return runner.apply(editor, version, await runner.request(type, runner.target(editor, args)), args);
		};
	/** Moves the cursor to the next or previous suggestion, wrapping around, like Go to Next Problem. */
	const navigate =
		(direction: 'next' | 'previous') =>
		async (arg: unknown): Promise<boolean> => {
			const args = argsOf(arg);
			const editor = await runner.editor(args, `Go to ${direction === 'next' ? 'Next' : 'Previous'} Suggestion`);
			if (!editor) return false;
			const result = await runner.request(NavigateSuggestionRequest.type, {
				...runner.target(editor, args),
				direction,
			});
			if (!result.range) {
				vscode.window.setStatusBarMessage('Attache: this article has no suggestions left.', 5000);
				return false;
			}
			const start = new vscode.Position(result.range.start.line, result.range.start.character);
			const end = new vscode.Position(result.range.end.line, result.range.end.character);
			editor.selection = new vscode.Selection(start, start);
			editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
			vscode.window.setStatusBarMessage(
				`Attache: suggestion ${result.index} of ${result.total}: ${result.label ?? ''}`,
				5000,
			);
			return true;
		};
	/** Accept All (of `types`, else of every type): says how many of which types first, then applies one edit. */
	const acceptAll =
		(title: string, types: readonly string[] | undefined) =>
		async (arg: unknown): Promise<boolean> => {
			const args = argsOf(arg);
			const editor = await runner.editor(args, title);
			if (!editor) return false;
			const version = editor.document.version;
			const result = await runner.request(AcceptAllSuggestionsRequest.type, {
				...runner.target(editor, args),
				...(types && { types }),
			});
			if (result.edit && args.confirm !== false) {
				const total = result.total ?? 0;
				const answer = await vscode.window.showInformationMessage(
					`Accept ${total} suggestion${total === 1 ? '' : 's'}: ${result.summary ?? ''}?`,
					{ modal: true, detail: 'They become annotations in one edit: one Undo takes them all back.' },
					'Accept',
				);
				if (answer !== 'Accept') return false;
			}
			return runner.apply(editor, version, result, args);
		};
	return [
		vscode.commands.registerCommand(Commands.acceptSuggestion, run('Accept Suggestion', AcceptSuggestionRequest.type)),
		vscode.commands.registerCommand(
			Commands.acceptAllSuggestions,
			acceptAll('Accept All Suggestions in File', undefined),
		),
		...ACCEPT_ALL_OF_TYPE.map(([id, type, title]) => vscode.commands.registerCommand(id, acceptAll(title, [type]))),
		vscode.commands.registerCommand(
			Commands.acceptEntityInWorkspace,
			run('Accept All Suggestions of This Entity in the Workspace', AcceptEntityInWorkspaceRequest.type),
		),
		vscode.commands.registerCommand(Commands.nextSuggestion, navigate('next')),
		vscode.commands.registerCommand(Commands.previousSuggestion, navigate('previous')),
	];
}
