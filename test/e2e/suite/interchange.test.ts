import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseNews } from '../../../server/src/service/parse/document';
import { eventually, openNews } from './util';

suite('Attache: Export File As..., Compare Annotations With...', () => {
	test('Export File As... brat, with the format and folder given, writes NAME.txt, NAME.ann and annotation.conf', async () => {
		const document = await openNews('ministers-meet.news');
		const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-e2e-export-'));
		const result = await vscode.commands.executeCommand<{ written: string[]; articles: number; error?: string }>(
			'attache.exportFile',
			{ format: 'brat', outDir },
		);
		assert.ok(result && !result.error, JSON.stringify(result));
		assert.strictEqual(result.articles, 1);
		for (const f of ['ministers-meet.txt', 'ministers-meet.ann', 'annotation.conf'])
			assert.ok(fs.existsSync(path.join(outDir, f)), `${f} in ${outDir}`);
		const parsed = parseNews(document.getText());
		assert.strictEqual(fs.readFileSync(path.join(outDir, 'ministers-meet.txt'), 'utf8'), parsed.plainText);
		const tLines = fs
			.readFileSync(path.join(outDir, 'ministers-meet.ann'), 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('T'));
		assert.strictEqual(tLines.length, parsed.annotations.length);
		assert.match(tLines[0]!, /^T1\tplace 0 6\tVIENNA$/);
	});

	test('Compare Annotations With... another folder opens the agreement report in the Markdown preview', async () => {
		const base = fs.mkdtempSync(path.join(os.tmpdir(), 'attache-e2e-agree-'));
		for (const [who, text] of [
			['mine', '---\ndate: 2024-05-02\n---\n[Ada Lind]{.person} met [Bo Kern]{.person} in [Oslo]{.place}.\n'],
			['theirs', '---\ndate: 2024-05-02\n---\n[Ada Lind]{.person} met [Bo]{.person} Kern in [Oslo]{.org}.\n'],
		] as const) {
			fs.mkdirSync(path.join(base, who));
			fs.writeFileSync(path.join(base, who, 'talks.news'), text);
		}
		const result = await vscode.commands.executeCommand<{
			reportFile: string;
			compared: number;
			disagreements: number;
			error?: string;
		}>('attache.compareAnnotations', {
			folder: path.join(base, 'mine'),
			withFolder: path.join(base, 'theirs'),
		});
		assert.ok(result && !result.error, JSON.stringify(result));
		assert.deepStrictEqual([result.compared, result.disagreements], [1, 2]);
		const markdown = fs.readFileSync(result.reportFile, 'utf8');
		assert.match(markdown, /Cohen's kappa over 8 tokens/);
		assert.match(markdown, /\(\S*mine\/talks\.news#L4,\d+\)/);
		// The preview is a webview tab that VS Code opens a moment after the command.
		await eventually(
			() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label),
			(labels) => labels.some((l) => /Preview.*Annotation agreement|Annotation agreement.*Preview/.test(l)),
			'the Markdown preview of the report among the tabs',
		);
	});

	test('the commands are in the palette under the Attache category', async () => {
		const commands = await vscode.commands.getCommands(true);
		const manifest = vscode.extensions.getExtension('attache.attache')!.packageJSON as {
			contributes: { commands: { command: string; category: string; title: string }[] };
		};
		for (const [id, title] of [
			['attache.exportFile', 'Export File As...'],
			['attache.exportWorkspace', 'Export Workspace As...'],
			['attache.import', 'Import...'],
			['attache.compareAnnotations', 'Compare Annotations With...'],
		]) {
			assert.ok(commands.includes(id!), id);
			const entry = manifest.contributes.commands.find((c) => c.command === id);
			assert.deepStrictEqual([entry?.category, entry?.title], ['Attache', title]);
		}
	});
});
