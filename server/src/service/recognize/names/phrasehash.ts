/**
 * Two independent 32-bit hashes of a phrase key, fed a UTF-16 code unit at a time, so that a phrase of several tokens
 * is hashed as it grows without building its string. The lists' artifact stores phrases as these hashes
 * (scripts/build-gazetteer.mjs uses the same functions); a false match needs both to collide (about 1 in 10^14).
 */
export const H1_SEED = 0x811c9dc5 | 0;
export const H2_SEED = 0x3c6ef372 | 0;

export function h1Add(h: number, c: number): number {
	return Math.imul(h ^ c, 0x01000193);
}

export function h2Add(h: number, c: number): number {
	return Math.imul(((h << 5) | (h >>> 27)) ^ c, 0x9e3779b1 | 0);
}

/** The slot hash: never 0, which marks an empty slot. */
export function h1Final(h: number): number {
	const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d | 0);
	return x ^ (x >>> 13) || 1;
}

/** The check hash, 16 bits. */
export function h2Final(h: number): number {
	return (h ^ (h >>> 16)) & 0xffff;
}

/** `h1Of(s)`, with `h2Of(s)` left in `out.h2`: both in one pass over s (and no object made for two numbers). */
export function hashesOf(s: string, out: { h2: number }): number {
	let a = H1_SEED;
	let b = H2_SEED;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		a = h1Add(a, c);
		b = h2Add(b, c);
	}
	out.h2 = h2Final(b);
	return h1Final(a);
}

/** @public read by scripts/build-gazetteer.mjs */
export function h1Of(s: string): number {
	let h = H1_SEED;
	for (let i = 0; i < s.length; i++) h = h1Add(h, s.charCodeAt(i));
	return h1Final(h);
}

/** @public read by scripts/build-gazetteer.mjs */
export function h2Of(s: string): number {
	let h = H2_SEED;
	for (let i = 0; i < s.length; i++) h = h2Add(h, s.charCodeAt(i));
	return h2Final(h);
}
