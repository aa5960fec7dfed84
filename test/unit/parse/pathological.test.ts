import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createAttacheService, DiagnosticCode } from '../../../server/src/service';
import { looksLikeText } from '../../../server/src/service/fileLimits';
import { MAX_SYNTAX_PROBLEMS } from '../../../server/src/service/parse/problemList';
import { defaultSettings, type AttacheSettings, type LimitSettings } from '../../../server/src/shared/settings';
import { doc, none, service, settings } from '../../helpers/service';

/** Settings with suggestions on and the given limits, in MB (millions of characters). */
function limited(limits: Partial<LimitSettings>, suggestions = true): AttacheSettings {
	return { ...settings({ suggestions }), limits: { ...defaultSettings.limits, ...limits } };
}

const HEADER = '---\r\ndate: 2025-01-22\r\n---\r\n';
const SENTENCE =
	'[Foreign Minister]{.role} [Sergey Lavrov]{.person} met Prime Minister Anna Lindqvist in Vienna on May 9. Встреча 🤝 прошла.\r\n\r\n';
const ARTICLE = HEADER + SENTENCE.repeat(20);
/** A limit in MB that is `chars` characters. */
const mb = (chars: number): number => chars / 1_000_000;
/** Where the hover asks: in the first `Sergey`, or in the middle of a file without one. */
const hoverAt = (text: string): number => (text.includes('Sergey') ? text.indexOf('Sergey') + 1 : text.length >> 1);

/** Every whole-document feature of a file, and a hover on its first annotation. */
function features(s: AttacheSettings, text: string) {
	const svc = service(s);
	const d = doc(text);
	const end = d.positionAt(text.length);
	return {
		svc,
		d,
		diagnostics: svc.getDiagnostics(d, none),
		tokens: svc.getSemanticTokens(d, none).data,
		symbols: svc.getDocumentSymbols(d, none),
		folding: svc.getFoldingRanges(d, none),
		suggestions: svc.getSuggestions(d, none),
		hover: svc.getHover(d, d.positionAt(hoverAt(text)), none),
		inlayHints: svc.getInlayHints(d, { start: { line: 0, character: 0 }, end }, none),
		codeLenses: svc.getCodeLenses(d, none),
		completions: svc.getCompletions(d, { line: 3, character: 1 }, none),
		codeActions: svc.getCodeActions(d, { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } }, none),
	};
}

const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((x) => x.code);
const firstCharacter = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

