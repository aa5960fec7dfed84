import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticCode } from '../diagnosticCodes';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { toRange } from '../text/offsetRanges';
import type { Suggestion } from '../recognize/suggestions';
import { toTextEdits } from '../commands/edits';
import { wrapEdits } from '../commands/markup';
import { toDiagnostic, type Problem } from './diagnostics';

/** Quick fixes for the problems that touch `range`, each one edit of this document. */
export function provideCodeActions(
	document: TextDocument,
	parsed: NewsDocument,
	types: EntityTypes,
	problems: readonly Problem[],
	suggestions: readonly Suggestion[],
	range: Range,
): CodeAction[] {
	const from = document.offsetAt(range.start);
	const to = document.offsetAt(range.end);
	const actions: CodeAction[] = [];
	for (const s of suggestions) {
		if (s.range.end < from || s.range.start > to) continue;
		const shown = problems.find((p) => p.suggestion === s);
		actions.push({
			title: `Annotate "${s.text.replace(/\s+/g, ' ')}" as ${types.get(s.type)?.label ?? s.type}`,
			kind: CodeActionKind.QuickFix,
			...(shown && { diagnostics: [toDiagnostic(document, shown)] }),
			isPreferred: true,
			edit: { changes: { [document.uri]: acceptSuggestion(document, s) } },
		});
	}
	for (const problem of problems) {
		if (problem.range.end < from || problem.range.start > to || problem.suggestion) continue;
		const fix = (title: string, edits: TextEdit[], isPreferred = false): void => {
			actions.push({
				title,
				kind: CodeActionKind.QuickFix,
				diagnostics: [toDiagnostic(document, problem)],
				isPreferred: isPreferred || undefined,
				edit: { changes: { [document.uri]: edits } },
			});
		};
		const replace = (start: number, end: number, newText: string): TextEdit => ({
			range: toRange(document, { start, end }),
			newText,
		});
		const annotation = problem.annotation === undefined ? undefined : parsed.annotations[problem.annotation];
		switch (problem.code) {
			case DiagnosticCode.UnknownType: {
				const cls = annotation!.classes[0]!;
				const guess = types.closest(cls.name);
				if (guess)
					fix(`Change the type to .${guess.name}`, [replace(cls.range.start + 1, cls.range.end, guess.name)], true);
				for (const t of types.all)
					if (t !== guess) fix(`Change the type to .${t.name}`, [replace(cls.range.start + 1, cls.range.end, t.name)]);
				break;
			}
			case DiagnosticCode.MissingType: {
				const at = annotation!.attributesRange.start + 1;
				const sep = parsed.source[at] === '}' ? '' : ' ';
				for (const t of types.all) fix(`Add the type .${t.name}`, [replace(at, at, `.${t.name}${sep}`)]);
				break;
			}
			case DiagnosticCode.MultipleTypes: {
				// Offered once per annotation, on its first extra class: keep any one of its classes.
				const a = annotation!;
				if (a.classes[1]!.range.start !== problem.range.start) break;
				for (const keep of a.classes) {
					const edits = a.classes
						.filter((c) => c !== keep)
						.map((c) => removeWithSpace(parsed.source, c.range.start, c.range.end));
					fix(
						`Keep only the type .${keep.name}`,
						edits.map(([s, e]) => replace(s, e, '')),
						keep === a.classes[0],
					);
				}
				break;
			}
			case DiagnosticCode.EmptyAnnotation:
				fix('Remove the empty annotation', [replace(problem.range.start, problem.range.end, '')], true);
				break;
			case DiagnosticCode.InvalidDateValue: {
				const attr = annotation!.attributes.find((x) => x.key === 'value')!;
				const [s, e] = removeWithSpace(parsed.source, attr.range.start, attr.range.end);
				fix('Remove the invalid date value', [replace(s, e, '')]);
				break;
			}
			case DiagnosticCode.UnclosedBracket:
				fix('Write a literal bracket \\[', [replace(problem.range.start, problem.range.start, '\\')], true);
				break;
			case DiagnosticCode.UnclosedBrace: {
				const end = attributesEnd(parsed.source, problem.range.start);
				fix('Close the attributes with }', [replace(end, end, '}')], true);
				break;
			}
			case DiagnosticCode.NoArticleDate:
				if (parsed.header.kind === 'front-matter') {
					const at = parsed.source.indexOf('\n', parsed.header.range.start) + 1;
					fix('Add the article date to the header', [replace(at, at, `date: YYYY-MM-DD${eol(parsed.source)}`)], true);
				} else {
					const nl = eol(parsed.source);
					fix('Add a header with the article date', [replace(0, 0, `---${nl}date: YYYY-MM-DD${nl}---${nl}`)], true);
				}
				break;
			default:
				break;
		}
	}
	return actions;
}

/** The edits that turn a suggestion into an annotation: `[` before it, `]{.type ref=... value=...}` after it. */
export function acceptSuggestion(document: TextDocument, s: Suggestion): TextEdit[] {
	return toTextEdits(document, wrapEdits(s.range, s.type, s));
}

/** The range of an attribute together with the white space before it (or after it, when it comes first). */
function removeWithSpace(source: string, start: number, end: number): [number, number] {
	let s = start;
	while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
	if (source[s - 1] === '{') {
		let e = end;
		while (source[e] === ' ' || source[e] === '\t') e++;
		return [start, e];
	}
	return [s, end];
}

/** Where an unclosed `{...` most likely ends: after its last attribute-shaped word on the line. */
function attributesEnd(source: string, brace: number): number {
	const rest = source.slice(brace + 1, brace + 1 + 500);
	const m =
		/^(?:[ \t]*(?:[.#][\p{L}][\p{L}\p{N}\-_:.]*|[\p{L}][\p{L}\p{N}\-_:.]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']*)))*/u.exec(
			rest,
		);
	return brace + 1 + (m ? m[0].length : 0);
}

function eol(source: string): string {
	return source.includes('\r\n') ? '\r\n' : '\n';
}
