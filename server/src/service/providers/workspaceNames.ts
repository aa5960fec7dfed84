/** The file name of a URI, decoded, for messages ("oslo.news"). */
export function fileName(uri: string): string {
	const name = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

/** "a.news", "a.news and b.news", "a.news, b.news, c.news and 4 more". */
export function listFiles(names: readonly string[], max = 3): string {
	if (names.length <= 1) return names[0] ?? '';
	if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** "1 mention", "12 mentions". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
