import * as path from 'node:path';
import { usageError, type CliCommand } from './io';

/**
 * The language server's own bundle, beside the CLI's (dist/server.js, which listens when loaded). Loaded at run time
 * by a path, so that esbuild leaves it out of dist/cli.js: bundled in, the connection's libraries (~430 KB) cost every
 * other command their parsing, and the lazy loading they needed wrapped every shared module in an initializer.
 */
const SERVER_BUNDLE = path.join(__dirname, 'server.js');

export const lspCommand: CliCommand = {
	name: 'lsp',
	help: `  lsp --stdio                    Run the language server on standard input/output
                                 (for Neovim, Helix, Emacs and other LSP clients).`,
	run(args, io) {
		if (!args.includes('--stdio'))
			return usageError(io, "'attache lsp' needs --stdio: the server talks LSP over standard input and output");
		try {
			// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside the bundle, not a module to bundle
			require(SERVER_BUNDLE);
		} catch (e) {
			io.stderr(`attache: cannot start the language server: ${String(e)}\n`);
			process.exitCode = 1;
		}
		return -1;
	},
};
