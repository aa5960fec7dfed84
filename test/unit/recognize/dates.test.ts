import * as assert from 'node:assert/strict';
import { findDates, isTimexValue, resolveDate, type DateMention } from '../../../server/src/service/recognize/dates';

const DCT = '2025-01-22'; // a Wednesday, ISO week 4
/** No article date. */
const NONE = 'none';
const dct = (d: string): string | undefined => (d === NONE ? undefined : d);

/** `text=value` of every date found, in order. */
function found(text: string, articleDate = DCT, style?: 'timeml' | 'muc'): string[] {
	return findDates(text, dct(articleDate), style ? { style } : {}).map((d) => `${d.text}=${d.value ?? '?'}`);
}

/** The single date found in `text`. */
function only(text: string, articleDate = DCT): DateMention {
	const all = findDates(text, dct(articleDate));
	assert.equal(all.length, 1, `one date in ${JSON.stringify(text)}, found ${JSON.stringify(all.map((d) => d.text))}`);
	return all[0]!;
}

/** Asserts that `text` holds exactly one date, `span`, with `value`. */
function expectDate(text: string, span: string, value: string | undefined, articleDate = DCT): void {
	const d = only(text, articleDate);
	assert.equal(d.text, span);
	assert.equal(text.slice(d.start, d.end), span);
	assert.equal(d.value, value);
}

suite('dates: the seed article', () => {
	test('yields exactly the dateline, the programme years and May 9', () => {
		const text =
			'TASHKENT, Uzbekistan, January 22. The foreign ministers of both countries approved a Plan of Consultations for 2025-2027 ' +
			'after talks in Moscow, the agency reports.\n\nThe minister said the plan will deepen coordination.\n\n' +
			'He noted that the President was invited to the parade in Moscow on May 9 in honor of the 80th anniversary of the victory.';
		assert.deepEqual(found(text), ['January 22=2025-01-22', '2025-2027=2025/2027', 'May 9=2025-05-09']);
	});
});

suite('dates: full dates', () => {
	test('Month day, year', () =>
		expectDate('The accord was signed on January 22, 2025 in Bishkek.', 'January 22, 2025', '2025-01-22'));
	test('day Month year', () => expectDate('It was signed on 22 January 2025.', '22 January 2025', '2025-01-22'));
	test('ISO', () => expectDate('Signed 2025-01-22 at the ministry.', '2025-01-22', '2025-01-22'));
	test('abbreviated month with a dot', () =>
		expectDate('On Jan. 22, coalition forces struck.', 'Jan. 22', '2025-01-22'));
	test('ordinal day', () => expectDate('The vote is on March 3rd.', 'March 3rd', '2025-03-03'));
	test('weekday, month day: the weekday picks the year', () =>
		expectDate('On Friday, Dec. 26, the envoy arrives.', 'Friday, Dec. 26', '2025-12-26'));
	test('day.month.year', () => expectDate('The decree of 15.03.2024 entered into force.', '15.03.2024', '2024-03-15'));
	test('month/day/year', () => expectDate('Filed 03/15/2024 with the court.', '03/15/2024', '2024-03-15'));
	test('an absolute date keeps its value without an article date', () =>
		expectDate('On 22 January 2025 they met.', '22 January 2025', '2025-01-22', NONE));
});

suite('dates: month and day without a year', () => {
	test('the nearest occurrence: May 9 ahead of a January article', () =>
		expectDate('Celebrations are held on May 9.', 'May 9', '2025-05-09'));
	test('the nearest occurrence: December just past', () =>
		expectDate('The deal was signed on December 12.', 'December 12', '2024-12-12'));
	test('a future cue moves it ahead', () =>
		expectDate('The summit will be held on January 10.', 'January 10', '2026-01-10'));
	test('a past cue moves a far day back', () => expectDate('The accord was signed on May 9.', 'May 9', '2024-05-09'));
	test('a day at most a month ahead stays ahead under a past cue (a deadline)', () =>
		expectDate('The offer had been due to expire Feb. 10.', 'Feb. 10', '2025-02-10'));
	test('no value without an article date', () =>
		expectDate('Celebrations are held on May 9.', 'May 9', undefined, NONE));
	test('day month', () => expectDate('Talks in Paris on 10 December ended.', '10 December', '2024-12-10'));
});

