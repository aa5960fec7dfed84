import type { NetworkData, TimelineData } from '../../shared/views';

/**
 * The corpus views' data as files for other tools: the network as GraphML (Gephi, networkx, yEd read it), the
 * timeline as CSV (RFC 4180). `place` names an article for people: its path, with a 1-based line.
 */
export interface ViewPlaces {
	readonly pathOf: (uri: string) => string;
}

const xml = (s: string): string =>
	s
		.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
		// XML 1.0 allows no C0 controls but tab, line feed and carriage return.
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

const NODE_KEYS = [
	['type', 'string'],
	['name', 'string'],
	['ref', 'string'],
	['wikidata', 'string'],
	['mentions', 'int'],
	['articles', 'int'],
] as const;
const EDGE_KEYS = [
	['weight', 'int'],
	['articles', 'int'],
	['kind', 'string'],
	['evidence', 'string'],
	['firstDate', 'string'],
	['lastDate', 'string'],
] as const;

/** GraphML of the network: node attributes type, name, ref, wikidata, mentions, articles; edge weight, articles, kind (what the sentences say, most frequent first, comma-separated), evidence (sentences, each with its file and line, one per line), first and last article date. */
export function networkGraphml(network: NetworkData, places: ViewPlaces): string {
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
	];
	for (const [name, type] of NODE_KEYS)
		out.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
	for (const [name, type] of EDGE_KEYS)
		out.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
	out.push('  <graph id="attache" edgedefault="undirected">');
	for (const n of network.nodes) {
		out.push(`    <node id="${xml(n.id)}">`);
		const values: Record<string, string | number | undefined> = {
			type: n.type,
			name: n.name,
			ref: n.ref,
			wikidata: n.wikidata,
			mentions: n.mentions,
			articles: n.articles,
		};
		for (const [name] of NODE_KEYS)
			if (values[name] !== undefined) out.push(`      <data key="n_${name}">${xml(String(values[name]))}</data>`);
		out.push('    </node>');
	}
	network.edges.forEach((e, i) => {
		out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
		const evidence = e.evidence.map((x) => `${places.pathOf(x.uri)}:${x.line + 1}: ${x.sentence}`).join('\n');
		const values: Record<string, string | number | undefined> = {
			weight: e.weight,
			articles: e.articles,
			kind: e.kinds.length ? e.kinds.join(',') : undefined,
			evidence,
			firstDate: e.firstDate,
			lastDate: e.lastDate,
		};
		for (const [name] of EDGE_KEYS)
			if (values[name] !== undefined) out.push(`      <data key="e_${name}">${xml(String(values[name]))}</data>`);
		out.push('    </edge>');
	});
	out.push('  </graph>', '</graphml>', '');
	return out.join('\n');
}

const csvField = (s: string | number): string => {
	const t = String(s);
	return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

export const TIMELINE_CSV_COLUMNS = [
	'kind',
	'value',
	'start',
	'end',
	'text',
	'path',
	'line',
	'column',
	'title',
	'refs',
	'names',
] as const;

/** CSV of the timeline, one item a row (line and column 1-based; refs and names separated by `;`). */
export function timelineCsv(timeline: TimelineData, places: ViewPlaces): string {
	const rows = [TIMELINE_CSV_COLUMNS.join(',')];
	for (const i of timeline.items) {
		rows.push(
			[
				i.kind,
				i.value,
				i.start,
				i.end,
				i.text,
				places.pathOf(i.uri),
				i.line + 1,
				i.character + 1,
				i.title ?? '',
				i.refs.join(';'),
				i.names.join(';'),
			]
				.map(csvField)
				.join(','),
		);
	}
	return rows.join('\r\n') + '\r\n';
}
