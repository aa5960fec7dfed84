/**
 * What Attache answers in a knowledge base (`entities.yaml`) besides articles, decided once: the client asks the
 * server for a feature there only where this says so (YAML keeps its own folding and colours otherwise), and the
 * service's routing (service/knowledgeBaseDocuments.ts) is tested against the same table.
 */
export const knowledgeBaseFeatures = {
	hover: true,
	references: true,
	rename: true,
	codeLens: true,
	diagnostics: true,
	semanticTokens: false,
	foldingRanges: false,
	documentSymbols: false,
	completion: false,
	inlayHints: false,
	codeActions: false,
	definition: false,
} as const satisfies Record<string, boolean>;

export type EditorFeature = keyof typeof knowledgeBaseFeatures;
