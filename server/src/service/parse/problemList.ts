import type { SyntaxProblem } from './model';

/**
 * The most syntax problems one parse keeps. A file of a million `[` has a million unclosed brackets: kept, they took a
 * second to make, hundreds of MB to hold and seconds more to turn into diagnostics that no one reads past the first
 * few hundred. The rest are counted (NewsDocument.problemsOmitted), so that a diagnostic can say how many.
 */
export const MAX_SYNTAX_PROBLEMS = 1000;

/** The syntax problems of one parse: the first MAX_SYNTAX_PROBLEMS found, and how many more there were. */
export class ProblemList {
	readonly found: SyntaxProblem[];
	omitted = 0;

	constructor(first: readonly SyntaxProblem[]) {
		this.found = first.slice(0, MAX_SYNTAX_PROBLEMS);
		this.omitted = first.length - this.found.length;
	}

	/** Whether another problem would be kept; a caller with many at once counts the rest with `omit`. */
	get full(): boolean {
		return this.found.length >= MAX_SYNTAX_PROBLEMS;
	}

	add(problem: SyntaxProblem): void {
		if (this.full) this.omitted++;
		else this.found.push(problem);
	}

	omit(count: number): void {
		this.omitted += count;
	}
}
