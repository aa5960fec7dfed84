/** Settings under `attache.*` (package.json `contributes.configuration`), as the server receives them. */
export interface CustomTypeSetting {
	/** The class written in annotations, `.event` for `event`. */
	readonly name: string;
	/** Shown in hover and the outline; defaults to the name. */
	readonly label?: string;
}

/** Where suggestions may come from (docs/format.md, suggestions); each can be switched off. */
export const suggestionSources = ['knowledgeBase', 'corpus', 'lists', 'patterns', 'article', 'model', 'dates'] as const;
export type SuggestionSourceSetting = (typeof suggestionSources)[number];

export interface SuggestionSettings {
	readonly enabled: boolean;
	/** Also report each suggestion as an Information diagnostic (in the Problems panel). */
	readonly showAsDiagnostics: boolean;
	readonly sources: Readonly<Record<SuggestionSourceSetting, boolean>>;
	/** Suggestions less likely right than this (calibrated confidence, 0..1) are not shown. */
	readonly minConfidence: number;
}

/**
 * The lowest confidence shown by default: on the held-out folds F1 is best with every suggestion shown (the recognizer
 * drops the least sure itself), so nothing more is hidden (scripts/fit-calibration.mjs prints F1 by threshold).
 */
const DEFAULT_MIN_CONFIDENCE = 0;

/** `attache.suggestions.minConfidence`: a number, held to 0..1; anything else is the default. */
function confidenceSetting(v: unknown): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) return DEFAULT_MIN_CONFIDENCE;
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

export interface AttacheSettings {
	/** Entity types besides the built-in person, org, place, date and role. */
	readonly customTypes: readonly CustomTypeSetting[];
	readonly suggestions: SuggestionSettings;
	readonly knowledgeBase: KnowledgeBaseSettings;
	readonly inlayHints: InlayHintSettings;
	readonly codeLens: CodeLensSettings;
	readonly limits: LimitSettings;
}

/**
 * Above these sizes, in MB (millions of characters), the server skips features so that no request waits long on a
 * log or a dump opened by mistake (server/src/service/fileLimits.ts).
 */
export interface LimitSettings {
	/** Above it, a file is not read at all. */
	readonly maxFileSize: number;
	/** Above it, no suggestions are made (the recognizer is the costliest feature). */
	readonly suggestionsMaxFileSize: number;
}

/**
 * Measured with bench/pathological.mjs on 2 shared cores: the recognizer takes 1-1.7 s on 1 MB (0.5-0.8 s on 0.5 MB),
 * the parse, highlighting, outline and checks 0.25-0.6 s a MB, the most on dense markup (1 MB of `[`, 100k nested
 * annotations): 2 MB keeps those near a second. A news article is 5-50 KB.
 */
export const defaultLimits: LimitSettings = Object.freeze({ maxFileSize: 2, suggestionsMaxFileSize: 0.5 });

export interface KnowledgeBaseSettings {
	/** Which workspace files are knowledge bases (docs/format.md, the knowledge base). */
	readonly glob: string;
}

export interface InlayHintSettings {
	/** After each date annotation and date suggestion, the day it resolves to. */
	readonly dateValues: boolean;
}

export interface CodeLensSettings {
	/** The counts of entities and suggestions above the article. */
	readonly enabled: boolean;
}

export const defaultKnowledgeBaseGlob = '**/entities.{yaml,yml}';

const allSources = Object.freeze(
	Object.fromEntries(suggestionSources.map((s) => [s, true])) as Record<SuggestionSourceSetting, boolean>,
);

export const defaultSettings: AttacheSettings = Object.freeze({
	customTypes: [],
	suggestions: Object.freeze({
		enabled: true,
		showAsDiagnostics: false,
		sources: allSources,
		minConfidence: DEFAULT_MIN_CONFIDENCE,
	}),
	knowledgeBase: Object.freeze({ glob: defaultKnowledgeBaseGlob }),
	inlayHints: Object.freeze({ dateValues: true }),
	codeLens: Object.freeze({ enabled: true }),
	limits: defaultLimits,
});

const TYPE_NAME = /^[a-z][a-z0-9-]*$/;

/** Reads the `attache` section leniently: anything malformed falls back to the default. */
export function normalizeSettings(raw: unknown): AttacheSettings {
	const section = (raw ?? {}) as {
		customTypes?: unknown;
		suggestions?: unknown;
		knowledgeBase?: unknown;
		inlayHints?: unknown;
		codeLens?: unknown;
		limits?: unknown;
	};
	const customTypes: CustomTypeSetting[] = [];
	if (Array.isArray(section.customTypes)) {
		for (const item of section.customTypes) {
			if (typeof item === 'string' && TYPE_NAME.test(item)) customTypes.push({ name: item });
			else if (item && typeof item === 'object' && typeof (item as CustomTypeSetting).name === 'string') {
				const { name, label } = item as CustomTypeSetting;
				if (TYPE_NAME.test(name)) customTypes.push(typeof label === 'string' ? { name, label } : { name });
			}
		}
	}
	const s = (section.suggestions ?? {}) as {
		enabled?: unknown;
		showAsDiagnostics?: unknown;
		sources?: unknown;
		minConfidence?: unknown;
	};
	const rawSources = (s.sources ?? {}) as Record<string, unknown>;
	const sources = Object.fromEntries(suggestionSources.map((k) => [k, rawSources[k] !== false])) as Record<
		SuggestionSourceSetting,
		boolean
	>;
	return {
		customTypes,
		suggestions: {
			enabled: s.enabled !== false,
			showAsDiagnostics: s.showAsDiagnostics === true,
			sources,
			minConfidence: confidenceSetting(s.minConfidence),
		},
		...normalizeEditorSettings(section),
	};
}

function normalizeEditorSettings(section: {
	knowledgeBase?: unknown;
	inlayHints?: unknown;
	codeLens?: unknown;
	limits?: unknown;
}): Pick<AttacheSettings, 'knowledgeBase' | 'inlayHints' | 'codeLens' | 'limits'> {
	const glob = (section.knowledgeBase as { glob?: unknown } | undefined)?.glob;
	return {
		knowledgeBase: { glob: typeof glob === 'string' && glob.trim() ? glob.trim() : defaultKnowledgeBaseGlob },
		inlayHints: { dateValues: (section.inlayHints as { dateValues?: unknown } | undefined)?.dateValues !== false },
		codeLens: { enabled: (section.codeLens as { enabled?: unknown } | undefined)?.enabled !== false },
		limits: normalizeLimits(section.limits),
	};
}

/** A limit is a positive number of MB; anything else is the default. */
function normalizeLimits(raw: unknown): LimitSettings {
	const limits = (raw ?? {}) as { maxFileSize?: unknown; suggestionsMaxFileSize?: unknown };
	const megabytes = (value: unknown, fallback: number): number =>
		typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
	return {
		maxFileSize: megabytes(limits.maxFileSize, defaultLimits.maxFileSize),
		suggestionsMaxFileSize: megabytes(limits.suggestionsMaxFileSize, defaultLimits.suggestionsMaxFileSize),
	};
}
