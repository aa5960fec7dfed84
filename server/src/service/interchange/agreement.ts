import type { Annotation, NewsDocument } from '../parse/model';
import { tokenize } from './tokens';
import { clip } from './writeNews';

/** One article in two annotated versions, A (the reference) and B. */
export interface AgreementPair {
	readonly name: string;
	readonly a: NewsDocument;
	readonly b: NewsDocument;
}

export interface TypeScore {
	readonly type: string;
	/** Annotations of the type in A and in B, and those B has exactly as A (same text, same type). */
	readonly a: number;
	readonly b: number;
	readonly matched: number;
	/** Of B against A; null where there is nothing to divide by (F1 is 0 then, when the other side has spans). */
	readonly precision: number | null;
	readonly recall: number | null;
	readonly f1: number | null;
}

export type DisagreementKind = 'type' | 'boundary' | 'only-a' | 'only-b' | 'ref' | 'value';

export interface Disagreement {
	readonly name: string;
	readonly kind: DisagreementKind;
	/** Source offsets of the annotation in A and in B, where each has one. */
	readonly aOffset?: number;
	readonly bOffset?: number;
	/** Where it is in the plain text (the same in both versions). */
	readonly plainOffset: number;
	readonly message: string;
}

export interface Kappa {
	/** Cohen's kappa; null when chance agreement is total and there is nothing to measure. */
	readonly value: number | null;
	readonly tokens: number;
	readonly observed: number;
	readonly expected: number;
}

export interface AgreementReport {
	readonly compared: readonly string[];
	/** Articles that could not be compared, and why. */
	readonly skipped: readonly { readonly name: string; readonly reason: string }[];
	readonly types: readonly TypeScore[];
	readonly overall: TypeScore;
	readonly kappa: Kappa;
	readonly disagreements: readonly Disagreement[];
}

const key = (a: Annotation): string => `${a.plainStart}:${a.plainEnd}:${a.type}`;
const scorable = (d: NewsDocument): Annotation[] =>
	d.annotations.filter((a) => a.type !== undefined && a.text.length > 0);

/**
 * Compares two annotated versions of the same articles: per type, B's precision, recall and F1 against A (a span
 * counts when B has it with the same text and type), Cohen's kappa over tokens (each token labelled with the type of
 * the outermost annotation that covers it, or O), and every disagreement, classified.
 */
export function compareAnnotations(
	pairs: readonly AgreementPair[],
	skipped: readonly { name: string; reason: string }[] = [],
): AgreementReport {
	const counts = new Map<string, { a: number; b: number; matched: number }>();
	const count = (type: string) => counts.get(type) ?? counts.set(type, { a: 0, b: 0, matched: 0 }).get(type)!;
	const disagreements: Disagreement[] = [];
	const skippedAll = [...skipped];
	const compared: string[] = [];
	const labelsA: string[] = [];
	const labelsB: string[] = [];

	for (const pair of pairs) {
		if (pair.a.plainText !== pair.b.plainText) {
			skippedAll.push({
				name: pair.name,
				reason: `the text differs between the two versions (from "${firstDifference(pair.a.plainText, pair.b.plainText)}"), so the annotations cannot be compared`,
			});
			continue;
		}
		compared.push(pair.name);
		const a = scorable(pair.a);
		const b = scorable(pair.b);
		for (const x of a) count(x.type!).a++;
		for (const x of b) count(x.type!).b++;
		const unmatchedB = new Map<string, Annotation[]>();
		for (const x of b) (unmatchedB.get(key(x)) ?? unmatchedB.set(key(x), []).get(key(x))!).push(x);
		const restA: Annotation[] = [];
		const found: Disagreement[] = [];
		for (const x of a) {
			const twin = unmatchedB.get(key(x))?.shift();
			if (!twin) {
				restA.push(x);
				continue;
			}
			count(x.type!).matched++;
			const at = { name: pair.name, aOffset: x.range.start, bOffset: twin.range.start, plainOffset: x.plainStart };
			if (x.ref !== twin.ref)
				found.push({
					...at,
					kind: 'ref',
					message: `"${clip(x.text)}" (${x.type}): ref ${x.ref ?? '(none)'} in A, ${twin.ref ?? '(none)'} in B`,
				});
			if (x.value !== twin.value)
				found.push({
					...at,
					kind: 'value',
					message: `"${clip(x.text)}" (${x.type}): value ${x.value ?? '(none)'} in A, ${twin.value ?? '(none)'} in B`,
				});
		}
		const restB = [...unmatchedB.values()]
			.flat()
			.sort((x, y) => x.plainStart - y.plainStart || y.plainEnd - x.plainEnd);
		found.push(...classify(pair.name, restA, restB));
		disagreements.push(...found.sort((p, q) => p.plainOffset - q.plainOffset));
		const [la, lb] = tokenLabels(pair.a.plainText, a, b);
		labelsA.push(...la);
		labelsB.push(...lb);
	}

	const types = [...counts.entries()]
		.sort(([x], [y]) => x.localeCompare(y))
		.map(([type, c]) => score(type, c.a, c.b, c.matched));
	const sum = (f: (s: TypeScore) => number): number => types.reduce((n, s) => n + f(s), 0);
	return {
		compared,
		skipped: skippedAll,
		types,
		overall: score(
			'all',
			sum((s) => s.a),
			sum((s) => s.b),
			sum((s) => s.matched),
		),
		kappa: cohensKappa(labelsA, labelsB),
		disagreements,
	};
}

