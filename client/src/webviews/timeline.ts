// The Timeline, inside its webview: every dated item of the workspace on a time axis (vis-timeline) from decades to
// days, ranges as ranges, clustered when crowded; a list beside it for the keyboard. Data comes from the extension.
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { FromTimelineView, RenderedSummary, ToTimelineView } from '../../../server/src/shared/viewMessages';
import type { TimelineData, TimelineItem, TimelineParams } from '../../../server/src/shared/views';
import { el, listStep, mountView, vscodeApi } from './dom';

const vscode = vscodeApi<FromTimelineView>();
const DAY_MS = 86_400_000;

let data: TimelineData | undefined;
let params: TimelineParams = {};
let selected: string | undefined;

const app = mountView(
	300,
	`
	#axis { overflow: hidden; }
	.when { opacity: 0.75; margin-right: 6px; font-variant-numeric: tabular-nums; }
	.vis-timeline { border-color: var(--vscode-panel-border); font-family: var(--vscode-font-family); }
	.vis-time-axis .vis-text, .vis-item, .vis-label { color: var(--vscode-foreground); }
	.vis-item { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); border-color: var(--vscode-focusBorder); }
	.vis-item.article { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
	.vis-item.vis-selected { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
	.vis-time-axis .vis-grid.vis-minor, .vis-time-axis .vis-grid.vis-major { border-color: var(--vscode-panel-border); }
`,
);

const header = el('header');
const axis = el('div', { id: 'axis', role: 'region', 'aria-label': 'Time axis' });
const aside = el('aside', { 'aria-label': 'Dated items in time order' });
app.append(header, axis, aside);

const kindBoxes = (['date', 'article'] as const).map((kind) => {
	const box = el('input', { type: 'checkbox', id: `kind-${kind}` }) as HTMLInputElement;
	box.addEventListener('change', () => {
		const kinds = (['date', 'article'] as const).filter(
			(k) => (document.getElementById(`kind-${k}`) as HTMLInputElement).checked,
		);
		sendParams({ ...params, kinds: kinds.length ? kinds : ['date'] });
	});
	header.append(box, el('label', { for: `kind-${kind}` }, [kind === 'date' ? 'Dates in the text' : 'Article dates']));
	return box;
});
const entityButton = el('button', { type: 'button', title: 'Only the articles that mention one entity' }, [
	'Filter by Entity...',
]);
entityButton.addEventListener('click', () => vscode.postMessage({ type: 'pickEntity' }));
const clearEntity = el('button', { type: 'button' }, ['Clear Entity Filter']) as HTMLButtonElement;
clearEntity.addEventListener('click', () => {
	const { entity: _entity, ...rest } = params;
	sendParams(rest);
});
const fit = el('button', { type: 'button', title: 'Zoom to show every item' }, ['Fit']);
fit.addEventListener('click', () => timeline.fit());
const status = el('span', { class: 'status', role: 'status' });
header.append(entityButton, clearEntity, fit, status);

const list = el('ul', { role: 'listbox', 'aria-label': 'Dated items', tabindex: '0' });
aside.append(list);

const options: TimelineOptions = {
	zoomMin: 7 * DAY_MS,
	zoomMax: 200 * 365 * DAY_MS,
	stack: true,
	showCurrentTime: false,
	selectable: true,
	height: '100%',
	cluster: { maxItems: 8, titleTemplate: '{count} dated items: zoom in to see them', clusterCriteria: () => true },
	tooltip: { followMouse: true },
	xss: { disabled: false },
};
const timeline = new Timeline(axis, [], options);
timeline.on('select', (event: { items: string[] }) => {
	const id = event.items[0];
	if (id) select(id, true);
});

function sendParams(next: TimelineParams): void {
	params = next;
	vscode.postMessage({ type: 'params', params });
}

