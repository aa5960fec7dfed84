import { annotateCommand, recognizeCommand } from './recognizeCommand';
import { exportCommand } from './exportCommand';
import { usageError, type CliCommand, type CliIo } from './io';
import { tuneJitForBatchWork } from './jitSettings';
import { lspCommand } from './lspCommand';
import { importCommand } from './importCommand';
import { checkCommand } from './checkCommand';
import { statsCommand } from './statsCommand';
import { agreeCommand } from './agreeCommand';
import { networkCommand } from './networkCommand';
import { timelineCommand } from './timelineCommand';
import { writeStdout } from './stdout';

export type { CliIo } from './io';

declare const ATTACHE_VERSION: string | undefined;

/** Every command, in the order the help lists them. */
const COMMANDS: readonly CliCommand[] = [
	lspCommand,
	exportCommand,
	importCommand,
	checkCommand,
	statsCommand,
	agreeCommand,
	networkCommand,
	timelineCommand,
	recognizeCommand,
	annotateCommand,
];

const usage = (): string => `Usage: attache <command> [options]

Commands:
${COMMANDS.map((c) => c.help).join('\n')}

Options:
  -h, --help                     Show this help.
  -v, --version                  Show the version.

Exit status: 0 success; 1 errors in the input (bad lines or files are reported, the rest is
still processed); 2 a usage error, or nothing could be read.`;

/** Runs one CLI command and returns its exit status (the `lsp` command never returns: -1). */
export function runCli(args: readonly string[], io: CliIo): number {
	const [name, ...rest] = args;
	if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
		io.stdout(usage() + '\n');
		return name === undefined ? 2 : 0;
	}
	if (name === '-v' || name === '--version') {
		io.stdout(`${typeof ATTACHE_VERSION === 'string' ? ATTACHE_VERSION : 'development'}\n`);
		return 0;
	}
	const command = COMMANDS.find((c) => c.name === name);
	return command ? command.run(rest, io) : usageError(io, `unknown command '${name}'`);
}

if (require.main === module) {
	if (process.argv[2] !== 'lsp') tuneJitForBatchWork();
	const status = runCli(process.argv.slice(2), {
		stdout: writeStdout,
		stderr: (t) => process.stderr.write(t),
		stderrIsTerminal: process.stderr.isTTY === true,
	});
	if (status >= 0) process.exitCode = status;
}
