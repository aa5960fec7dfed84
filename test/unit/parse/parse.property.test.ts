import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNews } from '../../../server/src/service/parse/document';
import { annotationFields } from '../../helpers/parse';
import type { NewsDocument, OffsetRange } from '../../../server/src/service/parse/model';

/** Runs per property; FC_RUNS=10000 for a longer search. Failures print their seed and a shrunk counterexample. */
const RUNS = Number(process.env['FC_RUNS'] ?? 400);

// ---------------------------------------------------------------------------------------------------------------------
// Inputs: any text, and text made of markup fragments.

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc.string({
	unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
	maxLength: 80,
});

const FRAGMENTS = [
	'[',
	']',
	'{',
	'}',
	'.person',
	'.org',
	'.date',
	'#id',
	'ref=',
	'value=',
	'id=',
	'class=',
	'\\',
	'\\[',
	'\\]',
	'\\{',
	'\\}',
	'\\\\',
	'=',
	'"',
	"'",
	'""',
	'-',
	'---',
	'...',
	'\n',
	'\r\n',
	'\n\n',
	'\r',
	' ',
	'  ',
	'\t',
	'a',
	'Lavrov',
	'Сергей',
	'é',
	'😀',
	'🇧🇾',
	'\ud83d',
	'\u00a0',
	'^',
	'@',
	'@mfa',
	'!',
	'`',
	'``',
	';',
	':',
	'(',
	')',
	'](u)',
	']{.person}',
	'[x]{.org}',
	'date ',
	'2024-05-01',
	'date: 2024-05-01\n',
	'\ufeff',
	'*',
	'_',
];
const markup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyInput = fc.oneof(markup, markup, utf16, fc.string({ maxLength: 80 }));

// ---------------------------------------------------------------------------------------------------------------------
// Invariants every parse must hold.

function assertWithin(range: OffsetRange, lo: number, hi: number, what: string): void {
	assert.ok(
		lo <= range.start && range.start <= range.end && range.end <= hi,
		`${what} ${JSON.stringify(range)} not within [${lo}, ${hi}]`,
	);
}

function checkInvariants(doc: NewsDocument): void {
	const { source, plainText, offsets, header } = doc;
	assert.equal(typeof plainText, 'string');
	assert.equal(plainText.length, offsets.plainLength, 'plain length');

	assertWithin(header.range, 0, source.length, 'header');
	assert.ok(doc.bodyStart >= header.range.end && doc.bodyStart <= source.length, 'body start');
	for (const f of header.fields) {
		assertWithin(f.keyRange, header.range.start, header.range.end, `key ${f.key}`);
		if (f.valueRange) assertWithin(f.valueRange, header.range.start, header.range.end, `value of ${f.key}`);
	}
	if (header.date) assertWithin(header.date.range, header.range.start, header.range.end, 'article date');

	for (const p of doc.problems) assertWithin(p.range, 0, source.length, `problem ${p.code}`);
	for (let i = 1; i < doc.problems.length; i++)
		assert.ok(doc.problems[i - 1]!.range.start <= doc.problems[i]!.range.start, 'problems in order');

	doc.annotations.forEach((a, i) => {
		assert.equal(a.index, i, 'index');
		assertWithin(a.range, doc.bodyStart, source.length, 'annotation');
		assert.equal(source[a.range.start], '[');
		assert.deepEqual(a.contentRange, { start: a.range.start + 1, end: a.contentRange.end });
		assert.equal(source[a.contentRange.end], ']');
		assert.deepEqual(a.attributesRange, { start: a.contentRange.end + 1, end: a.range.end });
		assert.equal(source[a.attributesRange.start], '{');
		assert.equal(source[a.range.end - 1], '}');
		for (const c of a.classes) assertWithin(c.range, a.attributesRange.start, a.attributesRange.end, 'class');
		for (const x of a.attributes) {
			assertWithin(x.range, a.attributesRange.start, a.attributesRange.end, 'attribute');
			assertWithin(x.keyRange, x.range.start, x.range.end, 'attribute key');
			assertWithin(x.valueRange, x.range.start, x.range.end, 'attribute value');
			assert.equal(source.slice(x.keyRange.start, x.keyRange.end), x.key);
		}
		assert.equal(a.type, a.classes[0]?.name);
		assert.ok(0 <= a.plainStart && a.plainStart <= a.plainEnd && a.plainEnd <= plainText.length, 'plain offsets');
		assert.equal(a.text, plainText.slice(a.plainStart, a.plainEnd), 'text is the plain text at the plain offsets');
		assert.ok(!/^[ \t\r\n]|[ \t\r\n]$/.test(a.text), 'the text is trimmed');
		if (i > 0) assert.ok(doc.annotations[i - 1]!.range.start < a.range.start, 'document order');
		if (a.parent === undefined) {
			assert.equal(a.depth, 0);
		} else {
			const parent = doc.annotations[a.parent]!;
			assert.ok(a.parent < i, 'the parent comes first');
			assert.equal(a.depth, parent.depth + 1);
			assertWithin(a.range, parent.contentRange.start, parent.contentRange.end, 'nested annotation');
			assert.ok(parent.plainStart <= a.plainStart && a.plainEnd <= parent.plainEnd, 'nested plain offsets');
		}
		// No other annotation crosses this one.
		for (const b of doc.annotations) {
			const crosses =
				(b.range.start < a.range.start && a.range.start < b.range.end && b.range.end < a.range.end) ||
				(a.range.start < b.range.start && b.range.start < a.range.end && a.range.end < b.range.end);
			assert.ok(!crosses, 'annotations do not cross');
		}
	});
}

