import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation, NewsDocument, OffsetRange } from '../../server/src/service/parse/model';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');

/** The source text of a range. */
export function textOf(doc: NewsDocument, range: OffsetRange): string {
	return doc.source.slice(range.start, range.end);
}

/** An annotation as a short line: `type|text|ref|value`, for readable list comparisons. */
export function brief(a: Annotation): string {
	return [a.type ?? '', a.text, a.ref ?? '', a.value ?? ''].join('|');
}

/** Every field of an annotation's model, named: its ranges are getters, which a spread would not copy. */
export function annotationFields(a: Annotation): Record<string, unknown> {
	return {
		index: a.index,
		classCount: a.classCount,
		range: a.range,
		contentRange: a.contentRange,
		attributesRange: a.attributesRange,
		plainStart: a.plainStart,
		plainEnd: a.plainEnd,
		text: a.text,
		id: a.id,
		type: a.type,
		ref: a.ref,
		value: a.value,
		parent: a.parent,
		depth: a.depth,
		classes: a.classes.map(({ name, range }) => ({ name, range })),
		attributes: a.attributes.map(({ key, value, range, keyRange, valueRange }) => ({
			key,
			value,
			range,
			keyRange,
			valueRange,
		})),
	};
}

/** The problems of a document as `[code, source text]` pairs. */
export function problemTexts(doc: NewsDocument): [string, string][] {
	return doc.problems.map((p) => [p.code, textOf(doc, p.range)]);
}

/** Every file under `dir` (recursively) whose name ends with `suffix`, sorted. */
export function filesUnder(dir: string, suffix: string): string[] {
	const found: string[] = [];
	if (!fs.existsSync(dir)) return found;
	const walk = (d: string): void => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith(suffix)) found.push(p);
		}
	};
	walk(dir);
	return found.sort();
}

/** Reads a fixture as UTF-8, byte for byte (line ends included). */
export function readFixture(relative: string): string {
	return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}
