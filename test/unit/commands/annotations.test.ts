import * as assert from 'node:assert/strict';
import { dateValueProblem } from '../../../server/src/shared/dateValue';
import { applied, appliedTo, marked, needsConfirmation } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const noOpen = { get: () => undefined };

function run<R>(
	text: string,
	f: (s: ReturnType<typeof service>, d: ReturnType<typeof doc>, t: ReturnType<typeof marked>['target']) => R,
	options: { suggestions?: boolean } = {},
) {
	const s = service(settings({ suggestions: options.suggestions ?? false }));
	const { document, target } = marked(doc, text);
	return { document, result: f(s, document, target) };
}

suite('commands: Remove Annotation, Change Type, Set Date Value', () => {
	test('Remove Annotation keeps the text; the innermost one; the cursor stays on its character', () => {
		const remove = (text: string) => {
			const { document, result } = run(text, (s, d, t) => s.commands.removeAnnotation(d, t, none));
			return applied(document, result);
		};
		assert.equal(remove(H + 'In [Nor|land]{.place ref=norland} today.\n'), H + 'In Nor|land today.\n');
		assert.equal(
			remove(H + 'In [Norland]{.place re|f=norland} today.\n'),
			H + 'In Norland| today.\n',
			'from the markup: after the text',
		);
		assert.equal(
			remove(H + 'In [Norland]{.place}| today.\n'),
			H + 'In Norland| today.\n',
			'right after the annotation',
		);
		assert.equal(
			remove(H + 'the [[Rus|sian]{.place} Foreign Ministry]{.org} said\n'),
			H + 'the [Rus|sian Foreign Ministry]{.org} said\n',
		);
		assert.equal(
			remove(H + 'the [[Russian]{.place} Foreign Minis|try]{.org} said\n'),
			H + 'the [Russian]{.place} Foreign Minis|try said\n',
		);
		assert.equal(
			remove('---\r\ndate: 2025-01-22\r\n---\r\n😀 [Сергей\r\nЛав|ров]{.person} 🇷🇺\r\n'),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 Сергей\r\nЛав|ров 🇷🇺\r\n',
		);
		const { result } = run(H + 'No annotation| here.\n', (s, d, t) => s.commands.removeAnnotation(d, t, none));
		assert.match(result.error ?? '', /Put the cursor on an annotation to remove it/);
	});

	test('Change Type replaces the class; a date gains its value, another type loses it', () => {
		const change = (text: string, type: string, suggestions = false) => {
			const { document, result } = run(text, (s, d, t) => s.commands.changeType(d, { ...t, type }, none), {
				suggestions,
			});
			return applied(document, result);
		};
		assert.equal(
			change(H + 'In [Nor|land]{.place ref=norland #n key="a b"} today.\n', 'org'),
			H + 'In [Norland]{.org ref=norland #n key="a b"} today.\n',
		);
		assert.equal(
			change(H + 'On [May| 9]{.org} they met.\n', 'date'),
			H + 'On [May 9]{.date value=2025-05-09} they met.\n',
		);
		assert.equal(
			change(H + 'On [May| 9]{.date value=2025-05-09 note=x} they met.\n', 'org'),
			H + 'On [May 9]{.org note=x} they met.\n',
		);
		assert.equal(
			change(H + 'In [Nor|land]{ref=norland} today.\n', 'place'),
			H + 'In [Norland]{.place ref=norland} today.\n',
			'an annotation without a type gets one',
		);
		assert.equal(
			change(H + 'Talks in Mos|cow ended.\n', 'org', true),
			H + 'Talks in [Moscow]{.org}| ended.\n',
			'on a suggestion: annotates it so',
		);
		const { result } = run(H + 'In [Nor|land]{.place} today.\n', (s, d, t) =>
			s.commands.changeType(d, { ...t, type: 'place' }, none),
		);
		assert.equal(result.message, '"Norland" is annotated as place already.');
	});

	test('Set Date Value replaces, adds or (empty) removes `value=`; refuses what is no TIMEX3 value', () => {
		const set = (text: string, value: string, suggestions = false) => {
			const { document, result } = run(text, (s, d, t) => s.commands.setDateValue(d, { ...t, value }, none), {
				suggestions,
			});
			return applied(document, result);
		};
		assert.equal(
			set(H + 'On [May| 9]{.date value=2025-05-08} they met.\n', '2025-05-09'),
			H + 'On [May| 9]{.date value=2025-05-09} they met.\n',
		);
		assert.equal(
			set(H + 'On [May| 9]{.date} they met.\n', '2025-05-09'),
			H + 'On [May| 9]{.date value=2025-05-09} they met.\n',
		);
		assert.equal(
			set(H + 'On [May| 9]{.date value=2025-05-08 ref=x} they met.\n', ''),
			H + 'On [May| 9]{.date ref=x} they met.\n',
		);
		assert.equal(
			set(H + 'In [[May|]{.date} talks]{.org}.\n', '2025-05'),
			H + 'In [[May|]{.date value=2025-05} talks]{.org}.\n',
		);
		assert.equal(set(H + 'in the [early| 1990s]{.date}\n', '199X'), H + 'in the [early| 1990s]{.date value=199X}\n');
		assert.equal(
			set(H + 'They meet on May| 9.\n', '2025-05-10', true),
			H + 'They meet on [May 9]{.date value=2025-05-10}|.\n',
			'a suggested date is annotated with it',
		);
		const { result } = run(H + 'On [May| 9]{.date} they met.\n', (s, d, t) =>
			s.commands.setDateValue(d, { ...t, value: '9 May 2025' }, none),
		);
		assert.match(result.error ?? '', /without spaces: a day 2025-01-22/);
		const person = run(H + 'On [Ada|]{.person} they met.\n', (s, d, t) =>
			s.commands.setDateValue(d, { ...t, value: '2025' }, none),
		);
		assert.match(person.result.error ?? '', /Put the cursor on a date annotation/);
	});

	test('the live validation of date values says what form to use', () => {
		for (const ok of [
			'',
			'2025-01-22',
			'2025-05',
			'2025',
			'2025-W04',
			'2025-Q1',
			'2025-01-20/2025-01-24',
			'199X',
			'PRESENT_REF',
		])
			assert.equal(dateValueProblem(ok), undefined, ok);
		assert.equal(
			dateValueProblem('2025-02-30'),
			'2025-02-30 is not a day of the calendar: write the day as YYYY-MM-DD, such as 2025-01-22.',
		);
		assert.equal(dateValueProblem('2025-13'), '2025-13 is not a month: write the month as YYYY-MM, from 01 to 12.');
		assert.equal(
			dateValueProblem('2025-W60'),
			'2025-W60 is not a week of that year: ISO weeks run from W01 to W52 or W53.',
		);
		assert.equal(
			dateValueProblem('2025-05-01/2025-01-01'),
			'2025-01-01 is before 2025-05-01: write the earlier date first.',
		);
		assert.equal(dateValueProblem('22.01.2025'), 'Write the date as YYYY-MM-DD (such as 2025-01-22), not 22.01.2025.');
		assert.match(dateValueProblem('May') ?? '', /^Not a date value: write a day 2025-01-22, a month 2025-05/);
	});
});

