import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { interactionsIn } from '../../../server/src/service/views/interactions';
import type { NetworkEdge } from '../../../server/src/shared/views';
import { none, service, settings } from '../../helpers/service';

const KB_URI = 'file:///ws/entities.yaml';
const KB =
	'ada-berg:\n  type: person\n  name: Ada Berg\n  aliases: [Berg]\n  wikidata: Q1\nivo-sand:\n  type: person\n  name: Ivo Sand\nhalvik-board:\n  type: org\n  name: Halvik Water Board\n';
// CRLF, Cyrillic and an emoji (two UTF-16 units) before the annotations; a sentence that runs over a line break.
const A_URI = 'file:///ws/2025/a.news';
const A =
	'---\r\ndate: 2025-01-22\r\ntitle: Berg and Sand sign\r\n---\r\n' +
	'Привет 🤝 [Ada Berg]{.person ref=ada-berg} and [Ivo Sand]{.person ref=ivo-sand} signed a treaty on [January 22]{.date value=2025-01-22}.\r\n' +
	'[Berg]{.person ref=ada-berg} praised the [Halvik Water Board]{.org ref=halvik-board} in [Norland]{.place}\r\nfor its work. ' +
	'[Sand]{.person ref=ivo-sand} will visit in [2025-2027]{.date value=2025/2027}, said [Mr. Tor Lund]{.person}.\r\n';
const B_URI = 'file:///ws/2024/b.news';
const B =
	'---\ndate: 2024-06-01\n---\n[Ada Berg]{.person ref=ada-berg} held talks with [Tor Lund]{.person} in [Norland]{.place} on [Monday]{.date value=2024-05-27}. [Lund]{.person} spoke of [spring]{.date}.\n';

function corpus() {
	const s = service(settings());
	s.setWorkspaceFile(KB_URI, KB);
	s.setWorkspaceFile(A_URI, A);
	s.setWorkspaceFile(B_URI, B);
	return s;
}

const edgeOf = (edges: readonly NetworkEdge[], a: string, b: string) =>
	edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

