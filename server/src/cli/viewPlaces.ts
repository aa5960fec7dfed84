import type { Corpus } from '../node/interchange/loadCorpus';

/** The path of each article as the user named it (a folder given: the path under it), by the URI the service knows. */
export function articlePaths(corpus: Corpus): (uri: string) => string {
	const paths = new Map(corpus.articles.map((a) => [a.document.uri, a.path]));
	return (uri) => paths.get(uri) ?? uri;
}
