import { AttributeReader, type AttributeSink } from './attributes';
import type { Annotation, AnnotationAttribute, AnnotationClass, OffsetRange } from './model';

interface Details {
	readonly classes: readonly AnnotationClass[];
	readonly attributes: readonly AnnotationAttribute[];
}

/**
 * An annotation as the parser builds it. A 1 MB article holds ~25k of them, and on this scale every object counts:
 * the ranges are made when asked for, and the classes and attributes with their ranges are read again from the
 * attribute block the first time they are needed (the parser has already checked it and taken the type, `ref`,
 * `value` and id from it). Spread (`{...a}`) copies only the plain fields: name the fields you need.
 */
export class ParsedAnnotation implements Annotation {
	#source: string;
	/** Offsets of `[`, `]` and after `}`. */
	readonly #open: number;
	readonly #close: number;
	readonly #end: number;
	#details: Details | undefined;

	// Positional, not an options object: the parser makes ~25k of these for a 1 MB article.
	constructor(
		source: string,
		open: number,
		close: number,
		end: number,
		readonly index: number,
		readonly plainStart: number,
		readonly plainEnd: number,
		readonly text: string,
		readonly classCount: number,
		readonly type: string | undefined,
		readonly id: string | undefined,
		readonly ref: string | undefined,
		readonly value: string | undefined,
		readonly parent: number | undefined,
		readonly depth: number,
	) {
		this.#source = source;
		this.#open = open;
		this.#close = close;
		this.#end = end;
	}

	/**
	 * This annotation in the next version of its source, where the text up to its end is the same: the same object,
	 * now reading that version (so that the last one can be let go). What it reads lies before the edit, the same in
	 * both, so a parse of the last version that still holds it reads the same.
	 */
	adopt(source: string): this {
		this.#source = source;
		return this;
	}

	/**
	 * This annotation in another version of its source, `by` characters further (`plainBy` in the plain text), with
	 * `indexBy` more annotations before it: what an edit elsewhere makes of it, without reading its attributes again.
	 */
	moved(source: string, by: number, plainBy: number, indexBy: number): ParsedAnnotation {
		return new ParsedAnnotation(
			source,
			this.#open + by,
			this.#close + by,
			this.#end + by,
			this.index + indexBy,
			this.plainStart + plainBy,
			this.plainEnd + plainBy,
			this.text,
			this.classCount,
			this.type,
			this.id,
			this.ref,
			this.value,
			this.parent === undefined ? undefined : this.parent + indexBy,
			this.depth,
		);
	}

	get range(): OffsetRange {
		return { start: this.#open, end: this.#end };
	}

	get contentRange(): OffsetRange {
		return { start: this.#open + 1, end: this.#close };
	}

	get attributesRange(): OffsetRange {
		return { start: this.#close + 1, end: this.#end };
	}

	/** Where `[` stands, without making a range. */
	get start(): number {
		return this.#open;
	}

	/** Where `]` stands, without making a range. */
	get contentEnd(): number {
		return this.#close;
	}

	/** The offset after `}`, without making a range. */
	get end(): number {
		return this.#end;
	}

	get classes(): readonly AnnotationClass[] {
		return (this.#details ??= this.#readDetails()).classes;
	}

	get attributes(): readonly AnnotationAttribute[] {
		return (this.#details ??= this.#readDetails()).attributes;
	}

	visitAttributes(sink: AttributeSink): void {
		// A reader of its own: a sink may well read another annotation's attributes.
		new AttributeReader().read(this.#source, this.#close + 1, this.#end, sink);
	}

	#readDetails(): Details {
		const classes: AnnotationClass[] = [];
		const attributes: AnnotationAttribute[] = [];
		new AttributeReader().read(this.#source, this.#close + 1, this.#end, {
			id: () => {},
			class: (name, start, end) => classes.push({ name, range: { start, end } }),
			pair: (key, value, start, keyEnd, valueStart, end) =>
				attributes.push({
					key,
					value,
					range: { start, end },
					keyRange: { start, end: keyEnd },
					valueRange: { start: valueStart, end },
				}),
		});
		return { classes, attributes };
	}
}
