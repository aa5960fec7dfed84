import { parseNews } from '../parse/document';
import { parseKnowledgeBase, type KnowledgeEntry, type KnowledgeFile } from './knowledgeBase';

/** A name annotated somewhere in the workspace. */
export interface CorpusName {
	readonly text: string;
	readonly type: string;
	readonly ref: string | undefined;
	readonly uri: string;
}

/**
 * What the workspace knows: every `entities.yaml` and the annotations of every `.news` file. The host feeds it
 * file contents (from disk or from open editors); it reads nothing itself.
 */
export class WorkspaceIndex {
	readonly #knowledge = new Map<string, KnowledgeFile>();
	readonly #corpus = new Map<string, readonly CorpusName[]>();
	#version = 0;
	#entriesCache: { version: number; entries: readonly KnowledgeEntry[] } | undefined;
	#corpusCache: { version: number; names: readonly CorpusName[] } | undefined;

	/** Bumped on every change, so that callers can cache what they derive. */
	get version(): number {
		return this.#version;
	}

	setFile(uri: string, text: string): void {
		if (isKnowledgeBase(uri)) this.#knowledge.set(uri, parseKnowledgeBase(uri, text));
		else if (uri.endsWith('.news')) this.#corpus.set(uri, corpusNames(uri, text));
		else return;
		this.#version++;
	}

	deleteFile(uri: string): void {
		if (this.#knowledge.delete(uri) || this.#corpus.delete(uri)) this.#version++;
	}

	knowledgeFile(uri: string): KnowledgeFile | undefined {
		return this.#knowledge.get(uri);
	}

	get entries(): readonly KnowledgeEntry[] {
		if (this.#entriesCache?.version !== this.#version) {
			this.#entriesCache = { version: this.#version, entries: [...this.#knowledge.values()].flatMap((f) => f.entries) };
		}
		return this.#entriesCache.entries;
	}

	entry(id: string): KnowledgeEntry | undefined {
		return this.entries.find((e) => e.id === id);
	}

	/** Annotated names of every indexed `.news` file but `exceptUri`. */
	corpusNames(exceptUri?: string): readonly CorpusName[] {
		if (this.#corpusCache?.version !== this.#version) {
			this.#corpusCache = { version: this.#version, names: [...this.#corpus.values()].flat() };
		}
		return exceptUri === undefined ? this.#corpusCache.names : this.#corpusCache.names.filter((n) => n.uri !== exceptUri);
	}
}

export function isKnowledgeBase(uri: string): boolean {
	return /(^|\/)entities\.ya?ml$/.test(uri);
}

function corpusNames(uri: string, text: string): CorpusName[] {
	const names: CorpusName[] = [];
	for (const a of parseNews(text).annotations) {
		if (!a.type || a.text.length < 2 || a.type === 'role') continue;
		names.push({ text: a.text.replace(/\s+/g, ' '), type: a.type, ref: a.ref, uri });
	}
	return names;
}
