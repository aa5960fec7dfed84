/**
 * The Russian tagger's word clusters (server/data/clusters-ru.json, built by scripts/build-clusters-ru.mjs from the
 * text of NEREL's training part): stems that occur beside the same words share a cluster, which tells the tagger what
 * kind of word a stem is where its training never saw it labelled. The stems are stored as their hashes
 * (`words.ts`, `fnv`), as the tagger reads them, not as text.
 */
import data from '../../../../data/clusters-ru.json';

/** The stems' clusters by the hash of the stem: fine cluster ids, `fine` of them to a coarse cluster. */
export interface RuClusters {
	readonly of: ReadonlyMap<number, number>;
	readonly fine: number;
}

/** The shipped clusters (`../data.ts` reads them once): per cluster, its stems' hashes in base 36. */
export function readClusters(
	json: { readonly fine?: number; readonly clusters?: readonly string[] } = data,
): RuClusters {
	const of = new Map<number, number>();
	(json.clusters ?? []).forEach((hashes, id) => {
		for (const h of hashes.split(' ')) if (h) of.set(parseInt(h, 36) | 0, id);
	});
	return { of, fine: json.fine ?? 1 };
}
