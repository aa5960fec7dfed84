import { noCancellation } from '../service';
import { corpusStats, statsText } from '../service/interchange';
import { loadCorpus } from '../node/interchange/loadCorpus';
import { parseArgs } from './args';
import { usageError, type CliCommand, type CliIo } from './io';
import { progressBar } from './progress';

export const statsCommand: CliCommand = {
	name: 'stats',
	help: `  stats [--top N] [--format text|json] [--kb FILE] PATHS...
                                 Count a corpus: annotations and entities per type, the most
                                 mentioned entities, the suggestions left to review. Exit status 1
                                 when a file cannot be read (the others are still counted).`,
	run: runStats,
};

function runStats(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('stats', args, { values: ['--format', '--top'], repeatable: ['--kb'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format') ?? 'text';
	if (format !== 'text' && format !== 'json')
		return usageError(io, `stats --format takes text or json, not '${format}'`);
	const top = Number(parsed.values.get('--top') ?? 10);
	if (!Number.isInteger(top) || top < 0) return usageError(io, '--top takes a whole number, such as --top 20');
	if (parsed.positional.length === 0) return usageError(io, 'stats needs the articles to count: files or folders');

	const corpus = loadCorpus(parsed.positional, { kb: parsed.lists.get('--kb'), indexArticles: true });
	// A file that cannot be read costs only itself: the others are counted, and the status is 1 at the end.
	for (const u of corpus.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	if (corpus.unreadable.length && !corpus.articles.length) return 2;
	const progress = progressBar(io, 'articles');
	const inputs = corpus.articles.map((article, i) => {
		const input = {
			name: article.name,
			document: corpus.service.parse(article.document),
			suggestions: corpus.service.getSuggestions(article.document, noCancellation),
			knowledge: corpus.knowledge,
		};
		progress.update(i + 1, corpus.articles.length);
		return input;
	});
	progress.done();
	const stats = corpusStats(inputs, top);
	io.stdout(format === 'json' ? JSON.stringify(stats, null, 2) + '\n' : statsText(stats));
	if (corpus.unreadable.length)
		io.stderr(
			`attache: ${corpus.unreadable.length} file${corpus.unreadable.length === 1 ? '' : 's'} could not be read; the counts are of the other ${corpus.articles.length}\n`,
		);
	return corpus.unreadable.length ? 1 : 0;
}
