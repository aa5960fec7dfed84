import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import {
	AnnotateOccurrencesRequest,
	ChangeTypeRequest,
	CommandContextRequest,
	RemoveAnnotationRequest,
	SetDateValueRequest,
} from '../../../server/src/shared/protocol';
import { dateValueProblem } from '../../../server/src/shared/dateValue';
import { argsOf, type CommandRunner } from './commandRunner';
import { pickType } from './pickers';

/** Remove Annotation, Change Type, Set Date Value, Annotate All Occurrences (in the file or the workspace). */
export function registerAnnotationCommands(runner: CommandRunner): vscode.Disposable[] {
	const removeAnnotation = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Remove Annotation');
		if (!editor) return false;
		const version = editor.document.version;
		return runner.apply(
			editor,
			version,
			await runner.request(RemoveAnnotationRequest.type, runner.target(editor, args)),
			args,
		);
	};

	const changeType = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Change Annotation Type...');
		if (!editor) return false;
		const target = runner.target(editor, args);
		let type = args.type;
		if (!type) {
			const context = await runner.request(CommandContextRequest.type, target);
			const current = context.annotation ?? context.suggestion;
			if (!current) {
				void vscode.window.showWarningMessage('Put the cursor on an annotation (or a suggestion) to change its type.');
				return false;
			}
			type = await pickType(context.types, {
				title: `Change the type of "${current.text}" (now ${current.type ?? 'none'}) to`,
				exclude: context.annotation?.type,
			});
			if (!type) return false;
		}
		const version = editor.document.version;
		return runner.apply(editor, version, await runner.request(ChangeTypeRequest.type, { ...target, type }), args);
	};

	const setDateValue = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Set Date Value...');
		if (!editor) return false;
		const target = runner.target(editor, args);
		let value = args.value;
		if (value === undefined) {
			const context = await runner.request(CommandContextRequest.type, target);
			const date =
				context.annotation?.type === 'date'
					? context.annotation
					: context.suggestion?.type === 'date'
						? context.suggestion
						: undefined;
			if (!date) {
				void vscode.window.showWarningMessage(
					'Put the cursor on a date annotation (or a suggested date) to set its value.',
				);
				return false;
			}
			const against = context.articleDate ? ` (the article is dated ${context.articleDate})` : '';
			value = await vscode.window.showInputBox({
				title: `Date value of "${date.text}"`,
				prompt: `A TIMEX3 value${against}: 2025-01-22, 2025-05, 2025, 2025-W04, 2025-Q1 or 2025-01-20/2025-01-24. Empty removes the value.`,
				value: date.value ?? context.resolvedValue ?? '',
				validateInput: (v) => dateValueProblem(v),
			});
			if (value === undefined) return false;
		}
		const version = editor.document.version;
		return runner.apply(editor, version, await runner.request(SetDateValueRequest.type, { ...target, value }), args);
	};

	const annotateOccurrences =
		(scope: 'file' | 'workspace') =>
		async (arg: unknown): Promise<boolean> => {
			const args = argsOf(arg);
			const editor = await runner.editor(
				args,
				`Annotate All Occurrences in ${scope === 'file' ? 'File' : 'Workspace'}`,
			);
			if (!editor) return false;
			const target = runner.target(editor, args);
			let type = args.type;
			if (!type) {
				const context = await runner.request(CommandContextRequest.type, target);
				if (!context.text) {
					void vscode.window.showWarningMessage(
						'Select the text whose occurrences to annotate, or put the cursor on a word.',
					);
					return false;
				}
				const selected = !editor.selection.isEmpty;
				const current =
					(!selected ? context.annotation?.type : undefined) ??
					context.suggestion?.type ??
					(context.resolvedValue ? 'date' : undefined);
				type = await pickType(context.types, {
					title: `Annotate every "${context.text}" ${scope === 'file' ? 'in this article' : 'in the workspace'} as`,
					first: current,
					firstNote: 'as here',
				});
				if (!type) return false;
			}
			const version = editor.document.version;
			return runner.apply(
				editor,
				version,
				await runner.request(AnnotateOccurrencesRequest.type, { ...target, type, scope }),
				args,
			);
		};

	return [
		vscode.commands.registerCommand(Commands.removeAnnotation, removeAnnotation),
		vscode.commands.registerCommand(Commands.changeType, changeType),
		vscode.commands.registerCommand(Commands.setDateValue, setDateValue),
		vscode.commands.registerCommand(Commands.annotateOccurrencesInFile, annotateOccurrences('file')),
		vscode.commands.registerCommand(Commands.annotateOccurrencesInWorkspace, annotateOccurrences('workspace')),
	];
}
