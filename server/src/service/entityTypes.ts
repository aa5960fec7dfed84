import type { AttacheSettings } from '../shared/settings';
import type { TokenType } from '../shared/semanticTokens';

export type EntityGroup = 'person' | 'org' | 'place' | 'date' | 'role' | 'custom';

export interface EntityTypeInfo {
	/** The class as written: `person` for `.person`. */
	readonly name: string;
	/** Singular label: "person". */
	readonly label: string;
	/** Outline group title: "People". */
	readonly plural: string;
	readonly group: EntityGroup;
	readonly token: TokenType;
}

const BUILT_IN: readonly EntityTypeInfo[] = [
	{ name: 'person', label: 'person', plural: 'People', group: 'person', token: 'person' },
	{ name: 'org', label: 'organization', plural: 'Organizations', group: 'org', token: 'organization' },
	{ name: 'place', label: 'place', plural: 'Places', group: 'place', token: 'place' },
	{ name: 'date', label: 'date', plural: 'Dates', group: 'date', token: 'date' },
	{ name: 'role', label: 'role', plural: 'Roles', group: 'role', token: 'role' },
];

/** The entity types in force: the built-in ones, then the custom ones from settings. */
export class EntityTypes {
	readonly #byName = new Map<string, EntityTypeInfo>();

	constructor(settings: AttacheSettings) {
		for (const t of BUILT_IN) this.#byName.set(t.name, t);
		for (const c of settings.customTypes) {
			if (this.#byName.has(c.name)) continue;
			const label = c.label ?? c.name;
			this.#byName.set(c.name, { name: c.name, label, plural: pluralize(label), group: 'custom', token: 'entity' });
		}
	}

	get(name: string | undefined): EntityTypeInfo | undefined {
		return name === undefined ? undefined : this.#byName.get(name);
	}

	get all(): readonly EntityTypeInfo[] {
		return [...this.#byName.values()];
	}

	/** The known type closest to a misspelt one, if any is close enough to be what was meant. */
	closest(name: string): EntityTypeInfo | undefined {
		let best: EntityTypeInfo | undefined;
		let bestDistance = Infinity;
		for (const t of this.#byName.values()) {
			const d = editDistance(name.toLowerCase(), t.name);
			if (d < bestDistance) {
				best = t;
				bestDistance = d;
			}
		}
		const aliases: Record<string, string> = {
			organization: 'org',
			organisation: 'org',
			location: 'place',
			loc: 'place',
			per: 'person',
			gpe: 'place',
			time: 'date',
		};
		const alias = aliases[name.toLowerCase()];
		if (alias) return this.#byName.get(alias);
		return best && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
	}
}

function pluralize(label: string): string {
	const cap = label.charAt(0).toUpperCase() + label.slice(1);
	if (/[^aeiou]y$/.test(cap)) return cap.slice(0, -1) + 'ies';
	if (/(s|x|ch|sh)$/.test(cap)) return cap + 'es';
	return cap + 's';
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}
