import * as path from 'node:path';
import { parseNews } from '../../service';
import { compareAnnotations, positionAt, type AgreementReport, type Disagreement } from '../../service/interchange';
import { findFiles } from './articles';
import { readFile } from './loadCorpus';
import { gitNewsFiles, gitShow, gitTopLevel } from './git';

/** One version of an article: its text, and where it is, to show and to link to. */
export interface ArticleVersion {
	readonly source: string;
	/** `folder/x.news`, or `REV:path/x.news` for a revision. */
	readonly label: string;
	/** The file on disk, when the version is one. */
	readonly file?: string;
}

export interface VersionedArticle {
	readonly name: string;
	readonly a: ArticleVersion;
	readonly b: ArticleVersion;
}

export interface AgreementInputs {
	readonly articles: readonly VersionedArticle[];
	readonly skipped: readonly { readonly name: string; readonly reason: string }[];
	/** How to name A and B in a report. */
	readonly names: { readonly a: string; readonly b: string };
}

export type Inputs = { readonly ok: AgreementInputs } | { readonly error: string };

/** The files on disk stand for a "revision" named so. */
export const WORKTREE = 'WORKTREE';

/** The `.news` files of two folders (or two files), paired by their path inside each. */
export function foldersToCompare(a: string, b: string, readText?: (file: string) => string | undefined): Inputs {
	const fa = findFiles([a], ['news']);
	const fb = findFiles([b], ['news']);
	const missing = [...fa.missing, ...fb.missing];
	if (missing.length) return { error: `cannot read ${missing.join(', ')}: no such file or folder` };
	const read = (file: string): ReturnType<typeof readFile> => {
		const open = readText?.(file);
		return open !== undefined ? { text: open } : readFile(file);
	};
	// Two files are one article, whatever their names.
	const single = fa.files.length === 1 && fb.files.length === 1 && a.endsWith('.news') && b.endsWith('.news');
	const inB = new Map(fb.files.map((f) => [single ? fa.files[0]!.name : f.name, f]));
	const articles: VersionedArticle[] = [];
	const skipped: { name: string; reason: string }[] = [];
	for (const f of fa.files) {
		const other = inB.get(f.name);
		inB.delete(f.name);
		if (!other) {
			skipped.push({ name: f.name, reason: `only in A (${a})` });
			continue;
		}
		const ta = read(f.path);
		const tb = read(other.path);
		// A file that cannot be read costs only its own article: it is listed as not compared, the others are.
		if ('reason' in ta || 'reason' in tb) {
			skipped.push({
				name: f.name,
				reason: `cannot read ${'reason' in ta ? f.path : other.path}: ${'reason' in ta ? ta.reason : (tb as { reason: string }).reason}`,
			});
			continue;
		}
		articles.push({
			name: f.name,
			a: { source: ta.text, label: f.path, file: f.path },
			b: { source: tb.text, label: other.path, file: other.path },
		});
	}
	for (const name of inB.keys()) skipped.push({ name, reason: `only in B (${b})` });
	return { ok: { articles, skipped, names: { a, b } } };
}

/** The `.news` files under `dir` in two revisions of its git repository (`WORKTREE` for the files on disk). */
export function revisionsToCompare(
	dir: string,
	revA: string,
	revB: string,
	readText?: (file: string) => string | undefined,
): Inputs {
	const top = gitTopLevel(dir);
	if ('error' in top) return top;
	const relative = path.relative(top.ok, path.resolve(dir)).split(path.sep).join('/');
	const unreadable: { name: string; reason: string }[] = [];
	const side = (rev: string): { ok: Map<string, ArticleVersion> } | { error: string } => {
		const versions = new Map<string, ArticleVersion>();
		if (rev === WORKTREE) {
			for (const f of findFiles([dir], ['news']).files) {
				const file = path.resolve(f.path);
				const r = readText?.(file) ?? readFile(file);
				if (typeof r !== 'string' && 'reason' in r) {
					unreadable.push({
						name: path.relative(top.ok, file).split(path.sep).join('/'),
						reason: `cannot read ${file}: ${r.reason}`,
					});
					continue;
				}
				versions.set(path.relative(top.ok, file).split(path.sep).join('/'), {
					source: typeof r === 'string' ? r : r.text,
					label: path.relative(process.cwd(), file) || file,
					file,
				});
			}
			return { ok: versions };
		}
		const files = gitNewsFiles(top.ok, rev, relative);
		if ('error' in files) return files;
		for (const f of files.ok) {
			const r = gitShow(top.ok, rev, f);
			if ('error' in r) return r;
			versions.set(f, { source: r.ok, label: `${rev}:${f}` });
		}
		return { ok: versions };
	};
	const a = side(revA);
	if ('error' in a) return a;
	const b = side(revB);
	if ('error' in b) return b;
	const articles: VersionedArticle[] = [];
	const skipped: { name: string; reason: string }[] = [...unreadable];
	const unread = new Set(unreadable.map((u) => u.name));
	for (const [name, va] of a.ok) {
		const vb = b.ok.get(name);
		if (unread.has(name)) continue;
		if (vb) articles.push({ name, a: va, b: vb });
		else skipped.push({ name, reason: `only in ${revA}` });
	}
	for (const name of b.ok.keys())
		if (!a.ok.has(name) && !unread.has(name)) skipped.push({ name, reason: `only in ${revB}` });
	const label = (rev: string): string =>
		rev === WORKTREE ? `the files on disk in ${dir}` : `revision ${rev} of ${relative || '.'}`;
	return { ok: { articles, skipped, names: { a: label(revA), b: label(revB) } } };
}

export interface Agreement {
	readonly report: AgreementReport;
	readonly inputs: AgreementInputs;
	/** Where a disagreement stands in A or B (where the side has no annotation: the same place in its text), 1-based. */
	readonly position: (
		d: Disagreement,
		side: 'a' | 'b',
	) => { readonly version: ArticleVersion; readonly line: number; readonly column: number } | undefined;
}

export function agreementOf(inputs: AgreementInputs): Agreement {
	const parsed = new Map(
		inputs.articles.map((x) => [x.name, { article: x, a: parseNews(x.a.source), b: parseNews(x.b.source) }]),
	);
	const report = compareAnnotations(
		[...parsed.values()].map((p) => ({ name: p.article.name, a: p.a, b: p.b })),
		inputs.skipped,
	);
	return {
		report,
		inputs,
		position: (d, side) => {
			const entry = parsed.get(d.name);
			if (!entry) return undefined;
			// Where a side has no annotation, its place is where the other side's stands in the common plain text.
			const offset = (side === 'a' ? d.aOffset : d.bOffset) ?? entry[side].offsets.toSource(d.plainOffset);
			const version = entry.article[side];
			const p = positionAt(version.source, offset);
			return { version, line: p.line + 1, column: p.character + 1 };
		},
	};
}
