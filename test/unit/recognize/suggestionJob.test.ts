import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, type AttacheService } from '../../../server/src/service';
import { parseNews } from '../../../server/src/service/parse/document';
import { suggest, type Suggestion } from '../../../server/src/service/recognize/suggestions';
import { chunkPlainText } from '../../../server/src/service/suggestionChunks';
import { tokenModifiers } from '../../../server/src/shared/semanticTokens';
import { none, settings } from '../../helpers/service';

const on = settings({ suggestions: true });
const background = (): AttacheService => createAttacheService({ getSettings: () => on, backgroundSuggestions: true });
const synchronous = (): AttacheService => createAttacheService({ getSettings: () => on });

const CAPITALS = ['Vienna', 'Oslo', 'Geneva', 'Helsinki', 'Warsaw', 'Prague', 'Lisbon', 'Dublin'];
/** A paragraph of its own words for each `i`, so that the chunks' ends (a hash of the paragraph) vary as in real text. */
const paragraph = (i: number): string =>
	`Foreign Minister [Anna Lindqvist]{.person} met Tomas Brenner ${i} in ${CAPITALS[i % CAPITALS.length]} on March ${(i % 28) + 1}, ` +
	`where the Danube Valley Commission discussed the treaty of ${1990 + (i % 30)} 🇪🇺 for ${i * 7} minutes. Сергей Лавров attended.`;
const header = '---\ndate: 2024-03-14\ntitle: Chunked recognition\n---\n';
function longArticle(count: number, eol = '\n'): string {
	const parts = [header.replace(/\n/g, eol)];
	for (let i = 0; i < count; i++) parts.push(paragraph(i) + eol + eol);
	return parts.join('');
}

let counter = 0;
const open = (text: string): TextDocument =>
	TextDocument.create(`file:///chunks/doc-${++counter}.news`, 'annotated-news', 1, text);
const edited = (d: TextDocument, needle: string, text: string): TextDocument => {
	const at = d.getText().indexOf(needle);
	assert.ok(at >= 0, needle);
	return TextDocument.update(
		d,
		[{ range: { start: d.positionAt(at), end: d.positionAt(at + needle.length) }, text }],
		d.version + 1,
	);
};
/** Steps the document's job to its end; how many steps it took. */
function run(service: AttacheService, d: TextDocument): number {
	const job = service.startSuggestions(d);
	let steps = 0;
	while (!job.done) {
		job.step();
		steps++;
	}
	return steps;
}
const summary = (found: readonly Suggestion[]): string[] =>
	found.map((s) => `${s.range.start}-${s.range.end} ${s.type} ${s.text} ${s.source} ${s.canonical ?? ''}`);

