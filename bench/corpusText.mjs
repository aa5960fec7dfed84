// Generated articles of fictional diplomacy, ~5 KB each with a knowledge base, for the corpus benchmarks (corpus.mjs, views.mjs).
export const ARTICLE_BYTES = 5_000;

function random(seed) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const FIRST = [
	'Anna',
	'Tomas',
	'Marta',
	'Ilse',
	'Oskar',
	'Ada',
	'Jonas',
	'Leila',
	'Pavel',
	'Sofia',
	'Emil',
	'Nadia',
	'Viktor',
	'Greta',
	'Anton',
	'Mira',
	'Karl',
	'Yusuf',
	'Olga',
	'Timur',
];
const LAST = [
	'Lindqvist',
	'Brenner',
	'Oyelaran',
	'Halvorsen',
	'Petrov',
	'Berg',
	'Aaltonen',
	'Karimova',
	'Novak',
	'Ferreira',
	'Dahl',
	'Sorensen',
	'Ibrahim',
	'Kovacs',
	'Marek',
	'Tanaka',
	'Quist',
	'Rahimov',
	'Weiss',
	'Zhakupov',
];
const PLACES = [
	'Norland',
	'Riverland',
	'Halvik',
	'Ostmark',
	'Vellin',
	'Karsk',
	'Dunmore',
	'Sarova',
	'Tallis',
	'Brennmark',
	'Eskeby',
	'Lorvik',
	'Marrow Bay',
	'Quillford',
	'Amberlee',
	'Novarsk',
];
const ORG_HEADS = [
	'Ministry of Foreign Affairs of',
	'Water Board of',
	'Trade Council of',
	'Central Bank of',
	'Parliament of',
	'Port Authority of',
];
const ROLES = ['Foreign Minister', 'Prime Minister', 'Ambassador', 'Trade Envoy', 'President'];
const VERBS = ['met', 'called', 'thanked', 'criticised', 'welcomed', 'received', 'wrote to'];
const FILLER = [
	'The talks covered water sharing, transit fees and the new rail corridor along the river.',
	'Both sides agreed to meet again before the end of the year, officials said.',
	'The statement did not mention the disputed border crossing.',
	'Observers noted that the tone was warmer than at the previous meeting.',
	'A joint commission will report on the progress of the programme.',
	'Journalists were not allowed to attend the closed session.',
	'Встреча прошла в дружественной атмосфере, сообщили дипломаты. 🤝',
];
const person = (r) => `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`;
const idOf = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pick = (r, list) => list[Math.floor(r() * list.length)];

export function knowledgeBase() {
	const lines = [];
	for (const f of FIRST)
		for (const l of LAST.slice(0, 5))
			lines.push(
				`${idOf(`${f} ${l}`)}:\n  type: person\n  name: ${f} ${l}\n  aliases: [${l} ${f[0]}.]\n  description: A fictional minister`,
			);
	for (const p of PLACES) lines.push(`${idOf(p)}:\n  type: place\n  name: ${p}`);
	for (const h of ORG_HEADS)
		for (const p of PLACES.slice(0, 4)) lines.push(`${idOf(`${h} ${p}`)}:\n  type: org\n  name: ${h} ${p}`);
	return `${lines.join('\n')}\n`;
}

export function article(i) {
	const r = random(i + 1);
	const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
	let text = `---\ndate: ${day}\ntitle: Talks in ${pick(r, PLACES)}, number ${i}\nsource: Attache Bench Wire\n---\n`;
	while (text.length < ARTICLE_BYTES) {
		const a = person(r);
		const b = person(r);
		const place = pick(r, PLACES);
		const org = `${pick(r, ORG_HEADS)} ${pick(r, PLACES)}`;
		const aRef = LAST.slice(0, 5).includes(a.split(' ')[1]) ? ` ref=${idOf(a)}` : '';
		const placeType = r() < 0.03 ? 'org' : 'place';
		text +=
			`[${pick(r, ROLES)}]{.role} [${a}]{.person${aRef}} ${pick(r, VERBS)} ${b} in [${place}]{.${placeType}${r() < 0.5 ? ` ref=${idOf(place)}` : ''}} ` +
			`on [${day}]{.date value=${day}}, and the [${org}]{.org} said so. ${pick(r, FILLER)} ${pick(r, FILLER)}\n\n`;
	}
	return text;
}
