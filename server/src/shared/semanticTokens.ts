/**
 * The semantic token legend, shared by the server (which encodes tokens) and checked against package.json
 * (`contributes.semanticTokenTypes`/`semanticTokenModifiers`) by a test.
 */
export const tokenTypes = [
	'person',
	'organization',
	'place',
	'date',
	'role',
	'entity',
	'annotationMarkup',
	'annotationAttribute',
	'annotationValue',
	'headerKey',
	'headerValue',
] as const;

export type TokenType = (typeof tokenTypes)[number];

export const tokenModifiers = ['suggested', 'nested'] as const;

export type TokenModifier = (typeof tokenModifiers)[number];

export const semanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };
