/**
 * Entity identity across the workspace: a knowledge-base id (`ref`) when there is one, else, for a date, its value,
 * else the type and the text, compared without regard to case or white space (the outline groups the same way).
 */
export function entityKey(type: string, text: string, ref: string | undefined, value: string | undefined): string {
	if (ref !== undefined && ref !== '') return `ref:${ref}`;
	if (type === 'date' && value) return `value:${value}`;
	return `text:${type}:${normalizeEntityText(text)}`;
}

/** The text as compared for identity: NFC, white space collapsed, lower case. */
export function normalizeEntityText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The knowledge-base id of a key made from a ref. */
export function refOfKey(key: string): string | undefined {
	return key.startsWith('ref:') ? key.slice(4) : undefined;
}

/** Whether annotations of this type are entities (a role is a title that attaches to a person, not an entity). */
export function isEntityType(type: string | undefined): type is string {
	return type !== undefined && type !== '' && type !== 'role';
}
