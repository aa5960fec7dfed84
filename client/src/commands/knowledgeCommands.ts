import * as vscode from 'vscode';
import { Commands } from '../../../server/src/shared/commands';
import {
	AddToKnowledgeBaseRequest,
	CommandContextRequest,
	IgnoreSuggestionRequest,
	KnowledgeEntriesRequest,
	LinkEntityRequest,
	ProposeEntityRequest,
	type KnowledgeChoice,
} from '../../../server/src/shared/protocol';
import { argsOf, type CommandRunner } from './commandRunner';

interface EntityItem extends vscode.QuickPickItem {
	readonly id?: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function entityItem(e: KnowledgeChoice): EntityItem {
	const detail = [e.description, e.aliases.length ? `also: ${e.aliases.join(', ')}` : undefined, e.wikidata]
		.filter(Boolean)
		.join(' · ');
	return { label: e.name, description: `${e.type} · ${e.id}`, ...(detail && { detail }), id: e.id };
}

/** Link to Entity (a quick pick over the knowledge base), Add to Knowledge Base, Ignore Suggestion. */
export function registerKnowledgeCommands(runner: CommandRunner): vscode.Disposable[] {
	const linkToEntity = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Link to Entity...');
		if (!editor) return false;
		const target = runner.target(editor, args);
		let id = args.id;
		if (!id) {
			const [entries, context] = await Promise.all([
				runner.request(KnowledgeEntriesRequest.type, target),
				runner.request(CommandContextRequest.type, target),
			]);
			if (!entries.length) {
				void vscode.window.showInformationMessage(
					'The knowledge base has no entities yet: add one with "Attache: Add to Knowledge Base".',
				);
				return false;
			}
			const matching = entries.filter((e) => e.matches);
			const items: EntityItem[] = matching.length
				? [
						{ label: `Named "${context.text ?? ''}"`, kind: vscode.QuickPickItemKind.Separator },
						...matching.map(entityItem),
						{ label: 'All entities', kind: vscode.QuickPickItemKind.Separator },
						...entries.filter((e) => !e.matches).map(entityItem),
					]
				: entries.map(entityItem);
			const picked = await vscode.window.showQuickPick(items, {
				title: context.text ? `Link "${context.text}" to` : 'Link to entity',
				placeHolder: 'Type a name, an alias or an id',
				matchOnDescription: true,
				matchOnDetail: true,
			});
			if (!picked?.id) return false;
			id = picked.id;
		}
		const version = editor.document.version;
		return runner.apply(editor, version, await runner.request(LinkEntityRequest.type, { ...target, id }), args);
	};

	const addToKnowledgeBase = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Add to Knowledge Base...');
		if (!editor) return false;
		const target = runner.target(editor, args);
		let id = args.id;
		if (!id) {
			const { proposal, error } = await runner.request(ProposeEntityRequest.type, target);
			if (!proposal) {
				void vscode.window.showWarningMessage(error ?? 'Put the cursor on an annotation or a suggestion.');
				return false;
			}
			const aliases = proposal.aliases.length ? `, also known as ${proposal.aliases.join(', ')}` : '';
			id = await vscode.window.showInputBox({
				title: `Add ${proposal.name} (${proposal.type}${aliases}) to the knowledge base`,
				prompt: 'The id that annotations write as ref=...: lower-case letters, digits and -.',
				value: proposal.id,
				validateInput: (v) =>
					ID.test(v.trim()) ? undefined : 'Use lower-case letters, digits and -, such as sergey-lavrov.',
			});
			if (!id) return false;
		}
		const version = editor.document.version;
		return runner.apply(
			editor,
			version,
			await runner.request(AddToKnowledgeBaseRequest.type, { ...target, id: id.trim() }),
			args,
		);
	};

	const ignoreSuggestion = async (arg: unknown): Promise<boolean> => {
		const args = argsOf(arg);
		const editor = await runner.editor(args, 'Ignore Suggestion');
		if (!editor) return false;
		// Only entities.yaml changes: in its text as the editor has it, saved or not, at the version the runner checks.
		const result = await runner.request(IgnoreSuggestionRequest.type, runner.target(editor, args));
		const applied = await runner.apply(editor, undefined, result, args);
		if (applied && result.save && !args.uri) {
			const kb = vscode.Uri.parse(result.save);
			void vscode.window.showInformationMessage(result.message ?? 'Ignored.', 'Open Knowledge Base').then((choice) => {
				if (choice) void vscode.window.showTextDocument(kb);
			});
		}
		return applied;
	};

	return [
		vscode.commands.registerCommand(Commands.linkToEntity, linkToEntity),
		vscode.commands.registerCommand(Commands.addToKnowledgeBase, addToKnowledgeBase),
		vscode.commands.registerCommand(Commands.ignoreSuggestion, ignoreSuggestion),
	];
}
