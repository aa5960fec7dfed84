import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseNews } from '../../../server/src/service/parse/document';
import { EntityTypes } from '../../../server/src/service/entityTypes';
import type { Suggestion } from '../../../server/src/service/recognize/suggestions';
import { previewHtml, type PreviewHtml } from '../../../server/src/service/views/previewHtml';
import { escapeHtml } from '../../../server/src/service/views/escapeHtml';
import { doc, none, service, settings } from '../../helpers/service';

const types = new EntityTypes(settings({ customTypes: [{ name: 'treaty', label: 'treaty' }] }));
const kb: Record<string, string> = { 'marta-oyelaran': 'Marta Oyelaran', unece: 'UN Economic Commission for Europe' };

function render(text: string, suggestions: readonly Suggestion[] = []): PreviewHtml {
	return previewHtml(parseNews(text), { types, suggestions, knowledgeName: (ref) => kb[ref] });
}

/** A suggestion of `text` (its first occurrence in the plain text of `source`). */
function suggestion(
	source: string,
	text: string,
	type: Suggestion['type'],
	extra: Partial<Suggestion> = {},
): Suggestion {
	const parsed = parseNews(source);
	const plainStart = parsed.plainText.indexOf(text);
	assert.ok(plainStart >= 0, `${text} is in the plain text`);
	const plainEnd = plainStart + text.length;
	const range = { start: parsed.offsets.toSource(plainStart), end: parsed.offsets.toSource(plainEnd, 'left') };
	return {
		type,
		text,
		plainStart,
		plainEnd,
		range,
		source: 'list',
		confidence: 1,
		language: { language: 'en', from: 'text' },
		...extra,
	};
}

