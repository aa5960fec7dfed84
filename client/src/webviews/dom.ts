// What the webviews share: the VS Code API handle, elements built without innerHTML, the theme's colours.

interface VsCodeApi<From> {
	postMessage(message: From): void;
}
declare function acquireVsCodeApi<From>(): VsCodeApi<From>;

/** The handle to post to the extension; VS Code hands it out once per webview. */
export function vscodeApi<From>(): VsCodeApi<From> {
	return acquireVsCodeApi<From>();
}

/** An element with attributes and children (text nodes for strings: nothing is parsed as HTML). */
export function el(
	tag: string,
	attributes: Record<string, string> = {},
	children: readonly (Node | string)[] = [],
): HTMLElement {
	const element = document.createElement(tag);
	for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
	element.append(...children);
	return element;
}

/** A colour of the current theme (a CSS variable VS Code sets on the body), else the fallback. */
export function themeColor(variable: string, fallback: string): string {
	return getComputedStyle(document.body).getPropertyValue(variable).trim() || fallback;
}

/** What the corpus views' pages share: the layout (a header, the picture, a list beside it) and the theme's look of lists and buttons. */
const BASE_CSS = `
	body { margin: 0; padding: 0; color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
	#app { display: grid; grid-template-rows: auto 1fr; height: 100vh; }
	header { grid-column: 1 / 3; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid var(--vscode-panel-border); }
	aside { overflow: auto; border-left: 1px solid var(--vscode-panel-border); padding: 6px 10px; }
	ul { list-style: none; padding: 0; margin: 0; }
	li[role=option] { padding: 2px 4px; cursor: pointer; }
	li[role=option][aria-selected=true] { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
	li[role=option]:focus, button:focus, input:focus { outline: 1px solid var(--vscode-focusBorder); }
	button { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); border: none; padding: 3px 8px; cursor: pointer; }
	.status { opacity: 0.8; }
`;

/** Empties the page's #app for a corpus view, with the shared look, the list `asideWidth` pixels wide, and the view's own styles. */
export function mountView(asideWidth: number, css: string): HTMLElement {
	const app = document.getElementById('app')!;
	app.removeAttribute('aria-busy');
	app.textContent = '';
	const style = document.createElement('style');
	style.textContent = `${BASE_CSS}\n\t#app { grid-template-columns: 1fr ${asideWidth}px; }\n${css}`;
	document.head.appendChild(style);
	return app;
}

/** How far a key moves the selection in a list of the views (arrows, pages, Home and End); undefined for other keys. */
export function listStep(key: string): number | undefined {
	return (
		{ ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity } as Record<string, number>
	)[key];
}
