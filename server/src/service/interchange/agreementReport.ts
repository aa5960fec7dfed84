import type { AgreementReport, Disagreement, TypeScore } from './agreement';

/** Where a disagreement stands in A or B: a label such as `a/x.news:3:5`, and for Markdown a link target. */
export type Locate = (
	d: Disagreement,
	side: 'a' | 'b',
) => { readonly label: string; readonly href?: string } | undefined;

const num = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
const KIND_TITLE: Record<Disagreement['kind'], string> = {
	type: 'type',
	boundary: 'boundary',
	'only-a': 'only in A',
	'only-b': 'only in B',
	ref: 'ref',
	value: 'value',
};

function table(types: readonly TypeScore[], overall: TypeScore): string[][] {
	return [
		['type', 'A', 'B', 'match', 'precision', 'recall', 'F1'],
		...[...types, overall].map((s) => [
			s.type,
			String(s.a),
			String(s.b),
			String(s.matched),
			num(s.precision),
			num(s.recall),
			num(s.f1),
		]),
	];
}

function kappaLine(report: AgreementReport): string {
	const k = report.kappa;
	return `Cohen's kappa over ${k.tokens} tokens: ${num(k.value)} (observed agreement ${num(k.observed)}, chance ${num(k.expected)})`;
}

/** The report as plain text for a terminal: a table, kappa, then one line per disagreement. */
export function agreementText(report: AgreementReport, names: { a: string; b: string }, locate: Locate): string {
	const rows = table(report.types, report.overall);
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
	const lines = [
		`Agreement of B (${names.b}) with A (${names.a}): ${report.compared.length} article${report.compared.length === 1 ? '' : 's'} compared`,
		'',
		...rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')),
		'',
		kappaLine(report),
	];
	for (const s of report.skipped) lines.push(`skipped ${s.name}: ${s.reason}`);
	if (report.disagreements.length) {
		lines.push('', `${report.disagreements.length} disagreement${report.disagreements.length === 1 ? '' : 's'}:`);
		for (const d of report.disagreements) {
			const where = locate(d, 'a')?.label ?? d.name;
			const other = locate(d, 'b')?.label;
			lines.push(`${where}: ${KIND_TITLE[d.kind]}: ${d.message}${other ? ` (B: ${other})` : ''}`);
		}
	} else if (report.compared.length) {
		lines.push('', 'No disagreements.');
	}
	return lines.join('\n') + '\n';
}

const md = (s: string): string => s.replace(/([\\`*_[\]|<>])/g, '\\$1');

/** The report as Markdown, for a preview: a table, kappa, and each disagreement with links to A and B. */
export function agreementMarkdown(report: AgreementReport, names: { a: string; b: string }, locate: Locate): string {
	const rows = table(report.types, report.overall);
	const out = [
		'# Annotation agreement',
		'',
		`**A**: ${md(names.a)}  `,
		`**B**: ${md(names.b)}  `,
		`${report.compared.length} article${report.compared.length === 1 ? '' : 's'} compared. Precision, recall and F1 are B's against A: a span counts when B has it with the same text and type.`,
		'',
		`| ${rows[0]!.join(' | ')} |`,
		`| ${rows[0]!.map((_, c) => (c === 0 ? '---' : '---:')).join(' | ')} |`,
		...rows
			.slice(1)
			.map((r) => `| ${r.map((cell, c) => (c === 0 && cell === 'all' ? '**all**' : cell)).join(' | ')} |`),
		'',
		`${kappaLine(report)}; each token is labelled with the type of the outermost annotation over it, or O.`,
	];
	if (report.skipped.length) {
		out.push('', '## Not compared', '');
		for (const s of report.skipped) out.push(`- ${md(s.name)}: ${md(s.reason)}`);
	}
	out.push('', `## Disagreements (${report.disagreements.length})`);
	if (!report.disagreements.length) out.push('', 'None.');
	let article = '';
	for (const d of report.disagreements) {
		if (d.name !== article) {
			article = d.name;
			out.push('', `### ${md(article)}`, '');
		}
		const link = (side: 'a' | 'b'): string | undefined => {
			const at = locate(d, side);
			if (!at) return undefined;
			return at.href ? `[${side.toUpperCase()} ${md(at.label)}](${at.href})` : `${side.toUpperCase()} ${md(at.label)}`;
		};
		const links = [link('a'), link('b')].filter(Boolean).join(', ');
		out.push(`- **${KIND_TITLE[d.kind]}**: ${md(d.message)}${links ? ` — ${links}` : ''}`);
	}
	return out.join('\n') + '\n';
}
