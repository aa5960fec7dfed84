import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';

// The lint rule that keeps the language service pure must catch what it is there to catch.
suite('lint: the language service stays pure', () => {
	const eslint = new ESLint();
	const lint = async (file: string, code: string) => (await eslint.lintText(code, { filePath: file }))[0]!.messages.map((m) => m.ruleId);

	for (const [what, code] of [
		['vscode', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
		['the LSP connection', "import { createConnection } from 'vscode-languageserver/node';\nexport const x = createConnection;\n"],
		['a Node built-in', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
		['a node: built-in', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
	] as const) {
		test(`importing ${what} in server/src/service fails`, async () => {
			assert.deepEqual(await lint('server/src/service/example.ts', code), ['no-restricted-imports']);
		});
	}

	test('the same import is fine in the server wiring', async () => {
		assert.deepEqual(await lint('server/src/node/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"), []);
	});

	test('LSP data types are fine in the service', async () => {
		assert.deepEqual(await lint('server/src/service/example.ts', "import type { Range } from 'vscode-languageserver-types';\nexport type R = Range;\n"), []);
	});
});
