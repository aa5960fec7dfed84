/**
 * The Russian lists of the recognizer: countries (the Russian names of `i18n-iso-countries`, with short forms),
 * capitals and large cities, and the organizations of Russian diplomatic news, matched by stem so that every case
 * form counts ("в Москве", "Киргизии", "МИДа"). Each entry keeps its nominative as the canonical name.
 */
import countriesRu from 'i18n-iso-countries/langs/ru.json';
import { stemOf } from './inflection';

export type ListType = 'place' | 'org';

export interface ListEntry {
	readonly type: ListType;
	/** the nominative, as the list writes it */
	readonly name: string;
	readonly words: number;
}

/** Short and other names of countries that the ISO list leaves out. */
const MORE_COUNTRIES = [
	'США',
	'Соединённые Штаты',
	'Соединенные Штаты',
	'Америка',
	'Великобритания',
	'Британия',
	'Англия',
	'Кыргызстан',
	'РФ',
	'КНР',
	'Китай',
	'Китайская Народная Республика',
	'КНДР',
	'Северная Корея',
	'Южная Корея',
	'Белоруссия',
	'Молдавия',
	'Таджикистан',
	'Туркмения',
	'Туркменистан',
	'Узбекистан',
	'Казахстан',
	'Азербайджан',
	'Грузия',
	'Армения',
	'Иран',
	'Сирия',
	'Палестина',
	'Косово',
	'Абхазия',
	'Южная Осетия',
	'Приднестровье',
	'Евросоюз',
].filter((n) => n !== 'Евросоюз');

/** Capitals and large cities often in the news (nominative). */
const CITIES = [
	'Москва',
	'Санкт-Петербург',
	'Петербург',
	'Бишкек',
	'Ош',
	'Астана',
	'Алма-Ата',
	'Алматы',
	'Ташкент',
	'Душанбе',
	'Ашхабад',
	'Баку',
	'Ереван',
	'Тбилиси',
	'Минск',
	'Киев',
	'Кишинёв',
	'Кишинев',
	'Рига',
	'Вильнюс',
	'Таллин',
	'Варшава',
	'Берлин',
	'Париж',
	'Лондон',
	'Рим',
	'Мадрид',
	'Лиссабон',
	'Вена',
	'Прага',
	'Будапешт',
	'Бухарест',
	'София',
	'Белград',
	'Афины',
	'Анкара',
	'Стамбул',
	'Тегеран',
	'Багдад',
	'Дамаск',
	'Бейрут',
	'Каир',
	'Эр-Рияд',
	'Доха',
	'Дубай',
	'Абу-Даби',
	'Иерусалим',
	'Тель-Авив',
	'Кабул',
	'Исламабад',
	'Дели',
	'Нью-Дели',
	'Пекин',
	'Шанхай',
	'Токио',
	'Сеул',
	'Пхеньян',
	'Ханой',
	'Бангкок',
	'Джакарта',
	'Вашингтон',
	'Нью-Йорк',
	'Оттава',
	'Мехико',
	'Гавана',
	'Каракас',
	'Бразилиа',
	'Буэнос-Айрес',
	'Брюссель',
	'Женева',
	'Страсбург',
	'Гаага',
	'Хельсинки',
	'Стокгольм',
	'Осло',
	'Копенгаген',
	'Новосибирск',
	'Екатеринбург',
	'Казань',
	'Нижний Новгород',
	'Владивосток',
	'Сочи',
	'Калининград',
	'Крым',
	'Севастополь',
	'Донецк',
	'Луганск',
	'Чечня',
	'Дагестан',
	'Сибирь',
	'Кавказ',
	'Европа',
	'Азия',
	'Африка',
	'Ближний Восток',
	'Центральная Азия',
];

