/** Settings under `attache.*` (package.json `contributes.configuration`), as the server receives them. */
export interface CustomTypeSetting {
	/** The class written in annotations, `.event` for `event`. */
	readonly name: string;
	/** Shown in hover and the outline; defaults to the name. */
	readonly label?: string;
}

export interface AttacheSettings {
	/** Entity types besides the built-in person, org, place, date and role. */
	readonly customTypes: readonly CustomTypeSetting[];
}

export const defaultSettings: AttacheSettings = Object.freeze({ customTypes: [] });

/** Reads the `attache` section leniently: anything malformed falls back to the default. */
export function normalizeSettings(raw: unknown): AttacheSettings {
	const section = (raw ?? {}) as { customTypes?: unknown };
	const customTypes: CustomTypeSetting[] = [];
	if (Array.isArray(section.customTypes)) {
		for (const item of section.customTypes) {
			if (typeof item === 'string' && /^[a-z][a-z0-9-]*$/.test(item)) customTypes.push({ name: item });
			else if (item && typeof item === 'object' && typeof (item as CustomTypeSetting).name === 'string') {
				const { name, label } = item as CustomTypeSetting;
				if (/^[a-z][a-z0-9-]*$/.test(name)) customTypes.push(typeof label === 'string' ? { name, label } : { name });
			}
		}
	}
	return { customTypes };
}
