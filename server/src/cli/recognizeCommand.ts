import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, noCancellation } from '../service';
import { acceptSuggestion } from '../service/providers/codeActions';
import { declaredLanguage } from '../service/recognize/language';
import { recognize } from '../service/recognize/suggestions';
import { WorkspaceIndex } from '../service/workspace/workspaceIndex';
import { defaultSettings } from '../shared/settings';
import { readText, usageError, type CliCommand, type CliIo } from './io';

const OPTIONS = `
  Options of recognize and annotate:
    --kb FILE                    A knowledge base (entities.yaml) to recognize from; repeatable.
    --date-style timeml|muc      Date extents: TimeML (relative dates included, the default)
                                 or MUC/IEER (calendar names only).`;

export const recognizeCommand: CliCommand = {
	name: 'recognize',
	help: `  recognize --jsonl              Read one JSON object a line {"id", "text", "date"?, "lang"?} on
                                 standard input (plain text; date: the article date, YYYY-MM-DD;
                                 lang: en or ru, else read from the text) and write {"id",
                                 "entities": [{"start", "end", "type", "text", "name"?, "value"?,
                                 "source"}]} a line (UTF-16 offsets; type person, org, place, date;
                                 name: the canonical name a person, organization or place refers
                                 to, "Кулубаеву" -> "Жээнбек Кулубаев").`,
	run: runRecognize,
};

export const annotateCommand: CliCommand = {
	name: 'annotate',
	help: `  annotate FILE                  Print FILE with every suggestion turned into an annotation.${OPTIONS}`,
	run: runAnnotate,
};

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
	const names = { entries: workspace.entries, corpus: workspace.corpusNames() };
	let lineNumber = 0;
	let out = '';
	for (const line of inputLines(readFileSync(0))) {
		lineNumber++;
		if (!line.trim()) continue;
		let row: { id?: unknown; text?: unknown; date?: unknown; lang?: unknown; language?: unknown };
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
		const language = declaredLanguage(row.lang ?? row.language);
		const entities = recognize(row.text, date, names, defaultSettings.suggestions, { dateStyle, ...(language && { language }) }).map(({ start, end, type, text, value, source, canonical }) =>
			value === undefined ? { start, end, type, text, name: canonical ?? text, source } : { start, end, type, text, value, source },
		);
		out += JSON.stringify({ id: row.id ?? null, entities }) + '\n';
		// written in chunks that stay below V8's large-object size: a longer string (two bytes a character once a line
		// holds a curly quote) takes fresh pages from the system each time
		if (out.length > 1 << 14) {
			io.stdout(out);
			out = '';
		}
	}
	io.stdout(out);
	return 0;
}

/**
 * The lines of the input, each decoded on its own: one line with a character beyond Latin-1 then makes that line's
 * strings two bytes a character, not the whole input's (which would slow down every string operation on them).
 */
function* inputLines(input: Buffer): Generator<string> {
	for (let start = 0; start < input.length; ) {
		const newline = input.indexOf(10, start);
		const end = newline < 0 ? input.length : newline;
		yield input.toString('utf8', start, end);
		start = end + 1;
	}
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

