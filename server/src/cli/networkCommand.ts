import { noCancellation } from '../service';
import { networkGraphml } from '../service/views/viewFormats';
import { loadCorpus } from '../node/interchange/loadCorpus';
import { networkTypes, type NetworkData, type NetworkType } from '../shared/views';
import { parseArgs } from './args';
import { usageError, type CliCommand, type CliIo } from './io';
import { articlePaths } from './viewPlaces';

export const networkCommand: CliCommand = {
	name: 'network',
	help: `  network [--format graphml|json] [--types person,org,place] [--from DAY] [--to DAY]
          [--limit N] [--kb FILE] PATHS...
                                 Who appears with whom: people and organizations, an edge where
                                 one sentence names two (met, visited, talks, signed, called),
                                 with the sentences as evidence. GraphML reads in Gephi and networkx.`,
	run: runNetwork,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function runNetwork(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('network', args, {
		values: ['--format', '--types', '--from', '--to', '--limit'],
		repeatable: ['--kb'],
	});
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format') ?? 'graphml';
	if (format !== 'graphml' && format !== 'json')
		return usageError(io, `network --format takes graphml or json, not '${format}'`);
	const types = (parsed.values.get('--types') ?? 'person,org')
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
	const unknown = types.find((t) => !(networkTypes as readonly string[]).includes(t));
	if (unknown !== undefined)
		return usageError(io, `network --types takes ${networkTypes.join(', ')} (comma-separated), not '${unknown}'`);
	const from = parsed.values.get('--from');
	const to = parsed.values.get('--to');
	for (const [option, day] of [
		['--from', from],
		['--to', to],
	] as const) {
		if (day !== undefined && !DAY.test(day))
			return usageError(io, `${option} takes a day as YYYY-MM-DD, such as 2025-01-22`);
	}
	const limit = Number(parsed.values.get('--limit') ?? 500);
	if (!Number.isInteger(limit) || limit < 1)
		return usageError(io, '--limit takes a whole number of nodes, such as --limit 500');
	if (parsed.positional.length === 0) return usageError(io, 'network needs the articles: files or folders');

	const corpus = loadCorpus(parsed.positional, { kb: parsed.lists.get('--kb'), indexArticles: true });
	for (const u of corpus.unreadable) io.stderr(`attache: cannot read ${u.path}: ${u.reason}\n`);
	const network = corpus.service.getNetwork(
		{ types: types as NetworkType[], limit, ...(from && { from }), ...(to && { to }) },
		noCancellation,
	);
	const pathOf = articlePaths(corpus);
	io.stdout(
		format === 'graphml'
			? networkGraphml(network, { pathOf })
			: JSON.stringify(networkJson(network, pathOf), null, 2) + '\n',
	);
	if (network.totalNodes > network.nodes.length)
		io.stderr(
			`attache: the ${network.nodes.length} most mentioned of ${network.totalNodes} entities (--limit raises it)\n`,
		);
	// The readable articles are drawn; a file that could not be read is named above and makes the exit status 1.
	return corpus.unreadable.length ? 1 : 0;
}

/** The network with each sentence's file as its path and 1-based lines and columns, as people count them. */
function networkJson(network: NetworkData, pathOf: (uri: string) => string): unknown {
	return {
		...network,
		edges: network.edges.map((e) => ({
			...e,
			evidence: e.evidence.map(({ uri, line, character, ...rest }) => ({
				path: pathOf(uri),
				line: line + 1,
				column: character + 1,
				...rest,
			})),
		})),
	};
}
