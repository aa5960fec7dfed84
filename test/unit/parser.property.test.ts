import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNews } from '../../server/src/service';

/** Markup-heavy text: brackets, braces, classes, escapes, quotes, line ends (LF, CRLF, blank lines), non-ASCII. */
const piece = fc.constantFrom('[', ']', '{', '}', '.person', '.org', ' ref=x', ' value="2025 x"', '#id', '\\', '\\[', '=', '"', "'", '\n', '\r\n', '\n\n', ' ', 'Lavrov', 'Бишкек', '🇰🇬', '---\n', 'date 2025-01-22 ', '^', '@');
const markupText = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(markupText, fc.string({ unit: 'binary', maxLength: 200 }));

suite('parser properties (fast-check)', () => {
	test('never throws; every range lies inside the source or the plain text; texts match their plain offsets', () => {
		fc.assert(
			fc.property(anyText, (source) => {
				const d = parseNews(source);
				const inSource = (r: { start: number; end: number }) => 0 <= r.start && r.start <= r.end && r.end <= source.length;
				for (const a of d.annotations) {
					for (const r of [a.range, a.contentRange, a.attributesRange]) assert.ok(inSource(r));
					assert.ok(0 <= a.plainStart && a.plainStart <= a.plainEnd && a.plainEnd <= d.plainText.length);
					assert.equal(d.plainText.slice(a.plainStart, a.plainEnd), a.text);
					if (a.parent !== undefined) {
						const p = d.annotations[a.parent]!;
						assert.ok(p.contentRange.start <= a.range.start && a.range.end <= p.contentRange.end, 'nested inside its parent');
					}
				}
				for (const p of d.problems) assert.ok(inSource(p.range));
				assert.ok(d.bodyStart >= 0 && d.bodyStart <= source.length);
			}),
			{ numRuns: 3000 },
		);
	});

	test('the plain-text map is monotonic and round-trips', () => {
		fc.assert(
			fc.property(anyText, (source) => {
				const { offsets, plainText, bodyStart } = parseNews(source);
				assert.equal(offsets.plainLength, plainText.length);
				let last = -1;
				for (let s = 0; s <= source.length; s++) {
					const p = offsets.toPlain(s);
					assert.ok(p >= last, 'toPlain is non-decreasing');
					last = p;
				}
				let lastSource = -1;
				for (let p = 0; p <= plainText.length; p++) {
					const s = offsets.toSource(p);
					assert.ok(s >= lastSource, 'toSource is non-decreasing');
					lastSource = s;
					assert.equal(offsets.toPlain(s), p, 'toPlain(toSource(p)) === p');
					if (p < plainText.length) assert.equal(source[s], plainText[p], 'the character maps to itself');
				}
				for (const [s, , n] of offsets.runs()) {
					assert.ok(s >= bodyStart);
					for (let k = 0; k < n; k++) assert.equal(offsets.toSource(offsets.toPlain(s + k)), s + k, 'toSource(toPlain(s)) === s inside a run');
				}
			}),
			{ numRuns: 1500 },
		);
	});

	test('a generated well-formed article gives back exactly its annotations', () => {
		const word = fc.stringMatching(/^[A-Za-zА-Яа-я][A-Za-zА-Яа-я' -]{0,12}$/).filter((w) => w.trim() === w);
		const type = fc.constantFrom('person', 'org', 'place', 'date', 'role');
		type Item = { kind: 'text'; text: string } | { kind: 'span'; text: string; type: string; ref?: string; inner?: { text: string; type: string } };
		const item: fc.Arbitrary<Item> = fc.oneof(
			word.map((text) => ({ kind: 'text' as const, text })),
			fc.record({ kind: fc.constant('span' as const), text: word, type, ref: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { nil: undefined }) }),
			fc.record({ kind: fc.constant('span' as const), text: word, type, inner: fc.record({ text: word, type }) }),
		);
		const eol = fc.constantFrom('\n', '\r\n');
		fc.assert(
			fc.property(fc.array(item, { maxLength: 25 }), eol, (items, nl) => {
				let source = `---${nl}date: 2025-01-22${nl}---${nl}`;
				let plain = '';
				const expected: { text: string; type: string; start: number; ref?: string }[] = [];
				for (const it of items) {
					source += ' ';
					plain += ' ';
					if (it.kind === 'text') {
						source += it.text;
						plain += it.text;
						continue;
					}
					const start = plain.length;
					if (it.inner) {
						const full = `${it.inner.text} ${it.text}`;
						expected.push({ text: full, type: it.type, start });
						expected.push({ text: it.inner.text, type: it.inner.type, start });
						source += `[[${it.inner.text}]{.${it.inner.type}} ${it.text}]{.${it.type}}`;
						plain += full;
					} else {
						expected.push({ text: it.text, type: it.type, start, ...(it.ref && { ref: it.ref }) });
						source += `[${it.text}]{.${it.type}${it.ref ? ` ref=${it.ref}` : ''}}`;
						plain += it.text;
					}
				}
				source += nl;
				plain += nl;
				const d = parseNews(source);
				assert.equal(d.plainText, plain);
				assert.deepEqual(d.problems, []);
				assert.deepEqual(
					d.annotations.map((a) => ({ text: a.text, type: a.type, start: a.plainStart, ...(a.ref && { ref: a.ref }) })),
					expected,
				);
			}),
			{ numRuns: 800 },
		);
	});
});
