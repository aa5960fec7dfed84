import type { SuggestionSettings } from '../shared/settings';
import type { NewsDocument, OffsetRange } from './parse/model';
import type { OffsetMap } from './parse/offsetMap';
import {
	articleLanguage,
	coverage,
	recognize,
	shiftedSuggestions,
	toSuggestions,
	type RecognizedEntity,
	type Suggestion,
	type WorkspaceNames,
} from './recognize/suggestions';
import type { LanguageChoice } from './recognize/language';
import type { Recognizer } from './recognize/recognizer';
import { chunkPlainText } from './suggestionChunks';
import type { CorpusName } from './workspace/workspaceIndex';

/** What a run of the recognizer over a document did, chunk by chunk. */
export interface SuggestionReport {
	/** The chunks of the plain text (see suggestionChunks.ts). */
	readonly chunks: number;
	/** Chunks the recognizer read in this run so far. */
	readonly recognized: number;
	/** Chunks whose text, covered ranges and context were those of the last version: their suggestions were kept, shifted. */
	readonly reused: number;
}

/**
 * The suggestions of one document version, made a chunk at a time: the host calls `step` until it returns true,
 * yielding to its event loop between calls, and drops the job when the document changes. Pure: no clock, no timer.
 */
export interface SuggestionJob {
	/** Recognizes the next chunk; true once every chunk is done (then it does nothing). */
	step(): boolean;
	readonly done: boolean;
	readonly report: SuggestionReport;
	/** Whether a request was answered before the job was done (with fewer suggestions): the editor must ask again. */
	readonly answeredEarly: boolean;
}

/** The job of a document that is not recognized (a knowledge base, a file above the limits): nothing to do. */
export const finishedJob: SuggestionJob = Object.freeze({
	step: () => true,
	done: true,
	report: Object.freeze({ chunks: 0, recognized: 0, reused: 0 }),
	answeredEarly: false,
});

/** What a chunk's suggestions depend on besides its own text: when any of it changes, no chunk is reused. */
interface Context {
	readonly settings: SuggestionSettings;
	/** The workspace's names (every edit of an open article makes a new workspace version, mostly with the same names). */
	readonly entries: WorkspaceNames['entries'];
	readonly corpus: WorkspaceNames['corpus'];
	readonly day: string | undefined;
	readonly language: LanguageChoice;
	/** The article's own annotated names, which the recognizer learns from (one string to compare). */
	readonly ownNames: string;
}

/** Entities found in a chunk, their offsets from the chunk's start: the same wherever the chunk moves. */
type ChunkResult = readonly RecognizedEntity[];

/** A chunk's suggestions where they stood in the document. */
interface Placed {
	readonly plainStart: number;
	readonly suggestions: readonly Suggestion[];
}

/**
 * Values by a chunk's text and the ranges annotations cover in it. The text, a slice of the plain text, is a key of
 * its own: V8 hashes a long string by its length and compares it in place, where one string of text and ranges was a
 * copy of the whole plain text at each keystroke.
 */
class ChunkMap<T> {
	readonly #byText = new Map<string, Map<string, T>>();

	get(chunk: Chunk): T | undefined {
		return this.#byText.get(chunk.text)?.get(chunk.coveredKey);
	}

	set(chunk: Chunk, value: T): void {
		const byCovered = this.#byText.get(chunk.text);
		if (byCovered) byCovered.set(chunk.coveredKey, value);
		else this.#byText.set(chunk.text, new Map([[chunk.coveredKey, value]]));
	}
}

/** The chunk results of a version, by chunk text and covered ranges, for the next version to reuse. */
export interface ReusableChunks {
	readonly context: Context;
	readonly results: ChunkMap<ChunkResult>;
	/**
	 * The suggestions of each chunk and where they stood, with the version's offset map: a chunk that has not moved
	 * keeps them as they are, and one that moved with its markup (an edit before it) takes them shifted, so that a
	 * keystroke in a long article does not map every suggestion of it again.
	 */
	readonly placed: ChunkMap<Placed>;
	readonly offsets: OffsetMap;
}