suite('Network of actors from the workspace index', () => {
	test('people and organizations as nodes, named by the knowledge base, sized by mentions', () => {
		const n = corpus().getNetwork({}, none);
		assert.deepEqual(
			n.nodes.map((x) => [x.id, x.name, x.type, x.ref, x.wikidata, x.mentions, x.articles]),
			[
				['ref:ada-berg', 'Ada Berg', 'person', 'ada-berg', 'Q1', 3, 2],
				['ref:ivo-sand', 'Ivo Sand', 'person', 'ivo-sand', undefined, 2, 1],
				['ref:halvik-board', 'Halvik Water Board', 'org', 'halvik-board', undefined, 1, 1],
				// Without a ref, each spelling is its own entity, as in the outline.
				['text:person:lund', 'Lund', 'person', undefined, undefined, 1, 1],
				['text:person:mr. tor lund', 'Mr. Tor Lund', 'person', undefined, undefined, 1, 1],
				['text:person:tor lund', 'Tor Lund', 'person', undefined, undefined, 1, 1],
			],
		);
		assert.equal(n.totalNodes, 6);
		assert.equal(n.articles, 2);
		assert.deepEqual(n.dateRange, { first: '2024-06-01', last: '2025-01-22' });
	});

	test('an edge per sentence that names both, with what it says they did and where', () => {
		const { edges } = corpus().getNetwork({}, none);
		const signed = edgeOf(edges, 'ref:ada-berg', 'ref:ivo-sand')!;
		assert.equal(signed.weight, 1);
		assert.deepEqual(signed.kinds, ['signed']);
		assert.deepEqual(
			signed.evidence.map((e) => [e.uri, e.line, e.character, e.sentence, e.date]),
			[[A_URI, 4, 0, 'Привет 🤝 Ada Berg and Ivo Sand signed a treaty on January 22.', '2025-01-22']],
		);
		// The sentence runs over a CRLF line break; "Norland" is a place, not drawn by default.
		const praised = edgeOf(edges, 'ref:ada-berg', 'ref:halvik-board')!;
		assert.deepEqual(
			[praised.weight, praised.kinds, praised.evidence[0]!.sentence],
			[1, [], 'Berg praised the Halvik Water Board in Norland for its work.'],
		);
		const talks = edgeOf(edges, 'ref:ada-berg', 'text:person:tor lund')!;
		assert.deepEqual(
			[talks.weight, talks.kinds, talks.firstDate, talks.lastDate],
			[1, ['talks'], '2024-06-01', '2024-06-01'],
		);
		assert.equal(edgeOf(edges, 'ref:ivo-sand', 'text:person:mr. tor lund')!.kinds.length, 1, '"will visit" is a visit');
		assert.equal(edgeOf(edges, 'ref:ivo-sand', 'ref:halvik-board'), undefined, 'different sentences: no edge');
	});

	test('filters: types (places on request), folder, article dates, the strongest nodes', () => {
		const s = corpus();
		const places = s.getNetwork({ types: ['person', 'place'] }, none);
		assert.ok(places.nodes.some((x) => x.id === 'text:place:norland' && x.mentions === 2));
		assert.ok(!places.nodes.some((x) => x.type === 'org'));
		assert.deepEqual(
			s.getNetwork({ folder: 'file:///ws/2024/' }, none).nodes.map((x) => x.name),
			['Ada Berg', 'Lund', 'Tor Lund'],
		);
		assert.equal(s.getNetwork({ from: '2025-01-01' }, none).articles, 1);
		assert.equal(s.getNetwork({ to: '2024-12-31' }, none).articles, 1);
		const top = s.getNetwork({ limit: 2 }, none);
		assert.deepEqual([top.nodes.length, top.totalNodes], [2, 6]);
		assert.ok(
			top.edges.every((e) => top.nodes.some((x) => x.id === e.source) && top.nodes.some((x) => x.id === e.target)),
			'edges only between the nodes sent',
		);
	});

	test('follows the index: an edited article changes the network, a deleted one leaves it', () => {
		const s = corpus();
		s.setWorkspaceFile(
			B_URI,
			'---\ndate: 2024-06-01\n---\n[Ada Berg]{.person ref=ada-berg} called [Ivo Sand]{.person ref=ivo-sand}.\n',
		);
		const edge = edgeOf(s.getNetwork({}, none).edges, 'ref:ada-berg', 'ref:ivo-sand')!;
		assert.deepEqual([edge.weight, edge.kinds], [2, ['signed', 'called']]);
		s.deleteWorkspaceFile(A_URI);
		assert.deepEqual(edgeOf(s.getNetwork({}, none).edges, 'ref:ada-berg', 'ref:ivo-sand')!.kinds, ['called']);
	});

	test('a sentence listing hundreds of names stays bounded', () => {
		const s = service(settings());
		const names = Array.from({ length: 400 }, (_, i) => `[Person ${i}]{.person}`).join(', ');
		s.setWorkspaceFile('file:///ws/list.news', `date 2025-01-01 ${names} met.\n`);
		const n = s.getNetwork({ limit: 1000 }, none);
		assert.equal(n.nodes.length, 400);
		assert.equal(n.edges.length, (30 * 29) / 2);
	});

	test('a cancelled request gives an empty network', () => {
		assert.deepEqual(corpus().getNetwork({}, { isCancellationRequested: true }).nodes, []);
	});
});