function checkOffsetMap(doc: NewsDocument): void {
	const { source, plainText, offsets } = doc;
	const runs = [...offsets.runs()];
	let joined = '';
	let previousEnd = doc.bodyStart;
	let plain = 0;
	for (const [s, p, n] of runs) {
		assert.ok(n > 0, 'no empty run');
		assert.ok(s >= previousEnd, 'runs in source order, apart');
		assert.equal(p, plain, 'runs are contiguous in the plain text');
		joined += source.slice(s, s + n);
		previousEnd = s + n;
		plain += n;
	}
	assert.ok(previousEnd <= source.length);
	assert.equal(joined, plainText, 'the plain text is the runs');

	let last = 0;
	for (let s = 0; s <= source.length; s++) {
		const p = offsets.toPlain(s);
		assert.ok(p >= last && p <= plainText.length, `toPlain(${s}) = ${p} after ${last}`);
		last = p;
	}
	for (const bias of ['left', 'right'] as const) {
		let lastSource = 0;
		for (let p = 0; p <= plainText.length; p++) {
			const s = offsets.toSource(p, bias);
			assert.ok(s >= lastSource && s <= source.length, `toSource(${p}, ${bias}) = ${s} after ${lastSource}`);
			lastSource = s;
			assert.equal(offsets.toPlain(s), p, `toPlain(toSource(${p}, ${bias}))`);
		}
	}
	for (const [s0, , n] of runs) {
		for (let s = s0; s < s0 + n; s++) assert.equal(offsets.toSource(offsets.toPlain(s)), s, `toSource(toPlain(${s}))`);
		assert.equal(offsets.toSource(offsets.toPlain(s0 + n), 'left'), s0 + n, 'the end of a run');
	}
	// A copied character is the same character in both texts.
	for (const [s0, p0, n] of runs) assert.equal(plainText.slice(p0, p0 + n), source.slice(s0, s0 + n));
}

