/**
 * Calibrated confidence of suggestions: the recognizer's raw confidence, per source, mapped to the share of such
 * suggestions that were right on the held-out folds of the cross-validation (server/data/calibration.json, written
 * by scripts/fit-calibration.mjs). So "0.9" means that about 9 in 10 suggestions shown at 0.9 are right.
 */
import table from '../../../data/calibration.json';

/** A monotone curve: raw confidences `x` (ascending) and the share right `y` (non-decreasing) at each. */
export interface CalibrationCurve {
	readonly x: readonly number[];
	readonly y: readonly number[];
}

export type CalibrationTable = Readonly<Record<string, CalibrationCurve>>;

/** The shipped table; a recognizer takes another as an option (`RecognizerOptions.calibration`). */
export const SHIPPED_CALIBRATION: CalibrationTable = Object.freeze(readTable(table));

/**
 * The calibrated confidence of a raw one from `source` for a suggestion of `type` by the table `current` (`null`: raw
 * confidences), rounded to 2 decimals: the curve of the source and type ("article/person") where the table has one,
 * else the source's; a source without a curve keeps its own. The article's own reasoning, say, is right far more
 * often on organizations than on people at the same raw confidence, which one curve per source averaged away.
 */
export function calibrate(current: CalibrationTable | null, source: string, raw: number, type?: string): number {
	const curve = (type !== undefined ? current?.[`${source}/${type}`] : undefined) ?? current?.[source];
	return Math.round(100 * (curve ? applyCurve(curve, raw) : raw)) / 100;
}

/**
 * The curve at `raw`: linear between its points, flat beyond its ends, bounded to [0, 1]. Non-decreasing wherever the
 * curve is, as pooled adjacent violators makes it.
 */
export function applyCurve(curve: CalibrationCurve, raw: number): number {
	const { x, y } = curve;
	const n = x.length;
	if (n === 0) return clamp(raw);
	if (raw <= x[0]!) return clamp(y[0]!);
	if (raw >= x[n - 1]!) return clamp(y[n - 1]!);
	let lo = 0;
	let hi = n - 1;
	while (hi - lo > 1) {
		const mid = (lo + hi) >>> 1;
		if (x[mid]! <= raw) lo = mid;
		else hi = mid;
	}
	const x0 = x[lo]!;
	const x1 = x[hi]!;
	const t = x1 > x0 ? (raw - x0) / (x1 - x0) : 0;
	return clamp(y[lo]! + t * (y[hi]! - y[lo]!));
}

const clamp = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/** The shipped table, checked: curves of equal-length ascending numbers; anything else is left out. */
function readTable(raw: Record<string, unknown>): CalibrationTable {
	const out: Record<string, CalibrationCurve> = {};
	const curves = (raw['sources'] ?? {}) as Record<string, unknown>;
	for (const [source, c] of Object.entries(curves)) {
		const { x, y } = (c ?? {}) as { x?: unknown; y?: unknown };
		if (
			!Array.isArray(x) ||
			!Array.isArray(y) ||
			x.length !== y.length ||
			!x.every((v) => typeof v === 'number') ||
			!y.every((v) => typeof v === 'number')
		)
			continue;
		out[source] = { x: x as number[], y: y as number[] };
	}
	return out;
}
