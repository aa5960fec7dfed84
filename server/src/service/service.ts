import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-types';
import type { NewsDocument } from './parse/model';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticCode } from './diagnosticCodes';
import type { AttacheSettings } from '../shared/settings';
import { createAssistanceProviders } from './assistance';
import {
	appearances,
	corpusProblems,
	createCorpusProviders,
	knowledgeBaseConsistencyDiagnostics,
} from './corpusProviders';
import type { AttacheService } from './attacheService';
import { DocumentCache } from './documentCache';
import { limitProblem, skipsParsing } from './fileLimits';
import { capped } from './problemCap';
import { withKnowledgeBases } from './knowledgeBaseDocuments';
import { EntityTypes } from './entityTypes';
import { exportJson } from './interchange/articleJson';
import type { AttacheHost } from './host';
import { provideCodeActions } from './providers/codeActions';
import { createCommandService } from './commands/commandService';
import { provideEditingActions } from './providers/editingActions';
import { collectProblems, toDiagnostic, type Problem } from './providers/diagnostics';
import { provideDocumentSymbols } from './providers/documentSymbols';
import { provideFoldingRanges } from './providers/folding';
import { provideHover } from './providers/hover';
import { provideSemanticTokens } from './providers/semanticTokens';
import { recognize, type Suggestion } from './recognize/suggestions';
import { Recognizer } from './recognize/recognizer';
import { SuggestionCache } from './suggestionCache';
import { finishedJob } from './suggestionJob';
import { createViewProviders } from './views/viewProviders';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { markupRanges } from './views/markupRanges';
import { previewHtml } from './views/previewHtml';

