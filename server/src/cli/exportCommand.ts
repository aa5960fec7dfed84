import {
	detailedLosses,
	EXPORT_FORMATS,
	exportFormats,
	isExportFormat,
	positionAt,
	summarizeLosses,
} from '../service/interchange';
import { exportArticles } from '../node/interchange/exportArticles';
import { parseArgs } from './args';
import { displayPath } from './display';
import { usageError, type CliCommand, type CliIo } from './io';
import { progressBar } from './progress';

export const exportCommand: CliCommand = {
	name: 'export',
	help: `  export --format FORMAT [--out DIR] [--kb FILE] PATHS...
                                 Export articles (.news files, or folders of them) as
                                 ${exportFormats.join(', ')}.
                                 With --out, write the files into DIR (brat: NAME.txt, NAME.ann and
                                 annotation.conf; conll, doccano, prodigy: one file for all articles;
                                 timeml, json: a file per article); without it, print to standard output.
                                 export --format json FILE prints one article as JSON: header, plain
                                 text, annotations with plain-text UTF-16 offsets, diagnostics.
                                 What a format cannot carry is listed on stderr. Knowledge bases
                                 (entities.yaml) next to the articles give refs their Wikidata ids.
                                 Exit status 1 when an article has errors, or a file cannot be read
                                 (the others are still exported).`,
	run: runExport,
};

function runExport(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('export', args, { values: ['--format', '--out'], repeatable: ['--kb'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format');
	const outDir = parsed.values.get('--out');
	const paths = parsed.positional;
	if (format === undefined) return usageError(io, `export needs --format: one of ${exportFormats.join(', ')}`);
	if (!isExportFormat(format))
		return usageError(io, `unknown export format '${format}': use one of ${exportFormats.join(', ')}`);
	if (paths.length === 0)
		return usageError(io, `export --format ${format} needs the articles to export: files or folders`);

	const progress = progressBar(io, 'articles');
	const outcome = exportArticles({ format, paths, outDir, kb: parsed.lists.get('--kb'), onProgress: progress.update });
	progress.done();
	// A file that cannot be read costs only itself: the others are exported, and the status is 1 at the end.
	for (const u of outcome.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	if (outcome.articles === 0) {
		if (!outcome.unreadable.length) io.stderr(`attache: no .news files in ${paths.join(', ')}\n`);
		return 2;
	}
	const info = EXPORT_FORMATS[format];
	if (outDir === undefined) {
		if (!info.singleFile || (outcome.files.length > 1 && !info.joined)) {
			return usageError(
				io,
				`${info.label} makes ${info.singleFile ? 'a file per article' : 'several files'}: give a folder with --out DIR`,
			);
		}
		io.stdout(outcome.files.map((f) => f.text).join(''));
	} else {
		io.stderr(
			`attache: wrote ${outcome.written.length} file${outcome.written.length === 1 ? '' : 's'} (${info.label}) to ${outDir}\n`,
		);
	}
	for (const article of outcome.losses) {
		for (const l of detailedLosses(article.losses)) {
			const p = positionAt(article.source, l.offset);
			io.stderr(`${displayPath(article.path)}:${p.line + 1}:${p.character + 1}: lost: ${l.message}\n`);
		}
	}
	const all = outcome.losses.flatMap((a) => a.losses);
	const losing = outcome.losses.filter((a) => a.losses.length).length;
	if (all.length)
		io.stderr(
			`attache: ${info.label} could not carry ${summarizeLosses(all)} (in ${losing} of ${outcome.articles} article${outcome.articles === 1 ? '' : 's'})\n`,
		);
	for (const file of outcome.withErrors)
		io.stderr(`attache: ${displayPath(file)} has errors: run 'attache check ${displayPath(file)}' to list them\n`);
	for (const u of outcome.unwritable) io.stderr(`attache: cannot write ${u.path}: ${u.reason}\n`);
	const failed = outcome.unreadable.length + outcome.unwritable.length;
	if (failed)
		io.stderr(
			`attache: ${failed} file${failed === 1 ? '' : 's'} could not be ${outcome.unwritable.length ? 'read or written' : 'read'}; the other articles were exported\n`,
		);
	return outcome.withErrors.length || failed ? 1 : 0;
}
