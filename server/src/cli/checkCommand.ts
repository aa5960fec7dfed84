import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { noCancellation } from '../service';
import { loadCorpus } from '../node/interchange/loadCorpus';
import { parseArgs } from './args';
import { displayPath } from './display';
import { usageError, type CliCommand, type CliIo } from './io';
import { progressBar } from './progress';

export const checkCommand: CliCommand = {
	name: 'check',
	help: `  check [--format text|json] [--kb FILE] PATHS...
                                 Check articles (and the entities.yaml next to them): every diagnostic
                                 as file:line:col: severity code message, or a JSON list. Exit status
                                 1 when there are errors or a file cannot be read (the others are
                                 still checked), for a team's own CI.`,
	run: runCheck,
};

const SEVERITY: Record<DiagnosticSeverity, string> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'info',
	[DiagnosticSeverity.Hint]: 'hint',
};

interface Reported {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	readonly endLine: number;
	readonly endColumn: number;
	readonly severity: string;
	readonly code: string;
	readonly message: string;
}

function runCheck(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('check', args, { values: ['--format'], repeatable: ['--kb'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format') ?? 'text';
	if (format !== 'text' && format !== 'json')
		return usageError(io, `check --format takes text or json, not '${format}'`);
	if (parsed.positional.length === 0) return usageError(io, 'check needs the articles to check: files or folders');

	const corpus = loadCorpus(parsed.positional, { kb: parsed.lists.get('--kb'), indexArticles: true });
	// A file that cannot be read costs only itself: the others are checked, and the status is 1 at the end.
	for (const u of corpus.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	if (corpus.unreadable.length && !corpus.articles.length && !corpus.knowledgeBases.length) return 2;
	const reported: Reported[] = [];
	const add = (file: string, diagnostics: readonly Diagnostic[]): void => {
		const shown = displayPath(file);
		for (const d of diagnostics) {
			reported.push({
				file: shown,
				line: d.range.start.line + 1,
				column: d.range.start.character + 1,
				endLine: d.range.end.line + 1,
				endColumn: d.range.end.character + 1,
				severity: SEVERITY[d.severity ?? DiagnosticSeverity.Error],
				code: String(d.code ?? ''),
				message: d.message.replace(/\s*\n\s*/g, ' '),
			});
		}
	};
	for (const kb of corpus.knowledgeBases) add(kb.path, corpus.service.getKnowledgeBaseDiagnostics(kb.uri));
	const progress = progressBar(io, 'articles');
	corpus.articles.forEach((article, i) => {
		add(article.path, corpus.service.getDiagnostics(article.document, noCancellation));
		progress.update(i + 1, corpus.articles.length);
	});
	progress.done();
	if (format === 'json') io.stdout(JSON.stringify(reported, null, 2) + '\n');
	else for (const r of reported) io.stdout(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}\n`);
	const count = (s: string): number => reported.filter((r) => r.severity === s).length;
	const [errors, warnings] = [count('error'), count('warning')];
	const files = corpus.articles.length + corpus.knowledgeBases.length;
	const unreadable = corpus.unreadable.length ? `; ${corpus.unreadable.length} could not be read` : '';
	io.stderr(
		`${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${unreadable}\n`,
	);
	return errors || corpus.unreadable.length ? 1 : 0;
}