suite('parseNews: properties of every input', () => {
	test('never throws; all offsets and ranges are within the source and the plain text, in order', () => {
		fc.assert(
			fc.property(anyInput, (src) => {
				checkInvariants(parseNews(src));
			}),
			{ numRuns: RUNS },
		);
	});

	test('the offset map is monotonic and round-trips', () => {
		fc.assert(
			fc.property(anyInput, (src) => {
				checkOffsetMap(parseNews(src));
			}),
			{ numRuns: RUNS },
		);
	});

	test('only markup disappears: the `[` and `]{...}` of annotations and the backslash of escapes, and all of those', () => {
		fc.assert(
			fc.property(anyInput, (src) => {
				const doc = parseNews(src);
				const removed = new Set<number>();
				let pos = doc.bodyStart;
				for (const [s, , n] of doc.offsets.runs()) {
					for (let i = pos; i < s; i++) removed.add(i);
					pos = s + n;
				}
				for (let i = pos; i < src.length; i++) removed.add(i);
				const markup = new Set<number>();
				for (const a of doc.annotations) {
					markup.add(a.range.start);
					for (let i = a.contentRange.end; i < a.range.end; i++) markup.add(i);
				}
				for (const i of markup) assert.ok(removed.has(i), `annotation markup at ${i} is in the plain text`);
				for (const i of removed) {
					if (markup.has(i)) continue;
					assert.ok(
						src[i] === '\\' && '[]{}\\'.includes(src[i + 1] ?? 'x'),
						`${JSON.stringify(src[i])} at ${i} removed`,
					);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	test('parsing is deterministic and does not depend on what was parsed before', () => {
		fc.assert(
			fc.property(anyInput, anyInput, (a, b) => {
				const first = parseNews(a);
				parseNews(b);
				const again = parseNews(a);
				assert.deepEqual(
					again.annotations.map((x) => [x.range, x.text, x.classes.map((c) => c.name)]),
					first.annotations.map((x) => [x.range, x.text, x.classes.map((c) => c.name)]),
				);
				assert.equal(again.plainText, first.plainText);
				assert.deepEqual(again.problems, first.problems);
			}),
			{ numRuns: Math.ceil(RUNS / 4) },
		);
	});

	test('a parse given the last version’s is the parse of the text alone, for edits in paragraphs and across them', () => {
		// articles of several paragraphs (blank lines of every kind between them), edits anywhere (the header too) and
		// several in a row
		const paragraphs = fc
			.array(fc.tuple(markup, fc.constantFrom('\n\n', '\r\n\r\n', '\n \t\n', '\n\n\n', '\n')), { maxLength: 6 })
			.map((ps) => ps.map(([p, gap]) => p + gap).join(''));
		// front matter, a dateline, no header (with and without a byte order mark)
		const heads = ['---\ndate: 2024-03-14\n---\n', '---\r\ntitle: x\r\n---\r\n', 'date 2024-03-14\n', '', '\ufeff'];
		const article = fc.tuple(fc.constantFrom(...heads), paragraphs);
		const edit = fc.tuple(
			fc.nat(),
			fc.nat({ max: 12 }),
			fc.oneof(markup, fc.constantFrom('\n\n', '\n', ' ', 'e', '[', ']{.person}')),
		);
		let moved = 0;
		fc.assert(
			fc.property(article, fc.array(edit, { minLength: 1, maxLength: 4 }), ([head, body], edits) => {
				let text = head + body;
				let last = parseNews(text);
				for (const [at, removed, inserted] of edits) {
					const i = at % (text.length + 1);
					text = text.slice(0, i) + inserted.slice(0, 16) + text.slice(i + removed);
					const reusing = parseNews(text, last);
					assertSameParse(reusing, parseNews(text));
					if (reusing.annotations.length > 0) moved++;
					last = reusing;
				}
			}),
			{ numRuns: RUNS },
		);
		assert.ok(moved > RUNS / 4, `${moved} parses with annotations`);
	});

	test('a parse given the last version’s is the parse of the text alone (the header is reused only where it is the same)', () => {
		const header = fc
			.array(fc.constantFrom('date: 2024-03-14\n', 'title: Talks\n', 'date: 2024-13-99\n', 'a: [\n', ': x\n', '\r\n'), {
				maxLength: 4,
			})
			.map((lines) => `---\n${lines.join('')}---\n`);
		const article = fc.tuple(header, anyInput).map(([h, body]) => h + body);
		// an edit anywhere: in the body, in the header, across its closing line
		const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), anyInput);
		fc.assert(
			fc.property(article, edit, (before, [at, removed, inserted]) => {
				const i = at % (before.length + 1);
				const after = before.slice(0, i) + inserted.slice(0, 8) + before.slice(i + removed);
				assertSameParse(parseNews(after, parseNews(before)), parseNews(after));
			}),
			{ numRuns: RUNS },
		);
	});

	test('an offset map shifted from the last version’s maps every offset of the range as that one did, moved', () => {
		// after an edit, a range past it (where the same text moved) and one anywhere (where mostly it did not)
		const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), markup, fc.nat(), fc.nat({ max: 40 }), fc.boolean());
		let shifted = 0;
		fc.assert(
			fc.property(markup, edit, (before, [at, removed, inserted, from, length, past]) => {
				const i = at % (before.length + 1);
				const after = before.slice(0, i) + inserted.slice(0, 12) + before.slice(i + removed);
				const [old, now] = [parseNews(before), parseNews(after)];
				const plainShift = now.offsets.plainLength - old.offsets.plainLength;
				const start = past
					? old.offsets.plainLength - (from % (old.offsets.plainLength + 1))
					: from % (now.offsets.plainLength + 1);
				const [a, b] = past ? [start + plainShift, start + plainShift + length] : [start, start + length];
				const shift = past ? plainShift : 0;
				if (a < 0 || a > b) return;
				const sourceShift = now.offsets.shiftFrom(old.offsets, a, b, shift);
				if (sourceShift === undefined) return;
				shifted++;
				// the starts of ranges inside it (right bias) and their ends (left bias)
				for (let p = a; p <= b; p++) {
					for (const bias of p === a
						? (['right'] as const)
						: p === b
							? (['left'] as const)
							: (['left', 'right'] as const))
						assert.equal(
							now.offsets.toSource(p, bias),
							old.offsets.toSource(p - shift, bias) + sourceShift,
							`plain ${p} (${bias})`,
						);
				}
			}),
			{ numRuns: RUNS * 2 },
		);
		assert.ok(shifted > RUNS / 4, `${shifted} ranges shifted`);
	});

	test('a range the edit is before is found shifted by what the edit added', () => {
		const before =
			'Foreign Minister [Sergey Lavrov]{.person} met [Anna]{.person} in Oslo.\n\nShe left [Vienna]{.place} 🇦🇹 today.\r\n';
		const old = parseNews(before);
		const from = old.plainText.indexOf('She');
		const cases: [string, number, number][] = [
			[before.replace('met', 'met with'), 5, 5],
			[before.replace('[Anna]{.person}', 'Anna'), 0, -11],
			[before.replace('in Oslo', 'in [Oslo]{.place}'), 0, 10],
			[before.replace('Foreign', 'Фор'), -4, -4],
		];
		for (const [after, plainShift, sourceShift] of cases)
			assert.equal(
				parseNews(after).offsets.shiftFrom(
					old.offsets,
					from + plainShift,
					old.plainText.length + plainShift,
					plainShift,
				),
				sourceShift,
				after,
			);
		const markupMoved = parseNews(before.replace('[Vienna]{.place}', 'Vienna'));
		assert.equal(markupMoved.offsets.shiftFrom(old.offsets, from, markupMoved.plainText.length, 0), undefined);
		// the same runs in the plain text, but the source between two of them is longer
		const markupLonger = parseNews(before.replace('{.place}', '{.place #vienna}'));
		assert.equal(markupLonger.offsets.shiftFrom(old.offsets, from, markupLonger.plainText.length, 0), undefined);
	});
});

/** Every field of two parses, the annotations' lazily read classes and attributes and the offset map's runs too. */
function assertSameParse(actual: NewsDocument, expected: NewsDocument): void {
	const fields = (d: NewsDocument) => d.annotations.map(annotationFields);
	assert.equal(actual.source, expected.source);
	assert.deepEqual(actual.header, expected.header);
	assert.equal(actual.bodyStart, expected.bodyStart);
	assert.deepEqual(actual.problems, expected.problems);
	assert.equal(actual.problemsOmitted, expected.problemsOmitted);
	assert.equal(actual.plainText, expected.plainText);
	assert.deepEqual([...actual.offsets.runs()], [...expected.offsets.runs()]);
	assert.equal(actual.offsets.plainLength, expected.offsets.plainLength);
	assert.deepEqual(fields(actual), fields(expected));
}

// ---------------------------------------------------------------------------------------------------------------------
// Well-formed documents built with their expected annotations.

interface Expected {
	type: string;
	ref: string | undefined;
	value: string | undefined;
	id: string | undefined;
	text: string;
	plainStart: number;
	plainEnd: number;
	parent: number | undefined;
	depth: number;
}

/** Words without markup: no brackets, braces, backslashes, and none of `!^@\`` that make Pandoc read brackets otherwise. */
const WORDS = [
	'Vienna',
	'talks',
	'Brandner',
	'the',
	'on',
	'May',
	'9',
	'2024',
	'OSCE',
	'Kovač',
	'Сергей',
	'Минск',
	'é',
	'😀',
	'🇦🇹',
	',',
	'.',
	'(',
	')',
	"'",
	'"',
	'’',
	':',
	';',
	'?',
	'-',
	'#',
	'=',
];
/** Escapes and the character each stands for in the plain text. */
const ESCAPES: readonly (readonly [string, string])[] = [
	['\\[', '['],
	['\\]', ']'],
	['\\{', '{'],
	['\\}', '}'],
	['\\\\', '\\'],
];

/** A piece of source with its plain text. */
type Piece = { readonly source: string; readonly plain: string };
const word: fc.Arbitrary<Piece> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...WORDS).map((w) => ({ source: w, plain: w })) },
	{ weight: 1, arbitrary: fc.constantFrom(...ESCAPES).map(([s, p]) => ({ source: s, plain: p })) },
);
/** A phrase that starts and ends with a word: white space inside only. */
const phrase = (separators: readonly string[]): fc.Arbitrary<Piece> =>
	fc.tuple(word, fc.array(fc.tuple(fc.constantFrom(...separators), word), { maxLength: 4 })).map(([first, rest]) => ({
		source: first.source + rest.map(([s, w]) => s + w.source).join(''),
		plain: first.plain + rest.map(([s, w]) => s + w.plain).join(''),
	}));

