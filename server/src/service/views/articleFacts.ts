import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InteractionKind } from '../../shared/views';
import { splitSentences, tokenize } from '../interchange/tokens';
import type { NewsDocument } from '../parse/model';
import { entityKey, isEntityType, normalizeEntityText } from '../workspace/entityKey';
import { interactionsIn } from './interactions';

/** An entity named in a sentence. */
export interface NamedEntity {
	readonly key: string;
	readonly type: string;
	readonly ref: string | undefined;
	/** Its mentions in the sentence. */
	readonly count: number;
}

/** A sentence of an article with the entities it names (each once) and what it says they did. */
export interface SentenceFacts {
	readonly line: number;
	readonly character: number;
	readonly text: string;
	readonly entities: readonly NamedEntity[];
	readonly kinds: readonly InteractionKind[];
}

/** An annotated date of an article, in its sentence. */
export interface DateFact {
	readonly value: string | undefined;
	readonly text: string;
	readonly line: number;
	readonly character: number;
	/** Index into `sentences`. */
	readonly sentence: number;
}

/** What the corpus views need of one article, computed once per version of its text. */
export interface ArticleFacts {
	readonly uri: string;
	readonly title: string | undefined;
	/** The article date (YYYY-MM-DD), when the header has one. */
	readonly date: string | undefined;
	readonly headerLine: number;
	readonly sentences: readonly SentenceFacts[];
	readonly dates: readonly DateFact[];
}

/** A sentence shown as evidence stops near here, at a word. */
const SENTENCE_CHARS = 300;

export function articleFacts(uri: string, document: TextDocument, parsed: NewsDocument): ArticleFacts {
	const plain = parsed.plainText;
	// Offsets of the plain text that lie inside an annotation: a sentence never ends there ("Mr. Lavrov" annotated whole).
	const inside = new Uint8Array(plain.length + 1);
	for (const a of parsed.annotations) if (a.depth === 0) inside.fill(1, a.plainStart + 1, a.plainEnd);
	const tokens = tokenize(plain);
	const spans = splitSentences(plain, tokens, (end) => inside[end] === 1).map((s) => ({ start: s[0]!.start, end: s[s.length - 1]!.end }));
	const annotations = [...parsed.annotations].sort((a, b) => a.plainStart - b.plainStart);
	const sentences: SentenceFacts[] = [];
	const dates: DateFact[] = [];
	let k = 0;
	for (const span of spans) {
		const entities = new Map<string, { key: string; type: string; ref: string | undefined; count: number }>();
		const sentence = sentences.length;
		for (; k < annotations.length && annotations[k]!.plainStart < span.end; k++) {
			const a = annotations[k]!;
			if (a.plainStart < span.start || !isEntityType(a.type)) continue;
			const text = a.text.replace(/\s+/g, ' ');
			if (a.type === 'date') {
				const at = document.positionAt(a.contentRange.start);
				dates.push({ value: a.value, text, line: at.line, character: at.character, sentence });
				continue;
			}
			if (!normalizeEntityText(text) && !a.ref) continue;
			const key = entityKey(a.type, text, a.ref || undefined, a.value);
			const known = entities.get(key);
			if (known) known.count++;
			else entities.set(key, { key, type: a.type, ref: a.ref || undefined, count: 1 });
		}
		const at = document.positionAt(parsed.offsets.toSource(span.start));
		const text = cut(plain.slice(span.start, span.end).replace(/\s+/g, ' '));
		sentences.push({ line: at.line, character: at.character, text, entities: [...entities.values()], kinds: entities.size > 1 ? interactionsIn(text) : [] });
	}
	const title = parsed.header.fields.find((f) => f.key === 'title')?.value;
	return {
		uri,
		title: typeof title === 'string' ? title : undefined,
		date: parsed.header.date?.day,
		headerLine: document.positionAt(parsed.header.date?.range.start ?? 0).line,
		sentences,
		dates,
	};
}

function cut(sentence: string): string {
	if (sentence.length <= SENTENCE_CHARS) return sentence;
	const space = sentence.lastIndexOf(' ', SENTENCE_CHARS);
	return `${sentence.slice(0, space > SENTENCE_CHARS / 2 ? space : SENTENCE_CHARS)}…`;
}
