// Calibration of the suggestions' confidence, from the cross-validation's held-out predictions (bench/cv-eval.mjs):
// every prediction becomes a record (raw confidence, source, type, right?); pooled adjacent violators fits one
// monotone curve per source, and per source and type where there are enough. Used by scripts/fit-calibration.mjs (which writes server/data/calibration.json) and by
// `npm run bench:recognition` (the reliability table before and after, each fold calibrated by the other folds).

const TYPE = { person: 'PERSON', org: 'ORG', place: 'PLACE', date: 'DATE' };
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Whether a prediction is right: same span and type (re3d, scored by overlap: same type, overlapping). */
function right(doc, p, type) {
	const byOverlap = doc.id.startsWith('re3d');
	return doc.entities.some(
		(g) => g.type === type && (byOverlap ? overlaps(g, p) : g.start === p.start && g.end === p.end),
	);
}

/** Which types a document's gold marks: dates only (TempEval-3), names only (WikiGold, UNER), or all (IEER, re3d). */
function scoredTypes(doc) {
	if (doc.dates_only) return new Set(['DATE']);
	if (doc.genre !== undefined) return new Set(['PERSON', 'ORG', 'PLACE']);
	return new Set(['PERSON', 'ORG', 'PLACE', 'DATE']);
}

/** The records of a cross-validation run, each with its fold, and the number of gold entities they are scored against. */
export function calibrationRecords(cv) {
	const records = [];
	let gold = 0;
	for (const { docs } of Object.values(cv.corpora)) {
		for (const doc of docs) {
			const types = scoredTypes(doc);
			gold += doc.entities.filter((g) => types.has(g.type)).length;
			for (const p of cv.predictions.get(doc.id) ?? []) {
				const type = TYPE[p.type];
				if (!types.has(type) || typeof p.confidence !== 'number') continue;
				// a name inside a span the corpus leaves unmarked (WikiGold's and UNER's MISC) is neither right nor wrong
				if ((doc.ignore ?? []).some((m) => overlaps(m, p))) continue;
				records.push({
					confidence: p.confidence,
					source: p.source,
					type,
					right: right(doc, p, type),
					fold: cv.fold.get(doc.id),
				});
			}
		}
	}
	return { records, gold };
}

/** The fewest records a block of a fitted curve holds. */
const MIN_BLOCK = 50;

/**
 * Pooled adjacent violators: the non-decreasing step function closest (least squares) to the share right by raw
 * confidence; returned as the points (block mean confidence, block share right) of a piecewise-linear curve.
 */
export function fitMonotone(records) {
	const sorted = [...records].sort((a, b) => a.confidence - b.confidence);
	const blocks = [];
	for (const r of sorted) {
		const last = blocks.at(-1);
		// equal confidences are one point
		if (last && last.maxX === r.confidence) {
			last.n++;
			last.sumX += r.confidence;
			last.sumY += r.right ? 1 : 0;
		} else blocks.push({ n: 1, sumX: r.confidence, sumY: r.right ? 1 : 0, maxX: r.confidence });
		while (blocks.length > 1 && blocks.at(-2).sumY / blocks.at(-2).n >= blocks.at(-1).sumY / blocks.at(-1).n) {
			const b = blocks.pop();
			const a = blocks.at(-1);
			a.n += b.n;
			a.sumX += b.sumX;
			a.sumY += b.sumY;
			a.maxX = b.maxX;
		}
	}
	// a block of a few records says little ("0.09" for three wrong at the lowest raw confidence, where the next fold's
	// are right): each block is merged with its neighbour until it holds MIN_BLOCK records (50: the lowest expected calibration error on the folds, 0.011, against 0.019 with none and 0.016 with 30), which keeps the curve
	// non-decreasing (a merged share lies between the two)
	for (let i = 0; i < blocks.length && blocks.length > 1;) {
		if (blocks[i].n >= MIN_BLOCK) {
			i++;
			continue;
		}
		const j = i + 1 < blocks.length ? i + 1 : i - 1;
		const [a, b] = j > i ? [blocks[i], blocks[j]] : [blocks[j], blocks[i]];
		a.n += b.n;
		a.sumX += b.sumX;
		a.sumY += b.sumY;
		a.maxX = b.maxX;
		blocks.splice(blocks.indexOf(b), 1);
		if (j < i) i = j;
	}
	const round = (v) => Math.round(v * 1000) / 1000;
	// a block's share with one right and one wrong added (Laplace): 36 of 36 right is "97%", not "100%"; still non-decreasing
	let floor = 0;
	const y = blocks.map((b) => (floor = Math.max(floor, (b.sumY + 1) / (b.n + 2))));
	return { x: blocks.map((b) => round(b.sumX / b.n)), y: y.map(round), n: blocks.map((b) => b.n) };
}

