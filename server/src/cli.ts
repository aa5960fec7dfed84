import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { listen } from './node/listen';
import { createAttacheService, noCancellation } from './service';
import { defaultSettings } from './shared/settings';

declare const ATTACHE_VERSION: string | undefined;

export interface CliIo {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
}

const USAGE = `Usage: attache <command> [options]

Commands:
  lsp --stdio                    Run the language server on standard input/output
                                 (for Neovim, Helix, Emacs and other LSP clients).
  export --format json FILE      Print an annotated article as JSON: header, plain text,
                                 annotations with plain-text UTF-16 offsets, diagnostics.
                                 Exit status 1 when the file has errors.

Options:
  -h, --help                     Show this help.
  -v, --version                  Show the version.

Exit status: 0 success, 1 errors in the input, 2 usage error or unreadable file.`;

/** Runs one CLI command and returns its exit status (the `lsp` command never returns). */
export function runCli(args: readonly string[], io: CliIo): number {
	const [command, ...rest] = args;
	if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
		io.stdout(USAGE + '\n');
		return command === undefined ? 2 : 0;
	}
	if (command === '-v' || command === '--version') {
		io.stdout(`${typeof ATTACHE_VERSION === 'string' ? ATTACHE_VERSION : 'development'}\n`);
		return 0;
	}
	if (command === 'lsp') return runLsp(rest, io);
	if (command === 'export') return runExport(rest, io);
	return usageError(io, `unknown command '${command}'`);
}

function runLsp(args: readonly string[], io: CliIo): number {
	if (!args.includes('--stdio')) return usageError(io, "'attache lsp' needs --stdio: the server talks LSP over standard input and output");
	listen();
	return -1;
}

function runExport(args: readonly string[], io: CliIo): number {
	let format: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--format') format = args[++i];
		else if (a.startsWith('--format=')) format = a.slice('--format='.length);
		else if (a.startsWith('-')) return usageError(io, `unknown option '${a}' for export`);
		else files.push(a);
	}
	if (format === undefined) return usageError(io, "export needs --format json (the only format so far)");
	if (format !== 'json') return usageError(io, `unknown export format '${format}': use --format json`);
	if (files.length !== 1) return usageError(io, `export --format json takes exactly one FILE, got ${files.length}`);
	const file = files[0]!;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		io.stderr(`attache: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
		return 2;
	}
	const service = createAttacheService({ getSettings: () => defaultSettings });
	const document = TextDocument.create(pathToFileURL(file).toString(), 'annotated-news', 1, text);
	const exported = service.exportJson(document, noCancellation);
	io.stdout(JSON.stringify(exported, null, 2) + '\n');
	return exported.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error) ? 1 : 0;
}

function usageError(io: CliIo, message: string): number {
	io.stderr(`attache: ${message}\nRun 'attache --help' for usage.\n`);
	return 2;
}

if (require.main === module) {
	const status = runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
	if (status >= 0) process.exitCode = status;
}
