import * as vscode from 'vscode';
import type { TypeChoice } from '../../../server/src/shared/protocol';

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface TypeItem extends vscode.QuickPickItem {
	readonly name: string;
}

/** A quick pick of the entity types (built-in and custom), the likely one first. */
export async function pickType(
	types: readonly TypeChoice[],
	options: { title: string; first?: string | undefined; exclude?: string | undefined; firstNote?: string },
): Promise<string | undefined> {
	const items: TypeItem[] = types
		.filter((t) => t.name !== options.exclude)
		.map((t) => ({
			label: capitalize(t.label),
			description: `.${t.name}${t.name === options.first && options.firstNote ? ` · ${options.firstNote}` : ''}`,
			name: t.name,
		}))
		.sort((a, b) => Number(b.name === options.first) - Number(a.name === options.first));
	if (!items.length) return undefined;
	const picked = await vscode.window.showQuickPick(items, {
		title: options.title,
		placeHolder: 'Type to filter the entity types',
		matchOnDescription: true,
	});
	return picked?.name;
}
