// The Network of Actors, inside its webview: the graph (cytoscape) beside a panel that lists the nodes, the selected
// node's ties and their sentences; a date-range slider over the corpus's article dates; hovering a tie (or focusing
// it in the panel) shows its sentences as links. Every part is reachable from the keyboard. Data comes from the
// extension only.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { FromNetworkView, RenderedSummary, ToNetworkView } from '../../../server/src/shared/viewMessages';
import type {
	NetworkData,
	NetworkEdge,
	NetworkEvidence,
	NetworkNode,
	NetworkParams,
	NetworkType,
} from '../../../server/src/shared/views';
import { DATE_RANGE_CSS, DateRangeSlider } from './dateRangeSlider';
import { el, listStep, mountView, themeColor, vscodeApi } from './dom';
import { EDGE_SENTENCES_CSS, EdgeSentencesPanel, sentenceList } from './edgeSentences';

const vscode = vscodeApi<FromNetworkView>();
const TYPE_LABELS: Record<NetworkType, string> = { person: 'People', org: 'Organizations', place: 'Places' };
/** Theme colours by type: the symbol icons' colours of the current theme, with a fallback. */
const TYPE_COLORS: Record<NetworkType, [string, string]> = {
	person: ['--vscode-symbolIcon-variableForeground', '#75beff'],
	org: ['--vscode-symbolIcon-classForeground', '#ee9d28'],
	place: ['--vscode-symbolIcon-structForeground', '#b180d7'],
};
const KIND_LABELS: Record<string, string> = {
	signed: 'signed',
	talks: 'held talks',
	met: 'met',
	visited: 'visited',
	called: 'called',
};

let data: NetworkData | undefined;
let params: NetworkParams = {};
let cy: Core | undefined;
let selected: string | undefined;

const app = mountView(
	320,
	`
	#graph { min-height: 200px; }
	li[role=option] { display: flex; justify-content: space-between; gap: 8px; }
	.count { opacity: 0.7; }
	.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }
	.evidence { margin: 4px 0 8px 0; }
	.evidence a { color: var(--vscode-textLink-foreground); cursor: pointer; }
	h3 { font-size: 1em; margin: 10px 0 4px; }
	h3.tie { cursor: pointer; }
	h3.tie:focus { outline: 1px solid var(--vscode-focusBorder); }
	${DATE_RANGE_CSS}
	${EDGE_SENTENCES_CSS}
`,
);

const header = el('header');
const graph = el('div', { id: 'graph', role: 'img', 'aria-label': 'Network of actors' });
const aside = el('aside', { 'aria-label': 'Actors and their ties' });
app.append(header, graph, aside);

const typeBoxes = (['person', 'org', 'place'] as const).map((type) => {
	const box = el('input', { type: 'checkbox', id: `type-${type}` }) as HTMLInputElement;
	box.addEventListener('change', () =>
		sendParams({
			types: (['person', 'org', 'place'] as const).filter(
				(t) => (document.getElementById(`type-${t}`) as HTMLInputElement).checked,
			),
		}),
	);
	const label = el('label', { for: `type-${type}` }, [
		el('span', { class: 'swatch', style: `background:${colorOf(type)}` }),
		TYPE_LABELS[type],
	]);
	header.append(box, label);
	return box;
});
const dates = new DateRangeSlider((span) => sendParams({ from: span.from, to: span.to }));
header.append(dates.element);
const tip = new EdgeSentencesPanel(() => cy?.edges().removeClass('shown'));
const more = el('button', { type: 'button', title: 'Show 500 more actors' }, ['Show more']) as HTMLButtonElement;
more.addEventListener('click', () => sendParams({ limit: (params.limit ?? 500) + 500 }));
const png = el('button', { type: 'button' }, ['Export PNG']);
const svg = el('button', { type: 'button' }, ['Export SVG']);
png.addEventListener('click', () => exportImage('png'));
svg.addEventListener('click', () => exportImage('svg'));
const status = el('span', { class: 'status', role: 'status' });
header.append(more, png, svg, status);

const nodeList = el('ul', { role: 'listbox', 'aria-label': 'Actors, most mentioned first', tabindex: '0' });
const details = el('section', { 'aria-live': 'polite' });
aside.append(el('h3', {}, ['Actors']), nodeList, details);