suite('suggestions a chunk at a time', () => {
	test('the chunks cover the plain text in order, end after blank lines (LF or CRLF), and never cut an emoji', () => {
		for (const eol of ['\n', '\r\n']) {
			const text = parseNews(longArticle(400, eol)).plainText;
			const chunks = chunkPlainText(text);
			assert.ok(chunks.length > 3, `${chunks.length} chunks`);
			assert.equal(chunks[0]!.start, 0);
			assert.equal(chunks.at(-1)!.end, text.length);
			for (let k = 1; k < chunks.length; k++) {
				assert.equal(chunks[k]!.start, chunks[k - 1]!.end);
				assert.ok(text.slice(0, chunks[k]!.start).endsWith(eol + eol), `chunk ${k} starts after a blank line`);
				assert.ok(
					chunks[k - 1]!.end - chunks[k - 1]!.start >= 16_000 && chunks[k - 1]!.end - chunks[k - 1]!.start <= 64_000,
				);
			}
		}
		const oneLine = '🇪🇺 Сергей Лавров met Anna Lindqvist. '.repeat(5000);
		const cuts = chunkPlainText(oneLine);
		assert.ok(cuts.length > 2);
		for (const c of cuts.slice(1))
			assert.ok(!/[\ud800-\udbff]/.test(oneLine[c.start - 1]!), `no cut inside a surrogate pair at ${c.start}`);
	});

	test('an edit moves the chunks after the next paragraph break along, unchanged', () => {
		const text = parseNews(longArticle(400)).plainText;
		const at = text.indexOf('Tomas Brenner 150 ');
		const inserted = 'and the Halvik Forum ';
		const after = text.slice(0, at) + inserted + text.slice(at);
		const before = chunkPlainText(text).map((c) => text.slice(c.start, c.end));
		const now = chunkPlainText(after).map((c) => after.slice(c.start, c.end));
		const changed = now.filter((c) => !before.includes(c));
		assert.ok(changed.length >= 1 && changed.length <= 2, `${changed.length} of ${now.length} chunks changed`);
		assert.ok(changed.some((c) => c.includes(inserted)));
	});

	test('a normal article is one chunk: the steps give what the recognizer gives for the whole article (LF, CRLF, Cyrillic, emoji)', () => {
		const articles = [
			'---\ndate: 2025-01-22\n---\nForeign Minister [Sergey Lavrov]{.person} met Anna Lindqvist in Oslo on May 9. Later Lindqvist said Lavrov left.\n',
			'---\r\ndate: 2025-01-22\r\n---\r\nThe Danube Valley Commission (DVC) met in Vienna 🇦🇹 on Tuesday.\r\n\r\nThe DVC said [Tomas Brenner]{.person} would go to Geneva.\r\n',
			'---\ndate: 2025-01-22\nlanguage: ru\n---\nМинистр иностранных дел Сергей Лавров 🇷🇺 встретился в Москве 9 мая с Анной Линдквист.\n\nЛавров заявил, что переговоры продолжатся.\n',
		];
		for (const text of articles) {
			const service = background();
			const d = open(text);
			assert.equal(run(service, d), 1);
			assert.equal(service.startSuggestions(d).report.chunks, 1);
			const whole = suggest(parseNews(text), { entries: [], corpus: [] }, on.suggestions);
			assert.ok(whole.length > 0);
			assert.deepEqual(service.getSuggestions(d, none), whole);
		}
	});

	test('within-article coreference works in a chunk: "Lavrov" after "Sergey Lavrov" stands for the full name', () => {
		const d = open(
			'---\ndate: 2025-01-22\n---\nForeign Minister Sergey Lavrov arrived in Oslo.\n\nLater Lavrov met officials.\n',
		);
		const service = background();
		run(service, d);
		const lavrov = service.getSuggestions(d, none).find((s) => s.text === 'Lavrov');
		assert.equal(lavrov?.canonical, 'Sergey Lavrov');
	});

	test('the steps of a long article give what the synchronous service gives, and requests before them show none', () => {
		for (const eol of ['\n', '\r\n']) {
			const text = longArticle(400, eol);
			const service = background();
			const d = open(text);
			const suggested = 1 << tokenModifiers.indexOf('suggested');
			const tokens = service.getSemanticTokens(d, none).data;
			assert.ok(
				!tokens.some((_, i) => i % 5 === 4 && (tokens[i]! & suggested) !== 0),
				'no suggested token before the steps',
			);
			assert.equal(service.startSuggestions(d).answeredEarly, true);
			const steps = run(service, d);
			assert.ok(steps > 3, `${steps} steps`);
			const after = service.getSemanticTokens(d, none).data;
			assert.ok(
				after.some((_, i) => i % 5 === 4 && (after[i]! & suggested) !== 0),
				'suggested tokens after the steps',
			);
			const expected = synchronous().getSuggestions(open(text), none);
			assert.ok(expected.length > 1000, `${expected.length} suggestions`);
			assert.deepEqual(summary(service.getSuggestions(d, none)), summary(expected));
			for (const s of expected.slice(0, 200))
				assert.equal(text.slice(s.range.start, s.range.end).replace(/\r/g, ''), s.text.replace(/\r/g, ''));
		}
	});

	test('an edit of one paragraph recognizes its chunk only; the others keep their suggestions, shifted', () => {
		const service = background();
		const v1 = open(longArticle(400));
		run(service, v1);
		const v2 = edited(v1, 'met Tomas Brenner 200 ', 'met Tomas Brenner 200 and the Halvik Forum ');
		const job = service.startSuggestions(v2);
		assert.ok(job.report.chunks > 3);
		assert.equal(job.report.reused + 1, job.report.chunks, JSON.stringify(job.report));
		run(service, v2);
		assert.deepEqual(service.startSuggestions(v2).report, {
			chunks: job.report.chunks,
			recognized: 1,
			reused: job.report.chunks - 1,
		});
		const expected = synchronous().getSuggestions(open(v2.getText()), none);
		assert.deepEqual(summary(service.getSuggestions(v2, none)), summary(expected));
		assert.ok(expected.some((s) => s.text === 'Halvik Forum'));
	});

	test('keystrokes and markup edits keep every field of every suggestion as a fresh service finds it, the chunks before the edit as they were (LF and CRLF)', () => {
		for (const eol of ['\n', '\r\n']) {
			const service = background();
			let d = open(longArticle(1500, eol));
			run(service, d);
			// typing, taking it back, markup added and removed before later chunks (escapes, and the annotation of a
			// name the article annotates elsewhere, so that no chunk learns anything new), an emoji and Cyrillic typed
			const edits: [string, string][] = [
				['met Tomas Brenner 1200 ', 'met Tomas Brenner 1200 e'],
				['met Tomas Brenner 1200 e', 'met Tomas Brenner 1200 '],
				['met Tomas Brenner 1100 ', 'met Tomas Brenner 1100 \\[sic\\] '],
				['[Anna Lindqvist]{.person} met Tomas Brenner 1000 ', 'Anna Lindqvist met Tomas Brenner 1000 '],
				['9100 minutes. Сергей Лавров attended.', '9100 minutes 🇪🇺. Сергей Лавров и Мария attended.'],
			];
			for (const [needle, text] of edits) {
				const last = service.getSuggestions(d, none);
				const at = d.offsetAt(d.positionAt(d.getText().indexOf(needle)));
				d = edited(d, needle, text);
				const job = service.startSuggestions(d);
				assert.equal(job.report.reused + 1, job.report.chunks, `${needle}: ${JSON.stringify(job.report)}`);
				run(service, d);
				const now = service.getSuggestions(d, none);
				assert.deepEqual(now, synchronous().getSuggestions(open(d.getText()), none), needle);
				const before = last.filter((s) => s.range.end < at - 70_000);
				assert.ok(before.length > 1000, `${before.length} suggestions well before the edit`);
				for (const s of before) assert.ok(now.includes(s), `${s.text} at ${s.range.start} kept as it was`);
			}
		}
	});

	test('a new annotated name teaches every chunk: all are recognized again', () => {
		const service = background();
		const v1 = open(longArticle(200));
		run(service, v1);
		const v2 = edited(v1, 'Tomas Brenner 100 ', '[Tomas Brenner]{.person} 100 ');
		const job = service.startSuggestions(v2);
		assert.equal(job.report.reused, 0);
		run(service, v2);
		assert.equal(service.startSuggestions(v2).report.recognized, job.report.chunks);
		assert.deepEqual(
			summary(service.getSuggestions(v2, none)),
			summary(synchronous().getSuggestions(open(v2.getText()), none)),
		);
	});

	test('an edit stops the job of the old version', () => {
		const service = background();
		const v1 = open(longArticle(400));
		const old = service.startSuggestions(v1);
		old.step();
		assert.equal(old.done, false);
		const v2 = edited(v1, 'Tomas Brenner 300 ', 'Tomas Brenner 301 ');
		service.getSemanticTokens(v2, none);
		assert.equal(old.done, true);
		assert.equal(old.step(), true);
		assert.equal(old.report.recognized, 1);
	});
});
