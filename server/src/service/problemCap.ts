import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode } from './diagnosticCodes';
import type { Problem } from './providers/diagnostics';

/**
 * The most problems one file reports. A file of a million `[` has a million unclosed brackets: sent as diagnostics they
 * took the server seconds to place and the editor to show, and no one reads past the first few hundred.
 */
export const MAX_PROBLEMS = 1000;

/** The first MAX_PROBLEMS problems in source order, and one more that says how many are not shown, where they start. */
export function capped(problems: Problem[]): Problem[] {
	if (problems.length <= MAX_PROBLEMS) return problems;
	const sorted = problems.sort((a, b) => a.range.start - b.range.start);
	const first = sorted[MAX_PROBLEMS]!;
	const rest = sorted.length - MAX_PROBLEMS;
	const shown = sorted.slice(0, MAX_PROBLEMS);
	shown.push({
		code: DiagnosticCode.TooManyProblems,
		range: first.range,
		severity: DiagnosticSeverity.Information,
		message: `${rest} more problems from here on are not shown: Attache lists the first ${MAX_PROBLEMS} of a file. Fix these first, or look at the markup from here on.`,
	});
	return shown;
}
