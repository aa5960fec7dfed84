import { stemOf } from '../recognize/ru/inflection';

/**
 * Entity identity across the workspace: a knowledge-base id (`ref`) when there is one, else, for a date, its value,
 * else the type and the text, compared without regard to case or white space, and Russian words by their stem, so
 * that their case forms are one entity ("Лавров", "Лаврова", "Лавровым"; the outline groups the same way).
 */
export function entityKey(type: string, text: string, ref: string | undefined, value: string | undefined): string {
	if (ref !== undefined && ref !== '') return `ref:${ref}`;
	if (type === 'date' && value) return `value:${value}`;
	return `text:${type}:${normalizeEntityText(text)}`;
}

/** A Cyrillic word, hyphens inside ("Алма-Ата"). */
const CYRILLIC_WORD = /[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*/g;

/**
 * The text as compared for identity: NFC, white space collapsed, lower case, and each Cyrillic word cut to the stem
 * its case forms share ("москва", "москве": "москв"), ё read as е. The stem keeps what tells names apart: "Мария",
 * "Марии" and "Марией" are "мар", "Марина" and "Мариной" are "марин".
 */
export function normalizeEntityText(text: string): string {
	const plain = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
	return /[\u0400-\u04ff]/.test(plain)
		? plain.replace(CYRILLIC_WORD, (w) => w.split('-').map(russianWordKey).join('-'))
		: plain;
}

/**
 * One Russian word's identity: its stem, less a last е or и that a case ending left ("Сергея", "Сергеем": "серге";
 * "Сергей": "серг"; "Дмитрием": "дмитри"), so that a name in -ей or -ий is one with its case forms.
 */
function russianWordKey(lower: string): string {
	const word = lower.replace(/ё/g, 'е');
	const stem = stemOf(word);
	return stem !== word && stem.length >= 4 && /[еи]$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The knowledge-base id of a key made from a ref. */
export function refOfKey(key: string): string | undefined {
	return key.startsWith('ref:') ? key.slice(4) : undefined;
}

/** Whether annotations of this type are entities (a role is a title that attaches to a person, not an entity). */
export function isEntityType(type: string | undefined): type is string {
	return type !== undefined && type !== '' && type !== 'role';
}