/** The paragraphs' inner HTML. */
const paragraphs = (html: string): string[] =>
	[...html.matchAll(/<p data-line="\d+">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
const dataLines = (html: string): number[] => [...html.matchAll(/<p data-line="(\d+)">/g)].map((m) => Number(m[1]));
/** The text without tags, entities decoded as a browser would. */
const textOf = (html: string): string =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

const ARTICLE = [
	'---',
	'date: 2024-09-18',
	'title: Riverland and Norland agree',
	'source: Attache Sample Wire',
	'place: Geneva',
	'---',
	'[GENEVA]{.place ref=geneva}, [September 18]{.date value=2024-09-18}. [Foreign Minister]{.role}',
	'[Marta Oyelaran]{.person ref=marta-oyelaran} met the',
	'[[United Nations]{.org ref=un} Economic Commission for Europe]{.org ref=unece}.',
	'',
	'They signed the [Alder Accord]{.treaty} and an [old]{.weird} note.',
	'',
].join('\n');

suite('the article preview as HTML', () => {
	test('the header is a title block: title, date, source, place', () => {
		const { title, html } = render(ARTICLE);
		assert.equal(title, 'Riverland and Norland agree');
		assert.match(
			html,
			/^<header class="article-header" data-line="0"><h1>Riverland and Norland agree<\/h1><p class="meta"><span class="meta-date">2024-09-18<\/span>.*<span class="meta-source">Attache Sample Wire<\/span>.*<span class="meta-place">Geneva<\/span><\/p><\/header>/,
		);
	});

	test('paragraphs are paragraphs, each with its source line, without markup', () => {
		const { html, lineCount } = render(ARTICLE);
		assert.deepEqual(dataLines(html), [6, 10]);
		assert.equal(lineCount, 12);
		const [first, second] = paragraphs(html).map(textOf);
		assert.equal(
			first,
			'GENEVA, September 18. Foreign Minister\nMarta Oyelaran met the\nUnited Nations Economic Commission for Europe.',
		);
		assert.equal(second, 'They signed the Alder Accord and an old note.');
		assert.doesNotMatch(html, /\{\.|\]\{|ref=/);
	});

	test('entities carry their type, source offsets and a tooltip of value, ref and knowledge-base name', () => {
		const { html } = render(ARTICLE);
		const start = ARTICLE.indexOf('Marta');
		assert.ok(
			html.includes(
				`<span class="entity type-person" data-type="person" data-start="${start}" data-end="${start + 'Marta Oyelaran'.length}" title="Person · ref marta-oyelaran (Marta Oyelaran)">Marta Oyelaran</span>`,
			),
			html,
		);
		assert.match(
			html,
			/<span class="entity type-date" data-type="date" [^>]*title="Date · value 2024-09-18">September 18<\/span>/,
		);
		assert.match(
			html,
			/<span class="entity type-place" data-type="place" [^>]*title="Place · ref geneva">GENEVA<\/span>/,
		);
		assert.match(html, /<span class="entity type-role" data-type="role" [^>]*title="Role">Foreign Minister<\/span>/);
		assert.match(html, /<span class="entity type-custom" data-type="treaty" [^>]*title="Treaty">Alder Accord<\/span>/);
		assert.match(html, /<span class="entity type-unknown" data-type="weird" [^>]*title="Weird">old<\/span>/);
	});

	test('a date without value shows the value its words resolve to, marked with ?', () => {
		const { html } = render('---\ndate: 2024-09-18\n---\nThey met on [Wednesday]{.date} and on [someday]{.date}.');
		assert.match(html, /title="Date · value 2024-09-18\?">Wednesday<\/span>/);
		assert.match(html, /title="Date">someday<\/span>/);
	});

	test('nested annotations nest', () => {
		const { html } = render(ARTICLE);
		assert.match(
			html,
			/<span class="entity type-org" data-type="org" [^>]*title="Organization · ref unece \(UN Economic Commission for Europe\)"><span class="entity type-org" [^>]*title="Organization · ref un">United Nations<\/span> Economic Commission for Europe<\/span>/,
		);
	});

	test('a legend of the types present, in a fixed order', () => {
		const { html } = render(ARTICLE);
		const legend = [...html.matchAll(/<li class="legend-item ([^"]+)">([^<]*)<\/li>/g)].map((m) => `${m[1]}:${m[2]}`);
		assert.deepEqual(legend, [
			'type-person:person',
			'type-org:organization',
			'type-place:place',
			'type-date:date',
			'type-role:role',
			'type-custom:treaty',
			'type-unknown:weird',
		]);
		assert.equal(render('Plain words only.').html.includes('legend'), false);
	});

	test('suggestions are spans of their own, with their ref and value, and in the legend', () => {
		const text = 'Ada Berg met officials in Vienna on May 5.';
		const html = render(text, [
			suggestion(text, 'Ada Berg', 'person', { ref: 'marta-oyelaran' }),
			suggestion(text, 'May 5', 'date', { value: '2024-05-05' }),
		]).html;
		assert.match(
			html,
			/<span class="entity suggestion type-person" data-type="person" data-start="0" data-end="8" title="Suggested: Person · ref marta-oyelaran \(Marta Oyelaran\)">Ada Berg<\/span>/,
		);
		assert.match(
			html,
			/<span class="entity suggestion type-date" [^>]*title="Suggested: Date · value 2024-05-05">May 5<\/span>/,
		);
		assert.match(html, /<li class="legend-item suggestion">suggested<\/li>/);
	});

	test('a suggestion inside an annotation nests; one that would cross it is left out', () => {
		const text = '[Foreign Ministry of Norland]{.org} and Norland Today.';
		const inside = suggestion(text, 'Norland', 'place');
		const after = suggestion(text, 'Today', 'org');
		const crossing: Suggestion = {
			...inside,
			text: 'Norland and',
			plainEnd: inside.plainStart + 'Norland and'.length,
			range: { start: inside.range.start, end: text.indexOf(' Norland Today') },
		};
		const html = render(text, [inside, crossing, after]).html;
		assert.match(
			html,
			/<span class="entity type-org"[^>]*>Foreign Ministry of <span class="entity suggestion type-place"[^>]*>Norland<\/span><\/span> and Norland <span class="entity suggestion type-org"[^>]*>Today<\/span>\./,
		);
		assert.equal((html.match(/<span/g) ?? []).length, 3);
		assert.equal((html.match(/<\/span>/g) ?? []).length, 3);
	});

	test('everything is escaped: text, header, attribute values, in content and in tooltips', () => {
		const text = [
			'---',
			'title: "<script>alert(1)</script> & \'co\'"',
			'source: A "wire"',
			'---',
			'Tom & <b>Jerry</b> said "hi" [it\'s]{.person ref="a<b>&\'c"} <img src=x onerror=alert(1)>.',
			'',
		].join('\n');
		const { html, title } = render(text);
		assert.equal(title, `<script>alert(1)</script> & 'co'`);
		assert.doesNotMatch(html, /<script|<b>|<img/);
		assert.ok(html.includes('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;co&#39;</h1>'));
		assert.ok(html.includes('<span class="meta-source">A &quot;wire&quot;</span>'));
		assert.ok(html.includes('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; said &quot;hi&quot; '));
		assert.ok(html.includes('title="Person · ref a&lt;b&gt;&amp;&#39;c">it&#39;s</span>'), html);
		assert.ok(html.includes(' &lt;img src=x onerror=alert(1)&gt;.'));
		assert.equal(escapeHtml(`<&"'>`), '&lt;&amp;&quot;&#39;&gt;');
		assert.equal(escapeHtml('plain'), 'plain');
	});

	test('CRLF: paragraphs split at blank CRLF lines, lines counted the same', () => {
		const lf = ARTICLE;
		const crlf = ARTICLE.replace(/\n/g, '\r\n');
		const a = render(lf);
		const b = render(crlf);
		assert.deepEqual(dataLines(b.html), dataLines(a.html));
		assert.equal(b.lineCount, a.lineCount);
		assert.deepEqual(
			paragraphs(b.html).map(textOf),
			paragraphs(a.html).map((p) => textOf(p).replace(/\n/g, '\r\n')),
		);
		// Offsets are the CRLF file's own.
		const start = crlf.indexOf('Marta');
		assert.ok(b.html.includes(`data-start="${start}" data-end="${start + 14}"`));
	});

	test('Cyrillic and emoji: text kept whole, offsets in UTF-16', () => {
		const text = '🇷🇺 [Сергей Лавров]{.person ref=sergey-lavrov} встретился 😀 с [Анной]{.person}.\n\n👍 Конец.';
		const { html } = render(text);
		const start = text.indexOf('Сергей');
		assert.ok(
			html.includes(
				`data-start="${start}" data-end="${start + 'Сергей Лавров'.length}" title="Person · ref sergey-lavrov">Сергей Лавров</span>`,
			),
			html,
		);
		assert.deepEqual(paragraphs(html).map(textOf), ['🇷🇺 Сергей Лавров встретился 😀 с Анной.', '👍 Конец.']);
		assert.deepEqual(dataLines(html), [0, 2]);
	});

	test('brackets across a blank line are no annotation (a blank line ends a span, as in Pandoc): shown as written', () => {
		const text = 'Start [one\n\ntwo]{.org} end.';
		assert.deepEqual(paragraphs(render(text).html), ['Start [one', 'two]{.org} end.']);
	});

	test('an empty article says so; a header alone keeps its title block', () => {
		assert.deepEqual(render(''), {
			title: '',
			html: '<p class="empty" data-line="0">This article has no text yet.</p>',
			lineCount: 1,
		});
		const headerOnly = render('---\ntitle: Only a title\n---\n');
		assert.equal(
			headerOnly.html,
			'<header class="article-header" data-line="0"><h1>Only a title</h1></header><p class="empty" data-line="3">This article has no text yet.</p>',
		);
		assert.equal(paragraphs(render('\n\n   \n\n').html).length, 0);
	});

	test('a dateline header shows its date', () => {
		const { html } = render('date 2024-11-05 HALVIK, Norland, November 5. Talks opened.');
		assert.match(
			html,
			/^<header class="article-header" data-line="0"><p class="meta"><span class="meta-date">2024-11-05<\/span><\/p><\/header><p data-line="0">HALVIK, Norland, November 5\. Talks opened\.<\/p>$/,
		);
	});

	test('a 1 MB article renders whole, every annotation once', () => {
		const paragraph =
			'[Foreign Minister]{.role} [Anna Lindqvist]{.person ref=anna} of [Norland]{.place} met <Tomas> & Brenner at the [[Austrian]{.place} Foreign Ministry]{.org} on [March 3]{.date value=2024-03-03}.\n\n';
		const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
		const { html } = render(text);
		const count = text.length / paragraph.length;
		assert.equal((html.match(/<p data-line=/g) ?? []).length, count);
		assert.equal((html.match(/class="entity /g) ?? []).length, count * 6);
		assert.equal((html.match(/&lt;Tomas&gt; &amp; Brenner/g) ?? []).length, count);
	});

	test('through the service: the document version, and the preview of a knowledge base is empty', () => {
		const s = service();
		s.setWorkspaceFile(
			'file:///test/entities.yaml',
			'marta-oyelaran:\n  type: person\n  name: Marta Oyelaran of Riverland\n',
		);
		const d = doc(ARTICLE);
		const preview = s.getPreview(d, none);
		assert.equal(preview.version, 1);
		assert.equal(preview.title, 'Riverland and Norland agree');
		assert.equal(preview.lineCount, 12);
		assert.match(preview.html, /title="Person · ref marta-oyelaran \(Marta Oyelaran of Riverland\)">Marta Oyelaran</);
		const yaml = TextDocument.create('file:///test/entities.yaml', 'yaml', 3, 'marta-oyelaran:\n  type: person\n');
		assert.deepEqual(s.getPreview(yaml, none), { version: 3, title: '', html: '', lineCount: 3 });
		assert.deepEqual(s.getMarkupRanges(yaml, none), { version: 3, ranges: [] });
	});

	test('through the service: the markup ranges are each `[` and each `]{...}`, in order', () => {
		const text = 'A [[Russian]{.place} Ministry]{.org ref=x}\r\n[Ада]{.person} 😀';
		const d = doc(text);
		const { ranges } = service().getMarkupRanges(d, none);
		const slices = ranges.map((r) => text.slice(d.offsetAt(r.start), d.offsetAt(r.end)));
		assert.deepEqual(slices, ['[', '[', ']{.place}', ']{.org ref=x}', '[', ']{.person}']);
		assert.deepEqual(ranges[4], { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
	});
});
