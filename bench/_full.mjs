import fs from 'node:fs';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { scoreJson } from './cv-eval.mjs';
const trainer = await import('../scripts/train-tagger.mjs');
buildSync({ stdin: { contents: "export { recognize } from './server/src/service/recognize/suggestions'; export { useTaggerModel } from './server/src/service/recognize/names/tagger'; export { defaultSettings } from './server/src/shared/settings';", resolveDir: '/work/wt/reco', loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: '/tmp/full-bundle.cjs', logLevel: 'error' });
const { recognize, useTaggerModel, defaultSettings } = createRequire(import.meta.url)('/tmp/full-bundle.cjs');
const docs = fs.readFileSync('../shared/eval/ieer.dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const run = (label) => {
	fs.writeFileSync('/tmp/full-pred.jsonl', docs.map((d) => JSON.stringify({ id: d.id, entities: recognize(d.text, d.dct?.slice(0, 10), { entries: [], corpus: [] }, defaultSettings.suggestions, { dateStyle: 'muc' }) })).join('\n'));
	const s = scoreJson('../shared/eval/ieer.dev.jsonl', '/tmp/full-pred.jsonl', 'PERSON,ORG,PLACE');
	console.log(label, (100 * s.ALL.exact.f).toFixed(1), (100 * s.ORG.exact.f).toFixed(1));
};
run('shipped artifact');
const all = trainer.trainingDocuments().map(trainer.prepare);
const opts = JSON.parse(process.argv[2] ?? '{}');
for (const frac of [1, 0.8]) {
	const m = trainer.trainAveraged(all.filter((_, i) => frac === 1 || i % 5 !== 0), { quiet: true, ...opts });
	useTaggerModel(trainer.serialize(m));
	run(`in-process, ${frac} of the data ${JSON.stringify(opts)}`);
}