/** Organizations: international, Russian state bodies, news agencies. */
const ORGANIZATIONS = [
	'ООН',
	'ОДКБ',
	'ЕАЭС',
	'ШОС',
	'СНГ',
	'ОБСЕ',
	'НАТО',
	'ЕС',
	'БРИКС',
	'МАГАТЭ',
	'ВОЗ',
	'ВТО',
	'МВФ',
	'ЮНЕСКО',
	'ЮНИСЕФ',
	'ОПЕК',
	'АСЕАН',
	'ПАСЕ',
	'Евросоюз',
	'Европейский союз',
	'Евразийский экономический союз',
	'Совет Безопасности ООН',
	'Совбез ООН',
	'Генассамблея ООН',
	'Еврокомиссия',
	'Европарламент',
	'Международный валютный фонд',
	'Всемирный банк',
	'МИД',
	'МИД России',
	'МИД РФ',
	'Министерство иностранных дел',
	'Министерство иностранных дел России',
	'Кремль',
	'Госдума',
	'Государственная дума',
	'Совет Федерации',
	'Совфед',
	'Совбез',
	'Совет безопасности',
	'Правительство России',
	'Минобороны',
	'Министерство обороны',
	'Минфин',
	'Минэкономразвития',
	'ФСБ',
	'МВД',
	'СВР',
	'МЧС',
	'Роскосмос',
	'Росатом',
	'Газпром',
	'Роснефть',
	'Сбербанк',
	'Центробанк',
	'ЦБ',
	'ТАСС',
	'РИА Новости',
	'Интерфакс',
	'Trend',
	'Reuters',
	'Белый дом',
	'Пентагон',
	'Госдеп',
	'Госдепартамент',
	'Государственный департамент',
	'Конгресс',
	'Сенат',
	'Бундестаг',
	'Верховная рада',
	'Жогорку Кенеш',
	'Мажилис',
];

/** The key of a token for the lists: its stem, or the word itself when short or in capitals ("ООН", "Ош"). */
export function listKey(text: string, lower: string, stems?: Map<string, string>): string {
	if (lower.length < 5 || text === text.toUpperCase()) return lower;
	return stemOf(lower, stems);
}

/** The key of a phrase: its words' keys. */
function phraseKeyOf(name: string): string {
	return name
		.split(/\s+/)
		.map((w) => listKey(w, w.toLowerCase()))
		.join(' ');
}

/** The lists by phrase key (`../data.ts` builds them once). */
export function readRussianLists(): ReadonlyMap<string, ListEntry> {
	const t = new Map<string, ListEntry>();
	const add = (name: string, type: ListType): void => {
		const key = phraseKeyOf(name);
		if (!t.has(key)) t.set(key, { type, name, words: name.split(/\s+/).length });
	};
	for (const n of ORGANIZATIONS) add(n, 'org');
	for (const v of Object.values((countriesRu as { countries: Record<string, string | string[]> }).countries))
		for (const n of Array.isArray(v) ? v : [v]) if (!/[(),]/.test(n)) add(n, 'place');
	for (const n of MORE_COUNTRIES) add(n, 'place');
	for (const n of CITIES) add(n, 'place');
	return t;
}

/**
 * The first four letters of the listed places' one-word names ("япон" of Япония): an adjective starting so
 * ("японского", "испанской") is most likely that place's, which NEREL marks as the place.
 */
export function readPlacePrefixes(lists: ReadonlyMap<string, ListEntry>): ReadonlySet<string> {
	const p = new Set<string>();
	for (const [key, e] of lists)
		if (e.type === 'place' && e.words === 1 && key.length >= 4 && /^[а-яё]/.test(key)) p.add(key.slice(0, 4));
	return p;
}

/**
 * The keys that begin a longer listed phrase, word by word ("соединенн" of "соединенн штат"): a match stops growing
 * at a key that begins none, instead of looking up every longer key.
 */
export function readListPrefixes(lists: ReadonlyMap<string, ListEntry>): ReadonlySet<string> {
	const p = new Set<string>();
	for (const key of lists.keys())
		for (let i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) p.add(key.slice(0, i));
	return p;
}

/** The longest phrase of the lists. */
export const MAX_LIST_WORDS = 5;
