/**
 * Russian inflection by suffix rules: the stem that the case forms of a word share ("Лавров", "Лаврова", "Лаврову",
 * "Лавровым": "лавров"; "Москва", "в Москве": "москв"), and the nominative of a person's name ("Владимиром Путиным":
 * "Владимир Путин"). No morphology package from the npm registry was taken: those found ship dictionaries of
 * tens of megabytes for a language service that loads in the editor.
 */

/** Case endings, longest first, so that "-ией" is tried before "-ей". */
const ENDINGS = [
	'иями',
	'ями',
	'ами',
	'ией',
	'ого',
	'его',
	'ому',
	'ему',
	'ыми',
	'ими',
	'ой',
	'ей',
	'ий',
	'ый',
	'ая',
	'яя',
	'ое',
	'ее',
	'ую',
	'юю',
	'ом',
	'ем',
	'ём',
	'ам',
	'ям',
	'ах',
	'ях',
	'ию',
	'ия',
	'ии',
	'ие',
	'ью',
	'ья',
	'ье',
	'ым',
	'им',
	'ы',
	'и',
	'а',
	'я',
	'у',
	'ю',
	'е',
	'о',
	'ь',
	'й',
];

const MAX_STEMS = 50_000;

/**
 * The stem of a lower-case word: its longest case ending cut where three letters stay; short words stay whole.
 * `stems`: the stems found, by word (`RussianScratch.stems`: an article repeats its words, and the tagger, the lists
 * and the names all ask); none, for a word asked once.
 */
export function stemOf(lower: string, stems?: Map<string, string>): string {
	if (lower.length < 5) return lower;
	const known = stems?.get(lower);
	if (known !== undefined) return known;
	let stem = lower;
	for (const e of ENDINGS) {
		if (lower.endsWith(e) && lower.length - e.length >= 3) {
			stem = lower.slice(0, lower.length - e.length);
			break;
		}
	}
	if (stems) {
		if (stems.size >= MAX_STEMS) stems.clear();
		stems.set(lower, stem);
	}
	return stem;
}

/** Whether the word is Cyrillic (only Cyrillic words are inflected here: "Trend" is Trend in every case). */
const CYRILLIC = /^[\u0400-\u04ff-]+$/;

/** Surname suffixes of the -ov/-in type, before their case ending. */
const SURNAME = /(?:ов|ев|ёв|ин|ын)$/;

/**
 * The nominative of one word of a person's name, read as a man's unless the article says otherwise: `seen` holds
 * the article's words as written, and an ambiguous form (Лаврова: a man's genitive or a woman's name) is taken back
 * to the shorter form only when the article writes that form too.
 */
export function nameWordLemma(word: string, seen: ReadonlySet<string>, shortest = 4): string {
	if (!CYRILLIC.test(word) || word.length < shortest) return word;
	const base = (cut: number, add = ''): string => word.slice(0, word.length - cut) + add;
	// instrumental and dative of a man's surname, unambiguous: "Путиным", "Лавровым", "Кулубаеву"
	if (/ым$/.test(word) && SURNAME.test(base(2))) return base(2);
	if (/[уе]$/.test(word) && SURNAME.test(base(1))) return base(1);
	if (/ом$/.test(word) && SURNAME.test(base(2))) return base(2);
	// genitive or a woman's name: "Лаврова"
	if (/а$/.test(word) && SURNAME.test(base(1))) return seen.has(base(1)) ? base(1) : word;
	// adjectival surnames: "Чайковского", "Чайковскому", "Чайковским" -> "Чайковский"
	if (/(?:ск|цк)(?:ого|ому|им|ом)$/.test(word)) return word.replace(/(?:ого|ому|им|ом)$/, 'ий');
	// first names in -ей: "Сергея", "Сергею", "Сергеем" -> "Сергей"
	if (/е(?:я|ю|ем)$/.test(word)) return word.replace(/(?:я|ю|ем)$/, 'й');
	// a man's first name ending in a consonant: "Владимиром", "Владимиру"; -а only when the article has the short form
	if (/[бвгджзклмнпрстфхцчшщ](?:ом|ем|у)$/.test(word)) return word.replace(/(?:ом|ем|у)$/, '');
	if (/[бвгджзклмнпрстфхцчшщ]а$/.test(word) && seen.has(base(1))) return base(1);
	return word;
}

/**
 * The nominative of a person's name, word by word, and each part of a hyphenated word: a part of three letters too
 * ("Жан-Ива" is "Жан-Ив" where the article writes "Жан-Ив"; a word of three letters alone stays as written: "Ким",
 * "Ын"), read against the parts the article writes (`seen` holds its words, the parts of its hyphenated ones too).
 */
export function personLemma(words: readonly string[], seen: ReadonlySet<string>): string {
	return words
		.map((w) => {
			if (!w.includes('-')) return nameWordLemma(w, seen);
			return w
				.split('-')
				.map((part) => nameWordLemma(part, seen, 3))
				.join('-');
		})
		.join(' ');
}

/**
 * How much a Russian name looks like its nominative, word by word, to name an entity by the form a reader expects
 * among its case forms: a bare stem ("Лавров", "Путин") most, then a word in -а, -я, -ь, -й ("Москва", "Мария",
 * "Кремль", "Сергей"), an oblique ending ("Москве", "Лаврову", "Марии") not at all. Latin words count nothing.
 */
export function nominativeScore(text: string): number {
	let score = 0;
	for (const word of text.toLowerCase().split(/[\s-]+/)) {
		if (!/^[\u0400-\u04ff]+$/.test(word)) continue;
		if (stemOf(word) === word && !/[уюеиыо]$/.test(word)) score += 3;
		else if (/[аяьй]$/.test(word)) score += 2;
	}
	return score;
}