suite('dates: months, years, decades, ranges', () => {
	test('a month alone', () => expectDate('The talks resume in March.', 'March', '2025-03'));
	test('a month alone more than four months ahead is the one before', () =>
		expectDate('The chairman stepped down in June.', 'June', '2024-06'));
	test('month and year', () => expectDate('Elections took place in March 2024.', 'March 2024', '2024-03'));
	test('month of last year', () => expectDate('They met in June last year.', 'June last year', '2024-06'));
	test('last + month', () => expectDate('They met last June.', 'last June', '2024-06'));
	test('a year', () => expectDate('Trade grew in 2024.', '2024', '2024'));
	test('a year range', () => expectDate('A programme for 2025-2027 was adopted.', '2025-2027', '2025/2027'));
	test('a year range with two digits', () => expectDate('It fought in 1980-88.', '1980-88', '1980/1988'));
	test('a decade', () => expectDate('Ties date from the 1990s.', 'the 1990s', '199'));
	test('a decade in the MUC convention', () =>
		assert.deepEqual(found('Ties date from the 1990s.', DCT, 'muc'), ['1990s=199']));
	test('a day range', () => expectDate('The forum runs January 20-24.', 'January 20-24', '2025-01-20/2025-01-24'));
	test('a day range over the new year', () =>
		expectDate('Offices close Dec. 30-Jan. 2.', 'Dec. 30-Jan. 2', '2024-12-30/2025-01-02'));
	test('the MUC convention marks the ends of a range apart', () =>
		assert.deepEqual(found('Sales run May 1-31 and the cup June 19-July 10, 1999.', DCT, 'muc'), [
			'May 1=2025-05-01',
			'31=2025-05-31',
			'June 19=1999-06-19',
			'July 10, 1999=1999-07-10',
		]));
	test('mid-year', () => expectDate('Output should recover by mid-2025.', 'mid-2025', '2025'));
	test('fiscal year', () => expectDate('Spending in FY2025 rose.', 'FY2025', '2025'));
	test('years in words, as broadcast transcripts write them', () =>
		assert.deepEqual(
			found(
				'In nineteen ninety-one he was convicted. January nineteen ninety-seven. Prices of the winter of nineteen ninety-four, by the year two thousand.',
			),
			[
				'nineteen ninety-one=1991',
				'January nineteen ninety-seven=1997-01',
				'the winter of nineteen ninety-four=1994-WI',
				'the year two thousand=2000',
			],
		));
	test('"nineteen" alone is a number', () => assert.deepEqual(found('Nineteen people died in twenty towns.'), []));
	test('century', () => expectDate('The challenges of the 21st century are new.', 'the 21st century', '20'));
});

suite('dates: weekdays', () => {
	test('the latest such weekday', () => expectDate('The ministers met on Tuesday.', 'Tuesday', '2025-01-21'));
	test('the article day itself', () => expectDate('The ministers met on Wednesday.', 'Wednesday', '2025-01-22'));
	test('ahead with a future cue', () => expectDate('The ministers will meet on Friday.', 'Friday', '2025-01-24'));
	test('the verb the weekday follows, before a cue further back', () =>
		expectDate('They said they would appeal the ruling, announced Monday by the court.', 'Monday', '2025-01-20'));
	test('"until" and "as early as" look ahead', () =>
		assert.deepEqual(found('Officials postponed until Friday any action; he may come as early as Monday.'), [
			'Friday=2025-01-24',
			'Monday=2025-01-27',
		]));
	test('"Until" opening a sentence of the past does not', () =>
		expectDate('Until Friday, they had not met.', 'Friday', '2025-01-17'));
	test('an infinitive before the weekday looks ahead; "to" before a name does not', () =>
		assert.deepEqual(found('Talks were set to resume Monday. It was the third to join NATO on Friday.'), [
			'Monday=2025-01-27',
			'Friday=2025-01-17',
		]));
	test('"ahead of" looks ahead', () => expectDate('Traders sold ahead of the weekend.', 'the weekend', '2025-W04-WE'));
	test('a weekday in the possessive is past, though a "would" comes earlier', () =>
		expectDate('They said they would appeal Monday’s ruling.', 'Monday', '2025-01-20'));
	test('a participle after "be" keeps the tense of its auxiliary', () =>
		expectDate('The dividend will be paid Monday.', 'Monday', '2025-01-27'));
	test('last Friday', () => expectDate('They spoke last Friday.', 'last Friday', '2025-01-17'));
	test('next Monday', () => expectDate('They speak next Monday.', 'next Monday', '2025-01-27'));
	test('a weekday with a time of day is a date, the whole of it, with its day (TimeML would make it a TIME)', () =>
		assert.deepEqual(found('Talks ended Friday night and at 10 p.m. Thursday.'), [
			'Friday night=2025-01-17',
			'Thursday=2025-01-16',
		]));
	test('midnight before the weekday, the morning after a shifted one, and yesterday evening', () =>
		assert.deepEqual(
			found('The truce began at midnight Thursday; they met last Monday morning and yesterday evening.'),
			['Thursday=2025-01-16', 'last Monday morning=2025-01-20', 'yesterday evening=2025-01-21'],
		));
	test('the MUC convention keeps the weekday of "Thursday night"', () =>
		assert.deepEqual(found('Talks ended Thursday night.', DCT, 'muc'), ['Thursday=2025-01-16']));
});

