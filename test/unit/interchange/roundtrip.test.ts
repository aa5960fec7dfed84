import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportBrat } from '../../../server/src/service/interchange/brat';
import { importBrat } from '../../../server/src/service/interchange/bratImport';
import { exportDoccano } from '../../../server/src/service/interchange/doccano';
import { importDoccano } from '../../../server/src/service/interchange/doccanoImport';
import { writeNews } from '../../../server/src/service/interchange/writeNews';
import { parseNews } from '../../../server/src/service/parse/document';
import type { NewsDocument } from '../../../server/src/service/parse/model';
import { parseKnowledgeBase } from '../../../server/src/service/workspace/knowledgeBase';

// Generated articles: paragraphs of words in Latin, Cyrillic and emoji (astral: two UTF-16 units, one code point),
// with the markup characters `[ ] { } \` as text, annotations that nest and sit side by side, line breaks inside
// paragraphs (and inside annotations), LF or CRLF, and optional front matter. Backticks, `@`, `!` and `^` are left
// out: Pandoc gives them meanings next to brackets (code, citations, images, notes) that no escape of docs/format.md undoes.
const CHARS = [
	'a',
	'b',
	'k',
	'Z',
	'\t',
	'é',
	'ж',
	'Л',
	'я',
	'😀',
	'🇷🇺',
	'7',
	'.',
	',',
	'-',
	'"',
	"'",
	'[',
	']',
	'{',
	'}',
	'\\',
	'–',
];
// A word has some text besides tabs: a line of white space only would be a paragraph break in the plain text.
const word = fc
	.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 6 })
	.map((cs) => cs.join(''))
	.filter((w) => w.trim().length > 0);
const TYPES = ['person', 'org', 'place', 'date', 'role', 'event'];

type Node =
	| { readonly kind: 'text'; readonly text: string }
	| {
			readonly kind: 'span';
			readonly type: string;
			readonly ref?: string;
			readonly value?: string;
			readonly note?: string;
			readonly children: readonly Node[];
	  };

const { node } = fc.letrec<{ node: Node; text: Node; span: Node }>((tie) => ({
	node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('text'), tie('text'), tie('span')),
	text: word.map((text) => ({ kind: 'text' as const, text })),
	span: fc
		.record(
			{
				type: fc.constantFrom(...TYPES),
				ref: fc.constantFrom('ada-lind', 'oslo', 'x1'),
				value: fc.constantFrom('2024-05-03', '2025/2027', '2024-W19'),
				note: fc.constantFrom('plain', 'with spaces', 'a "quote" \\ here', ' lead'),
				children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
			},
			{ requiredKeys: ['type', 'children'] },
		)
		.map((s) => ({ kind: 'span' as const, ...s })),
}));

/** Separators between the items of a paragraph: a space, nothing (adjacent), or a line break. */
const separator = fc.constantFrom(' ', ' ', '', '\n');

const article = fc.record({
	eol: fc.constantFrom('\n', '\r\n'),
	header: fc.option(
		fc.record({
			date: fc.constantFrom('2024-05-02', '2025-01-22'),
			title: fc.constantFrom('Talks in Ёрск 😀', 'A [draft] title'),
		}),
		{ nil: undefined },
	),
	paragraphs: fc.array(fc.array(fc.tuple(node, separator), { minLength: 1, maxLength: 6 }), {
		minLength: 1,
		maxLength: 3,
	}),
});