function colorOf(type: NetworkType): string {
	const [variable, fallback] = TYPE_COLORS[type];
	return themeColor(variable, fallback);
}

function sendParams(change: Partial<NetworkParams>): void {
	params = Object.fromEntries(
		Object.entries({ ...params, ...change }).filter(([, v]) => v !== undefined),
	) as NetworkParams;
	vscode.postMessage({ type: 'params', params });
}

function render(next: NetworkData, nextParams: NetworkParams): void {
	data = next;
	params = nextParams;
	const types = new Set(params.types?.length ? params.types : ['person', 'org']);
	typeBoxes.forEach((box, i) => (box.checked = types.has((['person', 'org', 'place'] as const)[i]!)));
	dates.update(next.dateRange, params);
	const open = { tie: tip.shown, at: tip.at };
	tip.hide();
	more.hidden = next.totalNodes <= next.nodes.length;
	status.textContent = `${next.nodes.length} of ${next.totalNodes} actors, ${next.edges.length} ties, ${next.articles} articles`;
	drawGraph(next);
	drawList(next);
	if (selected && !next.nodes.some((n) => n.id === selected)) selected = undefined;
	showDetails();
	// The sentences of a tie stay open when the data comes again (an article indexed meanwhile), brought up to date;
	// they close when the tie is gone.
	const still = open.tie === undefined ? undefined : next.edges.find((e) => `${e.source}|${e.target}` === open.tie);
	if (still) showTie(still, open.at);
}

function drawGraph(next: NetworkData): void {
	const maxMentions = Math.max(1, ...next.nodes.map((n) => n.mentions));
	const maxWeight = Math.max(1, ...next.edges.map((e) => e.weight));
	const previous = new Map(cy?.nodes().map((n) => [n.id(), n.position()]) ?? []);
	const elements: ElementDefinition[] = [
		...next.nodes.map((n, i) => ({
			data: { id: n.id, label: n.name, type: n.type, size: 16 + 34 * Math.sqrt(n.mentions / maxMentions) },
			// A stable layout: each node starts where it was, or at a place its rank fixes, never at random.
			position: previous.get(n.id) ?? spiral(i),
		})),
		...next.edges.map((e, i) => ({
			data: {
				id: `e${i}`,
				source: e.source,
				target: e.target,
				width: 1 + 5 * (e.weight / maxWeight),
				label: e.kinds[0] ? KIND_LABELS[e.kinds[0]] : '',
			},
		})),
	];
	cy?.destroy();
	cy = cytoscape({
		container: graph,
		elements,
		style: [
			{
				selector: 'node',
				style: {
					label: 'data(label)',
					width: 'data(size)',
					height: 'data(size)',
					'font-size': 11,
					color: themeColor('--vscode-foreground', '#ccc'),
					'text-valign': 'bottom',
					'text-margin-y': 3,
				},
			},
			...(['person', 'org', 'place'] as const).map((type) => ({
				selector: `node[type = "${type}"]`,
				style: { 'background-color': colorOf(type) },
			})),
			{
				selector: 'edge',
				style: {
					width: 'data(width)',
					'line-color': themeColor('--vscode-editorLineNumber-foreground', '#888'),
					opacity: 0.6,
					label: 'data(label)',
					'font-size': 9,
					color: themeColor('--vscode-descriptionForeground', '#aaa'),
				},
			},
			{
				selector: 'edge.shown',
				style: { 'line-color': themeColor('--vscode-focusBorder', '#007fd4'), opacity: 1 },
			},
			{
				selector: ':selected',
				style: {
					'border-width': 3,
					'border-color': themeColor('--vscode-focusBorder', '#007fd4'),
					'line-color': themeColor('--vscode-focusBorder', '#007fd4'),
					opacity: 1,
				},
			},
		],
		wheelSensitivity: 0.3,
	});
	// Laid out here, not on the graph's ready: the positions (and the edges' midpoints) are final once it returns.
	cy.layout({
		name: 'cose',
		randomize: false,
		animate: false,
		nodeDimensionsIncludeLabels: true,
		numIter: next.nodes.length > 200 ? 300 : 1000,
	}).run();
	const edgeOf = (id: string): NetworkEdge | undefined => next.edges[Number(id.slice(1))];
	cy.on('tap', 'node', (event) => select(event.target.id() as string));
	cy.on('tap', 'edge', (event) => {
		const edge = edgeOf(event.target.id() as string);
		if (!edge) return;
		select(edge.source, edge.target);
		showTie(edge);
	});
	cy.on('mouseover', 'edge', (event) => {
		const edge = edgeOf(event.target.id() as string);
		if (!edge || tip.shown === `${edge.source}|${edge.target}`) return;
		const box = graph.getBoundingClientRect();
		showTie(edge, { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y });
	});
	cy.on('tap', (event) => {
		if (event.target === cy) tip.hide();
	});
}

