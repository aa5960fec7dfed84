import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
	applyCurve,
	calibrate,
	SHIPPED_CALIBRATION,
	type CalibrationCurve,
	type CalibrationTable,
} from '../../../server/src/service/recognize/calibration';
import { Recognizer } from '../../../server/src/service/recognize/recognizer';
import { recognize } from '../../../server/src/service/recognize/suggestions';
import { defaultSettings, normalizeSettings } from '../../../server/src/shared/settings';

const shipped = JSON.parse(
	readFileSync(path.resolve(__dirname, '../../../server/data/calibration.json'), 'utf8'),
) as unknown;
const grid = Array.from({ length: 101 }, (_, i) => i / 100);
const TEXT =
	'Foreign Minister Tomas Brenner flew to Moscow on May 9. Brenner met the press in Bishkek. Доклад 😀 вышел.\r\nLater the Quill Harbour Authority spoke.';
const none = { entries: [], corpus: [] };
/** What a recognizer of the calibration `table` finds (a fresh one each time: the table is its own). */
const run = (minConfidence = 0, calibration?: CalibrationTable | null) =>
	recognize(
		TEXT,
		'2025-01-22',
		none,
		{ ...defaultSettings.suggestions, minConfidence },
		{ recognizer: new Recognizer(calibration === undefined ? {} : { calibration }) },
	);

suite('calibration of confidence', () => {
	test('a curve is linear between its points, flat beyond its ends, and never leaves 0..1', () => {
		const curve: CalibrationCurve = { x: [0.5, 0.7, 0.9], y: [0.2, 0.4, 0.8] };
		assert.equal(applyCurve(curve, 0.1), 0.2);
		assert.equal(applyCurve(curve, 0.95), 0.8);
		assert.ok(Math.abs(applyCurve(curve, 0.8) - 0.6) < 1e-9);
		const wild: CalibrationCurve = { x: [0.2, 0.4], y: [-0.5, 1.7] };
		for (const v of grid) {
			const c = applyCurve(wild, v);
			assert.ok(c >= 0 && c <= 1, `${v} -> ${c}`);
		}
	});

	test('the shipped curves are monotone and bounded, for every source they name', () => {
		const sources = Object.keys((shipped as { sources: Record<string, unknown> }).sources);
		assert.ok(sources.includes('model') && sources.includes('pattern'), sources.join());
		for (const source of sources) {
			let last = -1;
			for (const v of grid) {
				const c = calibrate(SHIPPED_CALIBRATION, source, v);
				assert.ok(c >= 0 && c <= 1 && c >= last, `${source}: ${v} -> ${c} after ${last}`);
				last = c;
			}
		}
		assert.equal(
			calibrate(SHIPPED_CALIBRATION, 'knowledge-base', 1),
			1,
			'a source without a curve keeps its confidence',
		);
	});

	test('the recognizer applies it per source: a pattern curve moves pattern suggestions (and their roles) only', () => {
		const raw = run(0, null);
		const calibrated = run(0, { pattern: { x: [0, 1], y: [0.33, 0.33] } });
		assert.deepEqual(
			calibrated.map((e) => [e.text, e.type]),
			raw.map((e) => [e.text, e.type]),
		);
		assert.ok(raw.some((e) => e.source === 'pattern') && raw.some((e) => e.source !== 'pattern'));
		for (let i = 0; i < raw.length; i++) {
			const [r, c] = [raw[i]!, calibrated[i]!];
			assert.equal(c.confidence, r.source === 'pattern' ? 0.33 : r.confidence, `${r.text} (${r.source})`);
		}
	});

	test("a curve of the source and type wins over the source's; the source's serves the other types", () => {
		const table = { pattern: { x: [0, 1], y: [0.5, 0.5] }, 'pattern/person': { x: [0, 1], y: [0.7, 0.7] } };
		assert.equal(calibrate(table, 'pattern', 0.9, 'person'), 0.7);
		assert.equal(calibrate(table, 'pattern', 0.9, 'org'), 0.5);
		assert.equal(calibrate(table, 'pattern', 0.9), 0.5);
		const found = run(0, table);
		const brenner = found.find((e) => e.text === 'Tomas Brenner');
		assert.equal(brenner?.confidence, 0.7);
		assert.equal(found.find((e) => e.type === 'role')?.confidence, 0.7, 'a role is as sure as its person');
	});

	test('attache.suggestions.minConfidence hides what is less likely right; a role goes with its person', () => {
		const table = {
			pattern: { x: [0, 1], y: [0.4, 0.4] },
			list: { x: [0, 1], y: [0.95, 0.95] },
			dates: { x: [0, 1], y: [0.6, 0.6] },
		};
		const all = run(0, table);
		const shown = run(0.5, table);
		assert.ok(
			all.some((e) => e.confidence < 0.5),
			'something to hide',
		);
		assert.deepEqual(
			shown.map((e) => e.text),
			all.filter((e) => e.confidence >= 0.5).map((e) => e.text),
		);
		assert.ok(
			!shown.some((e) => e.type === 'role' || e.text === 'Tomas Brenner'),
			'the title pattern at 0.4 is hidden with its role',
		);
		assert.ok(shown.some((e) => e.text === 'May 9') && !run(0.7, table).some((e) => e.type === 'date'));
		assert.deepEqual(
			run(1.0, table).map((e) => e.confidence),
			run(1.0, table).map(() => 1),
			'at 1 only the certain',
		);
	});

	test('the setting: 0..1, held there; anything else is the default', () => {
		const min = (v: unknown) => normalizeSettings({ suggestions: { minConfidence: v } }).suggestions.minConfidence;
		assert.equal(defaultSettings.suggestions.minConfidence, 0);
		assert.equal(min(0.85), 0.85);
		assert.equal(min(-1), 0);
		assert.equal(min(7), 1);
		assert.equal(min('0.9'), 0);
		assert.equal(min(Number.NaN), 0);
	});
});
