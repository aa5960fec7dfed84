import { noCancellation } from '../service';
import { timelineCsv } from '../service/views/viewFormats';
import { loadCorpus } from '../node/interchange/loadCorpus';
import type { TimelineData, TimelineItemKind } from '../shared/views';
import { parseArgs } from './args';
import { usageError, type CliCommand, type CliIo } from './io';
import { articlePaths } from './viewPlaces';

export const timelineCommand: CliCommand = {
	name: 'timeline',
	help: `  timeline [--format json|csv] [--kinds date,article] [--entity ID] [--kb FILE] PATHS...
                                 Every dated item in time order: annotated dates with the days they
                                 cover, and article dates, each with its file, line and the
                                 entities of its sentence. --entity keeps the articles naming it.`,
	run: runTimeline,
};

function runTimeline(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('timeline', args, { values: ['--format', '--kinds', '--entity'], repeatable: ['--kb'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format') ?? 'json';
	if (format !== 'json' && format !== 'csv')
		return usageError(io, `timeline --format takes json or csv, not '${format}'`);
	const kinds = (parsed.values.get('--kinds') ?? 'date,article')
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const unknown = kinds.find((k) => k !== 'date' && k !== 'article');
	if (unknown !== undefined)
		return usageError(io, `timeline --kinds takes date, article (comma-separated), not '${unknown}'`);
	if (parsed.positional.length === 0) return usageError(io, 'timeline needs the articles: files or folders');

	const corpus = loadCorpus(parsed.positional, { kb: parsed.lists.get('--kb'), indexArticles: true });
	for (const u of corpus.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	// --entity takes a knowledge-base id (sergey-lavrov) or an entity's key as the views show it.
	const id = parsed.values.get('--entity');
	const entity = id === undefined ? undefined : id.includes(':') ? id : `ref:${id}`;
	const timeline = corpus.service.getTimeline(
		{ kinds: kinds as TimelineItemKind[], ...(entity && { entity }) },
		noCancellation,
	);
	const pathOf = articlePaths(corpus);
	io.stdout(
		format === 'csv'
			? timelineCsv(timeline, { pathOf })
			: JSON.stringify(timelineJson(timeline, pathOf), null, 2) + '\n',
	);
	return corpus.unreadable.length ? 1 : 0;
}

/** The timeline with each item's file as its path and 1-based lines and columns. */
function timelineJson(timeline: TimelineData, pathOf: (uri: string) => string): unknown {
	return {
		...timeline,
		items: timeline.items.map(({ uri, line, character, ...rest }) => ({
			...rest,
			path: pathOf(uri),
			line: line + 1,
			column: character + 1,
		})),
	};
}
