import { ParsedAnnotation } from './annotation';
import { AttributeReader, type AttributeSink } from './attributes';
import type { OffsetMap } from './offsetMap';
import { doubled } from '../text/int32Columns';

/** Takes from an attribute block what every annotation carries: its type, id, `ref` and `value`. */
class AnnotationFields implements AttributeSink {
	type: string | undefined;
	classCount = 0;
	annotationId: string | undefined;
	ref: string | undefined;
	value: string | undefined;

	reset(): this {
		this.type = this.annotationId = this.ref = this.value = undefined;
		this.classCount = 0;
		return this;
	}

	id(value: string): void {
		this.annotationId = value;
	}

	class(name: string): void {
		this.type ??= name;
		this.classCount++;
	}

	pair(key: string, value: string): void {
		if (key === 'ref') this.ref ??= value;
		else if (key === 'value') this.value ??= value;
	}
}

/**
 * The spans the scan finds, in the order they close (an enclosed one before the one around it), kept as numbers and
 * strings until the plain text is known; then each becomes one annotation object, made once with all its fields.
 */
export class FoundSpans {
	count = 0;
	#open: Int32Array;
	#close: Int32Array;
	#end: Int32Array;
	/** Span numbers in document order: by start, an enclosing span before the ones it holds. */
	#order: Int32Array;

	/** `capacity`: how many spans there may be (the arrays grow if there are more). */
	constructor(capacity: number) {
		const n = Math.max(16, capacity);
		this.#open = new Int32Array(n);
		this.#close = new Int32Array(n);
		this.#end = new Int32Array(n);
		this.#order = new Int32Array(n);
	}

	add(open: number, close: number, end: number): void {
		const n = this.count++;
		if (n === this.#open.length) {
			this.#open = doubled(this.#open);
			this.#close = doubled(this.#close);
			this.#end = doubled(this.#end);
			this.#order = doubled(this.#order);
		}
		this.#open[n] = open;
		this.#close[n] = close;
		this.#end[n] = end;
		this.#order[n] = n;
	}

	/** Puts the spans found since `first` (one paragraph's) in document order. */
	sortFrom(first: number): void {
		const open = this.#open;
		const end = this.#end;
		const before = (a: number, b: number): number => open[a]! - open[b]! || end[b]! - end[a]!;
		let sorted = true;
		for (let k = first + 1; k < this.count && sorted; k++) sorted = before(k - 1, k) <= 0;
		if (!sorted) this.#order.subarray(first, this.count).sort(before);
	}

	/**
	 * The annotations, with their index (from `first` on: the annotations before these), nesting and text in the
	 * plain text, of which `plainText` is the part from `plainFrom` on that holds them.
	 */
	toAnnotations(source: string, offsets: OffsetMap, plainText: string, first = 0, plainFrom = 0): ParsedAnnotation[] {
		const annotations = new Array<ParsedAnnotation>(this.count);
		/** Indexes of the annotations that enclose the current one, outermost first. */
		const enclosing: number[] = [];
		const fields = new AnnotationFields();
		const reader = new AttributeReader();
		for (let index = 0; index < this.count; index++) {
			const n = this.#order[index]!;
			const open = this.#open[n]!;
			while (enclosing.length && annotations[enclosing[enclosing.length - 1]!]!.end <= open) enclosing.pop();
			const close = this.#close[n]!;
			const end = this.#end[n]!;
			// Read again, now that the scan has found where it ends and that it reads: strings made here go straight
			// into their annotation.
			reader.read(source, close + 1, end, fields.reset());
			let plainStart = offsets.toPlain(open + 1);
			let plainEnd = offsets.toPlain(close);
			while (plainStart < plainEnd && isWhiteSpace(plainText.charCodeAt(plainStart - plainFrom))) plainStart++;
			while (plainEnd > plainStart && isWhiteSpace(plainText.charCodeAt(plainEnd - 1 - plainFrom))) plainEnd--;
			annotations[index] = new ParsedAnnotation(
				source,
				open,
				close,
				end,
				first + index,
				plainStart,
				plainEnd,
				plainText.slice(plainStart - plainFrom, plainEnd - plainFrom),
				fields.classCount,
				fields.type,
				fields.annotationId,
				fields.ref,
				fields.value,
				enclosing.length ? first + enclosing[enclosing.length - 1]! : undefined,
				enclosing.length,
			);
			enclosing.push(index);
		}
		return annotations;
	}
}

/** White space as Pandoc trims it from span content: spaces, tabs, line breaks. */
function isWhiteSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13;
}
