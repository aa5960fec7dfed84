/** The FNV-1a offset basis: where a hash of a string starts. */
const OFFSET_BASIS = 0x811c9dc5;

/**
 * FNV-1a over the UTF-16 units of `s` from `from` to `to`, from `seed` (the offset basis; a hash so far, to chain
 * strings): the one string hash of the service (where a paragraph ends a chunk, an article's signature in the
 * workspace index, the Russian tagger's features and word clusters). A 32-bit integer, signed once any unit is read.
 * @public used by scripts/build-clusters-ru.mjs
 */
export function fnv1a(s: string, from = 0, to = s.length, seed = OFFSET_BASIS): number {
	let h = seed;
	for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h;
}
