import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnosticCodes';
import type { EntityTypes } from '../entityTypes';
import type { NewsDocument } from '../parse/model';
import { normalizeEntityText } from '../workspace/entityKey';
import { mentionsOf, type Mention } from '../workspace/mentions';
import type { MentionKind, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Problem } from './diagnostics';
import { fileName, listFiles } from './workspaceNames';

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
	for (const m of mentionsOf(uri, parsed)) {
		if (checkRefs && m.ref !== undefined && m.refRange && index.entriesWithId(m.ref).length === 0) {
			const files = index.knowledgeFiles.map((f) => fileName(f.uri));
			problems.push({
				code: DiagnosticCode.UnknownRef,
				range: m.refRange,
				severity: DiagnosticSeverity.Warning,
				message: `The knowledge base (${listFiles([...new Set(files)])}) has no entity \`${m.ref}\`: correct the id, or add the entity to the knowledge base.`,
				annotation: m.annotation,
			});
		}
		const info = types.get(m.type);
		if (!info || info.group === 'role') continue;
		// Two annotations that both name a knowledge-base entity are told apart by their refs.
		const others = index
			.kindsNamed(m.normalized)
			.filter(
				(k) =>
					k.type !== m.type &&
					types.get(k.type) &&
					types.get(k.type)!.group !== 'role' &&
					(m.ref === undefined || k.ref === undefined),
			);
		if (others.length) conflicts.push({ mention: m, label: info.label, others });
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
