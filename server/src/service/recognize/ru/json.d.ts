/** The Russian recognizer's data: its tagger (server/data/) and the Russian country names; shapes checked where used. */
declare module '*/names-tagger-ru.json' {
	const value: Record<string, unknown>;
	export default value;
}
declare module 'i18n-iso-countries/langs/ru.json' {
	const value: { countries: Record<string, string | string[]> };
	export default value;
}
declare module '*/clusters-ru.json' {
	const value: { fine?: number; clusters?: string[] };
	export default value;
}