function score(type: string, a: number, b: number, matched: number): TypeScore {
	const precision = b ? matched / b : null;
	const recall = a ? matched / a : null;
	// 2TP / (2TP + FP + FN): defined whenever either side has the type, even where precision or recall is not.
	const f1 = a + b ? (2 * matched) / (a + b) : null;
	return { type, a, b, matched, precision, recall, f1 };
}

/** Pairs what is left of A and B: same text other type, overlapping text, or only on one side. */
function classify(name: string, restA: readonly Annotation[], restB: Annotation[]): Disagreement[] {
	const out: Disagreement[] = [];
	const take = (pred: (y: Annotation) => boolean): Annotation | undefined => {
		const i = restB.findIndex(pred);
		return i < 0 ? undefined : restB.splice(i, 1)[0];
	};
	const leftA: Annotation[] = [];
	for (const x of restA) {
		const y = take((y) => y.plainStart === x.plainStart && y.plainEnd === x.plainEnd);
		if (y)
			out.push({
				name,
				kind: 'type',
				aOffset: x.range.start,
				bOffset: y.range.start,
				plainOffset: x.plainStart,
				message: `"${clip(x.text)}": ${x.type} in A, ${y.type} in B`,
			});
		else leftA.push(x);
	}
	for (const x of leftA) {
		const overlaps = (y: Annotation): boolean => y.plainStart < x.plainEnd && x.plainStart < y.plainEnd;
		const y = take((y) => overlaps(y) && y.type === x.type) ?? take(overlaps);
		if (y) {
			const types = y.type === x.type ? ` (${x.type})` : `: ${x.type} in A, ${y.type} in B`;
			out.push({
				name,
				kind: 'boundary',
				aOffset: x.range.start,
				bOffset: y.range.start,
				plainOffset: Math.min(x.plainStart, y.plainStart),
				message: `"${clip(x.text)}" in A, "${clip(y.text)}" in B${types}`,
			});
		} else
			out.push({
				name,
				kind: 'only-a',
				aOffset: x.range.start,
				plainOffset: x.plainStart,
				message: `"${clip(x.text)}" (${x.type}) only in A`,
			});
	}
	for (const y of restB)
		out.push({
			name,
			kind: 'only-b',
			bOffset: y.range.start,
			plainOffset: y.plainStart,
			message: `"${clip(y.text)}" (${y.type}) only in B`,
		});
	return out;
}

/** Each token's label in A and in B: the type of the outermost annotation over it, or O. */
function tokenLabels(text: string, a: readonly Annotation[], b: readonly Annotation[]): [string[], string[]] {
	const tokens = tokenize(
		text,
		[...a, ...b].flatMap((x) => [x.plainStart, x.plainEnd]),
	);
	const label = (spans: readonly Annotation[]): string[] => {
		const out = new Array<string>(tokens.length).fill('O');
		// Spans come outer first (document order), so an inner one never overwrites its container.
		const set = new Array<boolean>(tokens.length).fill(false);
		for (const s of spans) {
			for (let k = firstAtOrAfter(tokens, s.plainStart); k < tokens.length && tokens[k]!.end <= s.plainEnd; k++) {
				if (!set[k]) {
					out[k] = s.type!;
					set[k] = true;
				}
			}
		}
		return out;
	};
	return [label(a), label(b)];
}

function firstAtOrAfter(tokens: readonly { start: number }[], offset: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (tokens[mid]!.start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Cohen's kappa of two labellings of the same items: (observed - expected) / (1 - expected). */
export function cohensKappa(a: readonly string[], b: readonly string[]): Kappa {
	const n = a.length;
	if (n === 0) return { value: null, tokens: 0, observed: 0, expected: 0 };
	let agree = 0;
	const ca = new Map<string, number>();
	const cb = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		if (a[i] === b[i]) agree++;
		ca.set(a[i]!, (ca.get(a[i]!) ?? 0) + 1);
		cb.set(b[i]!, (cb.get(b[i]!) ?? 0) + 1);
	}
	const observed = agree / n;
	let expected = 0;
	for (const [label, x] of ca) expected += (x / n) * ((cb.get(label) ?? 0) / n);
	const value = expected === 1 ? (observed === 1 ? 1 : null) : (observed - expected) / (1 - expected);
	return { value, tokens: n, observed, expected };
}

function firstDifference(x: string, y: string): string {
	let i = 0;
	while (i < x.length && x[i] === y[i]) i++;
	return clip(x.slice(i, i + 30) || y.slice(i, i + 30));
}
