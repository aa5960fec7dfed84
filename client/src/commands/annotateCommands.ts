import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import { AnnotateRequest, CommandContextRequest } from '../../../server/src/shared/protocol';
import { argsOf, type CommandRunner } from './commandRunner';
import { pickType } from './pickers';

/** The fixed "Annotate Selection as ..." commands and their types. */
const FIXED: readonly (readonly [string, string])[] = [
	[Commands.annotateAsPerson, 'person'],
	[Commands.annotateAsOrganization, 'org'],
	[Commands.annotateAsPlace, 'place'],
	[Commands.annotateAsDate, 'date'],
	[Commands.annotateAsRole, 'role'],
];

/**
 * Annotate Selection as Person / Organization / Place / Date / Role, and "Annotate Selection as..." with a quick pick
 * of every type (custom ones included). Without a selection: the suggestion, else the word, under the cursor.
 */
export function registerAnnotateCommands(runner: CommandRunner): vscode.Disposable[] {
	const annotate = async (arg: unknown, fixedType: string | undefined): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Annotate Selection as...');
		if (!editor) return false;
		const target = runner.target(editor, args);
		let type = fixedType ?? args.type;
		if (!type) {
			const context = await runner.request(CommandContextRequest.type, target);
			const first =
				context.annotation?.type ?? context.suggestion?.type ?? (context.resolvedValue ? 'date' : undefined);
			type = await pickType(context.types, {
				title: context.text ? `Annotate "${context.text}" as` : 'Annotate as',
				first,
				firstNote: context.annotation ? 'annotated so' : context.suggestion ? 'suggested' : 'a date',
			});
			if (!type) return false;
		}
		const version = editor.document.version;
		return runner.apply(editor, version, await runner.request(AnnotateRequest.type, { ...target, type }), args);
	};
	return [
		vscode.commands.registerCommand(Commands.annotateAs, (arg: unknown) => annotate(arg, undefined)),
		...FIXED.map(([id, type]) => vscode.commands.registerCommand(id, (arg: unknown) => annotate(arg, type))),
	];
}
