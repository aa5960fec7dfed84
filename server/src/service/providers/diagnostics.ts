import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticCode } from '../diagnosticCodes';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument, OffsetRange } from '../parse/model';
import { toRange } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import { isTimexValue } from '../recognize/dates';

/** A diagnostic in offsets, before it is placed in a document; quick fixes work from these. */
export interface Problem {
	readonly code: DiagnosticCode;
	readonly range: OffsetRange;
	readonly message: string;
	readonly severity: DiagnosticSeverity;
	/** The annotation it concerns, if any. */
	readonly annotation?: number;
	/** The suggestion it shows, if any. */
	readonly suggestion?: Suggestion;
}

const SEVERITY: Record<DiagnosticCode, DiagnosticSeverity> = {
	[DiagnosticCode.UnknownType]: DiagnosticSeverity.Error,
	[DiagnosticCode.MissingType]: DiagnosticSeverity.Error,
	[DiagnosticCode.MultipleTypes]: DiagnosticSeverity.Error,
	[DiagnosticCode.EmptyAnnotation]: DiagnosticSeverity.Warning,
	[DiagnosticCode.InvalidDateValue]: DiagnosticSeverity.Error,
	[DiagnosticCode.InvalidAttributes]: DiagnosticSeverity.Error,
	[DiagnosticCode.UnclosedBracket]: DiagnosticSeverity.Warning,
	[DiagnosticCode.UnclosedBrace]: DiagnosticSeverity.Error,
	[DiagnosticCode.FrontMatterSyntax]: DiagnosticSeverity.Error,
	[DiagnosticCode.InvalidArticleDate]: DiagnosticSeverity.Error,
	[DiagnosticCode.NoArticleDate]: DiagnosticSeverity.Hint,
	[DiagnosticCode.Suggestion]: DiagnosticSeverity.Information,
	[DiagnosticCode.KnowledgeBaseSyntax]: DiagnosticSeverity.Error,
	[DiagnosticCode.InconsistentType]: DiagnosticSeverity.Information,
	[DiagnosticCode.UnknownRef]: DiagnosticSeverity.Warning,
	[DiagnosticCode.DuplicateAlias]: DiagnosticSeverity.Warning,
	[DiagnosticCode.FileTooLarge]: DiagnosticSeverity.Warning,
	[DiagnosticCode.SuggestionsSkipped]: DiagnosticSeverity.Information,
	[DiagnosticCode.NotText]: DiagnosticSeverity.Warning,
	[DiagnosticCode.TooManyProblems]: DiagnosticSeverity.Information,
};

/** Every problem of a parsed document, syntax and meaning, in source order. */
export function collectProblems(
	parsed: NewsDocument,
	types: EntityTypes,
	suggestionsShown: readonly Suggestion[] = [],
): Problem[] {
	const problems: Problem[] = parsed.problems.map((p) => ({ ...p, severity: SEVERITY[p.code] }));
	const known = types.all.map((t) => `.${t.name}`).join(', ');
	// each date value read once: a long article writes the same few hundred values thousands of times
	const valid = new Map<string, boolean>();
	const validValue = (v: string): boolean => valid.get(v) ?? valid.set(v, isTimexValue(v)).get(v)!;
	for (const a of parsed.annotations) {
		const add = (code: DiagnosticCode, range: OffsetRange, message: string): void => {
			problems.push({ code, range, message, severity: SEVERITY[code], annotation: a.index });
		};
		// Most annotations are sound: their classes and attributes are read only when a check needs them.
		if (a.classCount === 0) {
			add(DiagnosticCode.MissingType, a.attributesRange, `This annotation has no type: add one of ${known}.`);
		} else {
			if (!types.get(a.type)) {
				const first = a.classes[0]!;
				const guess = types.closest(first.name);
				add(
					DiagnosticCode.UnknownType,
					first.range,
					`Unknown type \`.${first.name}\`${guess ? `: did you mean \`.${guess.name}\`?` : '.'} Known types: ${known}. Further types can be declared in the setting attache.customTypes.`,
				);
			}
			if (a.classCount > 1) {
				for (const extra of a.classes.slice(1)) {
					add(
						DiagnosticCode.MultipleTypes,
						extra.range,
						`An annotation has exactly one type, and this one already is \`.${a.type}\`: keep one of them.`,
					);
				}
			}
		}
		if (a.text.length === 0) {
			add(
				DiagnosticCode.EmptyAnnotation,
				a.range,
				'This annotation marks no text: write the text between `[` and `]`, or remove it.',
			);
		}
		const value =
			a.type === 'date' && a.value !== undefined && !validValue(a.value)
				? a.attributes.find((x) => x.key === 'value')
				: undefined;
		if (value) {
			add(
				DiagnosticCode.InvalidDateValue,
				value.valueRange.end > value.valueRange.start ? value.valueRange : value.range,
				`\`${value.value}\` is not a date value: write YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn or an interval A/B, such as \`value=2025-05-09\`.`,
			);
		}
	}
	// With a header that cannot be read, its own error says what to fix first.
	const headerBroken = parsed.problems.some(
		(p) => p.code === DiagnosticCode.InvalidArticleDate || p.code === DiagnosticCode.FrontMatterSyntax,
	);
	if (!parsed.header.date && !headerBroken) {
		const range =
			parsed.header.kind === 'front-matter'
				? { start: parsed.header.range.start, end: parsed.header.range.start + 3 }
				: { start: 0, end: 0 };
		problems.push({
			code: DiagnosticCode.NoArticleDate,
			range,
			message:
				'This article has no date, so dates such as "May 9" or "last Tuesday" cannot be resolved. Add it in a header: a first line `---`, then `date: YYYY-MM-DD`, then `---` (the quick fix adds one).',
			severity: DiagnosticSeverity.Hint,
		});
	}
	for (const s of suggestionsShown) {
		const label = types.get(s.type)?.label ?? s.type;
		problems.push({
			code: DiagnosticCode.Suggestion,
			range: s.range,
			message: `"${s.text}" looks like a ${label}${s.value ? ` (${s.value})` : ''}: annotate it with the quick fix.`,
			severity: DiagnosticSeverity.Information,
			suggestion: s,
		});
	}
	problems.sort((x, y) => x.range.start - y.range.start);
	return problems;
}

export function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
	return {
		range: toRange(document, problem.range),
		severity: problem.severity,
		code: problem.code,
		source: 'attache',
		message: problem.message,
	};
}
