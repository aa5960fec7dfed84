import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
const outfile = '/tmp/probe-bundle.cjs';
buildSync({ stdin: { contents: "export { recognize } from './server/src/service/recognize/suggestions'; export { defaultSettings } from './server/src/shared/settings';", resolveDir: '/work/wt/reco', loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const { recognize, defaultSettings } = createRequire(import.meta.url)(outfile);
const sents = process.argv.slice(2).length ? process.argv.slice(2) : [
 'Lavrov met Putin in Moscow.', 'Macron called Erdogan on Monday.', 'Blinken and Wang Yi spoke by phone.', 'Guterres urged restraint.',
 'J. Smith of Procter &amp; Gamble said so.', 'Carla del Ponte, the prosecutor, spoke.', "Russia's Foreign Minister visited McDonald's Corp.",
 'The talks ended on Friday night.', 'They met at midnight Thursday.', 'Johnson & Johnson and AT&T reported.', 'Scholz met Zelensky in Kyiv on Tuesday morning.',
 'Modi and Xi met in Kazan.', 'Stoltenberg said NATO would respond.', 'Erdogan said Turkey would not back down.',
];
for (const s of sents) console.log(s, '=>', recognize(s, '2025-01-22', { entries: [], corpus: [] }, defaultSettings.suggestions, {}).map((e) => `${e.text}:${e.type}${e.value ? '=' + e.value : ''}(${e.source})`).join(', '));
