import { DOCSTART } from './conll';
import { typeForLabel } from './labels';
import type { ImportedArticle, ImportedSpan, ImportProblem } from './model';

const TAG = /^([BIESLU])[-_](.+)$/;
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}»”’…]+|['’](?:s|t|re|ve|ll|d|m)|n['’]t)$/i;
const NO_SPACE_AFTER = /^[(\[{«“‘$]$/;

interface Token {
	readonly text: string;
	readonly tag: string;
	readonly line: number;
}

/**
 * Reads CoNLL BIO (`token TAB tag`, or space-separated columns with the tag last, as in CoNLL-2003): one article
 * per `-DOCSTART-`, sentences between blank lines. B-/I- (IOB2), IOB1 and BIOES/BILOU tags are read. CoNLL keeps no
 * spacing, so the text is rebuilt: tokens joined by spaces (none before punctuation), a line per sentence.
 */
export function importConll(name: string, content: string): ImportedArticle[] {
	const documents: { sentences: Token[][]; problems: ImportProblem[] }[] = [];
	let current: { sentences: Token[][]; problems: ImportProblem[] } | undefined;
	let sentence: Token[] = [];
	const endSentence = (): void => {
		if (sentence.length) (current ??= newDocument()).sentences.push(sentence);
		sentence = [];
	};
	const newDocument = (): { sentences: Token[][]; problems: ImportProblem[] } => {
		const d = { sentences: [], problems: [] };
		documents.push(d);
		return d;
	};
	content.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		if (!raw.trim()) return endSentence();
		const columns = raw.includes('\t') ? raw.split('\t') : raw.trim().split(/\s+/);
		if (columns[0] === DOCSTART) {
			endSentence();
			current = newDocument();
			return;
		}
		const document = (current ??= newDocument());
		if (columns.length < 2) {
			document.problems.push({ line, severity: 'error', message: `"${raw.trim()}" has no tag column: read as O.` });
			sentence.push({ text: columns[0]!.trim(), tag: 'O', line });
			return;
		}
		sentence.push({ text: columns[0]!, tag: columns[columns.length - 1]!.trim(), line });
	});
	endSentence();
	const articles = documents.filter((d) => d.sentences.length > 0);
	return articles.map((d, i) =>
		build(
			articles.length === 1 ? name : `${name}-${String(i + 1).padStart(String(articles.length).length, '0')}`,
			d.sentences,
			d.problems,
		),
	);
}

function build(name: string, sentences: readonly Token[][], problems: ImportProblem[]): ImportedArticle {
	const spans: ImportedSpan[] = [];
	const renamed = new Map<string, string>();
	let text = '';
	let open: { start: number; end: number; label: string; line: number } | undefined;
	const close = (): void => {
		if (!open) return;
		const type = typeForLabel(open.label);
		if (type !== open.label) renamed.set(open.label, type);
		spans.push({ start: open.start, end: open.end, type, line: open.line });
		open = undefined;
	};
	sentences.forEach((tokens, s) => {
		if (s > 0) text += '\n';
		let quotes = 0;
		tokens.forEach((token, k) => {
			const previous = tokens[k - 1]?.text;
			const quote = token.text === '"';
			const closingQuote = quote && quotes % 2 === 1;
			if (
				k > 0 &&
				!NO_SPACE_BEFORE.test(token.text) &&
				!closingQuote &&
				!(previous !== undefined && (NO_SPACE_AFTER.test(previous) || (previous === '"' && quotes % 2 === 1)))
			)
				text += ' ';
			if (quote) quotes++;
			const start = text.length;
			text += token.text;
			const m = TAG.exec(token.tag);
			if (token.tag === 'O' || (!m && token.tag === '_')) return close();
			if (!m) {
				problems.push({
					line: token.line,
					severity: 'error',
					message: `"${token.tag}" is no BIO tag (O, B-TYPE, I-TYPE): read as O.`,
				});
				return close();
			}
			const [, prefix, label] = m as unknown as [string, string, string];
			const continues =
				open !== undefined && open.label === label && (prefix === 'I' || prefix === 'E' || prefix === 'L');
			if (continues) open!.end = text.length;
			else {
				close();
				open = { start, end: text.length, label, line: token.line };
			}
			if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') close();
		});
		// A sentence ends every span: spans do not run over a line.
		close();
	});
	close();
	for (const [from, to] of renamed)
		problems.push({ line: 0, severity: 'notice', message: `label ${from} is written as .${to}.` });
	problems.push({
		line: 0,
		severity: 'notice',
		message: 'CoNLL keeps no spacing: the text is rebuilt with a space between tokens and a line per sentence.',
	});
	return { name, text, spans, problems };
}