suite('pathological files: size limits', () => {
	test('a file under both limits has every feature (the control for the tests below)', () => {
		const f = features(limited({ maxFileSize: 1, suggestionsMaxFileSize: 1 }), ARTICLE);
		assert.deepEqual(codes(f.diagnostics), []);
		assert.ok(
			f.tokens.length > 0 &&
				f.symbols.length > 0 &&
				f.folding.length > 0 &&
				f.suggestions.length > 0 &&
				f.hover &&
				f.codeLenses.length > 0,
		);
	});

	test('above attache.limits.maxFileSize: one warning on the first character that names the setting, and no feature at all', () => {
		const s = limited({ maxFileSize: mb(ARTICLE.length - 1), suggestionsMaxFileSize: mb(1) });
		const f = features(s, ARTICLE);
		assert.equal(f.diagnostics.length, 1);
		const [only] = f.diagnostics;
		assert.equal(only!.code, DiagnosticCode.FileTooLarge);
		assert.equal(only!.severity, 2);
		assert.deepEqual(only!.range, firstCharacter);
		assert.match(only!.message, /attache\.limits\.maxFileSize/);
		assert.match(only!.message, /highlighting, outline, hover/);
		assert.deepEqual(
			[f.tokens, f.symbols, f.folding, f.suggestions, f.inlayHints, f.codeLenses, f.codeActions],
			[[], [], [], [], [], [], []],
		);
		assert.equal(f.hover, null);
		assert.equal(f.completions, null);
		assert.deepEqual(f.svc.parse(f.d).annotations, []);
	});

	test('above attache.limits.suggestionsMaxFileSize: one note naming that setting; annotations still highlighted, listed and checked, no suggestions', () => {
		const text = `${ARTICLE}[Vienna]{.plaec}\r\n`;
		const f = features(limited({ maxFileSize: 1, suggestionsMaxFileSize: mb(text.length - 1) }), text);
		assert.deepEqual(codes(f.diagnostics), [DiagnosticCode.SuggestionsSkipped, DiagnosticCode.UnknownType]);
		assert.deepEqual(f.diagnostics[0]!.range, firstCharacter);
		assert.match(f.diagnostics[0]!.message, /attache\.limits\.suggestionsMaxFileSize/);
		assert.deepEqual(f.suggestions, []);
		assert.ok(f.tokens.length > 0 && f.symbols.length > 0 && f.folding.length > 0);
		assert.match(JSON.stringify(f.hover), /Sergey Lavrov/);
	});

	test('a file that starts with an emoji has the limit diagnostic on the whole emoji (two UTF-16 units)', () => {
		const text = `🇷🇺 ${'Сергей Лавров, 🤝.\n'.repeat(100)}`;
		const f = features(limited({ maxFileSize: mb(100) }), text);
		assert.deepEqual(codes(f.diagnostics), [DiagnosticCode.FileTooLarge]);
		assert.deepEqual(f.diagnostics[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
	});

	test('raising the limit reads the same document version again; lowering it skips it again', () => {
		// The service reads the settings through its host on every request, as the server does after a change.
		let current = limited({ maxFileSize: mb(100) });
		const svc = createAttacheService({ getSettings: () => current });
		const d = doc(ARTICLE);
		assert.deepEqual(svc.getSemanticTokens(d, none).data, []);
		current = limited({ maxFileSize: 1 });
		assert.ok(svc.getSemanticTokens(d, none).data.length > 0);
		assert.deepEqual(codes(svc.getDiagnostics(d, none)), []);
		current = limited({ maxFileSize: mb(100) });
		assert.deepEqual(codes(svc.getDiagnostics(d, none)), [DiagnosticCode.FileTooLarge]);
		assert.deepEqual(svc.getSemanticTokens(d, none).data, []);
	});
});

suite('pathological files: not text', () => {
	/** Random bytes read as UTF-8, as an editor hands a binary file over: invalid bytes become U+FFFD. */
	const binary = (() => {
		const bytes = Buffer.alloc(20_000);
		let seed = 7;
		for (let i = 0; i < bytes.length; i++) {
			seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
			bytes[i] = seed >>> 24;
		}
		return bytes.toString('utf8');
	})();

	test('binary bytes: one diagnostic "does not look like a text article", and no other feature', () => {
		const f = features(limited({}), binary);
		assert.equal(f.diagnostics.length, 1);
		assert.equal(f.diagnostics[0]!.code, DiagnosticCode.NotText);
		assert.match(f.diagnostics[0]!.message, /does not look like a text article/);
		assert.equal(f.diagnostics[0]!.range.start.line, 0);
		assert.equal(f.diagnostics[0]!.range.start.character, 0);
		assert.deepEqual(
			[f.tokens, f.symbols, f.folding, f.suggestions, f.inlayHints, f.codeLenses, f.codeActions],
			[[], [], [], [], [], [], []],
		);
		assert.equal(f.hover, null);
	});

	test('UTF-16 text read as UTF-8 (a NUL after every letter) is not text either', () => {
		const utf16 = Buffer.from('[Sergey Lavrov]{.person} met Anna Lindqvist.\n'.repeat(50), 'utf16le').toString('utf8');
		assert.equal(looksLikeText(utf16), false);
		assert.deepEqual(codes(features(limited({}), utf16).diagnostics), [DiagnosticCode.NotText]);
	});

	test('Cyrillic, emoji, CRLF, tabs and a few stray U+FFFD are text', () => {
		assert.equal(looksLikeText(ARTICLE), true);
		assert.equal(looksLikeText(`Сергей\tЛавров 🤝\f\r\n${'Café \ufffd au lait. '.repeat(40)}`), true);
		assert.equal(looksLikeText(''), true);
		assert.deepEqual(codes(features(limited({}), ARTICLE).diagnostics), []);
	});

	test('the fast test for text agrees with counting every character (fast-check)', () => {
		/** The plain version: the share of control characters (but tab, line ends, form feed) and U+FFFD in the first 64 KB. */
		const plain = (text: string): boolean => {
			const sample = [...text.slice(0, 64 * 1024)].join('');
			let odd = 0;
			for (let i = 0; i < sample.length; i++) {
				const c = sample.charCodeAt(i);
				if ((c < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(c)) || c === 0x7f || c === 0xfffd) odd++;
			}
			return sample.length === 0 || odd / sample.length <= 0.1;
		};
		const char = fc.oneof(
			fc.constantFrom('a', 'Ж', ' ', '\n', '\r', '\t', '\f', '\u0000', '\u000b', '\u001f', '\u007f', '\ufffd', '🤝'),
			fc.string({ maxLength: 1 }),
		);
		fc.assert(
			fc.property(fc.array(char, { maxLength: 200 }), (chars) => {
				const text = chars.join('');
				assert.equal(looksLikeText(text), plain(text), JSON.stringify(text));
			}),
			{ numRuns: 3000 },
		);
	});
});

suite('pathological files: markup', () => {
	test(`thousands of unclosed [: the first ${MAX_SYNTAX_PROBLEMS} problems, then one that counts the rest, on the first one not shown`, () => {
		const text = '['.repeat(5000);
		const f = features(limited({}), text);
		assert.equal(f.diagnostics.length, MAX_SYNTAX_PROBLEMS + 1);
		// The hint that the article has no date, on the first line, and the unclosed brackets the parse kept.
		assert.deepEqual(codes(f.diagnostics.slice(0, 2)), [DiagnosticCode.UnclosedBracket, DiagnosticCode.NoArticleDate]);
		assert.equal(
			f.diagnostics.filter((x) => x.code === DiagnosticCode.UnclosedBracket).length,
			MAX_SYNTAX_PROBLEMS - 1,
		);
		const last = f.diagnostics[f.diagnostics.length - 1]!;
		assert.equal(last.code, DiagnosticCode.TooManyProblems);
		// 5000 brackets, 999 shown, and one problem of the 1000 the parse kept pushed out by the date hint.
		assert.match(last.message, /^4001 more problems are not shown/);
		assert.deepEqual(last.range, { start: { line: 0, character: 999 }, end: { line: 0, character: 1000 } });
		assert.deepEqual(f.svc.parse(f.d).problemsOmitted, 4000);
	});

	test('a file of [a]{ repeated: no annotation, a bounded list of problems', () => {
		const f = features(limited({}), '[a]{'.repeat(20_000));
		assert.deepEqual(f.svc.parse(f.d).annotations, []);
		assert.equal(f.diagnostics.length, MAX_SYNTAX_PROBLEMS + 1);
		assert.equal(f.diagnostics[f.diagnostics.length - 1]!.code, DiagnosticCode.TooManyProblems);
	});

	test('10,000 nested annotations: all parsed, highlighted and with their depth', () => {
		const n = 10_000;
		const f = features(limited({}), `${'['.repeat(n)}x${']{.org}'.repeat(n)}`);
		const annotations = f.svc.parse(f.d).annotations;
		assert.equal(annotations.length, n);
		assert.equal(annotations[n - 1]!.depth, n - 1);
		assert.deepEqual(codes(f.diagnostics), [DiagnosticCode.NoArticleDate]);
		assert.ok(f.tokens.length > 0);
	});

	test('one annotation around a whole long article is one annotation, and the workspace index takes it for no name', () => {
		const body = SENTENCE.replace(/\[|\]\{[^}]*\}/g, '')
			.replace(/\r\n/g, ' ')
			.repeat(200);
		const svc = service(limited({}, false));
		const text = `${HEADER}[Vienna]{.place} [${body}]{.org}\r\n`;
		svc.setWorkspaceFile('file:///test/huge.news', text);
		assert.equal(svc.parse(doc(text)).annotations.length, 2);
		assert.deepEqual(
			svc.getWorkspaceSymbols('', none).map((x) => x.name),
			['Vienna'],
		);
	});
});

suite('pathological files: the service never throws', () => {
	const RUNS = Number(process.env['FC_RUNS'] ?? 150);
	const unit = fc.oneof(
		fc.constantFrom(
			'[',
			']',
			'{',
			'}',
			']{',
			'.person',
			'\\',
			'\n',
			'\r\n',
			'\0',
			'\ufffd',
			'\x01',
			'😀',
			'Сергей',
			' ',
			'Vienna',
			'---\n',
			'date 2024-05-01 ',
		),
		fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
	);
	const input = fc.array(unit, { maxLength: 120 }).map((parts) => parts.join(''));
	const small = limited({ maxFileSize: mb(60), suggestionsMaxFileSize: mb(30) });

	test('every feature answers on any string, under the limits and above them', () => {
		fc.assert(
			fc.property(input, fc.boolean(), (text, tight) => {
				const f = features(tight ? small : limited({}), text);
				assert.ok(Array.isArray(f.diagnostics) && Array.isArray(f.tokens) && Array.isArray(f.symbols));
				const limits = f.diagnostics.filter(
					(x) => x.code === DiagnosticCode.FileTooLarge || x.code === DiagnosticCode.NotText,
				);
				// A file is skipped whole, or not at all: its limit diagnostic then stands alone.
				if (limits.length) assert.equal(f.diagnostics.length, 1);
			}),
			{ numRuns: RUNS },
		);
	});
});
