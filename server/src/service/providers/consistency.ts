import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnosticCodes';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { normalizeEntityText } from '../workspace/entityKey';
import { toMention, type Mention } from '../workspace/mentions';
import type { MentionKind, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Problem } from './diagnostics';
import { fileName, listFiles } from './workspaceNames';

/** The longest markup whose reading is kept for the next annotation that writes the same. */
const MEMO_LENGTH = 2000;

/**
 * Problems that only the whole workspace shows: a `ref` the knowledge base does not know (when there is a knowledge
 * base), and a text annotated with one type here and another type in other articles.
 */
export function consistencyProblems(
	uri: string,
	parsed: NewsDocument,
	index: WorkspaceIndex,
	types: EntityTypes,
): Problem[] {
	const problems: Problem[] = [];
	const checkRefs = index.hasKnowledgeBase;
	const conflicts: { mention: Mention; label: string; others: readonly MentionKind[] }[] = [];
	// The markup decides what an annotation says, and a long article repeats a few dozen names thousands of times:
	// each markup is read, and its conflicts looked up, once.
	const byMarkup = new Map<string, { readonly said: Mention; readonly others: readonly MentionKind[] } | null>();
	const parents = new Set<number>();
	for (const a of parsed.annotations) if (a.parent !== undefined) parents.add(a.parent);
	for (const a of parsed.annotations) {
		// (a name is short: a long annotation is read as it is, not hashed as a key)
		const markup = a.range.end - a.range.start <= MEMO_LENGTH ? parsed.source.slice(a.range.start, a.range.end) : '';
		let known = markup ? byMarkup.get(markup) : undefined;
		if (known === undefined) {
			const said = toMention(uri, a, false);
			known = said ? { said, others: conflictingKinds(said, index, types) } : null;
			if (markup) byMarkup.set(markup, known);
		}
		if (!known) continue;
		const { said, others } = known;
		if (checkRefs && said.ref !== undefined && index.entriesWithId(said.ref).length === 0) {
			const refRange = a.attributes.find((x) => x.key === 'ref')?.valueRange;
			if (refRange) {
				const files = index.knowledgeFiles.map((f) => fileName(f.uri));
				problems.push({
					code: DiagnosticCode.UnknownRef,
					range: refRange,
					severity: DiagnosticSeverity.Warning,
					message: `The knowledge base (${listFiles([...new Set(files)])}) has no entity \`${said.ref}\`: correct the id, or add the entity to the knowledge base.`,
					annotation: a.index,
				});
			}
		}
		const info = types.get(said.type);
		if (!info || info.group === 'role') continue;
		if (others.length) conflicts.push({ mention: toMention(uri, a, parents.has(a.index))!, label: info.label, others });
	}
	const files = index.articlesWithKinds([...new Set(conflicts.flatMap((c) => c.others))]);
	for (const { mention: m, label, others } of conflicts) {
		const byType = new Map<string, Set<string>>();
		for (const k of others) {
			for (const u of files.get(k.id) ?? []) {
				if (u === uri) continue;
				(byType.get(k.type) ?? byType.set(k.type, new Set()).get(k.type)!).add(fileName(u));
			}
		}
		if (!byType.size) continue;
		const elsewhere = [...byType].map(
			([type, names]) => `as ${types.get(type)!.label} in ${listFiles([...names].sort())}`,
		);
		problems.push({
			code: DiagnosticCode.InconsistentType,
			range: m.contentRange,
			severity: DiagnosticSeverity.Information,
			message: `"${m.text.trim()}" is annotated as ${label} here but ${elsewhere.join(' and ')}: change the type where it is wrong.`,
			annotation: m.annotation,
		});
	}
	return problems.sort((a, b) => a.range.start - b.range.start);
}

/** The kinds of the workspace with the mention's text and another type (told apart by refs where both have one). */
function conflictingKinds(m: Mention, index: WorkspaceIndex, types: EntityTypes): readonly MentionKind[] {
	const info = types.get(m.type);
	if (!info || info.group === 'role') return [];
	return index
		.kindsNamed(m.normalized)
		.filter(
			(k) =>
				k.type !== m.type &&
				types.get(k.type) &&
				types.get(k.type)!.group !== 'role' &&
				(m.ref === undefined || k.ref === undefined),
		);
}

/** Problems of a knowledge base beyond its syntax: a name or alias that two entities claim. */
export function knowledgeBaseConsistency(uri: string, index: WorkspaceIndex): Problem[] {
	const file = index.knowledgeFile(uri);
	if (!file) return [];
	const problems: Problem[] = [];
	for (const entry of file.entries) {
		for (const name of entry.names ?? []) {
			const others = index.entriesNamed(normalizeEntityText(name.text)).filter((n) => n.entry.id !== entry.id);
			if (!others.length) continue;
			const claims = [
				...new Set(others.map((o) => `\`${o.entry.id}\`${o.entry.uri === uri ? '' : ` (${fileName(o.entry.uri)})`}`)),
			];
			problems.push({
				code: DiagnosticCode.DuplicateAlias,
				range: name.range,
				severity: DiagnosticSeverity.Warning,
				message: `"${name.text}" names ${claims.join(', ')} too: suggestions cannot tell them apart. Keep it for one entity only.`,
			});
		}
	}
	return problems.sort((a, b) => a.range.start - b.range.start);
}