interface Chunk {
	readonly range: OffsetRange;
	readonly text: string;
	/** The covered ranges as a string, to compare. */
	readonly coveredKey: string;
	/** Covered plain ranges, relative to the chunk. */
	readonly covered: readonly OffsetRange[];
	suggestions: readonly Suggestion[] | undefined;
}

/**
 * Recognizes `parsed` chunk by chunk, reusing the results of `previous` for chunks found unchanged. Within-article
 * coreference ("Lavrov" after "Sergey Lavrov") and the names learnt from the article's own annotations work within a
 * chunk: the article's annotated names are given to every chunk, but a full name recognized in one chunk does not
 * reach the next. An article shorter than the smallest chunk is recognized as a whole, as `suggest` does.
 */
export class ChunkedSuggestions implements SuggestionJob {
	readonly #parsed: NewsDocument;
	readonly #workspace: WorkspaceNames;
	readonly #context: Context;
	readonly #chunks: Chunk[];
	readonly #recognizer: Recognizer;
	readonly #results = new ChunkMap<ChunkResult>();
	readonly #placed = new ChunkMap<Placed>();
	#next = 0;
	#recognized = 0;
	#reused = 0;
	#answeredEarly = false;
	#superseded = false;
	#all: readonly Suggestion[] | undefined;