export function createAttacheService(host: AttacheHost): AttacheService {
	const documents = new DocumentCache(() => host.getSettings().limits);
	const workspace = new WorkspaceIndex((uri, text) => documents.parseText(uri, text));
	// the service's own scratch memory and caches for recognizing: another service in the process has its own; an
	// editor's keeps each line's findings for the next keystroke
	const recognizer = new Recognizer({ keepLines: host.backgroundSuggestions === true });
	const suggestionCache = new SuggestionCache(documents, workspace, recognizer);
	let typesFor: { settings: AttacheSettings; types: EntityTypes } | undefined;
	const types = (): EntityTypes => {
		const settings = host.getSettings();
		if (typesFor?.settings !== settings) typesFor = { settings, types: new EntityTypes(settings) };
		return typesFor.types;
	};
	// Above attache.limits.suggestionsMaxFileSize, or in a file not read at all, the recognizer does not run.
	const recognized = (document: TextDocument): boolean => documents.standing(document) === 'full';
	/** Every suggestion: for the commands, which act on what the analyst saw (so the job is done or nearly). */
	const allSuggestions = (document: TextDocument): readonly Suggestion[] =>
		recognized(document) ? suggestionCache.get(document, host.getSettings()) : [];
	/** What a request shows: in the background, the suggestions ready so far, without running the recognizer. */
	const suggestions = (document: TextDocument): readonly Suggestion[] => {
		if (!host.backgroundSuggestions) return allSuggestions(document);
		return recognized(document) ? suggestionCache.ready(document, host.getSettings()) : [];
	};
	const problems = (document: TextDocument): Problem[] => {
		const settings = host.getSettings();
		const parsed = documents.get(document);
		const standing = documents.standing(document);
		const limited = limitProblem(document.getText(), standing, settings.limits);
		if (skipsParsing(standing)) return limited ? [limited] : [];
		const found = [
			...collectProblems(parsed, types(), settings.suggestions.showAsDiagnostics ? suggestions(document) : []),
			...corpusProblems(document, parsed, workspace, types()),
		];
		return limited ? [limited, ...capped(found, parsed.problemsOmitted)] : capped(found, parsed.problemsOmitted);
	};

	const assistance = createAssistanceProviders({
		settings: () => host.getSettings(),
		parse: (d) => documents.get(d),
		types,
		suggestions,
		entries: () => workspace.entries,
	});
	// The outline of a version, kept while its suggestions are the same: the editor asks again on every focus and
	// breadcrumb move, and building it walks every suggestion.
	const outlines = new WeakMap<
		NewsDocument,
		{ types: EntityTypes; suggestions: readonly Suggestion[]; symbols: DocumentSymbol[] }
	>();
	const outline = (document: TextDocument): DocumentSymbol[] => {
		const parsed = documents.get(document);
		const shown = suggestions(document);
		const kept = outlines.get(parsed);
		if (kept?.types === types() && kept.suggestions === shown) return kept.symbols;
		const symbols = provideDocumentSymbols(document, parsed, types(), shown);
		outlines.set(parsed, { types: types(), suggestions: shown, symbols });
		return symbols;
	};
	const skipped = (document: TextDocument): boolean => skipsParsing(documents.standing(document));

	const service = Object.freeze<AttacheService>({
		...createCorpusProviders({ index: workspace, parse: (d) => documents.get(d), types, suggestions }),
		...createViewProviders({ index: workspace, parseText: (uri, text) => documents.parseText(uri, text) }),
		...assistance,
		// A file that is not read has no counts, hints or completions: the one diagnostic says why.
		getCompletions: (document, position, token) =>
			skipped(document) ? null : assistance.getCompletions(document, position, token),
		getInlayHints: (document, range, token) =>
			skipped(document) ? [] : assistance.getInlayHints(document, range, token),
		getCodeLenses: (document, token) => (skipped(document) ? [] : assistance.getCodeLenses(document, token)),
		parse: (document) => documents.get(document),
		getSuggestions: (document, token) => (token.isCancellationRequested ? [] : allSuggestions(document)),
		startSuggestions: (document) =>
			recognized(document) ? suggestionCache.job(document, host.getSettings()) : finishedJob,
		getDiagnostics: (document, token) =>
			token.isCancellationRequested ? [] : problems(document).map((p) => toDiagnostic(document, p)),
		getSemanticTokens: (document, token) =>
			provideSemanticTokens(document, documents.get(document), types(), suggestions(document), token),
		// `suggestions` is a getter: a hover on an annotation or the header never runs the recognizer.
		getHover: (document, position, token) =>
			token.isCancellationRequested
				? null
				: provideHover(
						document,
						documents.get(document),
						{
							types: types(),
							get suggestions() {
								return suggestions(document);
							},
							knowledge: (id) => workspace.entry(id),
							appearances: appearances(document, documents.get(document), workspace),
						},
						document.offsetAt(position),
					),
		getDocumentSymbols: (document, token) => (token.isCancellationRequested ? [] : outline(document)),
		getCodeActions: (document, range, token) =>
			token.isCancellationRequested || skipped(document)
				? []
				: [
						...provideCodeActions(
							document,
							documents.get(document),
							types(),
							problems(document),
							suggestions(document),
							range,
						),
						...provideEditingActions(
							document,
							documents.get(document),
							types(),
							suggestions(document),
							workspace.entries,
							range,
						),
					],
		commands: createCommandService({
			parse: (d) => documents.get(d),
			suggestions: allSuggestions,
			types,
			workspace,
			getSettings: () => host.getSettings(),
			recognizer,
		}),
		getFoldingRanges: (document, token) =>
			token.isCancellationRequested ? [] : provideFoldingRanges(document, documents.get(document)),
		exportJson: (document, token) =>
			exportJson(
				documents.get(document),
				token.isCancellationRequested ? [] : problems(document).map((p) => toDiagnostic(document, p)),
			),
		getPreview: (document, token) => {
			if (token.isCancellationRequested)
				return { version: document.version, title: '', html: '', lineCount: document.lineCount };
			const parsed = documents.get(document);
			const preview = previewHtml(parsed, {
				types: types(),
				suggestions: suggestions(document),
				knowledgeName: (ref) => workspace.entry(ref)?.name,
			});
			return { version: document.version, ...preview };
		},
		getMarkupRanges: (document, token) => ({
			version: document.version,
			ranges: token.isCancellationRequested
				? []
				: markupRanges(documents.get(document)).map((r) => ({
						start: document.positionAt(r.start),
						end: document.positionAt(r.end),
					})),
		}),
		setWorkspaceFile: (uri, text, kind) => workspace.setFile(uri, text, kind),
		deleteWorkspaceFile: (uri) => workspace.deleteFile(uri),
		getKnowledgeBaseDiagnostics: (uri) => {
			const file = workspace.knowledgeFile(uri);
			if (!file) return [];
			const text = TextDocument.create(uri, 'yaml', 0, file.text);
			const syntax: Diagnostic[] = file.problems.map((p) => ({
				range: { start: text.positionAt(p.range.start), end: text.positionAt(p.range.end) },
				severity: DiagnosticSeverity.Error,
				code: DiagnosticCode.KnowledgeBaseSyntax,
				source: 'attache',
				message: p.message,
			}));
			return [...syntax, ...knowledgeBaseConsistencyDiagnostics(uri, workspace)];
		},
		getKnowledgeEntry: (id) => workspace.entry(id),
		getKnowledgeEntries: () => workspace.entries,
		recognizeText: (text, { date, ...options }, token) =>
			token.isCancellationRequested
				? []
				: recognize(
						text,
						date,
						{ entries: workspace.entries, corpus: workspace.corpusNames() },
						host.getSettings().suggestions,
						{ ...options, recognizer },
					),
		forget: (uri) => {
			documents.forget(uri);
			suggestionCache.forget(uri);
		},
	});
	// Knowledge bases (`entities.yaml`) have references, rename, hover and code lenses of their own.
	return withKnowledgeBases(service, { index: workspace, settings: () => host.getSettings(), types });
}
