// The script of the article preview's webview (bundled to dist/webviews/preview.js): shows the HTML the extension sends,
// keeps the scroll position across updates, syncs scrolling with the editor by the blocks' `data-line`, and tells the
// extension of clicks on entities and of each rendering.
import type { FromPreviewMessage, RenderedSummary, ToPreviewMessage } from '../../../server/src/shared/previewMessages';

interface VsCodeApi {
	postMessage(message: FromPreviewMessage): void;
	getState(): PreviewState | undefined;
	setState(state: PreviewState): void;
}

/** Kept by VS Code while the panel is hidden (the page is made anew when it shows again). */
interface PreviewState {
	/** The article's URI: VS Code hands the state back when it restores the panel. */
	readonly resource: string;
	readonly scrollY: number;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('article')!;
let version = -1;
let resource = '';
let lineCount = 0;
/** Set while the page scrolls because the editor did (or an update restored the position): not echoed back. */
let syncing = false;

window.addEventListener('message', (event: MessageEvent<ToPreviewMessage>) => {
	const message = event.data;
	if (message.type === 'update') {
		resource = message.resource;
		update(message.version, message.html, message.lineCount);
	} else if (message.type === 'scrollToLine') scrollTo(topForLine(message.line));
});

function update(newVersion: number, html: string, lines: number): void {
	// The first update of a page made anew goes back to where the panel was before it was hidden.
	const y = version < 0 ? (vscode.getState()?.scrollY ?? 0) : window.scrollY;
	root.innerHTML = html;
	version = newVersion;
	lineCount = lines;
	scrollTo(y);
	vscode.setState({ resource, scrollY: window.scrollY });
	vscode.postMessage({ type: 'rendered', version, summary: summary() });
}

function summary(): RenderedSummary {
	return {
		title: root.querySelector('h1')?.textContent ?? '',
		entities: root.querySelectorAll('.entity:not(.suggestion)').length,
		suggestions: root.querySelectorAll('.entity.suggestion').length,
		firstParagraph: root.querySelector(':scope > p[data-line]')?.textContent ?? '',
		legend: [...root.querySelectorAll('.legend-item')].map((item) => item.textContent ?? ''),
	};
}

function scrollTo(y: number): void {
	if (Math.abs(window.scrollY - y) < 1) return;
	syncing = true;
	window.scrollTo(0, y);
}

interface Block {
	readonly line: number;
	readonly top: number;
}

function blocks(): Block[] {
	return [...root.querySelectorAll<HTMLElement>('[data-line]')].map((e) => ({
		line: Number(e.dataset.line),
		top: e.getBoundingClientRect().top + window.scrollY,
	}));
}

/** The page offset of a source line: within the block that holds it, in proportion to the lines up to the next. */
function topForLine(line: number): number {
	const all = blocks();
	let i = all.length - 1;
	while (i > 0 && all[i]!.line > line) i--;
	const block = all[i];
	if (!block) return 0;
	const next = all[i + 1] ?? { line: lineCount, top: document.body.scrollHeight };
	const span = next.line - block.line;
	const within = span > 0 ? Math.min(1, Math.max(0, (line - block.line) / span)) : 0;
	return block.top + within * (next.top - block.top);
}

/** The source line at a page offset: the inverse of topForLine. */
function lineForTop(y: number): number {
	const all = blocks();
	let i = all.length - 1;
	while (i > 0 && all[i]!.top > y) i--;
	const block = all[i];
	if (!block) return 0;
	const next = all[i + 1] ?? { line: lineCount, top: document.body.scrollHeight };
	const height = next.top - block.top;
	const within = height > 0 ? Math.min(1, Math.max(0, (y - block.top) / height)) : 0;
	return block.line + within * (next.line - block.line);
}

window.addEventListener('scroll', () => {
	vscode.setState({ resource, scrollY: window.scrollY });
	const synced = syncing;
	syncing = false;
	vscode.postMessage({ type: 'revealLine', line: lineForTop(window.scrollY), synced });
});

root.addEventListener('click', (event) => {
	const entity = (event.target as Element | null)?.closest<HTMLElement>('.entity');
	if (!entity) return;
	vscode.postMessage({ type: 'select', version, start: Number(entity.dataset.start), end: Number(entity.dataset.end) });
});

vscode.postMessage({ type: 'ready' });
