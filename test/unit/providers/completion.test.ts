import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import type { AttacheService } from '../../../server/src/service';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const KB = [
	'sergey-lavrov:',
	'  type: person',
	'  name: Sergey Lavrov',
	'  aliases: [Lavrov, Sergei Lavrov]',
	'  description: Minister of Foreign Affairs of Russia',
	'  wikidata: Q81736',
	'alexei-lavrov:',
	'  type: person',
	'  name: Alexei Lavrov',
	'eaeu:',
	'  type: org',
	'  name: Eurasian Economic Union',
	'  aliases: [EAEU]',
	'lavrov-street:',
	'  type: place',
	'  name: Lavrov Street',
	'great-patriotic-war:',
	'  type: none',
	'  name: Great Patriotic War',
	'',
].join('\n');

function withKnowledgeBase(
	s: AttacheService = service(settings({ customTypes: [{ name: 'event' }] })),
): AttacheService {
	s.setWorkspaceFile('file:///kb/entities.yaml', KB);
	return s;
}

/** Completion at the `|` of `text`. */
function complete(text: string, s: AttacheService = withKnowledgeBase()): CompletionList | null {
	const at = text.indexOf('|');
	const d = doc(text.slice(0, at) + text.slice(at + 1));
	return s.getCompletions(d, d.positionAt(at), none);
}

const labels = (list: CompletionList | null): string[] =>
	list ? [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label) : [];
const edit = (item: CompletionItem): TextEdit => item.textEdit as TextEdit;
const find = (list: CompletionList | null, label: string): CompletionItem => {
	const item = list?.items.find((i) => i.label === label);
	assert.ok(item, `no item ${label} in ${JSON.stringify(labels(list))}`);
	return item;
};