suite('dates: expressions relative to the article date', () => {
	const cases: [string, string, string][] = [
		['He arrived yesterday.', 'yesterday', '2025-01-21'],
		['He arrives today.', 'today', '2025-01-22'],
		['He leaves tomorrow.', 'tomorrow', '2025-01-23'],
		['They met last week.', 'last week', '2025-W03'],
		['They meet this week.', 'this week', '2025-W04'],
		['They meet next month.', 'next month', '2025-02'],
		['Trade grew this year.', 'this year', '2025'],
		['Trade grew last year.', 'last year', '2024'],
		['The treaty was signed two years ago.', 'two years ago', '2023'],
		['Trade fell earlier this month.', 'earlier this month', '2025-01'],
		['Profit rose in the first quarter.', 'the first quarter', '2025-Q1'],
		['It lost money in the year-earlier quarter.', 'the year-earlier quarter', '2023-Q4'],
		['It had a year-ago loss.', 'year-ago', '2023-Q4'],
		['Sales in the latest period rose.', 'the latest period', '2024-Q4'],
		['Sales for the full year rose.', 'the full year', '2025'],
		['Sales should rise in the current fiscal year.', 'the current fiscal year', '2025'],
		['The deal closes by year-end.', 'year-end', '2025-12-31'],
		['Prices have risen since year-end.', 'year-end', '2024-12-31'],
		['Trade grew over the past year.', 'the past year', '2024'],
		['Profit rose in the fourth quarter of 2024.', 'the fourth quarter of 2024', '2024-Q4'],
		['They met last summer.', 'last summer', '2024-SU'],
		['Sanctions are now in force.', 'now', 'PRESENT_REF'],
		['In the past, relations were cold.', 'the past', 'PAST_REF'],
		['Ties will grow in the future.', 'the future', 'FUTURE_REF'],
		['Markets were calm over the weekend.', 'the weekend', '2025-W03-WE'],
		['Growth should pick up early next year.', 'early next year', '2026'],
		['The fund closes at the end of the year.', 'the end of the year', '2025'],
		['A decade ago, ties were cold.', 'A decade ago', '2015'],
		['Revenue rose in Q3 2024.', 'Q3 2024', '2024-Q3'],
		['Output grew in the first half of 2024.', 'the first half of 2024', '2024-H1'],
		['Earnings fall in the last half of 2024.', 'the last half of 2024', '2024-H2'],
		['Exports rose in January-March 2024.', 'January-March 2024', '2024-01/2024-03'],
	];
	for (const [text, span, value] of cases) test(`${span} -> ${value}`, () => expectDate(text, span, value));
	test('"Today" opening a quotation written with ``', () =>
		expectDate("He said: ``Today is a sad day.''", 'Today', '2025-01-22'));
	test('relative dates have no value without an article date', () =>
		expectDate('They met last week.', 'last week', undefined, NONE));
	test('"the past week" is a duration, not a date', () =>
		assert.deepEqual(found('Over the past week prices fell.'), []));
	test('the MUC convention leaves deictic expressions out', () =>
		assert.deepEqual(found('Yesterday and last week, and now.', DCT, 'muc'), []));
	test('a season of a given year', () =>
		expectDate('Elections are due in the spring of 2026.', 'the spring of 2026', '2026-SP'));
	test('a holiday', () => expectDate('Offices close for Christmas.', 'Christmas', '2024-12-25'));
});

