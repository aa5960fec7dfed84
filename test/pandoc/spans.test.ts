import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticCode, parseNews } from '../../server/src/service';

/**
 * Pandoc is the reference parser nobody on this project wrote (FORMAT.md 1.2): for every fixture, the spans that
 * `pandoc -f markdown -t json` reads must be the annotations our parser reads, with the same classes, id, attributes
 * and text.
 */
const ROOT = path.resolve(__dirname, '../..');
const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus');

interface Span {
	readonly classes: readonly string[];
	readonly id: string;
	readonly attributes: readonly (readonly [string, string])[];
	readonly text: string;
}

type Node = { t: string; c?: unknown };

/** Pandoc's inlines as text: what our plain text holds, with white space collapsed and smart quotes undone. */
function stringify(nodes: readonly Node[]): string {
	let out = '';
	for (const n of nodes) {
		switch (n.t) {
			case 'Str':
				out += n.c as string;
				break;
			case 'Space':
			case 'SoftBreak':
			case 'LineBreak':
				out += ' ';
				break;
			case 'Quoted': {
				const [kind, inner] = n.c as [{ t: string }, Node[]];
				const q = kind.t === 'DoubleQuote' ? '"' : "'";
				out += q + stringify(inner) + q;
				break;
			}
			case 'Span':
				out += stringify((n.c as [unknown, Node[]])[1]);
				break;
			case 'Link':
				out += stringify((n.c as [unknown, Node[], unknown])[1]);
				break;
			case 'Code':
				out += (n.c as [unknown, string])[1];
				break;
			default:
				if (Array.isArray(n.c) && n.c.every((x) => typeof x === 'object' && x && 't' in x)) out += stringify(n.c as Node[]);
		}
	}
	return out;
}

/** Every Span of a Pandoc JSON AST, in document order (an enclosing span before the ones inside it). */
function pandocSpans(ast: unknown): Span[] {
	const spans: Span[] = [];
	const walk = (v: unknown): void => {
		if (Array.isArray(v)) {
			for (const x of v) walk(x);
			return;
		}
		if (!v || typeof v !== 'object') return;
		const n = v as Node;
		if (n.t === 'Span') {
			const [[id, classes, kvs], inlines] = n.c as [[string, string[], [string, string][]], Node[]];
			spans.push({ classes, id, attributes: kvs.map(([k, val]) => [k, val] as const), text: normalize(stringify(inlines)) });
		}
		if ('c' in n) walk(n.c);
		else for (const x of Object.values(n)) walk(x);
	};
	walk((ast as { blocks: unknown }).blocks);
	return spans;
}

function ourSpans(source: string): Span[] {
	return parseNews(source).annotations.map((a) => ({
		classes: a.classes.map((c) => c.name),
		id: a.id ?? '',
		attributes: a.attributes.map((x) => [x.key, x.value] as const),
		text: normalize(a.text),
	}));
}

function normalize(text: string): string {
	return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

function fixtures(): string[] {
	const found: string[] = [];
	const walk = (dir: string): void => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.news')) found.push(p);
		}
	};
	walk(path.join(ROOT, 'test/fixtures'));
	walk(path.join(ROOT, 'samples'));
	if (fs.existsSync(SHARED_CORPUS)) walk(SHARED_CORPUS);
	else console.log(`    note: ${SHARED_CORPUS} is absent: the seed article is not compared with Pandoc`);
	return found.sort();
}

suite('Pandoc agreement: pandoc -f markdown -t json reads the same spans', () => {
	suiteSetup(() => {
		const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
		if (probe.status !== 0) throw new Error('pandoc is not installed: run `apt-get install pandoc` (npm test installs it on Debian).');
	});

	for (const file of fixtures()) {
		const name = path.relative(ROOT, file);
		test(name, () => {
			const source = fs.readFileSync(file, 'utf8');
			const run = spawnSync('pandoc', ['-f', 'markdown', '-t', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
			if (run.status !== 0) {
				// Pandoc refuses a file whose YAML header it cannot read; so must we, with a diagnostic.
				assert.match(run.stderr, /YAML/, run.stderr);
				assert.ok(parseNews(source).problems.some((p) => p.code === DiagnosticCode.FrontMatterSyntax), 'pandoc rejects the header, and so must we');
				return;
			}
			assert.deepEqual(ourSpans(source), pandocSpans(JSON.parse(run.stdout)));
		});
	}

	test('the fixtures cover the cases that matter, with many annotations', () => {
		assert.ok(fixtures().reduce((n, f) => n + parseNews(fs.readFileSync(f, 'utf8')).annotations.length, 0) > 100);
		const all = fixtures().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
		for (const [what, re] of [
			['nesting', /\[\[[^\]]+\]\{/],
			['escapes', /\\\[/],
			['quoted values', /="[^"]* [^"]*"/],
			['CRLF', /\r\n/],
			['an #id', /\{[^}]*#\w/],
			['Cyrillic', /[а-я]/],
			['emoji', /\p{Extended_Pictographic}/u],
			['a span over a line break', /\[[^\]\n]*\r?\n[^\]\n]*\]\{/],
		] as const) {
			assert.match(all, re, what);
		}
	});
});