function nameOf(id: string): string {
	return data?.nodes.find((n) => n.id === id)?.name ?? id;
}

function saidOf(edge: NetworkEdge): string {
	return edge.kinds.length ? edge.kinds.map((k) => KIND_LABELS[k]).join(', ') : 'named together';
}

/** The sentences of a tie over the graph, near `at` (viewport pixels) or else the edge's middle; the edge marked. */
function showTie(edge: NetworkEdge, at?: { x: number; y: number }): void {
	const drawn = cy?.getElementById(edge.source).edgesWith(cy.getElementById(edge.target));
	cy?.edges().removeClass('shown');
	drawn?.addClass('shown');
	const box = graph.getBoundingClientRect();
	const middle = drawn?.nonempty() ? drawn.first().renderedMidpoint() : { x: box.width / 2, y: box.height / 2 };
	const title = `${nameOf(edge.source)} and ${nameOf(edge.target)}: ${saidOf(edge)}, ${edge.weight} sentence${
		edge.weight === 1 ? '' : 's'
	} in ${edge.articles} article${edge.articles === 1 ? '' : 's'}`;
	const sentences = tip.show(edge, title, at ?? { x: box.left + middle.x, y: box.top + middle.y }, openEvidence);
	vscode.postMessage({ type: 'rendered', summary: { ...summaryOf(), tie: title, tieSentences: sentences } });
}

function openEvidence(e: NetworkEvidence): void {
	vscode.postMessage({ type: 'open', location: { uri: e.uri, line: e.line, character: e.character } });
}