suite('dates: read against the date named before', () => {
	test('"later that year", "the following month", "that quarter" and "earlier that day"', () =>
		assert.deepEqual(
			found(
				'He fled in June 2024 and returned later that year. Talks began in March 2024 and ended the following month. Sales fell in the second quarter of 2023; that quarter was hard. On May 2, 2024, he left; earlier that day he spoke.',
			),
			[
				'June 2024=2024-06',
				'later that year=2024',
				'March 2024=2024-03',
				'the following month=2024-04',
				'the second quarter of 2023=2023-Q2',
				'that quarter=2023-Q2',
				'May 2, 2024=2024-05-02',
				'earlier that day=2024-05-02',
			],
		));
	test('"the following quarter" is left out (quarters of reports follow fiscal years)', () =>
		assert.deepEqual(found('Sales fell in the second quarter of 2023 and rose the following quarter.'), [
			'the second quarter of 2023=2023-Q2',
		]));
	test('no date without one named before in the paragraph', () =>
		assert.deepEqual(found('Trades made that day were cancelled. It opened in 2020.\n\nThat year was hard.'), [
			'2020=2020',
		]));
});

suite('dates: reports of results', () => {
	test('"a year ago" after results per share is the latest quarter of last year', () =>
		expectDate(
			'Net rose to $5 million, or 10 cents a share, from $4 million, or 8 cents a share, a year ago.',
			'a year ago',
			'2023-Q4',
		));
	test('"a year earlier" after an amount compared, too', () =>
		expectDate('Revenue fell to $8 million from $9 million a year earlier.', 'a year earlier', '2023-Q4'));
	test('"a year earlier" is the quarter the paragraph named, a year before', () =>
		assert.deepEqual(found('Profit rose in the second quarter to $5 million from $4 million a year earlier.'), [
			'the second quarter=2024-Q2',
			'a year earlier=2023-Q2',
		]));
	test('the latest quarter and the year-earlier one are those the paragraph named', () =>
		assert.deepEqual(
			found(
				'It earned $2 million in the second quarter. Sales in the latest quarter rose; the year-ago quarter was weak.',
			),
			['the second quarter=2024-Q2', 'the latest quarter=2024-Q2', 'the year-ago quarter=2023-Q2'],
		));
	test('after "the nine months" the comparison is of years', () =>
		expectDate(
			'For the nine months, net was $9 million, or 30 cents a share, against $8 million a year earlier.',
			'a year earlier',
			'2024',
		));
	test('"the 2023 period" and "the 2023 quarter" are the latest quarter (or the one named) of that year', () =>
		assert.deepEqual(found('It lost $5 million in the 2023 period. Sales fell in the 2023 quarter.'), [
			'the 2023 period=2023-Q4',
			'the 2023 quarter=2023-Q4',
		]));
	test('"the 2023 period" after "the nine months" is the year', () =>
		expectDate(
			'In the nine months, it lost $5 million, against $4 million in the 2023 period.',
			'the 2023 period',
			'2023',
		));
	test('outside a report, a year ago is last year', () =>
		expectDate('The treaty was signed a year ago.', 'a year ago', '2024'));
	test('a quarter named in another paragraph is not read', () =>
		assert.deepEqual(found('Profit rose in the third quarter.\n\nThe envoys met a year ago.'), [
			'the third quarter=2024-Q3',
			'a year ago=2024',
		]));
});

suite('dates: words that only look like dates', () => {
	const none: string[] = [
		'Russia may sign the accord.',
		'Russia May Sign Accord, Officials Say',
		'Thousands joined a march on the capital.',
		'The March on Washington was recalled.',
		'The Sun reported the story.',
		'Mar Elias is a monastery.',
		'August Wilson wrote plays.',
		'Prime Minister Theresa May spoke.',
		'The camp holds 2025 people.',
		'The Council adopted resolution 2043 unanimously.',
		'Prices fall when supply rises.',
		'The fall of Aleppo changed the war.',
		'They cited the Sunday Times.',
		'He wrote in USA Today.',
		'Markets open every Friday.',
		'I know the answer.',
		'The Arab Spring began in Tunisia.',
		'He spoke at the Future Investment Initiative.',
		'The envoy arrived at 1500 GMT.',
	];
	for (const text of none) test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
	test('a capitalized May after a preposition is a month', () =>
		expectDate('Elections are set for May.', 'May', '2025-05'));
	test('"Now" opening a sentence is a date', () => expectDate('Now Russia says it will sign.', 'Now', 'PRESENT_REF'));
	test('a weekday before a name, after "on"', () => expectDate('On Sunday Putin said so.', 'Sunday', '2025-01-19'));
	test('a year standing alone is a year', () => expectDate('The 1994 World Cup drew crowds.', '1994', '1994'));
});

