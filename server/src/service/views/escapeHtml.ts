const ANY_SPECIAL = /[&<>"']/;
const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text made safe for HTML content and for attribute values in either quote. */
export function escapeHtml(text: string): string {
	return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITY[c]!) : text;
}
