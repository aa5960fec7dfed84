// Fits the calibration of the suggestions' confidence and writes server/data/calibration.json (deterministic: the
// cross-validation's folds and training are seeded). The records are the held-out predictions of every fold of
// bench/cv-eval.mjs (WikiGold, UNER English-EWT and the development sets IEER, re3d, TempEval-3), with raw
// confidences; one monotone curve per source, and per source and type (pooled adjacent violators). Prints F1 by lowest confidence shown,
// from which attache.suggestions.minConfidence's default is chosen.
//
//   node scripts/fit-calibration.mjs [--k 5]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossValidate, cvDataPresent } from '../bench/cv-eval.mjs';
import { calibrationRecords, crossCalibrated, f1ByThreshold, fitTable } from '../bench/calibration.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'server/data/calibration.json');
const args = process.argv.slice(2);
const k = args.includes('--k') ? Number(args[args.indexOf('--k') + 1]) : 5;
if (!cvDataPresent()) {
	console.log('fit-calibration: skipped: ../shared/eval and ../shared/train are not beside the repository');
	process.exit(0);
}
const cv = await crossValidate({ k, raw: true, log: console.log });
const { records, gold } = calibrationRecords(cv);
const sources = fitTable(records);
const table = {
	comment: `Calibration of suggestion confidence per source, fitted by scripts/fit-calibration.mjs on ${records.length} held-out predictions of ${k}-fold cross-validation (WikiGold, UNER English-EWT, IEER, re3d, TempEval-3): x raw confidence, y share right, n predictions.`,
	sources,
};
fs.writeFileSync(OUT, JSON.stringify(table) + '\n');
console.log(
	`wrote ${path.relative(ROOT, OUT)}: ${Object.keys(sources).join(', ')} (${records.length} records, ${gold} gold entities)`,
);
const thresholds = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const calibrated = crossCalibrated(records, k);
console.log('lowest confidence shown (calibrated fold by fold)   shown    P      R      F1');
for (const r of f1ByThreshold(calibrated, gold, thresholds))
	console.log(
		`${r.threshold.toFixed(1).padEnd(52)}${String(r.shown).padStart(6)}  ${(100 * r.precision).toFixed(1)}   ${(100 * r.recall).toFixed(1)}   ${(100 * r.f1).toFixed(1)}`,
	);
