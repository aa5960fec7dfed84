import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNames, type NameMention } from '../../../server/src/service/recognize/names';
import { tokenize } from '../../../server/src/service/recognize/names/tokenize';

/** The mentions as "type:text" strings, in order. */
const names = (text: string, extra?: Parameters<typeof findNames>[1]): string[] =>
	findNames(text, extra).map((m) => `${m.type}:${m.text}`);
const find = (text: string, phrase: string, extra?: Parameters<typeof findNames>[1]): NameMention | undefined =>
	findNames(text, extra).find((m) => m.text === phrase);

suite('names: tokenizer', () => {
	test('splits possessives, keeps initialisms, initials and abbreviations', () => {
		const toks = tokenize("Uzbekistan's envoy met U.S. officials and Mr. John W. Smith Jr. in Washington D.C.").map(
			(t) => t.text,
		);
		assert.deepEqual(toks.slice(0, 2), ['Uzbekistan', "'s"]);
		for (const t of ['U.S.', 'Mr.', 'W.', 'Jr.', 'D.C.']) assert.ok(toks.includes(t), t);
	});
	test('splits a name from a lower-case word after a hyphen, keeps hyphenated names', () => {
		const toks = tokenize('An Almaty-based firm and the Kazakh-Chinese border near al-Khorgos.').map((t) => t.text);
		assert.ok(toks.includes('Almaty') && toks.includes('based'));
		assert.ok(toks.includes('Kazakh-Chinese'));
		assert.ok(toks.includes('al-Khorgos'));
	});
	test('offsets are UTF-16 offsets of the source text', () => {
		const text = '“Привет” — said Ms. Zhou in Tashkent’s centre.';
		for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end).replace(/[’`]/g, "'"), t.text);
	});
	test('marks sentence starts', () => {
		const toks = tokenize('Talks ended. Officials left.\nThe end');
		assert.deepEqual(
			toks.filter((t) => t.sentStart).map((t) => t.text),
			['Talks', 'Officials', 'The'],
		);
	});
});

suite('names: lists', () => {
	test('countries, capitals and big cities are places', () => {
		assert.deepEqual(names('Delegations from Kazakhstan and Tajikistan met in Dushanbe and Almaty.'), [
			'place:Kazakhstan',
			'place:Tajikistan',
			'place:Dushanbe',
			'place:Almaty',
		]);
		assert.equal(find('The talks in Astana ended.', 'Astana')?.source, 'list');
	});
	test('international organizations and news agencies are organizations, with the full name of an acronym', () => {
		const ms = findNames('NATO and the OSCE disagreed, Reuters and Xinhua reported.');
		assert.deepEqual(
			ms.map((m) => `${m.type}:${m.text}`),
			['org:NATO', 'org:OSCE', 'org:Reuters', 'org:Xinhua'],
		);
		assert.equal(ms.find((m) => m.text === 'OSCE')?.canonical, 'Organization for Security and Co-operation in Europe');
	});
	test('government bodies are organizations', () => {
		assert.deepEqual(names('The Kremlin and the White House traded notes; the Pentagon declined to comment.'), [
			'org:Kremlin',
			'org:White House',
			'org:Pentagon',
		]);
	});
	test('a nationality alone is no place', () => {
		assert.deepEqual(names('The Russian and Uzbek sides agreed.'), []);
	});
	test('events and holidays are not emitted', () => {
		assert.deepEqual(names('Veterans of the Great Patriotic War marched on Victory Day.'), []);
	});
});

suite('names: patterns', () => {
	test('a title before a name: the person is the name, the title is its role', () => {
		const text = 'Turkish Foreign Minister Hakan Fidan arrived.';
		const m = find(text, 'Hakan Fidan');
		assert.equal(m?.type, 'person');
		assert.equal(m?.source, 'pattern');
		assert.ok(m?.role);
		assert.equal(text.slice(m.role.start, m.role.end), 'Turkish Foreign Minister');
	});
	test('a title with a place: "President of Tajikistan"', () => {
		const text = 'President of Tajikistan Emomali Rahmon spoke.';
		const m = find(text, 'Emomali Rahmon');
		assert.equal(m?.type, 'person');
		assert.equal(text.slice(m?.role?.start, m?.role?.end), 'President of Tajikistan');
		assert.equal(find(text, 'Tajikistan')?.type, 'place');
	});
	test('organization heads and complements', () => {
		assert.deepEqual(names('Students of the Tashkent State University met the Ministry of Digital Development.'), [
			'org:Tashkent State University',
			'org:Ministry of Digital Development',
		]);
		assert.deepEqual(names('The Joint Commission on Energy, Transport and Water Resources met.'), [
			'org:Joint Commission on Energy, Transport and Water Resources',
		]);
	});
	test('a nationality before "Foreign Ministry" is one organization', () => {
		assert.deepEqual(names('The Kazakh Foreign Ministry said so.'), ['org:Kazakh Foreign Ministry']);
	});
	test('an acronym defined in parentheses: both organizations, the acronym with its expansion', () => {
		const ms = findNames('The Caspian Littoral Working Group (CLWG) met. Later the CLWG adjourned.');
		assert.deepEqual(
			ms.map((m) => `${m.type}:${m.text}`),
			['org:Caspian Littoral Working Group', 'org:CLWG', 'org:CLWG'],
		);
		assert.equal(ms[1]?.canonical, 'Caspian Littoral Working Group');
		assert.equal(ms[2]?.canonical, 'Caspian Littoral Working Group');
	});
	test('possessives: the name without "\'s"', () => {
		assert.deepEqual(names("Turkmenistan's gas reached Uzbekistan's border."), [
			'place:Turkmenistan',
			'place:Uzbekistan',
		]);
	});
	test('place words and a dateline in capitals', () => {
		assert.deepEqual(names('DUSHANBE, Tajikistan, March 3. Water of the Vakhsh River rose.'), [
			'place:DUSHANBE',
			'place:Tajikistan',
			'place:Vakhsh River',
		]);
	});
	test('a company named by its web address is an organization', () => {
		assert.deepEqual(names('Shares of Goto.com rose, and Goto.com said so.'), ['org:Goto.com', 'org:Goto.com']);
	});
	test('an office opening a sentence, its holder after a comma: the person with the office as role', () => {
		const text = 'The attack was condemned.\nMinister for the Middle East, Tobias Ellwood said: it was cruel.';
		const m = find(text, 'Tobias Ellwood');
		assert.equal(m?.type, 'person');
		assert.equal(text.slice(m?.role?.start, m?.role?.end), 'Minister for the Middle East');
	});
	test('a country ending the line before a title is not part of the role', () => {
		const text = 'A restaurant in Hilla in Iraq\nMinister Tobias Ellwood said it was cruel.';
		const m = find(text, 'Tobias Ellwood');
		assert.equal(text.slice(m?.role?.start, m?.role?.end), 'Minister');
		assert.equal(find(text, 'Iraq')?.type, 'place');
	});
	test('a venue named with a first-name word is a place, not a person', () => {
		assert.equal(find('The team opens at Yankee Stadium next season.', 'Yankee Stadium')?.type, 'place');
	});
	test('a small place named by a common word is no place as the last word of another name', () => {
		assert.ok(!names('The pledge was made at the G7 Ise-Shima Summit in May.').includes('place:Summit'));
	});
	test('a known first name before a capitalized word makes a person', () => {
		assert.deepEqual(names('The report was written by Maria Kowalczyk.'), ['person:Maria Kowalczyk']);
	});
});

suite('names: the article', () => {
	test('a surname alone refers to the full name seen earlier', () => {
		const ms = findNames('Foreign Minister Bakhtiyor Saidov met reporters. Saidov said the talks went well.');
		const later = ms.filter((m) => m.text === 'Saidov');
		assert.equal(later.length, 1);
		assert.equal(later[0]?.type, 'person');
		assert.equal(later[0]?.source, 'article');
		assert.equal(later[0]?.canonical, 'Bakhtiyor Saidov');
	});
	test('the distinctive first word of a company stands for it alone', () => {
		const ms = findNames('Merrill Lynch & Co. set up offices. Merrill itself was a partnership.');
		const m = ms.find((x) => x.text === 'Merrill');
		assert.equal(m?.type, 'org');
		assert.equal(m?.canonical, 'Merrill Lynch');
		assert.ok(!findNames('Open Text Corp. grew. Open markets helped.').some((x) => x.text === 'Open'));
	});
	test('a name typed once keeps its type', () => {
		const ms = findNames('Engineers reached the Toktogul Reservoir. Toktogul Reservoir is full.');
		assert.deepEqual(
			ms.map((m) => m.type),
			['place', 'place'],
		);
	});
});

suite('names: the model', () => {
	test('finds a name no list or pattern knows, from its context', () => {
		const ms = findNames('Officials at Petrotrin said that the contract was signed.');
		const m = ms.find((x) => x.text === 'Petrotrin');
		assert.equal(m?.source, 'model');
		assert.ok(m && m.confidence > 0 && m.confidence < 0.85);
	});
	test('a word tagged an organization alone is one where it stands untagged, after "The" too', () => {
		const ms = findNames('Later the Yankees won. The Yankees went 4-4.').filter((m) => m.text === 'Yankees');
		assert.deepEqual(
			ms.map((m) => m.type),
			['org', 'org'],
		);
	});
	test('an unlisted acronym of joined parts that the tagger takes for a place is a body', () => {
		for (const m of findNames('Accordingly, the numbers of CJTF-OIR and AT&T are not reported.'))
			if (m.text === 'CJTF-OIR' || m.text === 'AT&T') assert.equal(m.type, 'org', m.text);
	});
	test('a sentence-initial common word is no name', () => {
		assert.deepEqual(names('Talks resumed in Ankara.'), ['place:Ankara']);
	});
});

suite('names: workspace names', () => {
	test('knowledge-base names win, with their type and source', () => {
		const ms = findNames('Officials of Kyrgyzaltyn met Kambarata staff.', [
			{ text: 'Kyrgyzaltyn', type: 'org', source: 'knowledge-base', id: 'kyrgyzaltyn' },
			{ text: 'Kambarata', type: 'place', source: 'corpus' },
		]);
		assert.deepEqual(
			ms.map((m) => `${m.type}:${m.text}:${m.source}`),
			['org:Kyrgyzaltyn:knowledge-base', 'place:Kambarata:corpus'],
		);
	});
	test("'none' silences a phrase", () => {
		assert.deepEqual(
			names('The Moscow Format met.', [{ text: 'Moscow Format', type: 'none', source: 'knowledge-base' }]),
			[],
		);
	});
});

suite('names: the contract', () => {
	test('mentions are sorted, do not overlap and carry their text', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.constantFrom(
						'Foreign',
						'Minister',
						'Sergey',
						'Lavrov',
						'met',
						'the',
						'Bank',
						'of',
						'Kyrgyzstan',
						"'s",
						'(',
						'EAEU',
						')',
						',',
						'.',
						'in',
						'Moscow',
						'President',
						'University',
						'al-Maliki',
						'NATO',
						'\n',
						'U.S.',
						'-',
						'based',
					),
					{ maxLength: 40 },
				),
				(words) => {
					const text = words.join(' ');
					const ms = findNames(text);
					let end = 0;
					for (const m of ms) {
						assert.ok(m.start >= end && m.end > m.start);
						assert.equal(text.slice(m.start, m.end), m.text);
						assert.ok(m.confidence > 0 && m.confidence <= 1);
						end = m.end;
					}
				},
			),
			{ numRuns: 300 },
		);
	});
	test('empty and odd input', () => {
		assert.deepEqual(findNames(''), []);
		assert.deepEqual(findNames('   \n\n  '), []);
		assert.doesNotThrow(() => findNames('(( )) && &amp; 12,3 ’’ `` __'));
	});
});

suite('names: the people of diplomacy', () => {
	test('untitled famous actors in short sentences are persons, the places beside them places', () => {
		assert.deepEqual(names('Lavrov met Putin in Moscow.'), ['person:Lavrov', 'person:Putin', 'place:Moscow']);
		assert.deepEqual(names('Macron called Erdogan on Monday.'), ['person:Macron', 'person:Erdogan']);
		assert.deepEqual(names('Guterres urged restraint.'), ['person:Guterres']);
	});
	test('transliterations and accents alike: Zelensky, Zelenskyy, Erdoğan', () => {
		assert.deepEqual(names('Zelenskyy thanked Erdoğan and Zelensky thanked Scholz.'), [
			'person:Zelenskyy',
			'person:Erdoğan',
			'person:Zelensky',
			'person:Scholz',
		]);
	});
	test('a full name is one person, a surname in its family-name-first order too', () => {
		assert.deepEqual(names('Wang Yi and Xi Jinping met Sergei Lavrov.'), [
			'person:Wang Yi',
			'person:Xi Jinping',
			'person:Sergei Lavrov',
		]);
	});
	test("a surname or another spelling stands for the listed full name; the article's own full name still counts", () => {
		const canonical = (text: string) => findNames(text).map((m) => `${m.text}=${m.canonical ?? ''}`);
		assert.deepEqual(canonical('Lavrov met Putin and Sergei Lavrov left; Erdogan stayed.'), [
			'Lavrov=Sergey Lavrov',
			'Putin=Vladimir Putin',
			'Sergei Lavrov=Sergey Lavrov',
			'Erdogan=Recep Tayyip Erdoğan',
		]);
		// a full name as listed first needs none
		assert.deepEqual(canonical('Sergey Lavrov spoke.'), ['Sergey Lavrov=']);
	});
	test('a listed name may open with a lower-case particle', () => {
		assert.deepEqual(names('Officials met bin Salman, von der Leyen and de Mistura.'), [
			'person:bin Salman',
			'person:von der Leyen',
			'person:de Mistura',
		]);
	});
	test('a title before the name keeps the role the title pattern marks', () => {
		const m = find('Russian Foreign Minister Sergey Lavrov arrived.', 'Sergey Lavrov');
		assert.equal(m?.type, 'person');
		assert.ok(m?.role, 'the role of the title pattern');
	});
	test('the workspace knowledge base wins over the built-in list', () => {
		assert.deepEqual(
			names('Lavrov met Putin.', [{ text: 'Lavrov', type: 'org', source: 'knowledge-base', id: 'lavrov-fund' }]),
			['org:Lavrov', 'person:Putin'],
		);
		assert.deepEqual(names('Putin spoke.', [{ text: 'Putin', type: 'none', source: 'knowledge-base' }]), []);
	});
	test('a surname shared by many or by a place stays to the full name', () => {
		const ms = findNames('Kim said Johnson and Costa left for Jordan.');
		assert.deepEqual(
			ms.filter((m) => m.source === 'list').map((m) => `${m.type}:${m.text}`),
			['place:Jordan'],
		);
	});
});

suite('names: signs inside names', () => {
	test('an encoded ampersand inside a word is one word, between words part of the name', () => {
		assert.ok(tokenize('Shares of AT&amp;T and AT&AMP;T rose.').some((t) => t.text === 'AT&amp;T'));
		assert.ok(tokenize('AT&AMP;T rose.').some((t) => t.text === 'AT&AMP;T'));
		assert.ok(names('Procter &AMP; Gamble Co. rose.').includes('org:Procter &AMP; Gamble Co.'));
	});
	test("a possessive inside a company's name, and a company's suffix ending it", () => {
		assert.deepEqual(names("McDonald's Corp. and Macy's Inc. gained."), ["org:McDonald's Corp.", "org:Macy's Inc."]);
		assert.deepEqual(names('Johnson & Johnson Inc. and Merrill Lynch & Co. rose.'), [
			'org:Johnson & Johnson Inc.',
			'org:Merrill Lynch & Co.',
		]);
	});
	test('a possessive after a country is no part of the name', () => {
		assert.deepEqual(names("Russia's Foreign Ministry said so."), ['place:Russia', 'org:Foreign Ministry']);
	});
	test('initials and particles stay in the name', () => {
		assert.ok(names('J. Smith spoke to reporters.').includes('person:J. Smith'));
		assert.ok(names('Carla del Ponte, the prosecutor, spoke.').includes('person:Carla del Ponte'));
	});
});
