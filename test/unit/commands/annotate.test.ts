import * as assert from 'node:assert/strict';
import { applied, marked } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const KB = 'file:///test/entities.yaml';

/** Runs Annotate Selection as `type` on a text with the cursor `|` or the selection `«»` marked. */
function annotate(
	text: string,
	type: string,
	options: { suggestions?: boolean; kb?: string; customTypes?: string[] } = {},
) {
	const s = service(
		settings({
			suggestions: options.suggestions ?? false,
			customTypes: (options.customTypes ?? []).map((name) => ({ name })),
		}),
	);
	if (options.kb) s.setWorkspaceFile(KB, options.kb);
	const { document, target } = marked(doc, text);
	return { document, result: s.commands.annotate(document, { ...target, type }, none) };
}

const annotated = (text: string, type: string, options: Parameters<typeof annotate>[2] = {}): string => {
	const { document, result } = annotate(text, type, options);
	return applied(document, result);
};

const refused = (text: string, type: string, options: Parameters<typeof annotate>[2] = {}): string => {
	const { result } = annotate(text, type, options);
	assert.equal(result.edit, undefined);
	assert.ok(result.error, 'an error that says why');
	return result.error;
};

suite('commands: Annotate Selection as...', () => {
	test('the selection, with the cursor after the new `]{...}`', () => {
		assert.equal(
			annotated(H + 'Minister «Ada Lindqvist» arrived.\n', 'person'),
			H + 'Minister [Ada Lindqvist]{.person}| arrived.\n',
		);
		assert.equal(
			annotated(H + 'Minister « Ada Lindqvist »arrived.\n', 'person'),
			H + 'Minister  [Ada Lindqvist]{.person}| arrived.\n',
			'white space at the ends is left out',
		);
	});

	test('a date gets the value resolved against the article date', () => {
		assert.equal(
			annotated(H + 'They meet on «May 9».\n', 'date'),
			H + 'They meet on [May 9]{.date value=2025-05-09}|.\n',
		);
		assert.equal(
			annotated(H + 'It happened «yesterday».\n', 'date'),
			H + 'It happened [yesterday]{.date value=2025-01-21}|.\n',
		);
		const { result } = annotate('No header. They meet on «May 9».\n', 'date');
		assert.match(result.message ?? '', /without a value: the article has no date/);
	});

	test('the knowledge base gives the ref of a name it knows for that type', () => {
		const kb = 'ada-lindqvist:\n  type: person\n  name: Ada Lindqvist\n  aliases: [Lindqvist]\n';
		assert.equal(
			annotated(H + 'Then «Lindqvist» spoke.\n', 'person', { kb }),
			H + 'Then [Lindqvist]{.person ref=ada-lindqvist}| spoke.\n',
		);
		assert.equal(
			annotated(H + 'Then «Lindqvist» spoke.\n', 'org', { kb }),
			H + 'Then [Lindqvist]{.org}| spoke.\n',
			'not for another type',
		);
	});

	test('no selection: the suggestion under the cursor, with its ref and value', () => {
		assert.equal(
			annotated(H + 'Talks in Mos|cow ended.\n', 'place', { suggestions: true }),
			H + 'Talks in [Moscow]{.place}| ended.\n',
		);
		assert.equal(
			annotated(H + 'The summit on May| 9 ended.\n', 'date', { suggestions: true }),
			H + 'The summit on [May 9]{.date value=2025-05-09}| ended.\n',
		);
	});

	test('no selection and no suggestion: the word under the cursor (hyphens and apostrophes belong to it)', () => {
		assert.equal(annotated(H + 'the Al|der-Basin treaty\n', 'place'), H + 'the [Alder-Basin]{.place}| treaty\n');
		assert.equal(annotated(H + 'met O’Bri|en today\n', 'person'), H + 'met [O’Brien]{.person}| today\n');
	});

	test('an annotation selected (or its word under the cursor) is retyped, not wrapped again', () => {
		assert.equal(annotated(H + 'In «[Norland]{.place}» today.\n', 'org'), H + 'In [Norland]{.org}| today.\n');
		assert.equal(annotated(H + 'In [«Norland»]{.place} today.\n', 'org'), H + 'In [Norland]{.org}| today.\n');
		assert.equal(
			annotated(H + 'In [Nor|land]{.place ref=norland} today.\n', 'org'),
			H + 'In [Norland]{.org ref=norland}| today.\n',
		);
	});

	test('nested annotations: text inside an annotation, or a selection that holds whole annotations', () => {
		assert.equal(
			annotated(H + 'the [«Russian» Foreign Ministry]{.org} said\n', 'place'),
			H + 'the [[Russian]{.place}| Foreign Ministry]{.org} said\n',
		);
		assert.equal(
			annotated(H + 'the «[Russian]{.place} Foreign Ministry» said\n', 'org'),
			H + 'the [[Russian]{.place} Foreign Ministry]{.org}| said\n',
		);
	});

	test('custom types from the settings', () => {
		assert.equal(
			annotated(H + 'the «Vienna Summit» opened\n', 'event', { customTypes: ['event'] }),
			H + 'the [Vienna Summit]{.event}| opened\n',
		);
		assert.match(
			refused(H + 'the «Vienna Summit» opened\n', 'event'),
			/no entity type "event": use one of person, org, place, date, role, or declare it in the setting attache.customTypes/,
		);
	});

	test('CRLF, Cyrillic and emoji: positions are UTF-16 offsets', () => {
		const crlf = '---\r\ndate: 2025-01-22\r\n---\r\n😀 Встреча: «Сергей Лавров» прибыл 🇷🇺.\r\nThen «Лавров» left.\r\n';
		assert.equal(annotated(crlf, 'person').split('\r\n')[3], '😀 Встреча: [Сергей Лавров]{.person}| прибыл 🇷🇺.');
		assert.equal(
			annotated('---\r\ndate: 2025-01-22\r\n---\r\n😀😀 Лав|ров left.\r\n', 'person'),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀😀 [Лавров]{.person}| left.\r\n',
		);
		assert.equal(
			annotated('---\r\ndate: 2025-01-22\r\n---\r\nFirst line and «second\r\nline» here.\r\n', 'org'),
			'---\r\ndate: 2025-01-22\r\n---\r\nFirst line and [second\r\nline]{.org}| here.\r\n',
		);
	});

	test('refusals say what to do', () => {
		assert.match(
			refused(H + 'the [Russian «Foreign]{.org} Ministry» said\n', 'org'),
			/cuts through the annotation "Russian Foreign": select all of it, or only text inside its brackets/,
		);
		assert.match(refused('---\ndate: «2025»-01-22\n---\nText.\n', 'date'), /header is not annotated/);
		assert.match(refused(H + 'One «paragraph.\n\nAnother» one.\n', 'org'), /cannot span a blank line/);
		assert.match(
			refused(H + 'An «[aside] note» here.\n', 'org'),
			/holds a bracket \[ that is not part of an annotation/,
		);
		assert.match(refused(H + 'In [Norland]{.pl|ace} today.\n', 'org'), /markup of an annotation/);
		assert.match(
			refused(H + 'Text , | here.\n', 'org'),
			/Select the text to annotate, or put the cursor on a word or a suggestion/,
		);
		assert.match(refused(H + 'Text «   » here.\n', 'org'), /only white space/);
	});
});

suite('commands: Annotate Selection snaps a part of a name to the whole one', () => {
	const S = { suggestions: true };
	const lavrov = H + 'Russian Foreign Minister Sergey Lavrov arrived in Bishkek.\n';

	test('the setup: "Sergey Lavrov" is one suggestion', () => {
		const s = service(settings({ suggestions: true }));
		const names = s.commands.context(
			doc(lavrov),
			{ textDocument: { uri: 'file:///test/a.news' }, position: { line: 3, character: 33 } },
			none,
		);
		assert.equal(names.suggestion?.text, 'Sergey Lavrov');
	});

	test('a part of a suggestion selected and annotated as its type: the whole suggestion, and the message says so', () => {
		const { document, result } = annotate(
			H + 'Russian Foreign Minister Sergey «Lavrov» arrived in Bishkek.\n',
			'person',
			S,
		);
		assert.equal(
			applied(document, result),
			H + 'Russian Foreign Minister [Sergey Lavrov]{.person}| arrived in Bishkek.\n',
		);
		assert.match(result.message ?? '', /the whole name "Sergey Lavrov", of which "Lavrov" is a part/);
		assert.equal(
			annotated(H + 'Russian Foreign Minister «Sergey» Lavrov arrived in Bishkek.\n', 'person', S),
			H + 'Russian Foreign Minister [Sergey Lavrov]{.person}| arrived in Bishkek.\n',
		);
		assert.equal(
			annotated(H + 'Russian Foreign Minister Sergey La«vro»v arrived in Bishkek.\n', 'person', S),
			H + 'Russian Foreign Minister [Sergey Lavrov]{.person}| arrived in Bishkek.\n',
			'part of a word too',
		);
	});

	test("another type keeps the part (a place inside a name is the analyst's choice)", () => {
		assert.equal(
			annotated(H + 'Russian Foreign Minister Sergey «Lavrov» arrived.\n', 'place', S),
			H + 'Russian Foreign Minister Sergey [Lavrov]{.place}| arrived.\n',
		);
	});

	test('a selection that cuts through a suggestion is refused with what to select; one that holds it whole is kept', () => {
		assert.match(
			refused(H + 'Russian Foreign Minister Sergey «Lavrov arrived» in Bishkek.\n', 'person', S),
			/cuts through the suggestion "Sergey Lavrov": select all of it \(or put the cursor on it\), or only words inside it/,
		);
		assert.equal(
			annotated(H + '«Russian Foreign Minister Sergey Lavrov» arrived.\n', 'person', S),
			H + '[Russian Foreign Minister Sergey Lavrov]{.person}| arrived.\n',
		);
	});

	test('a part of an annotated name, as its type: nothing nested, and the message says why', () => {
		const { result } = annotate(H + 'Minister [Sergey «Lavrov»]{.person ref=lavrov} arrived.\n', 'person');
		assert.equal(result.edit, undefined);
		assert.match(
			result.message ?? '',
			/"Lavrov" is part of "Sergey Lavrov": the whole name is the annotation\. It is annotated as person already\./,
		);
		const { result: word } = annotate(H + 'Minister [Sergey Lav|rov]{.person} arrived.\n', 'person');
		assert.equal(word.edit, undefined, 'the word under the cursor too');
		assert.equal(
			annotated(H + 'Minister [Sergey «Lavrov»]{.person} arrived.\n', 'org'),
			H + 'Minister [Sergey [Lavrov]{.org}|]{.person} arrived.\n',
			'another type nests',
		);
	});

	test('Cyrillic, emoji and CRLF', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\n😀 Министр [Сергей «Лавров»]{.person} прибыл 🇷🇺.\r\n';
		const { result } = annotate(text, 'person');
		assert.match(result.message ?? '', /"Лавров" is part of "Сергей Лавров"/);
	});
});
