/** A fresh nonce for a webview's Content-Security-Policy, from the Web Crypto API (in Node's and the browser's extension host alike). */
export function nonce(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(18));
	return btoa(String.fromCharCode(...bytes));
}
