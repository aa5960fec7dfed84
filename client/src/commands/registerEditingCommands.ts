import type * as vscode from 'vscode';
import type { AttacheClient } from '../languageClient';
import { registerAnnotateCommands } from './annotateCommands';
import { registerAnnotationCommands } from './annotationCommands';
import { CommandRunner } from './commandRunner';
import { registerConvertCommand } from './convertCommand';
import { registerKnowledgeCommands } from './knowledgeCommands';
import { registerSuggestionCommands } from './suggestionCommands';

/** The editing commands of issue 4: each asks the server for one edit and applies it. */
export function registerEditingCommands(client: AttacheClient): vscode.Disposable[] {
	const runner = new CommandRunner(client.languageClient, client.ready);
	return [
		...registerAnnotateCommands(runner),
		...registerSuggestionCommands(runner),
		...registerAnnotationCommands(runner),
		...registerKnowledgeCommands(runner),
		registerConvertCommand(runner),
	];
}
