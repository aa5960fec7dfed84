/** Writing entries of an `entities.yaml` (docs/format.md, the knowledge base) the way an analyst would write them by hand. */
import { romanize } from '../workspace/transliteration';

/**
 * An id proposed from a name: lower-case Latin letters, digits and `-` ("Sergey Lavrov" -> `sergey-lavrov`). A
 * Cyrillic name is read in the transliteration that links the two scripts, so that the id proposed from "Жээнбек
 * Кулубаев" is the one proposed from "Zheenbek Kulubayev".
 */
export function slugId(name: string): string {
	const latin = romanize(name).toLowerCase();
	const slug = latin
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'entity';
}

/** `base`, or `base-2`, `base-3`... the first that is not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
	if (!taken(base)) return base;
	for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const YAML_WORDS = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(text: string, inFlow = false): string {
	const plain =
		/^[\p{L}\p{N}(][\p{L}\p{M}\p{N} .,'’()&/+-]*$/u.test(text) &&
		!/\s$/.test(text) &&
		!YAML_WORDS.test(text) &&
		!/^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(text) &&
		!(inFlow && /[,[\]{}]/.test(text));
	return plain ? text : JSON.stringify(text);
}

export interface NewEntry {
	readonly id: string;
	readonly type: string;
	readonly name: string;
	readonly aliases?: readonly string[];
	readonly description?: string;
}

/** The lines of one entry, each ending with `eol`. */
export function renderEntry(entry: NewEntry, indent: string, eol: string): string {
	const lines = [
		`${entry.id}:`,
		`${indent}type: ${yamlScalar(entry.type)}`,
		`${indent}name: ${yamlScalar(entry.name)}`,
	];
	if (entry.aliases?.length)
		lines.push(`${indent}aliases: [${entry.aliases.map((a) => yamlScalar(a, true)).join(', ')}]`);
	if (entry.description) lines.push(`${indent}description: ${yamlScalar(entry.description)}`);
	return lines.map((l) => l + eol).join('');
}

/** Where and what to insert to append an entry to a knowledge base (`text` undefined: a new, empty file). */
export function appendEntry(
	text: string | undefined,
	entry: NewEntry,
): { readonly offset: number; readonly text: string } {
	const existing = text ?? '';
	const eol = existing.includes('\r\n') ? '\r\n' : '\n';
	const indent = /^[^\s#][^\n]*:[ \t]*\r?\n([ \t]+)\S/m.exec(existing)?.[1] ?? '  ';
	const separator = existing.length && !existing.endsWith('\n') ? eol : '';
	return { offset: existing.length, text: separator + renderEntry(entry, indent, eol) };
}

/**
 * Whether an entry appended at the end of `text` reads as one more entry: the ids stand at the left margin of one
 * YAML document (not a flow map `{...}`, an indented map, or a second document after `---`).
 */
export function appendsAsEntry(text: string): boolean {
	let content = false;
	for (const line of text.split('\n')) {
		if (/^[ \t]*(?:#|\r?$)/.test(line)) continue;
		if (!content) {
			if (/^(?:---|%)/.test(line)) continue;
			if (/^[ \t{[]/.test(line)) return false;
			content = true;
		} else if (/^(?:---|\.\.\.)(?:[ \t]|\r?$)/.test(line)) return false;
	}
	return true;
}
