/**
 * The language of an article, which chooses the recognizer (docs/format.md, the header key `language`): declared in
 * the header, else read from the text by the share of Cyrillic among its letters.
 */
export type ArticleLanguage = 'en' | 'ru';

export interface LanguageChoice {
	readonly language: ArticleLanguage;
	/** `header`: the header's `language` (or `lang`) said so; `text`: read from the letters. */
	readonly from: 'header' | 'text';
}

const NAMES: ReadonlyMap<string, ArticleLanguage> = new Map([
	['ru', 'ru'],
	['rus', 'ru'],
	['russian', 'ru'],
	['русский', 'ru'],
	['en', 'en'],
	['eng', 'en'],
	['english', 'en'],
	['английский', 'en'],
]);

/** The language a header value names ("ru", "ru-RU", "Russian", "русский"), or undefined for one without a recognizer. */
export function declaredLanguage(value: unknown): ArticleLanguage | undefined {
	if (typeof value !== 'string') return undefined;
	const v = value.trim().toLowerCase();
	return NAMES.get(v) ?? NAMES.get(v.split(/[-_]/)[0] ?? '');
}

/** Letters looked at: the head of the article says enough, and a long one is not read twice. */
const SAMPLE = 4000;
/**
 * Share of Cyrillic letters from which the text is Russian. Russian news quotes Latin names ("Trend", "Reuters") and
 * English news quotes Russian ones, so a third tells them apart with room on both sides.
 */
const CYRILLIC_SHARE = 1 / 3;

/** Russian when at least a third of the letters (of the first 4,000 characters) are Cyrillic; English otherwise. */
export function detectLanguage(text: string): ArticleLanguage {
	let cyrillic = 0;
	let letters = 0;
	const n = Math.min(text.length, SAMPLE);
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x400 && c <= 0x4ff) {
			cyrillic++;
			letters++;
		} else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))
			letters++;
	}
	return letters > 0 && cyrillic / letters >= CYRILLIC_SHARE ? 'ru' : 'en';
}

/** The header's declared language if it names one we recognize, else the text's. */
export function chooseLanguage(declared: unknown, text: string): LanguageChoice {
	const d = declaredLanguage(declared);
	return d ? { language: d, from: 'header' } : { language: detectLanguage(text), from: 'text' };
}