/** The i-th place on a spiral: the most mentioned in the middle. */
function spiral(i: number): { x: number; y: number } {
	const angle = i * 2.399963;
	const r = 30 * Math.sqrt(i);
	return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function drawList(next: NetworkData): void {
	nodeList.textContent = '';
	for (const n of next.nodes) {
		const item = el(
			'li',
			{
				role: 'option',
				id: `node-${cssId(n.id)}`,
				'data-id': n.id,
				'aria-selected': String(n.id === selected),
				tabindex: '-1',
			},
			[
				el('span', {}, [el('span', { class: 'swatch', style: `background:${colorOf(n.type)}` }), n.name]),
				el('span', { class: 'count' }, [`${n.mentions}`]),
			],
		);
		item.addEventListener('click', () => select(n.id));
		nodeList.append(item);
	}
}

nodeList.addEventListener('keydown', (event) => {
	if (!data?.nodes.length) return;
	const index = Math.max(
		0,
		data.nodes.findIndex((n) => n.id === selected),
	);
	const step = listStep(event.key);
	if (step === undefined) return;
	event.preventDefault();
	const next = Math.min(data.nodes.length - 1, Math.max(0, index + step));
	select(data.nodes[next]!.id);
	(document.getElementById(`node-${cssId(data.nodes[next]!.id)}`) as HTMLElement | null)?.focus();
});

function select(id: string, other?: string): void {
	selected = id;
	for (const item of nodeList.querySelectorAll('li[role=option]'))
		item.setAttribute('aria-selected', String(item.getAttribute('data-id') === id));
	cy?.elements().unselect();
	const node = cy?.getElementById(id);
	node?.select();
	if (other) node?.edgesWith(cy!.getElementById(other)).select();
	showDetails(other);
}

function tiesOf(id: string): { edge: NetworkEdge; other: NetworkNode }[] {
	if (!data) return [];
	const byId = new Map(data.nodes.map((n) => [n.id, n]));
	return data.edges
		.filter((e) => e.source === id || e.target === id)
		.map((edge) => ({ edge, other: byId.get(edge.source === id ? edge.target : edge.source)! }))
		.filter((t) => t.other);
}

/** The selected actor's ties, strongest first, each with its sentences as links to the article. */
function showDetails(focusOn?: string): void {
	details.textContent = '';
	const node = data?.nodes.find((n) => n.id === selected);
	const summary = summaryOf();
	if (!node) {
		vscode.postMessage({ type: 'rendered', summary });
		return;
	}
	const ties = tiesOf(node.id).sort((a, b) =>
		a.other.id === focusOn ? -1 : b.other.id === focusOn ? 1 : b.edge.weight - a.edge.weight,
	);
	details.append(
		el('h3', {}, [
			`${node.name}: ${node.mentions} mentions in ${node.articles} articles${node.wikidata ? ` (${node.wikidata})` : ''}`,
		]),
	);
	const lines: string[] = [];
	for (const { edge, other } of ties) {
		const line = `${other.name}: ${saidOf(edge)}, ${edge.weight} sentence${edge.weight === 1 ? '' : 's'}`;
		lines.push(line);
		// A tie reached from the keyboard: focusing its heading marks the edge and shows its sentences over the graph.
		const heading = el('h3', { class: 'tie', tabindex: '0', title: 'Show these sentences over the graph' }, [line]);
		heading.addEventListener('focus', () => showTie(edge));
		heading.addEventListener('click', () => showTie(edge));
		details.append(heading, sentenceList(edge, openEvidence).list);
	}
	vscode.postMessage({ type: 'rendered', summary: { ...summary, selected: node.id, details: lines } });
}

/** What the graph shows, for the tests: counts, the first 50 labels, and where the first 50 edges' middles are drawn. */
function summaryOf(): RenderedSummary {
	const edges = (cy?.edges().toArray() ?? []).slice(0, 50);
	return {
		nodes: data?.nodes.length ?? 0,
		edges: data?.edges.length ?? 0,
		labels: (data?.nodes ?? []).slice(0, 50).map((n) => n.name),
		ids: (data?.nodes ?? []).slice(0, 50).map((n) => n.id),
		edgeMidpoints: edges.map((e) => {
			const { x, y } = e.renderedMidpoint();
			return { source: e.source().id(), target: e.target().id(), x: Math.round(x), y: Math.round(y) };
		}),
	};
}

function exportImage(format: 'png' | 'svg'): void {
	if (!cy) return;
	const data =
		format === 'png'
			? cy.png({ output: 'base64', full: true, scale: 2, bg: themeColor('--vscode-editor-background', '#1e1e1e') })
			: toSvg(cy);
	vscode.postMessage({ type: 'save', format, data });
}

/** The graph as SVG, drawn from the laid-out positions: circles, lines and labels in the theme's colours. */
function toSvg(graph: Core): string {
	const box = graph.elements().boundingBox({});
	const pad = 20;
	const esc = (s: string): string =>
		s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" font-family="sans-serif">`,
	];
	for (const e of graph.edges()) {
		const [s, t] = [e.source().position(), e.target().position()];
		parts.push(
			`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="#888" stroke-opacity="0.6" stroke-width="${e.data('width')}"/>`,
		);
	}
	for (const n of graph.nodes()) {
		const p = n.position();
		parts.push(
			`<circle cx="${p.x}" cy="${p.y}" r="${n.data('size') / 2}" fill="${colorOf(n.data('type'))}"><title>${esc(n.data('label'))}</title></circle>`,
		);
		parts.push(
			`<text x="${p.x}" y="${p.y + n.data('size') / 2 + 12}" font-size="11" text-anchor="middle">${esc(n.data('label'))}</text>`,
		);
	}
	parts.push('</svg>');
	return parts.join('\n');
}

function cssId(id: string): string {
	return id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

window.addEventListener('message', (event: MessageEvent<ToNetworkView>) => {
	const message = event.data;
	if (message.type === 'data') render(message.data, message.params);
	else if (message.type === 'select') select(message.id);
	else if (message.type === 'exportImage') exportImage(message.format);
});
vscode.postMessage({ type: 'ready' });