	constructor(
		parsed: NewsDocument,
		workspace: WorkspaceNames,
		settings: SuggestionSettings,
		previous: ReusableChunks | undefined,
		recognizer: Recognizer,
	) {
		this.#parsed = parsed;
		this.#recognizer = recognizer;
		const own = ownNames(parsed);
		this.#workspace = { entries: workspace.entries, corpus: [...workspace.corpus, ...own.names] };
		const language = articleLanguage(parsed);
		this.#context = {
			settings,
			entries: workspace.entries,
			corpus: workspace.corpus,
			day: parsed.header.date?.day,
			language,
			ownNames: own.key,
		};
		const reusable = previous && sameContext(previous.context, this.#context) ? previous.results : undefined;
		const covered = coverage(parsed);
		const text = parsed.plainText;
		let c = 0;
		this.#chunks = chunkPlainText(text).map((range) => {
			while (c < covered.length && covered[c]!.end <= range.start) c++;
			const inside: OffsetRange[] = [];
			for (let k = c; k < covered.length && covered[k]!.start < range.end; k++) {
				inside.push({
					start: Math.max(covered[k]!.start, range.start) - range.start,
					end: Math.min(covered[k]!.end, range.end) - range.start,
				});
			}
			const chunk: Chunk = {
				range,
				text: text.slice(range.start, range.end),
				coveredKey: inside.map((r) => `${r.start}-${r.end}`).join(','),
				covered: inside,
				suggestions: undefined,
			};
			const kept = reusable?.get(chunk);
			if (kept) {
				this.#results.set(chunk, kept);
				this.#place(chunk, this.#moved(kept, chunk, previous!) ?? this.#toSuggestions(kept, range.start));
				this.#reused++;
			}
			return chunk;
		});
		while (this.#next < this.#chunks.length && this.#chunks[this.#next]!.suggestions) this.#next++;
	}

	get done(): boolean {
		return this.#superseded || this.#next >= this.#chunks.length;
	}

	get report(): SuggestionReport {
		return { chunks: this.#chunks.length, recognized: this.#recognized, reused: this.#reused };
	}

	get answeredEarly(): boolean {
		return this.#answeredEarly;
	}

	step(): boolean {
		while (!this.done && this.#chunks[this.#next]!.suggestions) this.#next++;
		if (this.done) return true;
		const chunk = this.#chunks[this.#next++]!;
		// (a place inside a title is the role's: `recognize` leaves it out)
		const found = recognize(chunk.text, this.#context.day, this.#workspace, this.#context.settings, {
			covered: chunk.covered,
			language: this.#context.language.language,
			recognizer: this.#recognizer,
		});
		this.#results.set(chunk, found);
		this.#place(chunk, this.#toSuggestions(found, chunk.range.start));
		this.#recognized++;
		while (!this.done && this.#chunks[this.#next]!.suggestions) this.#next++;
		return this.done;
	}

	/** Every suggestion, running what is left of the job. */
	finish(): readonly Suggestion[] {
		while (!this.step());
		return this.ready();
	}

	/** The suggestions of the chunks done so far, in text order; all of them once the job is done. */
	ready(): readonly Suggestion[] {
		if (this.#all) return this.#all;
		// made at its size: pushed one by one, the 50,000 suggestions of a long article were copied as it grew
		let total = 0;
		for (const chunk of this.#chunks) total += chunk.suggestions?.length ?? 0;
		const out = new Array<Suggestion>(total);
		let n = 0;
		for (const chunk of this.#chunks) {
			const list = chunk.suggestions;
			if (list) for (let k = 0; k < list.length; k++) out[n++] = list[k]!;
		}
		if (this.done && !this.#superseded) this.#all = out;
		return out;
	}

	/** Notes that a request was answered from `ready` before the job was done. */
	answeredEarlyNow(): void {
		if (!this.done) this.#answeredEarly = true;
	}

	/** Stops the job (its document changed): the host's next `step` ends it. */
	supersede(): void {
		this.#superseded = true;
	}

	/** The results to hand the next version of the document. */
	reusable(): ReusableChunks {
		return { context: this.#context, results: this.#results, placed: this.#placed, offsets: this.#parsed.offsets };
	}

	#place(chunk: Chunk, suggestions: readonly Suggestion[]): void {
		chunk.suggestions = suggestions;
		this.#placed.set(chunk, { plainStart: chunk.range.start, suggestions });
	}

	/** The last version's suggestions of an unchanged chunk, where its text and markup moved together (else undefined). */
	#moved(found: ChunkResult, chunk: Chunk, previous: ReusableChunks): readonly Suggestion[] | undefined {
		const placed = previous.placed.get(chunk);
		// (the same text twice in an article: the results are shared, the placement is the last one's)
		if (!placed || placed.suggestions.length !== found.length) return undefined;
		const { start, end } = chunk.range;
		const plainShift = start - placed.plainStart;
		const sourceShift = this.#parsed.offsets.shiftFrom(previous.offsets, start, end, plainShift);
		if (sourceShift === undefined) return undefined;
		if (plainShift === 0 && sourceShift === 0) return placed.suggestions;
		return shiftedSuggestions(placed.suggestions, plainShift, sourceShift);
	}

	#toSuggestions(found: ChunkResult, shift: number): Suggestion[] {
		return toSuggestions(found, shift, this.#parsed.offsets, this.#context.language);
	}
}

/** The article's own annotations, which teach the recognizer ("Lavrov" annotated once is suggested elsewhere), once each. */
function ownNames(parsed: NewsDocument): { names: CorpusName[]; key: string } {
	const seen = new Set<string>();
	const names: CorpusName[] = [];
	for (const a of parsed.annotations) {
		const type = a.type ?? '';
		const key = `${a.text}\u0000${type}\u0000${a.ref ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		names.push({ text: a.text, type, ref: a.ref, uri: '' });
	}
	return { names, key: [...seen].join('\u0001') };
}

function sameContext(a: Context, b: Context): boolean {
	return (
		a.settings === b.settings &&
		sameItems(a.entries, b.entries, (x, y) => x === y) &&
		sameItems(a.corpus, b.corpus, (x, y) => x === y || (x.text === y.text && x.type === y.type && x.ref === y.ref)) &&
		a.day === b.day &&
		a.language.language === b.language.language &&
		a.language.from === b.language.from &&
		a.ownNames === b.ownNames
	);
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
	return true;
}
