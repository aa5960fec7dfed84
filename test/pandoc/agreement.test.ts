/**
 * Pandoc is the reference parser (docs/format.md, annotations): `pandoc -f markdown -t json FILE` must read every annotation of our
 * parser as a Span, with the same classes, id, attributes and text, and no other Span. Pandoc is required: CI installs
 * it (`apt-get install pandoc`), and without it this suite fails rather than skipping.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseNews } from '../../server/src/service/parse/document';
import { FIXTURES, REPO_ROOT, filesUnder } from '../helpers/parse';
import {
	diffSpans,
	ourSpans,
	pandocSpans,
	pandocVersion,
	runPandoc,
	type PandocResult,
	type SpanSummary,
} from '../helpers/pandoc';

const SHARED_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
/** Fixtures that Pandoc refuses to read (its YAML reader rejects their header); every other fixture must be read. */
const PANDOC_REJECTS = ['malformed/bad-yaml.news'];

const version = pandocVersion();

function requirePandoc(): void {
	if (!version) {
		assert.fail(
			'pandoc is not installed, and the Pandoc agreement tests need it: run `apt-get install pandoc` (CI installs it; .ci/install-code-server.sh).',
		);
	}
}

const results = new Map<string, PandocResult>();
/** `pandoc -f markdown -t json FILE`, once per file. */
function pandocOf(file: string): PandocResult {
	let r = results.get(file);
	if (!r) results.set(file, (r = runPandoc({ path: file })));
	return r;
}

function compareFile(file: string): void {
	requirePandoc();
	const source = fs.readFileSync(file, 'utf8');
	const result = pandocOf(file);
	if (!result.ok) assert.fail(`pandoc -f markdown -t json ${file} exited with ${result.status}:\n${result.stderr}`);
	const ours = ourSpans(parseNews(source));
	const theirs = pandocSpans(result.ast);
	const diff = diffSpans(ours, theirs);
	if (diff) assert.fail(`${path.relative(REPO_ROOT, file)}: our parser and ${version} disagree.\n${diff}`);
}

