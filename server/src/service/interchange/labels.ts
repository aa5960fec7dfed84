/** Labels of other tools for the built-in types (CoNLL's PER, spaCy's GPE, brat's Organization...), lower-cased. */
const ALIASES: Readonly<Record<string, string>> = {
	per: 'person',
	pers: 'person',
	person: 'person',
	people: 'person',
	org: 'org',
	organization: 'org',
	organisation: 'org',
	loc: 'place',
	location: 'place',
	gpe: 'place',
	place: 'place',
	date: 'date',
	timex: 'date',
	timex3: 'date',
	role: 'role',
	title: 'role',
};

/**
 * The `.news` type for a label of another tool: a built-in type when the label is one of its usual names (`PER`,
 * `ORG`, `LOC`, `GPE`, `DATE`), else the label lower-cased with anything but letters, digits and `-` made `-`.
 */
export function typeForLabel(label: string): string {
	const lower = label.trim().toLowerCase();
	const alias = ALIASES[lower];
	if (alias) return alias;
	const cleaned = lower
		.replace(/[^\p{L}\p{N}-]+/gu, '-')
		.replace(/^[^\p{L}]+/u, '')
		.replace(/-+$/, '');
	return cleaned || 'entity';
}