suite('completion in annotations', () => {
	test('after `.`: every type, built-in then custom, replacing the typed class', () => {
		const list = complete(H + 'met [Kulubayev]{.pe|}\n');
		assert.deepEqual(labels(list), ['.person', '.org', '.place', '.date', '.role', '.event']);
		const person = find(list, '.person');
		assert.deepEqual(edit(person), {
			range: { start: { line: 3, character: 16 }, end: { line: 3, character: 19 } },
			newText: '.person',
		});
		assert.equal(person.filterText, '.person');
		assert.equal(person.detail, 'person');
		assert.equal(find(list, '.org').detail, 'organization');
		assert.equal(find(list, '.event').detail, 'event (custom type)');
		assert.match(
			(find(list, '.event').documentation as { value: string }).value,
			/^An event: a custom type from the setting `attache.customTypes`/,
		);
	});

	test('right after `]{`: the types, and the whole attribute list when the text is a date', () => {
		const list = complete(H + 'on [May 9]{|}\n');
		assert.deepEqual(labels(list), [
			'.date value=2025-05-09',
			'.person',
			'.org',
			'.place',
			'.date',
			'.role',
			'.event',
			'value=',
		]);
		const guess = find(list, '.date value=2025-05-09');
		assert.equal(guess.preselect, true);
		assert.equal(guess.detail, '"May 9" is Friday, 9 May 2025');
		assert.deepEqual(edit(guess), {
			range: { start: { line: 3, character: 11 }, end: { line: 3, character: 11 } },
			newText: '.date value=2025-05-09',
		});
		assert.equal(find(list, '.person').filterText, 'person');
	});

	test('a name the knowledge base knows: `.person ref=...` first, and `ref=` offered', () => {
		assert.deepEqual(labels(complete(H + 'said [Lavrov]{|')), [
			'.person ref=sergey-lavrov',
			'.person',
			'.org',
			'.place',
			'.date',
			'.role',
			'.event',
			'ref=',
		]);
	});

	test('keys after a type: `ref=` (not for dates), `value=` (for dates), never twice', () => {
		const ref = find(complete(H + '[Lavrov]{.person |}'), 'ref=');
		assert.deepEqual(ref.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
		assert.deepEqual(edit(ref).newText, 'ref=');
		assert.deepEqual(labels(complete(H + '[Lavrov]{.person ref=sergey-lavrov |}')), []);
		assert.deepEqual(labels(complete(H + '[May 9]{.date |}')), ['value=']);
		assert.deepEqual(labels(complete(H + '[May 9]{.date value=2025-05-09 |}')), []);
		assert.deepEqual(labels(complete(H + '[Minister]{.role |}')), []);
	});

	test('`ref=`: ids with names, descriptions; the entries named like the text first, of its type before others', () => {
		const list = complete(H + 'said [Lavrov]{.person ref=|}\n');
		assert.deepEqual(labels(list), ['sergey-lavrov', 'alexei-lavrov', 'lavrov-street', 'eaeu']);
		const lavrov = find(list, 'sergey-lavrov');
		assert.equal(lavrov.preselect, true);
		assert.deepEqual(lavrov.labelDetails, { detail: ' Sergey Lavrov', description: 'person' });
		assert.equal(lavrov.detail, 'Sergey Lavrov (person)');
		assert.equal(
			(lavrov.documentation as { value: string }).value,
			'**Sergey Lavrov** · person\n\nMinister of Foreign Affairs of Russia\n\nAlso known as Lavrov, Sergei Lavrov\n\nWikidata: Q81736',
		);
		assert.equal(lavrov.filterText, 'sergey-lavrov Sergey Lavrov Lavrov Sergei Lavrov Сергей Лавров Лавров');
		assert.deepEqual(edit(lavrov), {
			range: { start: { line: 3, character: 26 }, end: { line: 3, character: 26 } },
			newText: 'sergey-lavrov',
		});
		assert.equal(find(list, 'eaeu').labelDetails!.description, 'organization');
		assert.equal(
			list!.items.some((i) => i.label === 'great-patriotic-war'),
			false,
			'type: none entries are no entities',
		);
	});

	test('`ref=` with part of an id typed: the edit replaces the whole value', () => {
		const list = complete(H + '[EAEU]{.org ref=ea|u}\n');
		assert.deepEqual(labels(list).slice(0, 1), ['eaeu']);
		assert.deepEqual(edit(find(list, 'eaeu')).range, {
			start: { line: 3, character: 16 },
			end: { line: 3, character: 19 },
		});
	});

	test('`value=`: the date the text resolves to, then the article date', () => {
		const list = complete(H + 'on [May 9]{.date value=|}\n');
		assert.deepEqual(labels(list), ['2025-05-09', '2025-01-22']);
		assert.equal(find(list, '2025-05-09').detail, '"May 9": Friday, 9 May 2025');
		assert.equal(find(list, '2025-05-09').preselect, true);
		assert.equal(find(list, '2025-01-22').detail, 'the article date: Wednesday, 22 January 2025');
		assert.deepEqual(edit(find(list, '2025-05-09')).range, {
			start: { line: 3, character: 23 },
			end: { line: 3, character: 23 },
		});
		// A partly typed value is replaced whole.
		assert.deepEqual(edit(find(complete(H + '[last week]{.date value=2025-|W0}'), '2025-W03')).range, {
			start: { line: 3, character: 24 },
			end: { line: 3, character: 31 },
		});
		// The article date itself is offered once.
		assert.deepEqual(labels(complete(H + '[today]{.date value=|}')), ['2025-01-22']);
		// Without an article date, only what the text says in full.
		assert.deepEqual(labels(complete('On [9 May 2025]{.date value=|}')), ['2025-05-09']);
		assert.deepEqual(labels(complete('On [May 9]{.date value=|}')), []);
	});

	test('nested annotations: the text of the outer one, without the inner markup', () => {
		const list = complete(H + '[[Eurasian]{.place} Economic Union]{.org ref=|}\n');
		assert.deepEqual(labels(list).slice(0, 1), ['eaeu']);
		assert.equal(find(list, 'eaeu').preselect, true);
		assert.deepEqual(labels(complete(H + 'on [[May]{.x} 9]{|')).slice(0, 1), ['.date value=2025-05-09']);
	});

	test('nothing outside attribute blocks, in quoted values, in the header, after other keys', () => {
		assert.equal(complete(H + 'The talks ended.|\n'), null);
		assert.equal(complete(H + 'a set {.|}\n'), null, '`{` not after `]`');
		assert.equal(complete(H + 'a \\[b\\]{.|}\n'), null, 'escaped bracket');
		assert.equal(complete(H + '[X]{.person} and .|\n'), null);
		assert.equal(complete(H + '[X]{.person note="a .|"}\n'), null);
		assert.equal(complete('---\ntitle: [x]{.|}\n---\n'), null);
		assert.equal(complete(H + '[X]{.person note=|}\n'), null);
		assert.equal(complete(H + '[X]{.person #|}\n'), null);
		assert.equal(complete(H + '[X]{\n\n.|}\n'), null, 'a blank line ends the paragraph');
	});

	test('positions in UTF-16 code units: Cyrillic and emoji before the annotation, CRLF line ends', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\nСергей 🇷🇺 [Лавров]{.person ref=|}\r\n';
		const list = complete(text);
		const item = find(list, 'sergey-lavrov');
		assert.deepEqual(edit(item).range, { start: { line: 3, character: 33 }, end: { line: 3, character: 33 } });
		const source = text.replace('|', '');
		const line = source.split('\r\n')[3]!;
		assert.equal(line.slice(0, 33), 'Сергей 🇷🇺 [Лавров]{.person ref=');
		const dates = complete('---\r\ndate: 2025-01-22\r\n---\r\nВстреча 🤝 [May 9]{.date value=|}\r\n');
		assert.deepEqual(edit(find(dates, '2025-05-09')).range.start, { line: 3, character: 31 });
	});

	test('an annotation across a line break (CRLF) reads its whole text', () => {
		const list = complete('---\r\ndate: 2025-01-22\r\n---\r\non [May\r\n9]{|}\r\n');
		assert.deepEqual(edit(find(list, '.date value=2025-05-09')).range, {
			start: { line: 4, character: 3 },
			end: { line: 4, character: 3 },
		});
	});

	test('a large knowledge base is filtered here and the list marked incomplete', () => {
		const s = service(settings());
		const lines: string[] = [];
		for (let i = 0; i < 1200; i++) lines.push(`person-${i}:`, '  type: person', `  name: Person Number ${i}`);
		s.setWorkspaceFile('file:///big/entities.yaml', lines.join('\n') + '\n');
		const all = complete(H + '[Somebody]{.person ref=|}', s)!;
		assert.equal(all.isIncomplete, true);
		assert.equal(all.items.length, 500);
		const some = complete(H + '[Somebody]{.person ref=person-11|}', s)!;
		// person-11, person-110 to 119, person-1100 to 1199.
		assert.equal(some.items.length, 111);
		assert.ok(some.items.every((i) => i.label.startsWith('person-11')));
		assert.equal(some.isIncomplete, false);
	});

	test('a cancelled request gets nothing', () => {
		const d = doc(H + '[X]{.|}');
		assert.equal(
			withKnowledgeBase().getCompletions(d, d.positionAt(H.length + 5), { isCancellationRequested: true }),
			null,
		);
	});
});
