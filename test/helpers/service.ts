import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, noCancellation, type AttacheService } from '../../server/src/service';
import { defaultSettings, type AttacheSettings, type CustomTypeSetting } from '../../server/src/shared/settings';

export const none = noCancellation;

/** Settings for tests of annotations alone: suggestions off unless asked for. */
export function settings(
	options: { customTypes?: CustomTypeSetting[]; suggestions?: boolean; showAsDiagnostics?: boolean } = {},
): AttacheSettings {
	return {
		...defaultSettings,
		customTypes: options.customTypes ?? [],
		suggestions: {
			...defaultSettings.suggestions,
			enabled: options.suggestions ?? false,
			showAsDiagnostics: options.showAsDiagnostics ?? false,
		},
	};
}

export function service(s: AttacheSettings = settings()): AttacheService {
	return createAttacheService({ getSettings: () => s });
}

let counter = 0;
export function doc(text: string): TextDocument {
	return TextDocument.create(`file:///test/doc-${++counter}.news`, 'annotated-news', 1, text);
}
