import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { agreementOf, foldersToCompare, revisionsToCompare, WORKTREE } from './interchange/agreementInputs';
import { exportArticles } from './interchange/exportArticles';
import { importArticles } from './interchange/importArticles';
import {
	agreementMarkdown,
	detailedLosses,
	isExportFormat,
	isImportFormat,
	positionAt,
	summarizeLosses,
	type Locate,
} from '../service/interchange';
import { AgreementRequest, ExportRequest, ImportRequest } from '../shared/protocol';
import type { AttacheSettings } from '../shared/settings';

/**
 * The interchange requests of the editor (Export As..., Import..., Compare Annotations With...): each runs the
 * CLI's own code (server/src/node/interchange) on paths of the server's disk, with the text of open editors.
 */
export function registerInterchangeRequests(
	connection: Connection,
	documents: TextDocuments<TextDocument>,
	settings: () => AttacheSettings,
): void {
	const openText = (file: string): string | undefined =>
		documents.get(pathToFileURL(path.resolve(file)).toString())?.getText();

	connection.onRequest(ExportRequest.type, (params, token) => {
		const empty = { written: [], articles: 0, lostSummary: '', losses: [], withErrors: [] };
		if (!isExportFormat(params.format)) return { ...empty, error: `Unknown export format "${params.format}".` };
		const outcome = exportArticles({
			format: params.format,
			paths: params.paths,
			outDir: params.outDir,
			readText: openText,
			settings: settings(),
			isCancelled: () => token.isCancellationRequested,
		});
		if (outcome.unreadable.length)
			return { ...empty, error: `Cannot read ${outcome.unreadable.map((u) => `${u.path} (${u.reason})`).join(', ')}.` };
		if (outcome.unwritable.length)
			return {
				...empty,
				written: outcome.written,
				error: `Cannot write ${outcome.unwritable.map((u) => `${u.path} (${u.reason})`).join(', ')}.`,
			};
		if (outcome.articles === 0) return { ...empty, error: 'There is no .news article to export there.' };
		return {
			written: outcome.written,
			articles: outcome.articles,
			lostSummary: summarizeLosses(outcome.losses.flatMap((a) => a.losses)),
			losses: outcome.losses.flatMap((a) =>
				detailedLosses(a.losses).map((l) => ({ file: a.path, ...positionAt(a.source, l.offset), message: l.message })),
			),
			withErrors: outcome.withErrors,
		};
	});

	connection.onRequest(ImportRequest.type, (params) => {
		if (!isImportFormat(params.format))
			return { written: [], kept: [], problems: [], error: `Unknown import format "${params.format}".` };
		const outcome = importArticles({
			format: params.format,
			paths: params.paths,
			outDir: params.outDir,
			force: params.force,
		});
		if (outcome.unreadable.length)
			return {
				written: [],
				kept: [],
				problems: [],
				error: `Cannot read ${outcome.unreadable.map((u) => `${u.path} (${u.reason})`).join(', ')}.`,
			};
		const unwritable = outcome.results.flatMap((r) => (r.unwritable ? [r.unwritable] : []));
		if (unwritable.length)
			return {
				written: outcome.results.flatMap((r) => (r.target ? [r.target] : [])),
				kept: [],
				problems: [],
				error: `${unwritable.join('; ')}.`,
			};
		return {
			written: outcome.results.flatMap((r) => (r.target ? [r.target] : [])),
			kept: outcome.results.filter((r) => r.existed).map((r) => path.resolve(params.outDir, `${r.name}.news`)),
			problems: [
				...outcome.fileProblems.flatMap((f) => f.problems.map((p) => ({ file: f.input, ...p }))),
				...outcome.results.flatMap((r) => r.problems.map((p) => ({ file: r.input, ...p }))),
			],
		};
	});

	connection.onRequest(AgreementRequest.type, (params) => {
		const inputs =
			'folder' in params.b
				? foldersToCompare(params.a, params.b.folder, openText)
				: revisionsToCompare(params.a, WORKTREE, params.b.revision, openText);
		if ('error' in inputs) return { markdown: '', compared: 0, kappa: null, disagreements: 0, error: inputs.error };
		const agreement = agreementOf(inputs.ok);
		const reportDir = path.dirname(params.reportFile);
		const locate: Locate = (d, side) => {
			const p = agreement.position(d, side);
			if (!p) return undefined;
			const label = `${path.basename(p.version.label)}:${p.line}:${p.column}`;
			return p.version.file
				? { label, href: `${linkTo(reportDir, p.version.file)}#L${p.line},${p.column}` }
				: { label: `${p.version.label}:${p.line}:${p.column}` };
		};
		const { report } = agreement;
		return {
			markdown: agreementMarkdown(report, inputs.ok.names, locate),
			compared: report.compared.length,
			kappa: report.kappa.value,
			disagreements: report.disagreements.length,
		};
	});
}

/** A link from a Markdown file in `fromDir` to `file`: relative when it can be, else a file URI. */
function linkTo(fromDir: string, file: string): string {
	const relative = path.relative(fromDir, path.resolve(file));
	if (path.isAbsolute(relative)) return pathToFileURL(path.resolve(file)).href;
	return relative.split(path.sep).map(encodeURIComponent).join('/');
}
