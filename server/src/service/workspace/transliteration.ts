/**
 * Two scripts, one entity: a Russian name in Latin letters ("Кулубаев" is "Kulubayev", "Kulubaev"), so that a
 * knowledge-base entry written in one script links the name written in the other.
 */

/**
 * BGN/PCGN romanization, the one English-language news agencies mostly follow (without its ь and ъ marks), with the
 * letters of the other Cyrillic alphabets of the region (Ukrainian, Belarusian, Kazakh, Kyrgyz): the one table from
 * Cyrillic to Latin, for linking the scripts and for the ids that Add to Knowledge Base proposes.
 */
const LATIN: Readonly<Record<string, string>> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	і: 'i',
	ї: 'yi',
	є: 'ye',
	ґ: 'g',
	ў: 'w',
	ә: 'a',
	ғ: 'g',
	қ: 'q',
	ң: 'ng',
	ө: 'o',
	ұ: 'u',
	ү: 'u',
	һ: 'h',
};

/** After these (and at the start of a word) е is "ye" and ё "yo": "Ельцин" Yeltsin, "Кулубаев" Kulubayev. */
const VOWEL_OR_SIGN = /[аеёиоуыэюяйъь]/;

const CYRILLIC = /[\u0400-\u04ff]/;

/** Whether the text has a Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
	return CYRILLIC.test(text);
}

/** A Cyrillic text in Latin letters, BGN/PCGN-like, capitals kept: "Жээнбек Кулубаев" -> "Zheenbek Kulubayev". */
export function romanize(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		const lower = c.toLowerCase();
		let latin = LATIN[lower];
		if (latin === undefined) {
			out += c;
			continue;
		}
		const prev = i > 0 ? (text[i - 1] as string).toLowerCase() : '';
		const wordStart = i === 0 || !CYRILLIC.test(prev);
		if (lower === 'е' && (wordStart || VOWEL_OR_SIGN.test(prev))) latin = 'ye';
		if (lower === 'ё' && !wordStart && !VOWEL_OR_SIGN.test(prev)) latin = 'yo';
		if (c !== lower && latin) {
			const next = text[i + 1];
			const capsWord = next !== undefined && next !== next.toLowerCase();
			latin = capsWord ? latin.toUpperCase() : (latin[0] as string).toUpperCase() + latin.slice(1);
		}
		out += latin;
	}
	return out;
}

/**
 * A name as compared across the scripts: in Latin letters, lower case, without diacritics, and with the variants
 * of romanization made one: kh and h, zh and j, y, i and j, ye, yo and e (ё: "Artyom", "Artem"), ya and ia, yu and iu, x and ks, w
 * and v ("Kulubayev", "Kulubaev" and "Кулубаев"; "Sergei", "Sergey", "Sergej" and "Сергей"; "Dmitry", "Dmitriy",
 * "Dmitrii" and "Дмитрий"; "Khabarovsk", "Habarovsk"; "Japarov", "Zhaparov" and "Жапаров").
 */
export function scriptKey(text: string): string {
	return romanize(text.normalize('NFC'))
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’ʹʺ`]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/x/g, 'ks')
		.replace(/kh/g, 'h')
		.replace(/zh/g, 'j')
		.replace(/tz/g, 'ts')
		.replace(/w/g, 'v')
		.replace(/j/g, 'y')
		.replace(/y[eo]/g, 'e')
		.replace(/y([au])/g, 'i$1')
		.replace(/y/g, 'i')
		.replace(/ii+/g, 'i');
}

/** Whether two names are one across the scripts: one in Cyrillic, the other not, and the same by scriptKey. */
export function sameAcrossScripts(a: string, b: string): boolean {
	return hasCyrillic(a) !== hasCyrillic(b) && scriptKey(a) === scriptKey(b);
}

/** Latin letter groups back to Cyrillic, longest first ("y" alone: see cyrillicGuess). */
const CYRILLIC_OF: readonly (readonly [string, string])[] = [
	['shch', 'щ'],
	['sh', 'ш'],
	['ch', 'ч'],
	['zh', 'ж'],
	['kh', 'х'],
	['ts', 'ц'],
	['ya', 'я'],
	['yu', 'ю'],
	['ye', 'е'],
	['yo', 'ё'],
	['ia', 'ия'],
	['ei', 'ей'],
	['a', 'а'],
	['b', 'б'],
	['c', 'к'],
	['d', 'д'],
	['e', 'е'],
	['f', 'ф'],
	['g', 'г'],
	['h', 'х'],
	['i', 'и'],
	['j', 'дж'],
	['k', 'к'],
	['l', 'л'],
	['m', 'м'],
	['n', 'н'],
	['o', 'о'],
	['p', 'п'],
	['q', 'к'],
	['r', 'р'],
	['s', 'с'],
	['t', 'т'],
	['u', 'у'],
	['v', 'в'],
	['w', 'в'],
	['x', 'кс'],
	['z', 'з'],
];

/**
 * A Latin name as it would likely be written in Cyrillic ("Kulubayev" -> "Кулубаев", "Sadyr" -> "Садыр"): a guess,
 * good enough to find an entry by the first letters typed in the other script, never written into a file.
 */
export function cyrillicGuess(text: string): string {
	let out = '';
	const lower = text.toLowerCase();
	for (let i = 0; i < lower.length;) {
		const c = lower[i] as string;
		// a final -y after a consonant is -ий ("Dmitry", "Yury"), an inner one ы ("Sadyr")
		if (
			c === 'y' &&
			!/\p{L}/u.test(lower.slice(i + 1, i + 2)) &&
			i > 0 &&
			/[bcdfghjklmnpqrstvwxz]/.test(lower[i - 1] as string)
		) {
			out += 'ий';
			i++;
			continue;
		}
		if (
			c === 'y' &&
			!/[aeiouy]/.test(lower.slice(i + 1, i + 2)) &&
			i > 0 &&
			/[bcdfghjklmnpqrstvwxz]/.test(lower[i - 1] as string)
		) {
			out += 'ы';
			i++;
			continue;
		}
		if (c === 'y' && !/[aeou]/.test(lower.slice(i + 1, i + 2))) {
			out += 'й';
			i++;
			continue;
		}
		const hit = CYRILLIC_OF.find(([latin]) => lower.startsWith(latin, i));
		if (!hit) {
			out += text[i];
			i++;
			continue;
		}
		const upper = text[i] !== c;
		out += upper ? (hit[1][0] as string).toUpperCase() + hit[1].slice(1) : hit[1];
		i += hit[0].length;
	}
	return out;
}