/**
 * One curve per source with at least `min` records, and one per source and type ("article/person", the suggestion's
 * type in lower case) with at least `min`: the recognizer takes the second where there is one. The others keep their
 * raw confidence.
 */
export function fitTable(records, min = 30) {
	const groups = new Map();
	const add = (key, r) => (groups.get(key) ?? groups.set(key, []).get(key)).push(r);
	for (const r of records) {
		add(r.source, r);
		add(curveKey(r), r);
	}
	const sources = {};
	for (const [key, rs] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		// a source of one type ("dates") needs no second curve
		const source = key.split('/')[0];
		if (rs.length >= min && (key === source || rs.length < groups.get(source).length)) sources[key] = fitMonotone(rs);
	}
	return sources;
}

/** The key of a record's own curve: its source and its type, as the recognizer looks it up. */
const curveKey = (r) => `${r.source}/${r.type.toLowerCase()}`;

/** The curve a record is calibrated by: its source and type's, else its source's (undefined: none). */
const curveOf = (table, r) => table[curveKey(r)] ?? table[r.source];

/** The curve at a raw confidence, as the recognizer applies it (server/src/service/recognize/calibration.ts). */
export function applyCurve(curve, raw) {
	const { x, y } = curve;
	if (!x.length) return raw;
	if (raw <= x[0]) return y[0];
	if (raw >= x.at(-1)) return y.at(-1);
	let i = 1;
	while (x[i] < raw) i++;
	const t = (raw - x[i - 1]) / (x[i] - x[i - 1]);
	return y[i - 1] + t * (y[i] - y[i - 1]);
}

/** The records with the confidence each fold's calibration gives, fitted on the other folds only. */
export function crossCalibrated(records, k) {
	const out = [];
	for (let f = 0; f < k; f++) {
		const table = fitTable(records.filter((r) => r.fold !== f));
		for (const r of records)
			if (r.fold === f) {
				const curve = curveOf(table, r);
				out.push({
					...r,
					confidence: Math.round(100 * (curve ? applyCurve(curve, r.confidence) : r.confidence)) / 100,
				});
			}
	}
	return out;
}

/** Reliability by bins of confidence: count, mean confidence, share right; and the expected calibration error. */
export function reliability(records, bins = 10) {
	const rows = Array.from({ length: bins }, (_, i) => ({ lo: i / bins, hi: (i + 1) / bins, n: 0, sumC: 0, right: 0 }));
	for (const r of records) {
		const row = rows[Math.min(bins - 1, Math.floor(r.confidence * bins))];
		row.n++;
		row.sumC += r.confidence;
		row.right += r.right ? 1 : 0;
	}
	const ece = rows.reduce((e, r) => e + (r.n ? (r.n / records.length) * Math.abs(r.sumC / r.n - r.right / r.n) : 0), 0);
	return { rows, ece };
}

/** The reliability tables side by side, as text. */
export function reliabilityTable(columns) {
	const names = Object.keys(columns);
	const tables = names.map((n) => reliability(columns[n]));
	const lines = [
		`${'confidence'.padEnd(12)}${names.map((n) => `${n}: count / mean conf / share right`.padStart(44)).join('')}`,
	];
	for (let i = 0; i < tables[0].rows.length; i++) {
		const bin = tables[0].rows[i];
		const cell = (r) =>
			r.n ? `${String(r.n).padStart(6)} / ${(r.sumC / r.n).toFixed(3)} / ${(r.right / r.n).toFixed(3)}` : '-';
		lines.push(
			`${`${bin.lo.toFixed(1)}-${bin.hi.toFixed(1)}`.padEnd(12)}${tables.map((t) => cell(t.rows[i]).padStart(44)).join('')}`,
		);
	}
	lines.push(`${'ECE'.padEnd(12)}${tables.map((t) => t.ece.toFixed(3).padStart(44)).join('')}`);
	return lines.join('\n');
}

/** Micro F1 over the records if those below each threshold were hidden (the others of the gold count as missed). */
export function f1ByThreshold(records, gold, thresholds) {
	return thresholds.map((t) => {
		const shown = records.filter((r) => r.confidence >= t);
		const tp = shown.filter((r) => r.right).length;
		const p = shown.length ? tp / shown.length : 0;
		const rc = gold ? tp / gold : 0;
		return { threshold: t, shown: shown.length, precision: p, recall: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 };
	});
}
