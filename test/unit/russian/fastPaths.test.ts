import * as assert from 'node:assert/strict';
import { findRussianNames } from '../../../server/src/service/recognize/ru/index';
import { listKey, MAX_LIST_WORDS } from '../../../server/src/service/recognize/ru/lists';
import { matchLists } from '../../../server/src/service/recognize/ru/listMatch';
import { MAX_WORDS, RussianScratch } from '../../../server/src/service/recognize/ru/scratch';
import { holdsShorter } from '../../../server/src/service/recognize/ru/spanEnds';
import { tokenizeRussian, type RuToken } from '../../../server/src/service/recognize/ru/tokenize';

/** Fictional news written for these tests: names, lists, patterns, quotes, Latin and other scripts. */
const ARTICLE =
	'Министр иностранных дел Норланда Йонас Вельдт прибыл в Москву, где его встретил Сергей Лавров. ' +
	'Вельдт и Лавров обсудили работу Межправительственной комиссии по торгово-экономическому, ' +
	'научно-техническому и гуманитарному сотрудничеству. Компания «Северный Ветер» открыла офис в ' +
	'Соединённых Штатах Америки и в Северной Ирландии. Ada Lindqvist из Telegram сказала: «ΑΘΗΝΑ, Київ, İzmir».\n' +
	'Совет Безопасности ООН и Министерство иностранных дел России, Совет Федерации и Всемирный банк. ' +
	'ОДКБ и МИД Риверленда 8,1 млн; Алма-Ата, по-настоящему, 80-летия. Лаврову ответили в Барселоне.\n';

suite('Russian recognizer: the fast paths agree with the plain ones', () => {
	test('a token already in lower case keeps its text as its lower case, as toLowerCase would', () => {
		for (const t of tokenizeRussian(ARTICLE)) assert.equal(t.lower, t.text.toLowerCase());
	});

	test('the list matches stop at a key that begins no phrase, and find what looking up every key finds', () => {
		const scratch = new RussianScratch();
		const tokens = tokenizeRussian(ARTICLE);
		const plain: { from: number; to: number }[] = [];
		const keys = tokens.map((t) => (t.kind === 'word' ? listKey(t.text, t.lower) : t.text));
		for (let i = 0; i < tokens.length; i++) {
			if (!(tokens[i] as RuToken).cap) continue;
			let found: { from: number; to: number } | undefined;
			for (let j = i, key = ''; j < Math.min(tokens.length, i + MAX_LIST_WORDS); j++) {
				key = j === i ? (keys[j] as string) : `${key} ${keys[j] as string}`;
				if (scratch.lists.has(key)) found = { from: i, to: j + 1 };
			}
			if (found) {
				plain.push(found);
				i = found.to - 1;
			}
		}
		const fast = matchLists(tokens, scratch).matches.map((m) => ({ from: m.from, to: m.to }));
		assert.ok(
			fast.some((m) => m.to - m.from > 1),
			'a phrase of several words is listed',
		);
		assert.deepEqual(fast, plain);
	});

	test('a span holds a shorter one: the scan of its tokens and the scan of every span agree', () => {
		let seed = 7;
		const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
		for (let round = 0; round < 200; round++) {
			const n = 30;
			const ends = new Int32Array(n);
			const spans: { from: number; to: number }[] = [];
			for (let i = 0; i < n; i++)
				if (random(3) === 0) {
					const to = Math.min(n, i + 1 + random(3));
					ends[i] = to;
					spans.push({ from: i, to });
					i = to - 1;
				}
			const from = random(n);
			const to = from + 1 + random(n - from);
			const plain = spans.some((s) => s.from >= from && s.to <= to && s.to - s.from < to - from);
			assert.equal(holdsShorter(ends, from, to), plain, `[${from}, ${to}) over ${JSON.stringify(spans)}`);
		}
	});

	test('the words kept between articles, forgotten or too many for the pool, change no mention', () => {
		// an article of more tokens than the pool holds, then the others with the pool full and forgotten between them
		const words = Array.from({ length: MAX_WORDS + 500 }, (_, i) => `Слово${i.toString(36)}`).join(' ');
		const articles = [ARTICLE, `${ARTICLE} ${words}. ${ARTICLE}`, ARTICLE, ARTICLE.toUpperCase(), ARTICLE];
		const shared = new RussianScratch();
		for (const text of articles)
			assert.deepEqual(findRussianNames(text, [], shared), findRussianNames(text, [], new RussianScratch()));
	});
});