const escape = (s: string): string => s.replace(/[[\]{}\\]/g, '\\$&');
const quote = (v: string): string =>
	/^[^\s"'{}\\]+$/.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&').replace(/^\s/, '\\$&')}"`;

function render(n: Node, eol: string): string {
	if (n.kind === 'text') return escape(n.text);
	const attrs = [
		`.${n.type}`,
		...(n.ref ? [`ref=${n.ref}`] : []),
		...(n.value ? [`value=${n.value}`] : []),
		...(n.note ? [`note=${quote(n.note)}`] : []),
	];
	const inner = n.children.map((c, i) => (i ? (i % 2 ? ' ' : eol) : '') + render(c, eol)).join('');
	return `[${inner}]{${attrs.join(' ')}}`;
}

const countSpans = (n: Node): number => (n.kind === 'text' ? 0 : 1 + n.children.reduce((s, c) => s + countSpans(c), 0));

type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

function source(a: Article): { text: string; spans: number } {
	const header = a.header
		? `---${a.eol}date: ${a.header.date}${a.eol}title: "${a.header.title}"${a.eol}---${a.eol}`
		: '';
	const body = a.paragraphs
		.map((p) => p.map(([n, sep], i) => (i ? sep.replace('\n', a.eol) : '') + render(n, a.eol)).join(''))
		.join(a.eol + a.eol);
	return { text: header + body + a.eol, spans: a.paragraphs.flat().reduce((s, [n]) => s + countSpans(n), 0) };
}

// An annotation of white space only marks no text (a warning in the editor): exports leave it out and say so.
const marked = (d: NewsDocument) => d.annotations.filter((a) => a.text.length > 0);
const annotations = (d: NewsDocument) =>
	marked(d).map((a) => ({
		start: a.plainStart,
		end: a.plainEnd,
		type: a.type,
		ref: a.ref,
		attributes: a.attributes.filter((x) => x.key !== 'ref').map((x) => [x.key, x.value]),
	}));
const spanSet = (d: NewsDocument) =>
	marked(d)
		.map((a) => `${a.plainStart}:${a.plainEnd}:${a.type}`)
		.sort();

const kb = parseKnowledgeBase(
	'file:///kb/entities.yaml',
	'oslo:\n  type: place\n  name: Oslo\n  wikidata: Q585\nada-lind:\n  type: person\n  name: Ada Lind\n',
);
const knowledge = (id: string) => kb.entries.find((e) => e.id === id);

suite('Interchange: round trips (property tests)', () => {
	test('the generator makes what it means: every generated span parses as an annotation', () => {
		fc.assert(
			fc.property(article, (a) => {
				const { text, spans } = source(a);
				const parsed = parseNews(text);
				assert.equal(parsed.annotations.length, spans, text);
				assert.deepEqual(parsed.problems, []);
			}),
			{ numRuns: 300 },
		);
	});

	test('.news -> brat -> .news gives back the same text and annotations (types, refs, values, attributes, nesting)', () => {
		fc.assert(
			fc.property(article, (a) => {
				const original = parseNews(source(a).text);
				const exported = exportBrat({ name: 'a', document: original, knowledge });
				const [txt, ann] = exported.files.map((f) => f.text) as [string, string];
				assert.equal(txt, original.plainText);
				// brat counts code points: every T line's offsets, read as code points, give its text.
				const points = [...txt];
				for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
					const [, spec, written] = line.split('\t') as [string, string, string];
					const pieces = spec
						.slice(spec.indexOf(' ') + 1)
						.split(';')
						.map((f) => f.split(' ').map(Number) as [number, number]);
					// (Tabs, which would end the field, are written as a space.)
					assert.equal(
						pieces
							.map(([s, e]) => points.slice(s, e).join(''))
							.join(' ')
							.replace(/\t+/g, ' '),
						written,
					);
				}
				const imported = importBrat('a', txt, ann, kb.entries);
				const written = writeNews(imported);
				assert.deepEqual(
					[...imported.problems, ...written.problems].filter((p) => p.severity === 'error'),
					[],
				);
				const back = parseNews(written.source);
				assert.equal(back.plainText, original.plainText);
				assert.deepEqual(annotations(back), annotations(original));
				assert.equal(
					exported.losses.filter((l) => l.kind === 'empty').length,
					original.annotations.length - marked(original).length,
				);
				// Nesting comes back too: each annotation inside the same one as before.
				const parents = (d: NewsDocument) =>
					marked(d).map((x) =>
						x.parent === undefined ? '' : `${d.annotations[x.parent]!.plainStart}:${d.annotations[x.parent]!.plainEnd}`,
					);
				assert.deepEqual(parents(back), parents(original));
			}),
			{ numRuns: 300 },
		);
	});

	test('.news -> doccano -> .news gives back the same text, the spans with their types, and the header', () => {
		fc.assert(
			fc.property(article, (a) => {
				const original = parseNews(source(a).text);
				const line = exportDoccano({ name: 'a', document: original }).files[0]!.text;
				const { articles, problems } = importDoccano('corpus', line);
				assert.deepEqual(problems, []);
				assert.equal(articles.length, 1);
				const written = writeNews(articles[0]!);
				assert.deepEqual(
					written.problems.filter((p) => p.severity === 'error'),
					[],
				);
				const back = parseNews(written.source);
				assert.equal(back.plainText, original.plainText);
				assert.deepEqual(spanSet(back), spanSet(original));
				assert.equal(articles[0]!.name, 'a');
				assert.deepEqual(
					back.header.fields.map((f) => [f.key, f.value]),
					original.header.fields.map((f) => [f.key, f.value]),
				);
			}),
			{ numRuns: 300 },
		);
	});
});
