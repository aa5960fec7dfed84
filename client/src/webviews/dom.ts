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
export function el(tag: string, attributes: Record<string, string> = {}, children: readonly (Node | string)[] = []): HTMLElement {
	const element = document.createElement(tag);
	for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
	element.append(...children);
	return element;
}

/** A colour of the current theme (a CSS variable VS Code sets on the body), else the fallback. */
export function themeColor(variable: string, fallback: string): string {
	return getComputedStyle(document.body).getPropertyValue(variable).trim() || fallback;
}