suite('Interactions a sentence names', () => {
	for (const [sentence, kinds] of [
		['Lavrov and Kulubayev signed an updated programme.', ['signed']],
		['The ministers held talks in Moscow.', ['talks']],
		['Berg met Sand and they signed a memorandum.', ['signed', 'met']],
		['Berg will visit Halvik in May.', ['visited']],
		['Berg had a telephone conversation with Sand.', ['called']],
		['Berg called for restraint.', []],
		['Berg praised Sand.', []],
		['Лавров и Кулубаев подписали программу.', ['signed']],
		['Министры провели переговоры в Москве.', ['talks']],
		['Лавров встретился с Кулубаевым.', ['met']],
		['Президент посетил Бишкек.', ['visited']],
		['Министры обсудили телефонный разговор.', ['talks', 'called']],
	] as const) {
		test(`"${sentence}": ${kinds.join(', ') || 'none'}`, () => assert.deepEqual(interactionsIn(sentence), kinds));
	}
});

suite('Timeline from the workspace index', () => {
	test('annotated dates with their days (ranges as ranges) and article dates, in time order, each pointing back', () => {
		const t = corpus().getTimeline({}, none);
		assert.deepEqual(
			t.items.map((i) => [i.kind, i.value, i.start, i.end, i.text, i.uri, i.line, i.character]),
			[
				['date', '2024-05-27', '2024-05-27', '2024-05-27', 'Monday', B_URI, 3, 94],
				['article', '2024-06-01', '2024-06-01', '2024-06-01', 'b.news', B_URI, 1, 0],
				['date', '2025/2027', '2025-01-01', '2027-12-31', '2025-2027', A_URI, 6, 58],
				['article', '2025-01-22', '2025-01-22', '2025-01-22', 'Berg and Sand sign', A_URI, 1, 0],
				['date', '2025-01-22', '2025-01-22', '2025-01-22', 'January 22', A_URI, 4, 100],
			],
		);
		assert.equal(t.undated, 1, '"spring" has no value');
		const jan22 = t.items.find((i) => i.text === 'January 22')!;
		assert.deepEqual(
			[jan22.refs, jan22.names, jan22.title],
			[['ada-berg', 'ivo-sand'], ['Ada Berg', 'Ivo Sand'], 'Berg and Sand sign'],
		);
	});

	test('filters: an entity (dates of the articles that mention it), kinds, folder, limit', () => {
		const s = corpus();
		assert.deepEqual(
			new Set(s.getTimeline({ entity: 'ref:ivo-sand' }, none).items.map((i) => i.uri)),
			new Set([A_URI]),
		);
		assert.deepEqual(
			s.getTimeline({ kinds: ['article'] }, none).items.map((i) => i.value),
			['2024-06-01', '2025-01-22'],
		);
		assert.deepEqual(
			s.getTimeline({ folder: 'file:///ws/2024/' }, none).items.map((i) => i.value),
			['2024-05-27', '2024-06-01'],
		);
		const limited = s.getTimeline({ limit: 2 }, none);
		assert.deepEqual([limited.items.length, limited.total], [2, 5]);
	});
});

suite('Views of the seed article (../shared/corpus)', function () {
	const dir = path.resolve(__dirname, '../../../../shared/corpus');
	const article = path.join(dir, 'lavrov-kulubayev-2025-01-22.news');
	const uri = pathToFileURL(article).href;
	const s = service(settings());
	suiteSetup(function () {
		if (!existsSync(article)) {
			console.log(`note: ${article} is absent, so the views of the seed article are not tested`);
			this.skip();
		}
		s.setWorkspaceFile(
			pathToFileURL(path.join(dir, 'entities.yaml')).href,
			readFileSync(path.join(dir, 'entities.yaml'), 'utf8'),
		);
		s.setWorkspaceFile(uri, readFileSync(article, 'utf8'));
	});

	test('the network links Sergey Lavrov and Jeenbek Kulubayev with the sentence that says they signed', () => {
		const n = s.getNetwork({}, none);
		const edge = edgeOf(n.edges, 'ref:sergey-lavrov', 'ref:jeenbek-kulubayev')!;
		assert.ok(edge, JSON.stringify(n.edges.map((e) => [e.source, e.target])));
		assert.equal(edge.kinds[0], 'signed');
		assert.match(
			edge.evidence[0]!.sentence,
			/^Russian Foreign Minister Sergey Lavrov and Kyrgyzstan's Foreign Minister Jeenbek Kulubayev signed/,
		);
		assert.equal(n.nodes.find((x) => x.id === 'ref:sergey-lavrov')!.name, 'Sergey Lavrov');
	});

	test('the timeline shows 2025-01-22 and 2025-05-09 pointing back at the article', () => {
		const items = s.getTimeline({}, none).items;
		for (const day of ['2025-01-22', '2025-05-09'])
			assert.ok(
				items.some((i) => i.start === day && i.uri === uri && i.kind === 'date'),
				day,
			);
	});
});

