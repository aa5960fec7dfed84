import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range, SemanticTokens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from './documentCache';
import { EntityTypes } from './entityTypes';
import { exportJson, type ExportedArticle } from './export/json';
import type { AttacheHost, CancellationToken } from './host';
import type { NewsDocument } from './parse/model';
import { provideCodeActions } from './providers/codeActions';
import { collectProblems, toDiagnostic } from './providers/diagnostics';
import { provideDocumentSymbols } from './providers/documentSymbols';
import { provideFoldingRanges } from './providers/folding';
import { provideHover } from './providers/hover';
import { provideSemanticTokens } from './providers/semanticTokens';

/** The language service: one method per feature, each taking the cancellation token last. */
export interface AttacheService {
	parse(document: TextDocument): NewsDocument;
	getDiagnostics(document: TextDocument, token: CancellationToken): Diagnostic[];
	getSemanticTokens(document: TextDocument, token: CancellationToken): SemanticTokens;
	getHover(document: TextDocument, position: Position, token: CancellationToken): Hover | null;
	getDocumentSymbols(document: TextDocument, token: CancellationToken): DocumentSymbol[];
	getCodeActions(document: TextDocument, range: Range, token: CancellationToken): CodeAction[];
	getFoldingRanges(document: TextDocument, token: CancellationToken): FoldingRange[];
	exportJson(document: TextDocument, token: CancellationToken): ExportedArticle;
	/** Drops what is cached for a closed document. */
	forget(uri: string): void;
}

export function createAttacheService(host: AttacheHost): AttacheService {
	const cache = new DocumentCache();
	let typesFor: { settings: unknown; types: EntityTypes } | undefined;
	const types = (): EntityTypes => {
		const settings = host.getSettings();
		if (typesFor?.settings !== settings) typesFor = { settings, types: new EntityTypes(settings) };
		return typesFor.types;
	};
	const problems = (document: TextDocument) => collectProblems(cache.get(document), types());

	return Object.freeze<AttacheService>({
		parse: (document) => cache.get(document),
		getDiagnostics: (document, token) => (token.isCancellationRequested ? [] : problems(document).map((p) => toDiagnostic(document, p))),
		getSemanticTokens: (document, token) => provideSemanticTokens(document, cache.get(document), types(), token),
		getHover: (document, position, token) => (token.isCancellationRequested ? null : provideHover(document, cache.get(document), types(), document.offsetAt(position))),
		getDocumentSymbols: (document, token) => (token.isCancellationRequested ? [] : provideDocumentSymbols(document, cache.get(document), types())),
		getCodeActions: (document, range, token) =>
			token.isCancellationRequested ? [] : provideCodeActions(document, cache.get(document), types(), problems(document), range),
		getFoldingRanges: (document, token) => (token.isCancellationRequested ? [] : provideFoldingRanges(document, cache.get(document))),
		exportJson: (document, token) => exportJson(cache.get(document), token.isCancellationRequested ? [] : problems(document).map((p) => toDiagnostic(document, p))),
		forget: (uri) => cache.forget(uri),
	});
}
