import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode } from './diagnosticCodes';
import { MAX_SYNTAX_PROBLEMS } from './parse/problemList';
import type { Problem } from './providers/diagnostics';

/** The most problems one file reports as diagnostics, as many as the parse keeps (parse/problemList.ts). */
export const MAX_PROBLEMS = MAX_SYNTAX_PROBLEMS;

/**
 * The first MAX_PROBLEMS problems in source order, and then one that says how many are not shown (those beyond, and
 * the `omitted` ones the parse did not keep), on the first problem not shown or else on the last one shown.
 */
export function capped(problems: Problem[], omitted: number): Problem[] {
	if (problems.length + omitted <= MAX_PROBLEMS || problems.length === 0) return problems;
	const sorted = problems.sort((a, b) => a.range.start - b.range.start);
	const shown = sorted.slice(0, MAX_PROBLEMS);
	const rest = sorted.length - shown.length + omitted;
	shown.push({
		code: DiagnosticCode.TooManyProblems,
		range: (sorted[MAX_PROBLEMS] ?? shown[shown.length - 1]!).range,
		severity: DiagnosticSeverity.Information,
		message: `${rest} more problems are not shown: Attache lists the first ${MAX_PROBLEMS} of a file. Fix these first, and the next ones will show.`,
	});
	return shown;
}
