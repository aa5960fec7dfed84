// The sentences of one tie of the Network of Actors: what hovering an edge shows (and focusing or selecting it from
// the keyboard), as a small panel beside the pointer or the edge. Each sentence is a link to the article at it,
// with the article's name and line; the panel stays until another edge is shown, Escape, or its close button, so
// that the pointer can reach its links.
import type { NetworkEdge, NetworkEvidence } from '../../../server/src/shared/views';
import { el } from './dom';

export const EDGE_SENTENCES_CSS = `
	.edge-tip { position: fixed; z-index: 10; max-width: 420px; max-height: 50vh; overflow: auto; padding: 6px 10px;
		background: var(--vscode-editorHoverWidget-background, #252526); color: var(--vscode-editorHoverWidget-foreground, inherit);
		border: 1px solid var(--vscode-editorHoverWidget-border, #454545); box-shadow: 0 2px 8px var(--vscode-widget-shadow, #0008); }
	.edge-tip h3 { margin: 0 24px 4px 0; }
	.edge-tip .close { position: absolute; top: 4px; right: 4px; padding: 0 6px; }
	.edge-tip .where { opacity: 0.7; margin-left: 6px; white-space: nowrap; }
	.evidence li { margin: 2px 0; }
`;

/** "geneva-talks.news" of a file URI: the article's name as a person reads it. */
function articleName(uri: string): string {
	return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The sentences of a tie, each a link (its text, date, article and line) that `open` takes to the article. */
export function sentenceList(
	edge: NetworkEdge,
	open: (evidence: NetworkEvidence) => void,
): { readonly list: HTMLElement; readonly lines: readonly string[] } {
	const list = el('ul', { class: 'evidence' });
	const lines: string[] = [];
	for (const e of edge.evidence) {
		const where = `${articleName(e.uri)}:${e.line + 1}`;
		const link = el('a', { href: '#', title: `Open ${where} at this sentence` }, [
			`${e.date ? `${e.date}: ` : ''}${e.sentence}`,
		]);
		link.addEventListener('click', (event) => {
			event.preventDefault();
			open(e);
		});
		list.append(el('li', {}, [link, el('span', { class: 'where' }, [where])]));
		lines.push(`${e.sentence} (${where})`);
	}
	return { list, lines };
}

/** The one panel of a tie's sentences, over the graph. */
export class EdgeSentencesPanel {
	readonly #element = el('section', { class: 'edge-tip', role: 'dialog', 'aria-label': 'Sentences of the tie' });
	readonly #onHide: () => void;
	#shown: string | undefined;
	#at: { readonly x: number; readonly y: number } | undefined;

	/** `onHide`: what to undo when the panel goes (the edge marked on the graph). */
	constructor(onHide: () => void) {
		this.#onHide = onHide;
		this.#element.hidden = true;
		document.body.append(this.#element);
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !this.#element.hidden) this.hide();
		});
	}

	/** The tie key of what is shown (`source|target`), if anything. */
	get shown(): string | undefined {
		return this.#shown;
	}

	/** The point the panel was shown near, if it is shown. */
	get at(): { readonly x: number; readonly y: number } | undefined {
		return this.#shown === undefined ? undefined : this.#at;
	}

	/** Shows `title` and the sentences of `edge` with its top left corner near the point (viewport pixels). */
	show(
		edge: NetworkEdge,
		title: string,
		at: { readonly x: number; readonly y: number },
		open: (evidence: NetworkEvidence) => void,
	): readonly string[] {
		const { list, lines } = sentenceList(edge, open);
		const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, ['×']);
		close.addEventListener('click', () => this.hide());
		this.#element.replaceChildren(el('h3', {}, [title]), close, list);
		this.#element.hidden = false;
		this.#shown = `${edge.source}|${edge.target}`;
		this.#at = at;
		// Kept inside the window: flipped to the left of, or above, the point when it would overflow.
		const { width, height } = this.#element.getBoundingClientRect();
		const x = at.x + 12 + width > window.innerWidth ? Math.max(0, at.x - 12 - width) : at.x + 12;
		const y = at.y + 12 + height > window.innerHeight ? Math.max(0, at.y - 12 - height) : at.y + 12;
		this.#element.style.left = `${x}px`;
		this.#element.style.top = `${y}px`;
		return lines;
	}

	hide(): void {
		this.#element.hidden = true;
		this.#shown = undefined;
		this.#onHide();
	}
}
