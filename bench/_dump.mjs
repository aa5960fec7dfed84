import { crossValidate } from './cv-eval.mjs';
const cv = await crossValidate({ k: 5, epochs: 6, runs: 1 });
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const ex = { miss: [], drop: [], fp: [] };
for (const name of ['ieer', 're3d', 'wikigold', 'uner']) {
	const c = cv.corpora[name];
	const preds = new Map(require_(c.pred));
	for (const d of c.docs) {
		const P = (preds.get(d.id) ?? []).filter((p) => p.type !== 'date');
		for (const g of d.entities) {
			if (g.type === 'ORG' && !/\s/.test(g.text) && !P.some((p) => overlaps(p, g))) ex.miss.push(`${name}: ${g.text} | ${d.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}`);
			const s = P.find((p) => p.end === g.end && p.start > g.start);
			if (s && name !== 'uner') ex.drop.push(`${name}: ${g.type} "${g.text}" -> "${d.text.slice(s.start, s.end)}" ${s.type}`);
		}
	}
}
import fs from 'node:fs';
function require_(f) { return fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r.entities]); }
console.log(ex.drop.join('\n'));
console.log('-----');
console.log(ex.miss.filter((x) => !x.startsWith('uner')).slice(0, 80).join('\n'));
console.log('-----');
for (const name of ['ieer', 're3d', 'wikigold', 'uner']) {
	const c = cv.corpora[name];
	const preds = new Map(require_(c.pred));
	for (const d of c.docs) {
		const P = (preds.get(d.id) ?? []);
		for (const g of d.entities) if (/\S['’]s\b|&/.test(g.text) && !P.some((p) => p.start === g.start && p.end === g.end)) console.log(`${name}: ${g.type} "${g.text}" -> ${P.filter((p) => overlaps(p, g)).map((p) => `"${d.text.slice(p.start, p.end)}" ${p.type}`).join(', ')}`);
	}
}
