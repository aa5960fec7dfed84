import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findNames, type LoneRole } from '../../../server/src/service/recognize/names';
import { NameScratch } from '../../../server/src/service/recognize/names/nameScratch';

/**
 * Incremental recognition (names/articleLines.ts): a recognizer that keeps each line's findings finds in every version
 * of an article exactly what a fresh one finds reading that version once, whatever versions it read before; and after
 * an edit it recognizes again only the lines the edit changed, or whose article facts it changed.
 */

/** Lines that name people, bodies and places, define and use acronyms, and write capitalized words in lower case too. */
const LINES = [
	'Foreign Minister Sergey Lavrov met Kyrgyz President Sadyr Zhaparov in Bishkek on Monday.',
	'Lavrov said the talks went well.',
	'The Eurasian Economic Union (EAEU) will meet in Minsk.',
	'Officials of the EAEU declined to comment.',
	'Trend analysts said the trend would hold.',
	'TREND WATCH: MARKETS RALLY',
	'Merrill Lynch & Co. opened offices in Vienna. Merrill itself was a partnership.',
	'Later the Yankees won, and Yahoo, Lycos and Excite lost money.',
	'Excite lost more.',
	'The Danube Valley Commission discussed the treaty.',
	'Сергей Лавров прибыл в Москву 😀 together with Ada Lindqvist.',
	'the president of Kyrgyzstan spoke to the press.',
	'',
	'   ',
	'Russia and China include Belgium, Australia and the United States among members.',
];

const names = (text: string, scratch: NameScratch): { names: unknown; roles: LoneRole[] } => {
	const roles: LoneRole[] = [];
	return { names: findNames(text, [], scratch, roles), roles };
};

const article = fc.array(fc.integer({ min: 0, max: LINES.length - 1 }), { minLength: 1, maxLength: 12 });
/** An edit of an article's line list: replace, insert or delete a line, or change a word's case. */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), line: fc.nat(LINES.length - 1) }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.nat(LINES.length - 1) }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), line: fc.constant(0) }),
	fc.record({ kind: fc.constant('lower' as const), at: fc.nat(), line: fc.constant(0) }),
);

function applyEdit(lines: string[], e: { kind: string; at: number; line: number }): string[] {
	const out = [...lines];
	const at = e.at % (out.length + 1);
	if (e.kind === 'insert') out.splice(at, 0, LINES[e.line]!);
	else if (out.length === 0) out.push(LINES[e.line]!);
	else if (e.kind === 'replace') out[at % out.length] = LINES[e.line]!;
	else if (e.kind === 'delete') out.splice(at % out.length, 1);
	// a capitalized word in lower case: changes what the article says of that word, read by other lines
	else out[at % out.length] = out[at % out.length]!.replace(/\b[A-Z][a-z]+/, (w) => w.toLowerCase());
	return out;
}

suite('Incremental recognition: each line recognized once per text and article facts', () => {
	test('every version of an edited article: what a fresh recognizer finds (LF and CRLF)', () => {
		fc.assert(
			fc.property(article, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (start, edits, crlf) => {
				const keeping = new NameScratch(undefined, undefined, true);
				let lines = start.map((i) => LINES[i]!);
				const eol = crlf ? '\r\n' : '\n';
				for (const e of [undefined, ...edits]) {
					if (e) lines = applyEdit(lines, e);
					const text = lines.join(eol);
					assert.deepEqual(names(text, keeping), names(text, new NameScratch()), JSON.stringify(text));
				}
			}),
			{ numRuns: 150 },
		);
	});

	test('a recognizer that keeps lines finds what one that does not finds, on text of one line too', () => {
		const keeping = new NameScratch(undefined, undefined, true);
		for (const line of LINES) {
			assert.deepEqual(names(line, keeping), names(line, new NameScratch()), line);
			// a line met alone and then inside an article, and again alone
			const text = `${line}\n${LINES[0]}`;
			assert.deepEqual(names(text, keeping), names(text, new NameScratch()), text);
			assert.deepEqual(names(line, keeping), names(line, new NameScratch()), line);
		}
	});

	test('an edit of one line recognizes that line again, not the others', () => {
		const keeping = new NameScratch(undefined, undefined, true);
		const lines = [LINES[0]!, '', LINES[2]!, '', LINES[9]!, '', LINES[7]!];
		findNames(lines.join('\n'), [], keeping);
		const before = keeping.lines?.recognized ?? 0;
		lines[4] = 'The Danube Valley Commission discussed the treaty again.';
		findNames(lines.join('\n'), [], keeping);
		assert.equal((keeping.lines?.recognized ?? 0) - before, 1);
	});

	test('an edit that changes what the article says of a word recognizes again the lines that read it', () => {
		const keeping = new NameScratch(undefined, undefined, true);
		const lines = ['He met Trend in Vienna.', 'Markets rose in Vienna.', 'Officials said so.'];
		assert.ok(findNames(lines.join('\n'), [], keeping).some((m) => m.text === 'Trend'));
		const before = keeping.lines?.recognized ?? 0;
		// "trend" in lower case elsewhere makes the first line's "Trend" a common word: that line is read again too
		lines[2] = 'Officials said the trend held.';
		assert.ok(!findNames(lines.join('\n'), [], keeping).some((m) => m.text === 'Trend'));
		assert.equal((keeping.lines?.recognized ?? 0) - before, 2);
	});
});
