import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { OffsetRange } from '../parse/model';

export type KnowledgeType = 'person' | 'org' | 'place' | 'date' | 'none' | string;

/** One entry of an `entities.yaml` (docs/format.md, the knowledge base). */
export interface KnowledgeEntry {
	readonly id: string;
	readonly type: KnowledgeType;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly description: string | undefined;
	readonly wikidata: string | undefined;
	/** The file it comes from, and where its id stands there. */
	readonly uri: string;
	readonly idRange: OffsetRange;
	/** The name, then each alias, with where it stands in the file. */
	readonly names?: readonly KnowledgeName[];
}

export interface KnowledgeName {
	readonly text: string;
	readonly range: OffsetRange;
	readonly alias: boolean;
}

export interface KnowledgeProblem {
	readonly range: OffsetRange;
	readonly message: string;
	/** The file cannot be read as a whole (not valid YAML, or no map of entries): nothing can be added to it. */
	readonly fatal?: true;
}

export interface KnowledgeFile {
	readonly uri: string;
	readonly text: string;
	readonly entries: readonly KnowledgeEntry[];
	readonly problems: readonly KnowledgeProblem[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Reads an `entities.yaml`; anything malformed is a problem in that file, never an exception. */
export function parseKnowledgeBase(uri: string, text: string): KnowledgeFile {
	const problems: KnowledgeProblem[] = [];
	const entries: KnowledgeEntry[] = [];
	const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
	for (const e of doc.errors)
		problems.push({
			range: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) },
			message: `Not valid YAML: ${e.message.split('\n')[0]}`,
			fatal: true,
		});
	if (doc.errors.length) return { uri, text, entries, problems };
	const root = doc.contents;
	if (root === null) return { uri, text, entries, problems };
	if (!isMap(root)) {
		problems.push({
			range: rangeOf(root) ?? { start: 0, end: 1 },
			message: 'A knowledge base is a map of ids to entries: `sergey-lavrov:` then indented `type:` and `name:` lines.',
			fatal: true,
		});
		return { uri, text, entries, problems };
	}
	for (const pair of root.items) {
		const id = isScalar(pair.key) ? String(pair.key.value) : '';
		const idRange = rangeOf(pair.key) ?? { start: 0, end: 0 };
		if (!ID.test(id)) {
			problems.push({
				range: idRange,
				message: `\`${id}\` is not an id: use lower-case letters, digits and \`-\`, such as \`sergey-lavrov\`.`,
			});
			continue;
		}
		if (!isMap(pair.value)) {
			problems.push({ range: idRange, message: `\`${id}\` needs indented \`type:\` and \`name:\` lines.` });
			continue;
		}
		const field = (key: string): unknown =>
			pair.value && isMap(pair.value) ? (pair.value.get(key, true) as unknown) : undefined;
		const scalar = (key: string): string | undefined => {
			const node = field(key);
			return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
		};
		const type = scalar('type');
		const name = scalar('name');
		if (!type)
			problems.push({ range: idRange, message: `\`${id}\` has no \`type:\` (person, org, place, date or none).` });
		if (!name) problems.push({ range: idRange, message: `\`${id}\` has no \`name:\`.` });
		if (!type || !name) continue;
		const aliasNode = field('aliases');
		const aliases: string[] = [];
		const names: KnowledgeName[] = [{ text: name, range: rangeOf(field('name')) ?? idRange, alias: false }];
		const addAlias = (node: unknown): void => {
			if (!isScalar(node) || node.value === null || node.value === undefined || node.value === '') return;
			aliases.push(String(node.value));
			names.push({ text: String(node.value), range: rangeOf(node) ?? idRange, alias: true });
		};
		if (isSeq(aliasNode)) for (const item of aliasNode.items) addAlias(item);
		else addAlias(aliasNode);
		entries.push({
			id,
			type,
			name,
			aliases,
			description: scalar('description'),
			wikidata: scalar('wikidata'),
			uri,
			idRange,
			names,
		});
	}
	return { uri, text, entries, problems };
}

function rangeOf(node: unknown): OffsetRange | undefined {
	const r = (node as { range?: [number, number, number] } | null)?.range;
	return r ? { start: r[0], end: r[1] } : undefined;
}
