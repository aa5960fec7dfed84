import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../../server/src/service/documentCache';
import { parseNews } from '../../../server/src/service/parse/document';

suite('DocumentCache', () => {
	const uri = 'file:///w/a.news';
	const v1 = TextDocument.create(uri, 'annotated-news', 1, 'date 2025-01-22\n\n[Ana Petrović]{.person} spoke.\n');
	const text2 = 'date 2025-01-22\n\n[Ana Petrović]{.person} spoke in [Beograd]{.place}.\n';
	const v2 = TextDocument.create(uri, 'annotated-news', 2, text2);

	test('one parse a version', () => {
		const cache = new DocumentCache();
		const first = cache.get(v1);
		assert.equal(cache.get(v1), first);
		const second = cache.get(v2);
		assert.notEqual(second, first);
		assert.deepEqual(
			second.annotations.map((a) => a.text),
			['Ana Petrović', 'Beograd'],
		);
	});

	test("the workspace index and the providers share the parse of an open document's new text", () => {
		const cache = new DocumentCache();
		cache.get(v1);
		const fromIndex = cache.parseText(uri, text2);
		assert.equal(cache.get(v2), fromIndex, 'the edit is parsed once');
		assert.equal(cache.parseText(uri, text2), fromIndex);
	});

	test('a file that is not open is parsed for the index and not kept', () => {
		const cache = new DocumentCache();
		const disk = cache.parseText('file:///w/b.news', text2);
		assert.deepEqual(
			disk.annotations.map((a) => a.type),
			['person', 'place'],
		);
		const opened = cache.get(TextDocument.create('file:///w/b.news', 'annotated-news', 7, text2));
		assert.notEqual(opened, disk);
		assert.equal(cache.get(TextDocument.create('file:///w/b.news', 'annotated-news', 7, text2)), opened);
	});

	test('an edit parses what changed, and a version that was too large to read hands nothing to the next', () => {
		const cache = new DocumentCache(() => ({ maxFileSize: 0.0001, suggestionsMaxFileSize: 0.0001 }));
		// (no header: where the body starts is the same in both versions)
		const text = '[Ana Petrović]{.person} spoke in [Beograd]{.place}.\n';
		const long = TextDocument.create(uri, 'annotated-news', 1, `${text}\nBeograd 🇷🇸 ${'again '.repeat(20)}\n`);
		assert.equal(cache.get(long).annotations.length, 0, 'above 100 characters: not read');
		// the first paragraph as it was, the second cut short
		const short = TextDocument.create(uri, 'annotated-news', 2, `${text}\nBeograd 🇷🇸 again\n`);
		assert.deepEqual(
			cache.get(short).annotations.map((a) => [a.text, a.range]),
			parseNews(short.getText()).annotations.map((a) => [a.text, a.range]),
		);
		const edited = TextDocument.create(uri, 'annotated-news', 3, short.getText().replace('spoke', 'spoke at length'));
		assert.equal(cache.get(edited).plainText, parseNews(edited.getText()).plainText);
	});

	test('forget drops a closed document', () => {
		const cache = new DocumentCache();
		const first = cache.get(v1);
		cache.forget(uri);
		assert.notEqual(cache.get(v1), first);
	});
});