suite('Corpus views: facts read ahead in slices', () => {
	test('one article a slice until none is missing; the network then is the one a request computes', () => {
		const ahead = corpus();
		assert.equal(ahead.readViewFactsAhead(1, none), true);
		assert.equal(ahead.readViewFactsAhead(1, none), false);
		assert.equal(ahead.readViewFactsAhead(1, none), false);
		assert.deepEqual(ahead.getNetwork({}, none), corpus().getNetwork({}, none));
		assert.deepEqual(ahead.getTimeline({}, none), corpus().getTimeline({}, none));
	});

	test('an edit of an article makes its facts missing again, and the new text is read', () => {
		const s = corpus();
		while (s.readViewFactsAhead(10, none));
		s.setWorkspaceFile(B_URI, `${B}[Ivo Sand]{.person ref=ivo-sand} met [Tor Lund]{.person}.\n`);
		assert.equal(s.readViewFactsAhead(0, none), true);
		assert.equal(s.readViewFactsAhead(1, none), false);
		const fresh = service(settings());
		fresh.setWorkspaceFile(KB_URI, KB);
		fresh.setWorkspaceFile(A_URI, A);
		fresh.setWorkspaceFile(B_URI, `${B}[Ivo Sand]{.person ref=ivo-sand} met [Tor Lund]{.person}.\n`);
		assert.deepEqual(s.getNetwork({}, none), fresh.getNetwork({}, none));
	});

	test('the queue of articles to read: what a request read is not read again, a deleted article not at all', () => {
		const s = corpus();
		s.getNetwork({}, none);
		assert.equal(s.readViewFactsAhead(1, none), false, 'the request read both articles');
		s.setWorkspaceFile(A_URI, `${A}[Ivo Sand]{.person ref=ivo-sand} met [Tor Lund]{.person}.\n`);
		s.deleteWorkspaceFile(A_URI);
		assert.equal(s.readViewFactsAhead(1, none), false, 'nothing to read of a deleted article');
		assert.equal(s.getNetwork({}, none).articles, 1);
	});

	test('a big article is read a part a call (64 sentences), and an edit in the middle starts it again', () => {
		const big = (signed: string) =>
			'---\ndate: 2025-02-01\n---\n' +
			Array.from(
				{ length: 300 },
				(_, i) => `[Ada Berg]{.person ref=ada-berg} ${signed} [Tor Lund]{.person} ${i}.`,
			).join(' ') +
			'\n';
		const BIG_URI = 'file:///ws/big.news';
		const s = service(settings());
		s.setWorkspaceFile(BIG_URI, big('met'));
		let calls = 1;
		while (s.readViewFactsAhead(1, none)) calls++;
		assert.equal(calls, 5, '300 sentences: 5 parts');

		s.setWorkspaceFile(BIG_URI, big('signed with'));
		assert.equal(s.readViewFactsAhead(2, none), true, 'in the middle of the new text');
		s.setWorkspaceFile(BIG_URI, big('called'));
		while (s.readViewFactsAhead(1, none));
		const edge = s.getNetwork({}, none).edges[0]!;
		assert.deepEqual([edge.weight, edge.kinds], [300, ['called']]);
	});

	test('a cancelled token stops the slice with facts still missing', () => {
		assert.equal(corpus().readViewFactsAhead(10, { isCancellationRequested: true }), true);
	});
});
