import * as assert from 'assert';
import * as vscode from 'vscode';

// The Getting Started walkthrough that teaches the keys: contributed by the manifest, and opened by VS Code.
suite('The walkthrough (Help: Get Started)', () => {
	const id = 'attache.attache#firstSession';

	test('is contributed with its steps, each naming its keys or command', () => {
		const manifest = vscode.extensions.getExtension('attache.attache')!.packageJSON;
		const walkthrough = manifest.contributes.walkthroughs.find((w: { id: string }) => `attache.attache#${w.id}` === id);
		assert.ok(walkthrough, `${id} is contributed`);
		const text = JSON.stringify(walkthrough.steps);
		for (const key of [
			'Ctrl+Alt+A',
			'Ctrl+F8',
			'Ctrl+Shift+F8',
			'attache.openAsAnnotatedNews',
			'attache.convertPlainArticle',
			'attache.nextSuggestion',
		])
			assert.ok(text.includes(key), key);
	});

	test('opens in the editor area', async () => {
		const opened = new Promise<vscode.Tab>((resolve) => {
			const sub = vscode.window.tabGroups.onDidChangeTabs((e) => {
				const tab = e.opened[0] ?? e.changed.find((t) => t.isActive);
				if (!tab) return;
				sub.dispose();
				resolve(tab);
			});
		});
		await vscode.commands.executeCommand('workbench.action.openWalkthrough', id, false);
		const tab = await opened;
		assert.ok(tab.isActive, 'the walkthrough is the active tab');
		assert.ok(!(tab.input instanceof vscode.TabInputText), 'it is the Welcome page, not a text file');
		// The tab is VS Code's Welcome page (the walkthrough's own title and steps on it are checked in the browser by
		// test/e2e/start.js).
		assert.strictEqual(tab.label, 'Welcome');
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
	});
});
