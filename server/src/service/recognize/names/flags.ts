/**
 * What a phrase is in the lists (bits of a number; a phrase may be several things: "Georgia" is a country, a region
 * and a first name). Shared by the recognizer and scripts/build-gazetteer.mjs, which writes them into the artifact.
 */
export const L = {
	COUNTRY: 1,
	CAPITAL: 2,
	CITY_L: 4,
	CITY_M: 8,
	CITY_S: 16,
	REGION: 32,
	GEO: 64,
	DEMONYM: 128,
	FIRST: 256,
	LAST: 512,
	ORG_INTL: 1024,
	ORG_GOV: 2048,
	ORG_MEDIA: 4096,
	TITLE: 8192,
	ORG_HEAD: 16384,
	ORG_HEAD_PREP: 32768,
	PLACE_TAIL: 65536,
	PLACE_HEAD: 131072,
	PLACE_HEAD_PREP: 262144,
	CONNECTOR: 524288,
	NEVER: 1048576,
	FUNC: 2097152,
	OTHER: 4194304,
	/** the phrase begins a longer listed phrase */
	PREFIX: 8388608,
	/** one of the ~37,000 commonest English words (SCOWL size 35), in lower case ("talks", "trend", "march"): not in
	 * the table but a sorted list of its own, looked up for the words that open a sentence (`isCommon`) */
	COMMON: 16777216,
	/** a head of state or government, foreign minister or head of an international organization (leaders.ts), by
	 * full name or by the form that names them alone ("Lavrov") */
	LEADER: 33554432,
} as const;

export const PLACE_FLAGS = L.COUNTRY | L.CAPITAL | L.CITY_L | L.CITY_M | L.CITY_S | L.REGION | L.GEO;
export const STRONG_PLACE_FLAGS = L.COUNTRY | L.CAPITAL | L.CITY_L | L.CITY_M | L.REGION | L.GEO;
export const ORG_FLAGS = L.ORG_INTL | L.ORG_GOV | L.ORG_MEDIA;
/** Bumped when the meaning of the bits changes; the artifact must carry the same. */
export const FLAGS_VERSION = 5;
