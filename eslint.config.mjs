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
						{
							name: 'vscode-languageserver',
							message: 'The language service must not see the LSP connection; use vscode-languageserver-types.',
						},
						{ name: 'vscode-languageclient', message: 'The language service is pure.' },
						...nodeBuiltins.map((name) => ({
							name,
							message: 'The language service is pure: no Node built-ins (it also runs in the browser and the CLI).',
						})),
					],
					patterns: [
						{
							group: ['vscode-languageserver/*', 'vscode-languageclient/*'],
							message: 'The language service must not see the LSP connection.',
						},
					],
				},
			],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
	{
		// The recognizer keeps no mutable state at module level: its scratch memory and caches live in the Recognizer the
		// service makes, its data is loaded once in recognize/data.ts (the one exception, each marked).
		files: ['server/src/service/recognize/**/*.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				...['Program > VariableDeclaration', 'Program > ExportNamedDeclaration > VariableDeclaration'].map(
					(parent) => ({
						selector: `${parent}[kind!="const"]`,
						message:
							'No module-level state in the recognizer: keep scratch memory and caches in the Recognizer (recognizer.ts) and data loaded once in recognize/data.ts; see server/src/service/recognize/README.md, "State between calls".',
					}),
				),
			],
		},
	},
	{
		// The bottom layer: client and server both import it, so it imports nothing of theirs.
		files: ['server/src/shared/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'vscode', message: 'shared/ is the bottom layer: no vscode.' },
						{
							name: 'vscode-languageserver',
							message: 'shared/ declares messages with vscode-languageserver-protocol only.',
						},
						{
							name: 'vscode-languageclient',
							message: 'shared/ declares messages with vscode-languageserver-protocol only.',
						},
						...nodeBuiltins.map((name) => ({
							name,
							message: 'shared/ runs in the client, the server and the browser: no Node built-ins.',
						})),
					],
					patterns: [
						{
							group: ['../*', '**/service', '**/service/**'],
							message: 'shared/ is the bottom layer: it imports nothing of the service, the hosts or the LSP wiring.',
						},
					],
				},
			],
		},
	},
	{
		// The client is thin: it asks the server, and shares only the declarations of shared/.
		files: ['client/src/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/server/src/*', '!**/server/src/shared'],
							message:
								'The client imports only server/src/shared/, vscode and the language client: ask the server for the rest.',
						},
					],
				},
			],
		},
	},
	{
		// The hosts (the LSP wiring, the Node host, the CLI) go through createAttacheService: its index, and the pure
		// formats of interchange and the views; never the service's internals.
		files: ['server/src/*.ts', 'server/src/node/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/lsp/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'**/service/*',
								'!**/service/index',
								'!**/service/interchange',
								'!**/service/views',
								'**/service/views/*',
								'!**/service/views/viewFormats',
							],
							message:
								"A host goes through the service (server/src/service/index.ts): createAttacheService and its methods, the interchange formats and the views' file formats.",
						},
					],
				},
			],
		},
	},
	{
		// The webview scripts run in the webviews: they share the declarations of shared/ and bundle their libraries.
		files: ['client/src/webviews/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/server/src/*', '!**/server/src/shared'],
							message: 'The webview imports only the declarations of server/src/shared/.',
						},
						{
							group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*', 'node:*'],
							message: 'The webview runs in a browser frame: no vscode API, no Node.',
						},
					],
				},
			],
		},
	},
	{
		// The LSP wiring and the browser host run in a web worker too (VS Code for the web): no Node, nothing of the Node host.
		files: ['server/src/lsp/**/*.ts', 'server/src/browser/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: nodeBuiltins.map((name) => ({
						name,
						message:
							'The LSP wiring runs in a web worker too: the Node host (server/src/node/) hands it what needs Node.',
					})),
					patterns: [
						{
							group: ['**/node/*', '**/node/**', 'vscode-languageserver/node'],
							message:
								'The LSP wiring runs in a web worker too: the Node host (server/src/node/) hands it what needs Node.',
						},
						{
							group: [
								'**/service/*',
								'!**/service/index',
								'!**/service/interchange',
								'!**/service/views',
								'**/service/views/*',
								'!**/service/views/viewFormats',
							],
							message: 'A host goes through the service (server/src/service/index.ts).',
						},
					],
				},
			],
		},
	},
);