suite('dates: offsets', () => {
	test('UTF-16 offsets after Cyrillic text', () => {
		const text = 'Москва, 22 января. The ministers met on January 22, 2025.';
		const d = only(text);
		assert.equal(d.start, text.indexOf('January'));
		assert.equal(text.slice(d.start, d.end), 'January 22, 2025');
	});
	test('UTF-16 offsets after an emoji (a surrogate pair)', () => {
		const text = '🇰🇬🤝🇷🇺 Talks resume on May 9.';
		const d = only(text);
		assert.equal(d.start, text.indexOf('May 9'));
		assert.equal(d.end, text.indexOf('May 9') + 5);
		assert.equal(d.value, '2025-05-09');
	});
	test('CRLF text', () => {
		const text = 'BISHKEK, January 22.\r\nThe plan for 2025-2027 was signed.\r\nCelebrations on May 9.\r\n';
		const all = findDates(text, DCT);
		assert.deepEqual(
			all.map((d) => text.slice(d.start, d.end)),
			['January 22', '2025-2027', 'May 9'],
		);
		assert.deepEqual(
			all.map((d) => d.value),
			['2025-01-22', '2025/2027', '2025-05-09'],
		);
	});
	test('a date-time article date counts by its day', () =>
		expectDate('He arrived yesterday.', 'yesterday', '1998-03-13', '1998-03-14T10:47:00'));
	test('mentions do not overlap and come in order', () => {
		const text = 'From January 20-24, 2025, through mid-2025 and the first half of 2026, until next year.';
		const all = findDates(text, DCT);
		for (let i = 1; i < all.length; i++) assert.ok(all[i]!.start >= all[i - 1]!.end);
	});
});

suite('dates: resolveDate', () => {
	test('resolves a whole expression', () => {
		assert.equal(resolveDate('May 9', DCT), '2025-05-09');
		assert.equal(resolveDate('last week', DCT), '2025-W03');
		assert.equal(resolveDate('2025-2027', DCT), '2025/2027');
		assert.equal(resolveDate('the first quarter', DCT), '2025-Q1');
	});
	test('takes a selection that a context check would refuse, and a leading preposition', () => {
		assert.equal(resolveDate('May', DCT), '2025-05');
		assert.equal(resolveDate('on May 9.', DCT), '2025-05-09');
		assert.equal(resolveDate(' in 2024 ', DCT), '2024');
	});
	test('undefined for no date, or a relative date without an article date', () => {
		assert.equal(resolveDate('the ministry', DCT), undefined);
		assert.equal(resolveDate('May 9 and Lavrov', DCT), undefined);
		assert.equal(resolveDate('yesterday', undefined), undefined);
		assert.equal(resolveDate('22 January 2025', undefined), '2025-01-22');
	});
});

suite('dates: isTimexValue', () => {
	test('accepts TIMEX3 date values', () => {
		for (const v of [
			'2025',
			'2025-01',
			'2025-01-22',
			'2025-01-22T10:30',
			'2025-W04',
			'2025-W04-WE',
			'2025-Q1',
			'2025-H2',
			'2025-SU',
			'199',
			'199X',
			'20',
			'PRESENT_REF',
			'PAST_REF',
			'2025/2027',
			'2025-01-20/2025-01-24',
		])
			assert.ok(isTimexValue(v), v);
	});
	test('refuses what is no date value', () => {
		for (const v of [
			'',
			'2025-13',
			'2025-02-30',
			'2025-W54',
			'2025-Q5',
			'May',
			'2027/2025',
			'PRESENT_REF/2025',
			'2025/2026/2027',
			'P1Y',
		])
			assert.ok(!isTimexValue(v), v);
	});
	test('every value the recognizer gives is one', () => {
		const text =
			'On Friday, Dec. 26, last week, the 1990s, 2025-2027, the third quarter, last fall, now, two years ago, Christmas, the weekend, mid-2025, the 21st century.';
		for (const d of findDates(text, DCT))
			assert.ok(d.value === undefined || isTimexValue(d.value), `${d.text}=${d.value}`);
	});
});
