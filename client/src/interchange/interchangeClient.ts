import * as vscode from 'vscode';
import type { RequestType } from 'vscode-languageserver-protocol';
import type { FormatChoice } from '../../../server/src/shared/interchange';
import type { AttacheClient } from '../languageClient';

/** What the interchange commands need: the server, and the output channel for details. */
export class InterchangeClient {
	readonly #client: AttacheClient;
	readonly output: vscode.LogOutputChannel;

	constructor(client: AttacheClient, output: vscode.LogOutputChannel) {
		this.#client = client;
		this.output = output;
	}

	async request<P, R>(type: RequestType<P, R, void>, params: P, title: string): Promise<R> {
		return vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title, cancellable: false },
			async () => {
				await this.#client.ready;
				return this.#client.languageClient.sendRequest(type, params);
			},
		);
	}

	/** Writes lines to the output channel under a heading, and shows it. */
	details(heading: string, lines: readonly string[]): void {
		this.output.info(heading);
		for (const line of lines) this.output.info(`  ${line}`);
		this.output.show(true);
	}
}

/** Asks for a format (unless given). */
export async function pickFormat<C extends FormatChoice>(
	choices: readonly C[],
	given: string | undefined,
	placeHolder: string,
): Promise<C | undefined> {
	if (given !== undefined) {
		const found = choices.find((c) => c.id === given);
		if (!found)
			void vscode.window.showErrorMessage(
				`Attache knows no format "${given}": use one of ${choices.map((c) => c.id).join(', ')}.`,
			);
		return found;
	}
	const picked = await vscode.window.showQuickPick(
		choices.map((c) => ({ label: c.label, description: c.id, detail: c.description, choice: c })),
		{ placeHolder, matchOnDescription: true, matchOnDetail: true },
	);
	return picked?.choice;
}

/** Asks for a folder (unless given). */
export async function pickFolder(
	given: string | undefined,
	title: string,
	openLabel: string,
	near?: vscode.Uri,
): Promise<string | undefined> {
	if (given !== undefined) return given;
	const picked = await vscode.window.showOpenDialog({
		canSelectFiles: false,
		canSelectFolders: true,
		canSelectMany: false,
		title,
		openLabel,
		defaultUri: near,
	});
	return picked?.[0]?.fsPath;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
