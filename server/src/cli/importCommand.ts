import { IMPORT_FORMAT_LABELS, importFormats, isImportFormat, type ImportProblem } from '../service/interchange';
import { importArticles } from '../node/interchange/importArticles';
import { parseArgs } from './args';
import { displayPath } from './display';
import { usageError, type CliCommand, type CliIo } from './io';
import { progressBar } from './progress';

export const importCommand: CliCommand = {
	name: 'import',
	help: `  import --from FORMAT [--out DIR] [--force] [--kb FILE] PATHS...
                                 Turn articles of ${importFormats.join(', ')} into .news files
                                 (in DIR, named after the input; with one article and no --out,
                                 print it). The text comes back as it was; what .news cannot
                                 express (discontinuous or crossing spans, relations) is listed
                                 with its line. Existing .news files are kept unless --force.
                                 Exit status 1 when something could not be read or imported (the
                                 rest is still imported).`,
	run: runImport,
};

function runImport(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('import', args, { values: ['--from', '--out'], repeatable: ['--kb'], flags: ['--force'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--from');
	const outDir = parsed.values.get('--out');
	const paths = parsed.positional;
	if (format === undefined) return usageError(io, `import needs --from: one of ${importFormats.join(', ')}`);
	if (!isImportFormat(format))
		return usageError(io, `unknown import format '${format}': use one of ${importFormats.join(', ')}`);
	if (paths.length === 0) return usageError(io, `import --from ${format} needs the files to import`);

	const progress = progressBar(io, 'files');
	const outcome = importArticles({
		format,
		paths,
		outDir,
		kb: parsed.lists.get('--kb'),
		force: parsed.flags.has('--force'),
		onProgress: progress.update,
	});
	progress.done();
	// A file that cannot be read costs only itself: the others are imported, and the status is 1 at the end.
	for (const u of outcome.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	const label = IMPORT_FORMAT_LABELS[format].label;
	if (outcome.results.length === 0 && outcome.fileProblems.length === 0) {
		if (!outcome.unreadable.length) io.stderr(`attache: no ${label} files in ${paths.join(', ')}\n`);
		return 2;
	}
	if (outDir === undefined) {
		if (outcome.results.length > 1)
			return usageError(io, `${outcome.results.length} articles were read: give a folder for them with --out DIR`);
		if (outcome.results[0]) io.stdout(outcome.results[0].news);
	}
	let errors = outcome.unreadable.length;
	const show = (input: string, problems: readonly ImportProblem[]): void => {
		const file = displayPath(input);
		for (const p of problems) {
			if (p.severity === 'error') errors++;
			io.stderr(
				`${file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'error' ? 'not imported' : 'note'}: ${p.message}\n`,
			);
		}
	};
	for (const f of outcome.fileProblems) show(f.input, f.problems);
	for (const r of outcome.results) {
		show(r.input, r.problems);
		if (r.unwritable) {
			errors++;
			io.stderr(`attache: ${r.unwritable}\n`);
		}
		if (r.existed) {
			errors++;
			io.stderr(
				`attache: ${displayPath(`${outDir}/${r.name}.news`)} exists and was kept: import into another folder, or add --force to overwrite it\n`,
			);
		}
	}
	const written = outcome.results.filter((r) => r.target !== undefined).length;
	if (outDir !== undefined) io.stderr(`attache: wrote ${written} article${written === 1 ? '' : 's'} to ${outDir}\n`);
	return errors ? 1 : 0;
}
