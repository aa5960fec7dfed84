import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAttacheService, noCancellation, type AttacheService } from '../../server/src/service';
import { defaultSettings, type AttacheSettings } from '../../server/src/shared/settings';

export const none = noCancellation;

export function service(settings: AttacheSettings = defaultSettings): AttacheService {
	return createAttacheService({ getSettings: () => settings });
}

let counter = 0;
export function doc(text: string): TextDocument {
	return TextDocument.create(`file:///test/doc-${++counter}.news`, 'annotated-news', 1, text);
}
