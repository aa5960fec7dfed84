import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createAttacheService, noCancellation } from '../service';
import { defaultSettings } from '../shared/settings';
import { readText, usageError, type CliCommand, type CliIo } from './io';

export const exportCommand: CliCommand = {
	name: 'export',
	help: `  export --format json FILE      Print an annotated article as JSON: header, plain text,
                                 annotations with plain-text UTF-16 offsets, diagnostics.
                                 Exit status 1 when the file has errors.`,
	run: runExport,
};

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

