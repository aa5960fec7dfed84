import type { Annotation } from '../parse/model';
import { CodePointOffsets } from './codePoints';
import { attributeLosses, headerLoss, loss, typedAnnotations } from './exportable';
import type { ArticleExport, ExportedFile, ExportInput, Loss } from './model';
import { formatValue } from '../text/annotationMarkup';

const FORMAT = 'brat';
/** The normalization database names of `N` lines: Wikidata, and the project's knowledge bases (`entities.yaml`). */
export const WIKIDATA_DB = 'Wikidata';
export const KNOWLEDGE_DB = 'entities';
const STORAGE_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * brat standoff: `NAME.txt` holds the plain text, `NAME.ann` one `T` line per annotation with offsets in Unicode
 * code points (as brat, a Python program, counts them), `N` lines for `ref` (to Wikidata when the knowledge base
 * gives an id, and to the knowledge-base id) and an `AnnotatorNotes` (`#`) line with the date value, id and other
 * attributes in `.news` syntax. A span over a line break is written as fragments, as brat writes it.
 */
export function exportBrat(input: ExportInput): ArticleExport {
	const { document } = input;
	const losses: Loss[] = [];
	const text = document.plainText;
	const points = new CodePointOffsets(text);
	const lines: string[] = [];
	let t = 0;
	let n = 0;
	let note = 0;
	headerLoss(document, losses, FORMAT);
	for (const a of typedAnnotations(document, losses, FORMAT)) {
		const type = storageName(a, losses);
		const id = `T${++t}`;
		const fragments = lineFragments(text, a.plainStart, a.plainEnd);
		const offsets = fragments.map(([s, e]) => `${points.toCodePoints(s)} ${points.toCodePoints(e)}`).join(';');
		lines.push(`${id}\t${type} ${offsets}\t${oneLine(fragments.map(([s, e]) => text.slice(s, e)).join(' '))}`);
		if (a.ref !== undefined) {
			const entry = input.knowledge?.(a.ref);
			const name = oneLine(entry?.name ?? a.text);
			if (entry?.wikidata) lines.push(`N${++n}\tReference ${id} ${WIKIDATA_DB}:${entry.wikidata}\t${name}`);
			lines.push(`N${++n}\tReference ${id} ${KNOWLEDGE_DB}:${a.ref}\t${name}`);
		}
		const notes = noteItems(a);
		if (notes) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${notes}`);
		attributeLosses(a, losses, FORMAT, { ref: true, value: true, id: true, attributes: true });
	}
	return {
		files: [
			{ path: `${input.name}.txt`, text },
			{ path: `${input.name}.ann`, text: lines.map((l) => l + '\n').join('') },
		],
		losses,
	};
}

/** The note of an annotation: its id, value and other attributes as in `.news` (`#x value=2025-05-09 note="..."`). */
function noteItems(a: Annotation): string {
	const items: string[] = [];
	if (a.id !== undefined) items.push(`#${a.id}`);
	for (const x of a.attributes) if (x.key !== 'ref') items.push(`${x.key}=${formatValue(oneLine(x.value))}`);
	return items.join(' ');
}

/** brat type names are letters, digits, `-` and `_`; anything else becomes `_`, as brat itself does. */
function storageName(a: Annotation, losses: Loss[]): string {
	const type = a.type!;
	if (STORAGE_NAME.test(type)) return type;
	const name = type.replace(/[^A-Za-z0-9_-]/g, '_');
	losses.push(loss('renamed', a, `brat type names are letters, digits, - and _: .${type} is written as ${name}.`));
	return name;
}

/** The pieces of [start, end) between line breaks, without empty ones. */
function lineFragments(text: string, start: number, end: number): [number, number][] {
	const fragments: [number, number][] = [];
	let s = start;
	for (let i = start; i <= end; i++) {
		const c = i < end ? text.charCodeAt(i) : -1;
		if (c === 10 || c === 13 || i === end) {
			if (i > s) fragments.push([s, i]);
			s = i + 1;
		}
	}
	return fragments.length ? fragments : [[start, end]];
}

const oneLine = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

const COLORS: Record<string, string> = {
	person: '#ffccaa',
	org: '#8fb2ff',
	place: '#a4e5a4',
	date: '#fff3a0',
	role: '#e0c8ff',
};
const LABELS: Record<string, string> = {
	person: 'Person',
	org: 'Organization',
	place: 'Place',
	date: 'Date',
	role: 'Role',
};

/**
 * The configuration files that make brat open the folder as it is: `annotation.conf` (the types, and nesting
 * allowed: `.news` spans contain one another or cover the same text, but never cross), `visual.conf` (labels and
 * colours) and `tools.conf` (links from `Wikidata:` normalizations).
 */
export function bratConfiguration(types: readonly string[]): ExportedFile[] {
	const names = [...new Set(types.map((t) => t.replace(/[^A-Za-z0-9_-]/g, '_')))];
	const annotation = [
		'# Entity types of articles exported by Attache (attache export --format brat).',
		'[entities]',
		...names,
		'',
		'[relations]',
		'# Annotations nest (one contains another, or both cover the same text); they never cross.',
		'<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain|equal',
		'',
		'[events]',
		'',
		'[attributes]',
		'',
	].join('\n');
	const visual = [
		'[labels]',
		...names.map((t) => `${t} | ${LABELS[t] ?? t}`),
		'',
		'[drawing]',
		...names.map((t) => `${t}\tbgColor:${COLORS[t] ?? '#dddddd'}`),
		'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
		'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
		'',
	].join('\n');
	const tools = [
		'[normalization]',
		`${WIKIDATA_DB}\t<URL>:https://www.wikidata.org/wiki/%s, <URLBASE>:https://www.wikidata.org/`,
		'',
	].join('\n');
	return [
		{ path: 'annotation.conf', text: annotation },
		{ path: 'visual.conf', text: visual },
		{ path: 'tools.conf', text: tools },
	];
}
