import { listen } from '../node/listen';
import { usageError, type CliCommand } from './io';

export const lspCommand: CliCommand = {
	name: 'lsp',
	help: `  lsp --stdio                    Run the language server on standard input/output
                                 (for Neovim, Helix, Emacs and other LSP clients).`,
	run(args, io) {
		if (!args.includes('--stdio')) return usageError(io, "'attache lsp' needs --stdio: the server talks LSP over standard input and output");
		listen();
		return -1;
	},
};
