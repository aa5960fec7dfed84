import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { listen } from './node/listen';
import { createAttacheService, noCancellation } from './service';
import { acceptSuggestion } from './service/providers/codeActions';
import { recognize } from './service/recognize/suggestions';
import { WorkspaceIndex } from './service/workspace/workspaceIndex';
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
  recognize --jsonl              Read one JSON object a line {"id", "text", "date"?} on standard
                                 input (plain text; date: the article date, YYYY-MM-DD) and write
                                 {"id", "entities": [{"start", "end", "type", "text", "value"?,
                                 "source"}]} a line (UTF-16 offsets; type person, org, place, date).
  annotate FILE                  Print FILE with every suggestion turned into an annotation.

Options of recognize and annotate:
  --kb FILE                      A knowledge base (entities.yaml) to recognize from; repeatable.
  --date-style timeml|muc        Date extents: TimeML (relative dates included, the default)
                                 or MUC/IEER (calendar names only).

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
	if (command === 'recognize') return runRecognize(rest, io);
	if (command === 'annotate') return runAnnotate(rest, io);
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
	const text = readText(file, io);
	if (text === undefined) return 2;
	const service = createAttacheService({ getSettings: () => defaultSettings });
	const document = TextDocument.create(pathToFileURL(file).toString(), 'annotated-news', 1, text);
	const exported = service.exportJson(document, noCancellation);
	io.stdout(JSON.stringify(exported, null, 2) + '\n');
	return exported.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error) ? 1 : 0;
}

interface RecognizeArgs {
	/** The knowledge bases given with --kb, under the names the workspace index expects. */
	readonly knowledgeBases: { readonly uri: string; readonly text: string }[];
	readonly dateStyle: 'timeml' | 'muc';
	readonly rest: string[];
}

/** Reads --kb and --date-style; an exit status after reporting a usage error or an unreadable file. */
function recognizeArgs(args: readonly string[], io: CliIo): RecognizeArgs | number {
	const knowledgeBases: { uri: string; text: string }[] = [];
	let dateStyle: 'timeml' | 'muc' = 'timeml';
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a === '--kb') {
			const file = args[++i];
			if (!file) return usageError(io, '--kb needs a file: --kb entities.yaml');
			const text = readText(file, io);
			if (text === undefined) return 2;
			// Any file name will do on the command line; the index knows knowledge bases by the name entities.yaml.
			knowledgeBases.push({ uri: `${pathToFileURL(file).toString()}#${knowledgeBases.length}/entities.yaml`, text });
		} else if (a === '--date-style') {
			const style = args[++i];
			if (style !== 'timeml' && style !== 'muc') return usageError(io, '--date-style takes timeml or muc');
			dateStyle = style;
		} else rest.push(a);
	}
	return { knowledgeBases, dateStyle, rest };
}

function runRecognize(args: readonly string[], io: CliIo): number {
	const parsed = recognizeArgs(args, io);
	if (typeof parsed === 'number') return parsed;
	const { knowledgeBases, dateStyle, rest } = parsed;
	const workspace = new WorkspaceIndex();
	for (const kb of knowledgeBases) workspace.setFile(kb.uri, kb.text);
	const unknown = rest.filter((a) => a !== '--jsonl');
	if (!rest.includes('--jsonl') || unknown.length) return usageError(io, `recognize reads JSON lines: attache recognize --jsonl < input.jsonl${unknown.length ? ` (unexpected: ${unknown.join(' ')})` : ''}`);
	const input = readFileSync(0, 'utf8');
	const names = { entries: workspace.entries, corpus: workspace.corpusNames() };
	let lineNumber = 0;
	let out = '';
	for (const line of input.split('\n')) {
		lineNumber++;
		if (!line.trim()) continue;
		let row: { id?: unknown; text?: unknown; date?: unknown };
		try {
			row = JSON.parse(line);
		} catch {
			io.stderr(`attache: line ${lineNumber} is not JSON: expected {"id", "text", "date"?}\n`);
			return 2;
		}
		if (typeof row.text !== 'string') {
			io.stderr(`attache: line ${lineNumber} has no "text" string\n`);
			return 2;
		}
		const date = typeof row.date === 'string' ? row.date.slice(0, 10) : undefined;
		const entities = recognize(row.text, date, names, defaultSettings.suggestions, { dateStyle }).map((e) => ({
			start: e.start,
			end: e.end,
			type: e.type,
			text: e.text,
			...(e.value !== undefined && { value: e.value }),
			source: e.source,
		}));
		out += JSON.stringify({ id: row.id ?? null, entities }) + '\n';
		if (out.length > 1 << 16) {
			io.stdout(out);
			out = '';
		}
	}
	io.stdout(out);
	return 0;
}

function runAnnotate(args: readonly string[], io: CliIo): number {
	const parsed = recognizeArgs(args, io);
	if (typeof parsed === 'number') return parsed;
	const { knowledgeBases, rest } = parsed;
	if (rest.length !== 1 || rest[0]!.startsWith('-')) return usageError(io, 'annotate takes one FILE: attache annotate [--kb entities.yaml] FILE');
	const file = rest[0]!;
	const text = readText(file, io);
	if (text === undefined) return 2;
	const service = createAttacheService({ getSettings: () => defaultSettings });
	for (const kb of knowledgeBases) service.setWorkspaceFile(kb.uri, kb.text);
	const document = TextDocument.create(pathToFileURL(file).toString(), 'annotated-news', 1, text);
	const edits = service.getSuggestions(document, noCancellation).flatMap((s) => acceptSuggestion(document, s));
	io.stdout(TextDocument.applyEdits(document, edits));
	return 0;
}

function readText(file: string, io: CliIo): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (e) {
		io.stderr(`attache: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
		return undefined;
	}
}

function usageError(io: CliIo, message: string): number {
	io.stderr(`attache: ${message}\nRun 'attache --help' for usage.\n`);
	return 2;
}

if (require.main === module) {
	const status = runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
	if (status >= 0) process.exitCode = status;
}
