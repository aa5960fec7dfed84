import * as assert from 'node:assert/strict';
import { findNames } from '../../../server/src/service/recognize/names';
import { makeContext } from '../../../server/src/service/recognize/names/context';
import { articleCandidates } from '../../../server/src/service/recognize/names/coref';
import {
	personsYieldToLongerTagged,
	yieldToLongerTagged,
} from '../../../server/src/service/recognize/names/longerTagged';
import { NameScratch } from '../../../server/src/service/recognize/names/nameScratch';
import { personsAfterRoleNouns } from '../../../server/src/service/recognize/names/roleNouns';
import { withArticleVotes } from '../../../server/src/service/recognize/names/tagger';
import { type Candidate, candidate } from '../../../server/src/service/recognize/names/types';

/** The mentions as "type:text" strings, in order. */
const names = (text: string): string[] => findNames(text).map((m) => `${m.type}:${m.text}`);

/** The token index of `word`'s `nth` occurrence in `text`'s tokens. */
const at = (text: string, word: string, nth = 0): number => {
	const ctx = makeContext(text, new NameScratch());
	const all = ctx.tokens.flatMap((t, i) => (t.text === word ? [i] : []));
	const i = all[nth];
	if (i === undefined) throw new Error(`no ${word} in ${text}`);
	return i;
};

suite('names: a place that opens a longer name', () => {
	const text = 'He played for the Vancouver Canucks and flew to Vancouver on Friday.';
	const ctx = makeContext(text, new NameScratch());
	const first = at(text, 'Vancouver');
	const second = at(text, 'Vancouver', 1);
	const lists: Candidate[] = [
		candidate(first, first + 1, 'place', 'list', 0.83),
		candidate(second, second + 1, 'place', 'list', 0.83),
	];
	test("the list's place yields where the tagger reads an organization or a person from it", () => {
		const kept = yieldToLongerTagged(ctx, lists, [candidate(first, first + 2, 'org', 'model', 0.6)]);
		assert.deepEqual(
			kept.map((c) => c.from),
			[second],
		);
	});
	test('not where the tagger reads a longer place, nor a shorter name', () => {
		for (const m of [
			candidate(first, first + 2, 'place', 'model', 0.6),
			candidate(first, first + 1, 'org', 'model', 0.6),
		])
			assert.equal(yieldToLongerTagged(ctx, lists, [m]).length, 2);
	});
	test('not where a listed word lengthens it', () => {
		const t2 = 'Talks between Iraq Iran ended.';
		const c2 = makeContext(t2, new NameScratch());
		const iraq = at(t2, 'Iraq');
		const place = [candidate(iraq, iraq + 1, 'place', 'list', 0.86)];
		assert.equal(yieldToLongerTagged(c2, place, [candidate(iraq, iraq + 2, 'org', 'model', 0.6)]).length, 1);
	});
});

suite('names: a name word alone in the article', () => {
	test('stands for the full name alone, not where another capitalized word runs it on', () => {
		const text = 'Ruairi Ferrie sang. Later Ruairi Cavanagh joined, and Ruairi played.';
		const ctx = makeContext(text, new NameScratch());
		const [a, b, c] = [at(text, 'Ruairi'), at(text, 'Ruairi', 1), at(text, 'Ruairi', 2)];
		const chosen = [candidate(a, a + 2, 'person', 'model', 0.7), candidate(b, b + 2, 'org', 'model', 0.45)];
		const found = articleCandidates(ctx, chosen, []).filter((x) => x.type === 'person' && x.from > a);
		assert.deepEqual(
			found.map((x) => x.from),
			[c],
		);
	});
});

suite('names: a word of a full name alone', () => {
	test('a letter, or a common word of a name only the tagger read, does not stand for the person', () => {
		const text = 'Charles I met Dervla Tea. Later I saw Tea and Dervla.';
		const ctx = makeContext(text, new NameScratch());
		const [c, m] = [at(text, 'Charles'), at(text, 'Dervla')];
		const chosen = [candidate(c, c + 2, 'person', 'model', 0.7), candidate(m, m + 2, 'person', 'model', 0.7)];
		const alone = articleCandidates(ctx, chosen, [])
			.filter((x) => x.to - x.from === 1)
			.map((x) => ctx.tokens[x.from]?.text);
		assert.deepEqual(alone, ['Dervla']);
	});
});

suite("names: one sense per article for the tagger's lone words", () => {
	test('a person alone where it stands untagged too; not a numeral, a file or a common word', () => {
		const text =
			'Tavish spoke. Parts VI and Scouting.doc and Scouting went to Tavish. VI and Scouting.doc and Scouting.';
		const ctx = makeContext(text, new NameScratch());
		const tagged = ['Tavish', 'VI', 'Scouting.doc', 'Scouting'].map((w) => {
			const i = at(text, w);
			return candidate(i, i + 1, 'person', 'model', 0.6);
		});
		const added = withArticleVotes(ctx, tagged)
			.slice(tagged.length)
			.map((c) => ctx.tokens[c.from]?.text);
		assert.deepEqual(added, ['Tavish']);
	});
});

suite('names: a name after a noun of a person', () => {
	test('is the person, whatever type the tagger gave it; not after a word that qualifies a body', () => {
		const text = 'We met our guide Tavi Rangiora and the official Radio Network.';
		const ctx = makeContext(text, new NameScratch());
		const [g, r] = [at(text, 'Tavi'), at(text, 'Radio')];
		const chosen = [candidate(g, g + 2, 'org', 'model', 0.6), candidate(r, r + 2, 'org', 'model', 0.6)];
		personsAfterRoleNouns(ctx, chosen);
		assert.deepEqual(
			chosen.map((c) => c.type),
			['person', 'org'],
		);
	});
});

suite('names: a known first name inside a longer name', () => {
	test('is no person where an unlisted capitalized word runs on into it; after a title, a nationality or a common word opening the sentence it is', () => {
		assert.ok(!names('He was traded to the St. Louis Cardinals in May.').some((m) => m.startsWith('person:')));
		assert.ok(names('Striker Wayne Rooney scored twice.').includes('person:Wayne Rooney'));
		assert.deepEqual(names('Iraqi Ahmad Chalabi met Senator Mary Landrieu.'), [
			'person:Ahmad Chalabi',
			'person:Mary Landrieu',
		]);
	});
});

suite('names: a listed place with a qualifier', () => {
	test('the qualifier is part of the place, not where it ends another name', () => {
		const ms = names('They moved to Greater Poland and then to West Germany. The Air Force West Germany unit stayed.');
		assert.ok(ms.includes('place:Greater Poland') && ms.includes('place:West Germany'), ms.join(', '));
		assert.ok(!ms.includes('place:Force West Germany'), ms.join(', '));
	});
});

suite('names: a first name inside a longer name', () => {
	const text = 'She met Gotthold Ephraim Lessing and Senator John Smith.';
	const ctx = makeContext(text, new NameScratch());
	const [g, e, j] = [at(text, 'Gotthold'), at(text, 'Ephraim'), at(text, 'John')];
	test("the pattern's person yields to the tagger's longer one; one after a title keeps its role", () => {
		const patterns = [
			candidate(e, e + 2, 'person', 'pattern', 0.8),
			candidate(j, j + 2, 'person', 'pattern', 0.8, undefined, { from: j - 1, to: j }),
		];
		const model = [candidate(g, g + 3, 'person', 'model', 0.6), candidate(j - 1, j + 2, 'person', 'model', 0.6)];
		assert.deepEqual(
			personsYieldToLongerTagged(ctx, patterns, model).map((c) => c.from),
			[j],
		);
	});
});
