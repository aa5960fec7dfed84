import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { eventually, hoverText, openNews, positionOf } from './util';

/** Pids of the Attache language servers that this extension host started. */
function serverPids(): number[] {
	try {
		return execFileSync('pgrep', ['-f', '-P', String(process.pid), 'dist/server.js'], { encoding: 'utf8' })
			.split('\n')
			.filter(Boolean)
			.map(Number);
	} catch {
		return [];
	}
}

suite('A crashed language server', () => {
	test('is restarted, and the editor keeps its text', async () => {
		const document = await openNews('ministers-meet.news');
		const editor = await vscode.window.showTextDocument(document);
		await editor.edit((b) =>
			b.insert(new vscode.Position(document.lineCount - 1, 0), 'A line typed just before the crash.\n'),
		);
		const before = document.getText();
		const [pid] = await eventually(serverPids, (p) => p.length === 1, 'the language server process');
		process.kill(pid!, 'SIGKILL');
		await eventually(serverPids, (p) => p.length === 1 && p[0] !== pid, 'a new language server process');
		const text = await eventually(
			() => hoverText(document, positionOf(document, 'Tomas Brenner').translate(0, 2)),
			(t) => t.includes('Person'),
			'hover from the restarted server',
		);
		assert.match(text, /\*\*Person\*\* · Tomas Brenner/);
		assert.strictEqual(document.getText(), before, 'the edit made before the crash is still there');
		await vscode.commands.executeCommand('undo');
	});
});
