import { parseAttributes } from '../parse/attributes';
import type { KnowledgeEntry } from '../workspace/knowledgeBase';
import { KNOWLEDGE_DB, WIKIDATA_DB } from './brat';
import { CodePointOffsets } from './codePoints';
import { typeForLabel } from './labels';
import type { ImportedArticle, ImportedSpan, ImportProblem } from './model';
import { isIdentifier } from '../text/annotationMarkup';
import { clip } from './writeNews';

interface TextBound {
	readonly id: string;
	readonly line: number;
	readonly type: string;
	start: number;
	end: number;
	ref?: string;
	readonly attributes: [string, string][];
	annotationId?: string;
}

/**
 * Reads brat standoff (`NAME.txt` + `NAME.ann`): `T` spans (code-point offsets; fragments separated only by line
 * breaks are one span), `N` normalizations (`entities:ID` and `Wikidata:Q...` become `ref`, through the knowledge base
 * for Wikidata), `#` AnnotatorNotes (read as `.news` attributes when they are written so, else `note=`) and `A`
 * attributes. Relations, events and discontinuous spans cannot be written in `.news`: each is reported with its line.
 */
export function importBrat(
	name: string,
	text: string,
	ann: string,
	knowledge: readonly KnowledgeEntry[] = [],
): ImportedArticle {
	const problems: ImportProblem[] = [];
	const error = (line: number, message: string): void => void problems.push({ line, message, severity: 'error' });
	const points = new CodePointOffsets(text);
	const bounds = new Map<string, TextBound>();
	const byWikidata = new Map(knowledge.filter((e) => e.wikidata).map((e) => [e.wikidata!.toUpperCase(), e.id]));
	const wikidataOf = new Map<string, { q: string; line: number }>();
	const renamed = new Map<string, string>();

	ann.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		if (!raw.trim()) return;
		const [id = '', body = '', ...restParts] = raw.split('\t');
		const rest = restParts.length ? restParts.join('\t') : undefined;
		const kind = id.charAt(0);
		if (kind === 'T') {
			const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
			if (!m) return error(line, `This T line cannot be read: expected "T1<TAB>type start end<TAB>text".`);
			const raw = m[2]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
			if (raw.some(([s, e]) => s > e || e > points.length))
				return error(
					line,
					`${id} lies outside the text of ${name}.txt (${points.length} characters), so it is left out.`,
				);
			const fragments = raw.map(([s, e]) => [points.toUtf16(s), points.toUtf16(e)] as [number, number]);
			fragments.sort((a, b) => a[0] - b[0]);
			const start = fragments[0]![0];
			const end = fragments[fragments.length - 1]![1];
			for (let k = 1; k < fragments.length; k++) {
				const gap = text.slice(fragments[k - 1]![1], fragments[k]![0]);
				if (/\S/.test(gap)) {
					return error(
						line,
						`${id} is discontinuous ("${clip(fragments.map(([s, e]) => text.slice(s, e)).join(' … '))}"): a .news annotation is one stretch of text, so it is left out.`,
					);
				}
			}
			const type = typeForLabel(m[1]!);
			if (type !== m[1]) renamed.set(m[1]!, type);
			const written = rest?.replace(/\s+/g, ' ').trim();
			const actual = fragments
				.map(([s, e]) => text.slice(s, e))
				.join(' ')
				.replace(/\s+/g, ' ')
				.trim();
			if (written !== undefined && written !== actual)
				problems.push({
					line,
					severity: 'notice',
					message: `${id} says "${clip(written)}" but its offsets give "${clip(actual)}": the offsets are followed.`,
				});
			bounds.set(id, { id, line, type, start, end, attributes: [] });
			return;
		}
		const target = (ref: string | undefined): TextBound | undefined => {
			const t = ref === undefined ? undefined : bounds.get(ref);
			if (!t) error(line, `${id} refers to ${ref ?? 'nothing'}, which is no span of this file: left out.`);
			return t;
		};
		if (kind === 'N') {
			const m = /^Reference (\S+) ([^:\s]+):(\S+)$/.exec(body);
			if (!m) return error(line, `This N line cannot be read: expected "N1<TAB>Reference T1 DB:ID<TAB>name".`);
			const t = target(m[1]);
			if (!t) return;
			const [db, key] = [m[2]!, m[3]!];
			if (db === KNOWLEDGE_DB) t.ref = key;
			else if (db.toLowerCase() === WIKIDATA_DB.toLowerCase()) wikidataOf.set(t.id, { q: key, line });
			else if (isIdentifier(db)) t.attributes.push([db, key]);
			else error(line, `${id}: the normalization ${db}:${key} cannot be an attribute, so it is left out.`);
			return;
		}
		if (kind === '#') {
			const m = /^AnnotatorNotes (\S+)$/.exec(body);
			if (!m) return error(line, `Only AnnotatorNotes notes can be read, so this # line is left out.`);
			const t = target(m[1]);
			if (!t || rest === undefined) return;
			const note = rest.trim();
			const block = `{${note}}`;
			const parsed = parseAttributes(block, 0, block.length);
			if (parsed.ok && parsed.end === block.length && parsed.items.every((i) => i.kind !== 'class')) {
				for (const item of parsed.items) {
					if (item.kind === 'id') t.annotationId = item.value;
					else if (item.kind === 'pair') t.attributes.push([item.key, item.value]);
				}
			} else {
				t.attributes.push(['note', note]);
			}
			return;
		}
		if (kind === 'A' || kind === 'M') {
			const m = /^(\S+) (\S+)(?: (\S+))?$/.exec(body);
			if (!m) return error(line, `This attribute line cannot be read: expected "A1<TAB>Name T1 [value]".`);
			const t = target(m[2]);
			if (!t) return;
			if (isIdentifier(m[1]!)) t.attributes.push([m[1]!, m[3] ?? 'true']);
			else error(line, `${id}: "${m[1]}" cannot be an attribute key, so it is left out.`);
			return;
		}
		const what =
			kind === 'R'
				? 'a relation'
				: kind === 'E'
					? 'an event'
					: kind === '*'
						? 'an equivalence'
						: 'a line of unknown kind';
		error(line, `${id} is ${what}, which .news cannot express: left out.`);
	});

	for (const [from, to] of renamed)
		problems.push({ line: 0, severity: 'notice', message: `brat type ${from} is written as .${to}.` });
	const spans: ImportedSpan[] = [];
	for (const t of bounds.values()) {
		const wikidata = wikidataOf.get(t.id);
		if (wikidata && t.ref === undefined) {
			const id = byWikidata.get(wikidata.q.toUpperCase());
			if (id) t.ref = id;
			else {
				t.attributes.push(['wikidata', wikidata.q]);
				problems.push({
					line: wikidata.line,
					severity: 'notice',
					message: `No knowledge-base entry has wikidata ${wikidata.q}: kept as wikidata=${wikidata.q}.`,
				});
			}
		}
		spans.push({
			start: t.start,
			end: t.end,
			type: t.type,
			line: t.line,
			...(t.ref !== undefined && { ref: t.ref }),
			...(t.annotationId !== undefined && { id: t.annotationId }),
			attributes: t.attributes,
		});
	}
	return { name, text, spans, problems };
}
