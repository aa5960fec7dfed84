/**
 * A glob as VS Code settings write them (`**` /  `*` / `?` / `{a,b}` / `[abc]`), as a test of a path relative to a
 * workspace folder, with `/` separators. `**\/` also matches no folder at all, so `**\/entities.yaml` matches
 * `entities.yaml` at the root.
 */
export function globMatcher(glob: string): (relativePath: string) => boolean {
	const re = new RegExp(`^${globToRegExpSource(glob.replace(/^\.\//, ''))}$`);
	return (relativePath) => re.test(relativePath.replace(/\\/g, '/'));
}

function globToRegExpSource(glob: string): string {
	let out = '';
	let braces = 0;
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i]!;
		if (c === '*') {
			if (glob[i + 1] === '*') {
				const slash = glob[i + 2] === '/';
				out += slash ? '(?:[^/]*/)*' : '.*';
				i += slash ? 2 : 1;
			} else out += '[^/]*';
		} else if (c === '?') out += '[^/]';
		else if (c === '{') {
			braces++;
			out += '(?:';
		} else if (c === '}' && braces > 0) {
			braces--;
			out += ')';
		} else if (c === ',' && braces > 0) out += '|';
		else if (c === '[') {
			const end = glob.indexOf(']', i + 1);
			if (end < 0) out += '\\[';
			else {
				const body = glob
					.slice(i + 1, end)
					.replace(/^!/, '^')
					.replace(/\\/g, '\\\\');
				out += `[${body}]`;
				i = end;
			}
		} else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
	}
	return out + ')'.repeat(braces);
}
