// ESLint (typescript-eslint). The language service must stay pure: no vscode, no LSP connection, no Node built-ins.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', '**/*.js', '**/*.mjs'] },
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['server/src/service/**/*.ts', 'server/src/shared/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'vscode', message: 'The language service is pure: the host hands it what it needs.' },
						{ name: 'vscode-languageserver', message: 'The language service must not see the LSP connection; use vscode-languageserver-types.' },
						{ name: 'vscode-languageclient', message: 'The language service is pure.' },
						...nodeBuiltins.map((name) => ({ name, message: 'The language service is pure: no Node built-ins (it also runs in the browser and the CLI).' })),
					],
					patterns: [{ group: ['vscode-languageserver/*', 'vscode-languageclient/*'], message: 'The language service must not see the LSP connection.' }],
				},
			],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
);