const TYPES = ['person', 'org', 'place', 'date', 'role', 'event'];
const identifier = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
/** A value for `value=`: may need quotes (spaces, `"`) but never starts with white space, which opens no quoted value. */
const valueText = fc.stringMatching(/^[a-zA-Z0-9,"/-][a-zA-Z0-9 ,"/-]{0,11}$/);

interface SpanTree {
	readonly type: string;
	readonly ref: string | undefined;
	readonly value: string | undefined;
	readonly id: string | undefined;
	/** Phrases and nested spans, with the separator before each (none before the first). */
	readonly content: readonly (Piece | SpanTree)[];
	readonly separators: readonly string[];
}

const isSpan = (x: Piece | SpanTree): x is SpanTree => 'content' in x;

const spanTree: fc.Memo<SpanTree> = fc.memo((depth) =>
	fc
		.record({
			type: fc.constantFrom(...TYPES),
			ref: fc.option(identifier, { nil: undefined }),
			value: fc.option(valueText, { nil: undefined }),
			id: fc.option(identifier, { nil: undefined }),
			content: fc.array(
				depth > 1
					? fc.oneof(
							{ weight: 3, arbitrary: phrase([' ', '\n', '\r\n']) },
							{ weight: 1, arbitrary: spanTree(depth - 1) },
						)
					: phrase([' ', '\n']),
				{
					minLength: 1,
					maxLength: 3,
				},
			),
			separators: fc.array(fc.constantFrom(' ', '', '\n', '  '), { minLength: 3, maxLength: 3 }),
		})
		.map((r) => r as SpanTree),
);

