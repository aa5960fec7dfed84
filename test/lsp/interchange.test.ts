import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	AgreementRequest,
	ExportRequest,
	ImportRequest,
	type AgreementResult,
	type ExportResult,
	type ImportResult,
} from '../../server/src/shared/protocol';
import { InMemoryLsp } from '../helpers/lspClient';
import { VERSION_A, VERSION_B } from '../helpers/agreementVersions';

suite('LSP: the interchange requests (attache/export, attache/import, attache/agreement)', () => {
	let lsp: InMemoryLsp;
	let dir: string;
	setup(async () => {
		lsp = new InMemoryLsp();
		await lsp.initialize();
		dir = mkdtempSync(path.join(tmpdir(), 'attache-lsp-ix-'));
	});
	teardown(() => lsp.dispose());

	test('export takes the text of an open editor, not the one on disk, and says what the format lost', async () => {
		const file = path.join(dir, 'talks.news');
		writeFileSync(file, 'On disk.\n');
		await lsp.open(pathToFileURL(file).toString(), '[[Oslo]{.place} Council]{.org ref=oslo-council} 😀\n');
		const out = path.join(dir, 'out');
		const result = await lsp.request<ExportResult>(ExportRequest.method, {
			format: 'conll',
			paths: [file],
			outDir: out,
		});
		assert.deepEqual(result.written, [path.join(out, 'talks.conll')]);
		assert.equal(readFileSync(result.written[0]!, 'utf8'), '-DOCSTART-\tO\n\nOslo\tB-org\nCouncil\tI-org\n😀\tO\n\n');
		assert.equal(result.lostSummary, '1 ref, 1 nested span');
		assert.deepEqual(
			result.losses.map((l) => [l.file, l.line, l.character]),
			[[file, 0, 1]],
		);
		const bad = await lsp.request<ExportResult>(ExportRequest.method, { format: 'xml', paths: [file], outDir: out });
		assert.match(bad.error!, /Unknown export format/);
	});

	test('import writes .news files and keeps the ones that exist', async () => {
		writeFileSync(
			path.join(dir, 'a.jsonl'),
			JSON.stringify({ text: 'Ada in Oslo', label: [[0, 3, 'PER']], meta: { file: 'ada' } }) + '\n',
		);
		const out = path.join(dir, 'articles');
		const first = await lsp.request<ImportResult>(ImportRequest.method, {
			format: 'doccano',
			paths: [path.join(dir, 'a.jsonl')],
			outDir: out,
		});
		assert.deepEqual(first.written, [path.join(out, 'ada.news')]);
		assert.equal(readFileSync(first.written[0]!, 'utf8'), '[Ada]{.person} in Oslo');
		const second = await lsp.request<ImportResult>(ImportRequest.method, {
			format: 'doccano',
			paths: [path.join(dir, 'a.jsonl')],
			outDir: out,
		});
		assert.deepEqual([second.written, second.kept], [[], [path.join(out, 'ada.news')]]);
	});

	test('agreement: a Markdown report whose links lead to the lines of the disagreements', async () => {
		mkdirSync(path.join(dir, 'mine'));
		mkdirSync(path.join(dir, 'theirs'));
		writeFileSync(path.join(dir, 'mine/talks.news'), VERSION_A);
		writeFileSync(path.join(dir, 'theirs/talks.news'), VERSION_B);
		const reportFile = path.join(dir, 'report', 'agreement.md');
		const result = await lsp.request<AgreementResult>(AgreementRequest.method, {
			a: path.join(dir, 'mine'),
			b: { folder: path.join(dir, 'theirs') },
			reportFile,
		});
		assert.equal(result.compared, 1);
		assert.equal(result.disagreements, 4);
		assert.ok(Math.abs(result.kappa! - 37 / 81) < 1e-12);
		const column = VERSION_A.split('\n')[3]!.indexOf('[Oslo]') + 1;
		assert.ok(result.markdown.includes(`[A talks.news:4:${column}](../mine/talks.news#L4,${column})`), result.markdown);
		const target = path.resolve(path.dirname(reportFile), '../mine/talks.news');
		assert.ok(existsSync(target));
		const missing = await lsp.request<AgreementResult>(AgreementRequest.method, {
			a: path.join(dir, 'mine'),
			b: { folder: path.join(dir, 'nowhere') },
			reportFile,
		});
		assert.match(missing.error!, /cannot read .*nowhere/);
	});
});
