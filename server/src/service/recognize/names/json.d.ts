/** The recognizer's artifacts (server/data/), bundled by esbuild and loaded by tsx; their shapes are checked where used. */
declare module '*/names-gazetteer.json' {
	const value: Record<string, unknown>;
	export default value;
}
declare module '*/names-tagger.json' {
	const value: Record<string, unknown>;
	export default value;
}
declare module '*/calibration.json' {
	const value: Record<string, unknown>;
	export default value;
}