/** Writes a value as Pandoc reads it: bare when it can be, else in double quotes with `"` and `\` escaped. */
function writeValue(v: string): string {
	return /^[a-zA-Z0-9/-]+$/.test(v) ? v : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

function build(
	parts: readonly (Piece | SpanTree)[],
	topSeparators: readonly string[],
	header: string,
): { source: string; plain: string; expected: Expected[] } {
	let source = header;
	let plain = '';
	const expected: Expected[] = [];
	const emit = (x: Piece | SpanTree, parent: number | undefined, depth: number): void => {
		if (!isSpan(x)) {
			source += x.source;
			plain += x.plain;
			return;
		}
		const index = expected.length;
		const e: Expected = {
			type: x.type,
			ref: x.ref,
			value: x.value,
			id: x.id,
			text: '',
			plainStart: plain.length,
			plainEnd: 0,
			parent,
			depth,
		};
		expected.push(e);
		source += '[';
		x.content.forEach((c, i) => {
			if (i > 0) {
				// Two spans side by side need nothing between them; a phrase next to a phrase needs a space.
				const sep = x.separators[i - 1] ?? ' ';
				const glue = sep === '' && !isSpan(c) && !isSpan(x.content[i - 1]!) ? ' ' : sep;
				source += glue;
				plain += glue;
			}
			emit(c, index, depth + 1);
		});
		e.plainEnd = plain.length;
		e.text = plain.slice(e.plainStart, e.plainEnd);
		const attrs = [`.${x.type}`];
		if (x.ref !== undefined) attrs.push(`ref=${x.ref}`);
		if (x.value !== undefined) attrs.push(`value=${writeValue(x.value)}`);
		if (x.id !== undefined) attrs.push(`#${x.id}`);
		source += `]{${attrs.join(' ')}}`;
	};
	parts.forEach((p, i) => {
		if (i > 0) {
			const sep = topSeparators[i - 1] ?? ' ';
			source += sep;
			plain += sep;
		}
		emit(p, undefined, 0);
	});
	return { source, plain, expected };
}

const document = fc.record({
	header: fc.constantFrom('', '---\ndate: 2024-05-01\ntitle: Generated\n---\n', '---\r\ndate: 2024-05-01\r\n---\r\n'),
	parts: fc.array(
		fc.oneof({ weight: 2, arbitrary: phrase([' ', '\n', ', ']) }, { weight: 2, arbitrary: spanTree(3) }),
		{ minLength: 1, maxLength: 8 },
	),
	separators: fc.array(fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n', ' - ', ''), { minLength: 8, maxLength: 8 }),
});

suite('parseNews: generated well-formed documents', () => {
	test('finds exactly the generated annotations, with their plain offsets, nesting and attributes', () => {
		const seen = {
			nested: 0,
			adjacent: 0,
			escapes: 0,
			lineBreakInside: 0,
			quotedValue: 0,
			blankLine: 0,
			annotations: 0,
		};
		fc.assert(
			fc.property(document, ({ header, parts, separators }) => {
				// Two phrases with nothing between them would be one phrase: keep a space between them.
				const tops = parts.slice(1).map((p, k) => {
					const sep = separators[k] ?? ' ';
					return sep === '' && !isSpan(p) && !isSpan(parts[k]!) ? ' ' : sep;
				});
				const { source, plain, expected } = build(parts, tops, header);
				const doc = parseNews(source);
				seen.annotations += expected.length;
				if (expected.some((e) => e.depth > 0)) seen.nested++;
				if (source.includes('}[')) seen.adjacent++;
				if (/\\[[\]{}\\]/.test(source)) seen.escapes++;
				if (expected.some((e) => e.text.includes('\n'))) seen.lineBreakInside++;
				if (source.includes('value="')) seen.quotedValue++;
				if (/\n\r?\n/.test(source)) seen.blankLine++;
				assert.deepEqual(doc.problems, [], source);
				assert.equal(doc.plainText, plain);
				assert.deepEqual(
					doc.annotations.map((a) => ({
						type: a.type,
						ref: a.ref,
						value: a.value,
						id: a.id,
						text: a.text,
						plainStart: a.plainStart,
						plainEnd: a.plainEnd,
						parent: a.parent,
						depth: a.depth,
					})),
					expected,
					source,
				);
				checkInvariants(doc);
			}),
			{ numRuns: RUNS },
		);
		// The generator does reach the cases that matter.
		for (const [what, n] of Object.entries(seen)) assert.ok(n > 0, `no generated document had ${what}`);
	});
});
