const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const TABLE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) TABLE[ALPHABET.charCodeAt(i)] = i;

/** Decodes standard base64 (the artifacts' binary parts) without Node's Buffer or the DOM's atob. */
export function fromBase64(s: string): Uint8Array {
	let n = s.length;
	while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
	const out = new Uint8Array(Math.floor((n * 3) / 4));
	const t = TABLE;
	let o = 0;
	let i = 0;
	for (; i + 4 <= n; i += 4) {
		const v =
			((t[s.charCodeAt(i)] as number) << 18) |
			((t[s.charCodeAt(i + 1)] as number) << 12) |
			((t[s.charCodeAt(i + 2)] as number) << 6) |
			(t[s.charCodeAt(i + 3)] as number);
		out[o++] = v >> 16;
		out[o++] = (v >> 8) & 0xff;
		out[o++] = v & 0xff;
	}
	let acc = 0;
	let bits = 0;
	for (; i < n; i++) {
		acc = (acc << 6) | (t[s.charCodeAt(i)] as number);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (acc >> bits) & 0xff;
		}
	}
	return out;
}

/** Reads an unsigned LEB128 varint at `pos[0]`, advancing it. */
export function readVarint(bytes: Uint8Array, pos: { p: number }): number {
	let x = bytes[pos.p++] as number;
	let v = x & 0x7f;
	let m = 128;
	while (x >= 0x80) {
		x = bytes[pos.p++] as number;
		v += (x & 0x7f) * m;
		m *= 128;
	}
	return v;
}
