import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode } from './diagnosticCodes';
import type { Problem } from './providers/diagnostics';
import type { LimitSettings } from '../shared/settings';

/**
 * What the service does with a file, by its size and whether it is text at all (settings `attache.limits.*`): a log or
 * a binary file opened by mistake must not keep the editor waiting, so above a limit the expensive features are
 * skipped and one diagnostic says which and how to raise the limit.
 */
export type FileStanding =
	/** Every feature. */
	| 'full'
	/** Parsed, highlighted and listed, but not recognized: no suggestions (`attache.limits.suggestionsMaxFileSize`). */
	| 'noSuggestions'
	/** Not parsed: no feature at all (`attache.limits.maxFileSize`). */
	| 'tooLarge'
	/** Binary bytes, or text in an encoding that is not UTF-8: no feature at all. */
	| 'notText';

/** The limits count characters (UTF-16 units, as the editor holds the text): a million to a megabyte. */
const MB = 1_000_000;
/** How much of the start of a file tells whether it is text: a binary file is binary from its first bytes. */
const SAMPLE = 64 * 1024;
/** The share of control characters and U+FFFD above which a sample is not text: Latin-1 text read as UTF-8 has a U+FFFD for each accent, some 2-6 %; binary bytes and UTF-16 have 30-50 %. */
const NOT_TEXT_SHARE = 0.1;

/** A character that counts against being text; the regular expression scans natively, the loop below counts. */
const ODD = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

/** Whether `text` reads as text: few control characters (other than tab, line ends, form feed) and few U+FFFD. */
export function looksLikeText(text: string): boolean {
	const n = Math.min(text.length, SAMPLE);
	if (n === 0) return true;
	// Nearly every file has none: found at once, where the loop took 40% of a keystroke in a 1 MB article.
	if (!ODD.test(n === text.length ? text : text.slice(0, n))) return true;
	let odd = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) odd++;
	}
	return odd / n <= NOT_TEXT_SHARE;
}

/** What the service does with `text` under `limits`; `isText` when already known for this text. */
export function standingOf(text: string, limits: LimitSettings, isText: boolean = looksLikeText(text)): FileStanding {
	if (!isText) return 'notText';
	if (text.length > limits.maxFileSize * MB) return 'tooLarge';
	if (text.length > limits.suggestionsMaxFileSize * MB) return 'noSuggestions';
	return 'full';
}

/** Whether the parse of a file of this standing is skipped. */
export const skipsParsing = (standing: FileStanding): boolean => standing === 'tooLarge' || standing === 'notText';

const megabytes = (chars: number): string => `${(chars / MB).toFixed(1)} MB`;

/** The one diagnostic of a file whose features are limited, on its first character; none for a full one. */
export function limitProblem(text: string, standing: FileStanding, limits: LimitSettings): Problem | undefined {
	const range = { start: 0, end: Math.min(text.length, text.codePointAt(0)! > 0xffff ? 2 : 1) };
	switch (standing) {
		case 'full':
			return undefined;
		case 'noSuggestions':
			return {
				code: DiagnosticCode.SuggestionsSkipped,
				range,
				severity: DiagnosticSeverity.Information,
				message: `This file is ${megabytes(text.length)}, above the ${limits.suggestionsMaxFileSize} MB of the setting attache.limits.suggestionsMaxFileSize: Attache makes no suggestions in it (annotations are still highlighted, listed and checked). Raise the setting to have suggestions.`,
			};
		case 'tooLarge':
			return {
				code: DiagnosticCode.FileTooLarge,
				range,
				severity: DiagnosticSeverity.Warning,
				message: `This file is ${megabytes(text.length)}, above the ${limits.maxFileSize} MB of the setting attache.limits.maxFileSize: Attache does not read it, so it has no highlighting, outline, hover, folding, checks or suggestions. Raise the setting to read it.`,
			};
		case 'notText':
			return {
				code: DiagnosticCode.NotText,
				range,
				severity: DiagnosticSeverity.Warning,
				message:
					'This does not look like a text article: it is full of control characters or of bytes that are not UTF-8 text. Attache offers no features on it. If it is text in another encoding, reopen it with the encoding UTF-8.',
			};
	}
}