suite('commands: Annotate All Occurrences', () => {
	const occurrences = (
		text: string,
		type: string | undefined,
		scope: 'file' | 'workspace',
		files: Record<string, string> = {},
	) => {
		const s = service(settings());
		for (const [uri, t] of Object.entries(files)) s.setWorkspaceFile(uri, t);
		const { document, target } = marked(doc, text);
		return {
			document,
			result: s.commands.annotateOccurrences(document, { ...target, ...(type && { type }), scope }, noOpen, none),
		};
	};

	test('in the file: whole words only, never inside or across annotations', () => {
		const text =
			H +
			'The «Alder» commission met near Alder and Alderton. [Alder river]{.place} and [Alder]{.place} too; ALDER.\nAlder again.\n';
		const { document, result } = occurrences(text, 'place', 'file');
		assert.equal(
			applied(document, result),
			H +
				'The [Alder]{.place}| commission met near [Alder]{.place} and Alderton. [Alder river]{.place} and [Alder]{.place} too; ALDER.\n[Alder]{.place} again.\n',
		);
		assert.equal(result.message, 'Annotated 3 occurrences of "Alder" as place.');
	});

	test('from an annotation at the cursor: its text, type and ref; words split over lines; CRLF; dates resolved', () => {
		const text =
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 [Ada Lind|qvist]{.person ref=ada} met Ada\r\nLindqvist and Ada  Lindqvist.\r\n';
		const { document, result } = occurrences(text, undefined, 'file');
		assert.equal(
			applied(document, result),
			'---\r\ndate: 2025-01-22\r\n---\r\n😀 [Ada Lind|qvist]{.person ref=ada} met [Ada\r\nLindqvist]{.person ref=ada} and [Ada  Lindqvist]{.person ref=ada}.\r\n',
		);
		const dates = occurrences(H + 'On «May 9» and again on May 9.\n', 'date', 'file');
		assert.equal(
			applied(dates.document, dates.result),
			H + 'On [May 9]{.date value=2025-05-09}| and again on [May 9]{.date value=2025-05-09}.\n',
		);
	});

	test('in the workspace: every article, each date against its own article date, previewed', () => {
		const other = 'file:///test/b.news';
		const otherText = '---\ndate: 2024-03-01\n---\nMay 9 in Norland, not Norlander.\n';
		const { document, result } = occurrences(H + 'On «May 9» in [Norland]{.place}.\n', 'date', 'workspace', {
			[other]: otherText,
			'file:///test/c.news': H + 'Nothing.\n',
		});
		assert.equal(applied(document, result), H + 'On [May 9]{.date value=2025-05-09}| in [Norland]{.place}.\n');
		assert.equal(
			appliedTo(result, other, otherText),
			'---\ndate: 2024-03-01\n---\n[May 9]{.date value=2024-05-09} in Norland, not Norlander.\n',
		);
		assert.equal(needsConfirmation(result.edit!), true);
		assert.equal(result.message, 'Annotated 2 occurrences of "May 9" as date in 2 articles.');
	});

	test('says so when every occurrence is annotated; asks for a type when none is known', () => {
		const nothing = occurrences(H + 'Text , | here.\n', 'place', 'file');
		assert.match(
			nothing.result.error ?? '',
			/Select the text whose occurrences to annotate, or put the cursor on a word/,
		);
		const annotatedAlready = occurrences(H + '[Al|der]{.place} and [Alder]{.place}.\n', undefined, 'file');
		assert.equal(annotatedAlready.result.message, 'Every occurrence of "Alder" is annotated already.');
		const noType = occurrences(H + 'the «Alder» and Alder\n', undefined, 'file');
		assert.match(noType.result.error ?? '', /Choose the type/);
	});
});
