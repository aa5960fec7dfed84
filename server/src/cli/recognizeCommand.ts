import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, noCancellation } from '../service';
import { defaultSettings } from '../shared/settings';
import { AtomicFile } from '../node/atomicWrite';
import { describeError, readText, usageError, type CliCommand, type CliIo } from './io';
import { readRecognizeRow } from './recognizeRow';
import { stdinLines } from './stdinLines';

const OPTIONS = `
  Options of recognize and annotate:
    --kb FILE                    A knowledge base (entities.yaml) to recognize from; repeatable.
    --date-style timeml|muc      Date extents: TimeML (relative dates included, the default)
                                 or MUC/IEER (calendar names only).
    --out FILE                   Write to FILE instead of standard output: into a temporary file
                                 beside it, renamed to FILE once complete (an interrupted run
                                 leaves the old FILE as it was).`;

export const recognizeCommand: CliCommand = {
	name: 'recognize',
	help: `  recognize --jsonl [--first-line N] [--out FILE]
                                 Read one JSON object a line {"id", "text", "date"?, "lang"?} on
                                 standard input (plain text; date: the article date, YYYY-MM-DD;
                                 lang: en or ru, else read from the text) and write {"id",
                                 "entities": [{"start", "end", "type", "text", "name"?, "value"?,
                                 "source", "confidence"}]} a line (UTF-16 offsets; type person, org,
                                 place, date, role; name: the canonical name a person, organization
                                 or place refers to, "Кулубаеву" -> "Жээнбек Кулубаев"; confidence:
                                 the share of such entities that are right, 0 to 1, calibrated on
                                 held-out news, 2 decimals), in input order, as soon as
                                 each is ready. A line that is not such an object is named on stderr
                                 and skipped (blank lines silently); the exit status is then 1.
                                 --first-line N numbers the input lines from N (for a block of a
                                 larger file, such as GNU parallel passes).`,
	run: runRecognize,
};

export const annotateCommand: CliCommand = {
	name: 'annotate',
	help: `  annotate [--out FILE] FILE     Print FILE with every suggestion turned into an annotation
                                 (--out may name FILE itself).${OPTIONS}`,
	run: runAnnotate,
};

interface RecognizeArgs {
	/** The knowledge bases given with --kb, under the names the workspace index expects. */
	readonly knowledgeBases: { readonly uri: string; readonly text: string }[];
	readonly dateStyle: 'timeml' | 'muc';
	/** Where to write instead of standard output (--out FILE). */
	readonly out: string | undefined;
	readonly rest: string[];
}

/** Reads --kb and --date-style; an exit status after reporting a usage error or an unreadable file. */
function recognizeArgs(args: readonly string[], io: CliIo): RecognizeArgs | number {
	const knowledgeBases: { uri: string; text: string }[] = [];
	let dateStyle: 'timeml' | 'muc' = 'timeml';
	let out: string | undefined;
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
		} else if (a === '--out') {
			out = args[++i];
			if (!out) return usageError(io, '--out needs a file: --out annotated.news');
		} else rest.push(a);
	}
	return { knowledgeBases, dateStyle, out, rest };
}

