import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';

// The lint rule that keeps the language service pure must catch what it is there to catch.
suite('lint: the language service stays pure', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) =>
		(await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

	for (const [what, code] of [
		['vscode', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
		[
			'the LSP connection',
			"import { createConnection } from 'vscode-languageserver/node';\nexport const x = createConnection;\n",
		],
		['a Node built-in', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
		['a node: built-in', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
	] as const) {
		test(`importing ${what} in server/src/service fails`, async () => {
			assert.deepEqual(await lint('server/src/service/example.ts', code), ['no-restricted-imports']);
		});
	}

	test('the same import is fine in the server wiring', async () => {
		assert.deepEqual(
			await lint(
				'server/src/node/example.ts',
				"import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
			),
			[],
		);
	});

	test('LSP data types are fine in the service', async () => {
		assert.deepEqual(
			await lint(
				'server/src/service/example.ts',
				"import type { Range } from 'vscode-languageserver-types';\nexport type R = Range;\n",
			),
			[],
		);
	});
});

// The layers: shared/ at the bottom, the client thin above it.
suite('lint: shared/ is the bottom layer and the client imports only it', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) =>
		(await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

	for (const [what, code] of [
		[
			'a provider of the service',
			"import { provideEntities } from '../service/providers/entities';\nexport const x = provideEntities;\n",
		],
		['the LSP wiring', "import { x as y } from '../server';\nexport const x = y;\n"],
		['vscode', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
		['a Node built-in', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
	] as const) {
		test(`importing ${what} in server/src/shared fails`, async () => {
			assert.deepEqual(await lint('server/src/shared/example.ts', code), ['no-restricted-imports']);
		});
	}

	test('shared/ imports its own files and the protocol types', async () => {
		const code =
			"import { NotificationType } from 'vscode-languageserver-protocol';\nimport type { ExportParams } from './interchange';\nexport type P = ExportParams;\nexport const N = NotificationType;\n";
		assert.deepEqual(await lint('server/src/shared/example.ts', code), []);
	});

	for (const [what, code] of [
		[
			'the service',
			"import { dateValueProblem } from '../../../server/src/service/commands/annotationCommands';\nexport const x = dateValueProblem;\n",
		],
		['the Node host', "import { x as y } from '../../server/src/node/files';\nexport const x = y;\n"],
		['the LSP wiring', "import { x as y } from '../../server/src/lsp/server';\nexport const x = y;\n"],
	] as const) {
		test(`importing ${what} in the client fails`, async () => {
			assert.deepEqual(await lint('client/src/commands/example.ts', code), ['no-restricted-imports']);
		});
	}

	test('the client imports shared/, vscode and the language client', async () => {
		const code =
			"import * as vscode from 'vscode';\nimport { LanguageClient } from 'vscode-languageclient/node';\nimport { dateValueProblem } from '../../../server/src/shared/dateValue';\nexport const x = [vscode, LanguageClient, dateValueProblem];\n";
		assert.deepEqual(await lint('client/src/commands/example.ts', code), []);
	});
});

// One way into the service: every host asks createAttacheService, never its internals.
suite('lint: the hosts go through the service alone', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) =>
		(await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

	for (const [file, code] of [
		[
			'server/src/cli/example.ts',
			"import { WorkspaceIndex } from '../service/workspace/workspaceIndex';\nexport const x = WorkspaceIndex;\n",
		],
		[
			'server/src/node/interchange/example.ts',
			"import { recognize } from '../../service/recognize/suggestions';\nexport const x = recognize;\n",
		],
		[
			'server/src/example.ts',
			"import { provideHover } from './service/providers/hover';\nexport const x = provideHover;\n",
		],
	] as const) {
		test(`${file} may not import a service internal`, async () => {
			assert.deepEqual(await lint(file, code), ['no-restricted-imports']);
		});
	}

	test("the service itself, the interchange formats and the views' file formats are fine", async () => {
		const code =
			"import { createAttacheService } from '../service';\nimport { exportFormats } from '../service/interchange';\nimport { networkGraphml } from '../service/views/viewFormats';\nexport const x = [createAttacheService, exportFormats, networkGraphml];\n";
		assert.deepEqual(await lint('server/src/cli/example.ts', code), []);
	});
});

// The LSP wiring runs in a web worker too: Node stays in the Node host.
suite('lint: the LSP wiring and the browser host need no Node', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) =>
		(await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

	for (const [file, code] of [
		['server/src/lsp/example.ts', "import { fileURLToPath } from 'node:url';\nexport const x = fileURLToPath;\n"],
		[
			'server/src/lsp/example.ts',
			"import { WorkspaceIndexer } from '../node/workspaceIndexer';\nexport const x = WorkspaceIndexer;\n",
		],
		[
			'server/src/browser/example.ts',
			"import { createConnection } from 'vscode-languageserver/node';\nexport const x = createConnection;\n",
		],
	] as const) {
		test(`${file}: ${code.split('\n')[0]} fails`, async () => {
			assert.deepEqual(await lint(file, code), ['no-restricted-imports']);
		});
	}

	test('the browser connection and the service are fine there', async () => {
		const code =
			"import { createConnection } from 'vscode-languageserver/browser';\nimport { createAttacheService } from '../service';\nexport const x = [createConnection, createAttacheService];\n";
		assert.deepEqual(await lint('server/src/browser/example.ts', code), []);
	});
});