suite(`Pandoc agreement: fixtures (${version ?? 'pandoc NOT INSTALLED: apt-get install pandoc'})`, () => {
	test('pandoc is installed', () => {
		requirePandoc();
	});

	const fixtures = filesUnder(FIXTURES, '.news');
	test('there are fixtures to compare', () => {
		assert.ok(fixtures.length >= 10, `only ${fixtures.length} .news fixtures under ${FIXTURES}`);
	});

	for (const file of fixtures) {
		const name = path.relative(FIXTURES, file).split(path.sep).join('/');
		if (PANDOC_REJECTS.includes(name)) continue;
		test(name, () => compareFile(file));
	}

	test(`pandoc rejects exactly these fixtures, which are compared nowhere else: ${PANDOC_REJECTS.join(', ')}`, () => {
		requirePandoc();
		const rejected = fixtures
			.filter((file) => !pandocOf(file).ok)
			.map((file) => path.relative(FIXTURES, file).split(path.sep).join('/'));
		assert.deepEqual(rejected, PANDOC_REJECTS);
		for (const name of rejected) {
			const r = pandocOf(path.join(FIXTURES, name));
			assert.ok(!r.ok && /YAML/.test(r.stderr), `${name}: ${r.ok ? 'read' : r.stderr}`);
			// Our parser reports the header and still reads every annotation of the body.
			const doc = parseNews(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
			assert.ok(doc.problems.length > 0 && doc.annotations.length > 0, name);
		}
	});
});

const samples = filesUnder(path.join(REPO_ROOT, 'samples'), '.news');
if (samples.length > 0) {
	suite('Pandoc agreement: the sample articles in samples/', () => {
		for (const file of samples) test(path.relative(REPO_ROOT, file), () => compareFile(file));
	});
}

const corpus = filesUnder(SHARED_CORPUS, '.news').filter((f) => path.dirname(f) === SHARED_CORPUS);
if (corpus.length === 0) {
	console.log(
		`    note: ${SHARED_CORPUS} is absent (or has no .news files): the shared articles are not compared with Pandoc`,
	);
	suite.skip(`Pandoc agreement: shared corpus (SKIPPED: ${SHARED_CORPUS} is absent)`, () => {
		test('every shared article', () => undefined);
	});
} else {
	suite(`Pandoc agreement: shared corpus, read at run time from ${SHARED_CORPUS}`, () => {
		for (const file of corpus) test(path.basename(file), () => compareFile(file));
	});
}

/**
 * Generated paragraphs of markup, each compared with Pandoc. The fragments leave out what our parser does not model:
 * indented code blocks (the `x ` prefix), raw TeX (`\word`), superscripts (`^a^`), emphasis and other inline Markdown
 * whose text Pandoc rewrites (`*`, `_`, `~`, `<b>`, `&amp;`, `$`, `](url)`), lone CR, tabs (Pandoc expands them), and
 * blank lines (Pandoc matches a `[` left open in one paragraph with a `]` in a later one).
 */
const FRAGMENTS = [
	'[',
	']',
	']{',
	'{',
	'}',
	'.person',
	'.org',
	' ',
	'\n',
	'a',
	'Lav',
	'=',
	'ref=x',
	'"',
	'#i',
	'@',
	'@mfa',
	"'",
	'k="v w"',
	']{.person}',
	'[x]{.org}',
	'-',
	'`',
	'``',
	'id=',
	'class=',
	'  ',
	'\r\n',
	'é',
	'😀',
	'.',
	':',
	';',
	'(',
	')',
	'!',
	'^[',
	'[^',
	'\\[',
	'\\]',
	'\\{',
	'\\}',
	'\\\\',
	'\\ ',
	'Сергей',
];
const paragraph = fc
	.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 24 })
	.map((parts) => 'x ' + parts.join(''))
	.filter((s) => !/\n[ \t]*\r?\n/.test(s));

suite('Pandoc agreement: generated markup', () => {
	const runs = Number(process.env['PANDOC_FUZZ_RUNS'] ?? 30);
	const seed = Number(process.env['PANDOC_FUZZ_SEED'] ?? 20240314);

	test(`${runs} generated paragraphs (seed ${seed}; PANDOC_FUZZ_RUNS and PANDOC_FUZZ_SEED search further)`, function () {
		this.timeout(0);
		requirePandoc();
		fc.assert(
			fc.property(paragraph, (src) => {
				const r = runPandoc({ input: src });
				assert.ok(r.ok, r.ok ? '' : r.stderr);
				const diff = diffSpans(ourSpans(parseNews(src)), pandocSpans(r.ast));
				if (diff) assert.fail(`${JSON.stringify(src)}\n${diff}`);
			}),
			{ numRuns: runs, seed },
		);
	});
});

suite('Pandoc agreement: the comparison itself', () => {
	test('a difference is reported line by line', () => {
		const span = (text: string, classes: string[]): SpanSummary => ({ classes, id: '', attributes: [], text });
		assert.equal(
			diffSpans([span('a', ['person']), span('b', ['org'])], [span('a', ['person']), span('c', ['org'])]),
			['- only in our parser, + only in pandoc:', '  [a]{.person}', '+ [c]{.org}', '- [b]{.org}'].join('\n'),
		);
		assert.equal(diffSpans([span('a', ['x'])], [span('a', ['x'])]), undefined);
	});

	test("Pandoc's smart punctuation and white space are normalised on both sides", () => {
		requirePandoc();
		const src = '[“Rivers’ unite” -- at... the\ndelta --- now]{.org}';
		const r = runPandoc({ input: src });
		assert.ok(r.ok);
		assert.equal(diffSpans(ourSpans(parseNews(src)), pandocSpans(r.ast)), undefined);
		assert.deepEqual(
			pandocSpans(r.ast).map((s) => s.text),
			['"Rivers\' unite" -- at... the delta --- now'],
		);
	});
});
