import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseNews } from '../../../server/src/service';
import { none, service, settings } from '../../helpers/service';

// The seed article is read from ../shared/corpus at run time (its text is not the project's).
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const TXT = path.join(CORPUS, 'lavrov-kulubayev-2025-01-22.txt');
const NEWS = path.join(CORPUS, 'lavrov-kulubayev-2025-01-22.news');

suite('the seed article, raw, with no knowledge base: the suggestions are the hand annotation', function () {
	suiteSetup(function () {
		if (!fs.existsSync(TXT) || !fs.existsSync(NEWS)) {
			console.log(`    (skipped: ${CORPUS} is absent; the seed article is read from ../shared at run time)`);
			this.skip();
		}
	});

	test('every annotated person, organization, place, date (with its value) and role is suggested, and nothing else', () => {
		const raw = TextDocument.create('file:///seed.txt', 'annotated-news', 1, fs.readFileSync(TXT, 'utf8'));
		const suggestions = service(settings({ suggestions: true })).getSuggestions(raw, none);
		const news = parseNews(fs.readFileSync(NEWS, 'utf8'));
		const annotations = news.annotations;
		// every role too: the titles before names and the one that names the minister alone ("the Russian Foreign Minister said")
		const expected = annotations;
		assert.ok(expected.filter((a) => a.type === 'role').length >= 5, 'the hand annotation has titles');
		const key = (type: string, text: string, value?: string) => `${type}:${text}${value ? `=${value}` : ''}`;
		const found = suggestions.map((s) => key(s.type, s.text, s.value));
		const want = expected.map((a) => key(a.type!, a.text, a.value));
		const missing = [...want];
		for (const f of found) {
			const i = missing.indexOf(f);
			if (i >= 0) missing.splice(i, 1);
		}
		assert.deepEqual(missing, [], 'annotations the recognizer did not suggest');
		// "Kyrgyzstan" in the title "President of Kyrgyzstan" is part of the role, as in the hand annotation
		const extra = found.filter((f) => !want.includes(f));
		assert.deepEqual(extra, [], 'unexpected suggestions');
		assert.deepEqual(
			suggestions.filter((s) => s.type === 'date').map((s) => [s.text, s.value]),
			[
				['January 22', '2025-01-22'],
				['2025-2027', '2025/2027'],
				['May 9', '2025-05-09'],
			],
		);
	});

	test('"Lavrov" alone hovers as Sergey Lavrov; EAEU stands for the Eurasian Economic Union', () => {
		const text = fs.readFileSync(TXT, 'utf8');
		const raw = TextDocument.create('file:///seed.txt', 'annotated-news', 1, text);
		const s = service(settings({ suggestions: true }));
		const hover = (needle: string) =>
			(s.getHover(raw, raw.positionAt(text.indexOf(needle) + 1), none)!.contents as { value: string }).value;
		assert.match(
			hover('Lavrov noted'),
			/^\*\*Suggested person\*\* · \d+% likely · Lavrov\n\nFrom the article itself[^\n]*\n\nStands for \*Sergey Lavrov\*\./,
		);
		assert.match(
			hover('EAEU'),
			/^\*\*Suggested organization\*\* · \d+% likely · EAEU\n[\s\S]*Stands for \*Eurasian Economic Union\*\./,
		);
	});

	test('with the knowledge base beside it, suggestions carry refs', () => {
		const s = service(settings({ suggestions: true }));
		s.setWorkspaceFile('file:///corpus/entities.yaml', fs.readFileSync(path.join(CORPUS, 'entities.yaml'), 'utf8'));
		const raw = TextDocument.create('file:///corpus/seed.txt', 'annotated-news', 1, fs.readFileSync(TXT, 'utf8'));
		const refs = new Map(s.getSuggestions(raw, none).map((x) => [x.text, x.ref]));
		assert.equal(refs.get('Lavrov'), 'sergey-lavrov');
		assert.equal(refs.get('EAEU'), 'eaeu');
		assert.equal(refs.get('BISHKEK'), 'bishkek');
		assert.equal(refs.get('Putin'), 'vladimir-putin');
	});
});