function render(next: TimelineData, nextParams: TimelineParams, entityName: string | undefined): void {
	data = next;
	params = nextParams;
	const kinds = new Set(params.kinds?.length ? params.kinds : ['date', 'article']);
	kindBoxes.forEach((box, i) => (box.checked = kinds.has((['date', 'article'] as const)[i]!)));
	clearEntity.hidden = !params.entity;
	status.textContent = `${next.items.length === next.total ? next.items.length : `${next.items.length} of ${next.total}`} dated items${entityName ? ` in articles that mention ${entityName}` : ''}${next.undated ? `; ${next.undated} dates without a value are not placed` : ''}`;
	timeline.setItems(next.items.map(toDataItem));
	if (next.items.length) timeline.fit({ animation: false });
	list.textContent = '';
	for (const item of next.items.slice(0, 2000)) {
		const row = el(
			'li',
			{ role: 'option', 'data-id': item.id, 'aria-selected': String(item.id === selected), tabindex: '-1' },
			[el('span', { class: 'when' }, [when(item)]), item.text],
		);
		row.addEventListener('click', () => select(item.id, true));
		list.append(row);
	}
	report();
}

function toDataItem(item: TimelineItem): DataItem {
	const range = item.start !== item.end;
	return {
		id: item.id,
		content: escapeHtml(item.text),
		start: item.start,
		...(range && { end: new Date(Date.parse(item.end) + DAY_MS) }),
		type: range ? 'range' : 'box',
		className: item.kind,
		title: tooltip(item),
	};
}

/** The tooltip of an item: text only (vis-timeline filters titles for script; nothing of the article runs here). */
function tooltip(item: TimelineItem): string {
	const escape = escapeHtml;
	const lines = [
		`${escape(item.text)} = ${escape(item.value)}`,
		escape(item.title ?? item.uri.slice(item.uri.lastIndexOf('/') + 1)),
	];
	if (item.names.length) lines.push(escape(item.names.slice(0, 8).join(', ') + (item.names.length > 8 ? '…' : '')));
	return lines.join('<br>');
}

/** vis-timeline reads contents and titles as HTML: the article's text is escaped into text. */
function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function when(item: TimelineItem): string {
	return item.start === item.end ? item.start : `${item.start} – ${item.end}`;
}

list.addEventListener('keydown', (event) => {
	if (!data?.items.length) return;
	const shown = data.items.slice(0, 2000);
	const index = Math.max(
		0,
		shown.findIndex((i) => i.id === selected),
	);
	if (event.key === 'Enter') {
		const item = shown[index];
		if (item) open(item);
		return;
	}
	const step = listStep(event.key);
	if (step === undefined) return;
	event.preventDefault();
	const next = shown[Math.min(shown.length - 1, Math.max(0, index + step))]!;
	select(next.id, false);
	(list.querySelector(`li[data-id="${CSS.escape(next.id)}"]`) as HTMLElement | null)?.focus();
});

/** Selects an item on the axis and in the list; a click (not the arrow keys) opens the article at the mention. */
function select(id: string, openIt: boolean): void {
	selected = id;
	for (const row of list.querySelectorAll('li[role=option]'))
		row.setAttribute('aria-selected', String(row.getAttribute('data-id') === id));
	timeline.setSelection([id], { focus: !openIt, animation: { animation: false } });
	const item = data?.items.find((i) => i.id === id);
	if (item && openIt) open(item);
	report();
}

function open(item: TimelineItem): void {
	vscode.postMessage({ type: 'open', location: { uri: item.uri, line: item.line, character: item.character } });
}

function report(): void {
	const summary: RenderedSummary = {
		items: data?.items.length ?? 0,
		labels: (data?.items ?? []).slice(0, 50).map((i) => `${when(i)} ${i.text}`),
		...(selected && { selected }),
	};
	vscode.postMessage({ type: 'rendered', summary });
}

window.addEventListener('message', (event: MessageEvent<ToTimelineView>) => {
	const message = event.data;
	if (message.type === 'data') render(message.data, message.params, message.entityName);
	else if (message.type === 'select') select(message.id, false);
});
vscode.postMessage({ type: 'ready' });
