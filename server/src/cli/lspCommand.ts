import { usageError, type CliCommand } from './io';

export const lspCommand: CliCommand = {
	name: 'lsp',
	help: `  lsp --stdio                    Run the language server on standard input/output
                                 (for Neovim, Helix, Emacs and other LSP clients).`,
	run(args, io) {
		if (!args.includes('--stdio')) return usageError(io, "'attache lsp' needs --stdio: the server talks LSP over standard input and output");
		// loaded here only: the connection's modules would cost every other command ~25 ms of start-up
		import('../node/listen.js').then(
			({ listen }) => listen(),
			(e: unknown) => {
				io.stderr(`attache: cannot start the language server: ${String(e)}\n`);
				process.exitCode = 1;
			},
		);
		return -1;
	},
};