function runRecognize(args: readonly string[], io: CliIo): number {
	const parsed = recognizeArgs(args, io);
	if (typeof parsed === 'number') return parsed;
	const { knowledgeBases, dateStyle, rest } = parsed;
	const service = createAttacheService({ getSettings: () => defaultSettings });
	for (const kb of knowledgeBases) service.setWorkspaceFile(kb.uri, kb.text);
	// The number of the first input line, for a block of a larger file (GNU parallel's): messages then name the line
	// of the whole file.
	let firstLine = 1;
	const unknown: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		if (rest[i] === '--first-line') {
			firstLine = Number(rest[++i]);
			if (!Number.isInteger(firstLine) || firstLine < 1)
				return usageError(io, '--first-line takes the number of the first input line, such as --first-line 1001');
		} else if (rest[i] !== '--jsonl') unknown.push(rest[i]!);
	}
	if (!rest.includes('--jsonl') || unknown.length)
		return usageError(
			io,
			`recognize reads JSON lines: attache recognize --jsonl < input.jsonl${unknown.length ? ` (unexpected: ${unknown.join(' ')})` : ''}`,
		);
	const output = openOutput(parsed.out, io);
	if (!output) return 2;
	let lineNumber = firstLine - 1;
	let read = 0;
	let bad = 0;
	let out = '';
	const flush = (): void => {
		if (out) output.write(out);
		out = '';
	};
	try {
		// Each result is written in input order as soon as it is made (at the latest before waiting for more input); a
		// bad line is named on stderr and costs only its own result, never those of the lines around it.
		for (let line of stdinLines(flush)) {
			lineNumber++;
			if (lineNumber === firstLine && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
			if (!line.trim()) continue;
			read++;
			const row = readRecognizeRow(line);
			if ('problem' in row) {
				bad++;
				flush();
				io.stderr(`attache: line ${lineNumber}: ${row.problem}\n`);
				continue;
			}
			const entities = service
				.recognizeText(
					row.text,
					{ date: row.date, dateStyle, ...(row.language && { language: row.language }) },
					noCancellation,
				)
				.map(({ start, end, type, text, value, source, canonical, confidence }) =>
					value === undefined
						? { start, end, type, text, name: canonical ?? text, source, confidence: round2(confidence) }
						: { start, end, type, text, value, source, confidence: round2(confidence) },
				);
			out += JSON.stringify({ id: row.id, entities }) + '\n';
			// written in chunks that stay below V8's large-object size: a longer string (two bytes a character once a line
			// holds a curly quote) takes fresh pages from the system each time
			if (out.length > 1 << 14) flush();
		}
		flush();
	} catch (e) {
		// --out FILE keeps the old file when the run fails halfway
		output.abort();
		throw e;
	}
	output.commit();
	if (bad)
		io.stderr(
			`attache: ${bad} of ${read} line${read === 1 ? '' : 's'} could not be read; the results of the other ${read - bad} were written\n`,
		);
	return bad ? 1 : 0;
}

function runAnnotate(args: readonly string[], io: CliIo): number {
	const parsed = recognizeArgs(args, io);
	if (typeof parsed === 'number') return parsed;
	const { knowledgeBases, rest } = parsed;
	if (rest.length !== 1 || rest[0]!.startsWith('-'))
		return usageError(io, 'annotate takes one FILE: attache annotate [--kb entities.yaml] [--out FILE] FILE');
	const file = rest[0]!;
	const text = readText(file, io);
	if (text === undefined) return 2;
	const service = createAttacheService({ getSettings: () => defaultSettings });
	for (const kb of knowledgeBases) service.setWorkspaceFile(kb.uri, kb.text);
	const document = TextDocument.create(pathToFileURL(file).toString(), 'annotated-news', 1, text);
	// Accept All Suggestions in File, as the editor does it: one edit of every suggestion.
	const accepted = service.commands.acceptAllSuggestions(
		document,
		{ textDocument: { uri: document.uri }, position: { line: 0, character: 0 } },
		noCancellation,
	);
	const edits = accepted.edit?.documentChanges?.flatMap((change) => ('edits' in change ? change.edits : [])) ?? [];
	const output = openOutput(parsed.out, io);
	if (!output) return 2;
	output.write(TextDocument.applyEdits(document, edits));
	output.commit();
	return 0;
}

/** Standard output, or the file of --out written atomically; undefined after saying why the file cannot be made. */
function openOutput(
	file: string | undefined,
	io: CliIo,
): { write(text: string): void; commit(): void; abort(): void } | undefined {
	if (file === undefined) return { write: io.stdout, commit: () => undefined, abort: () => undefined };
	try {
		return new AtomicFile(file);
	} catch (e) {
		io.stderr(`attache: cannot write ${file}: ${describeError(e)}\n`);
		return undefined;
	}
}

/** A confidence as `--jsonl` writes it: two decimals. */
function round2(v: number): number {
	return Math.round(v * 100) / 100;
}
