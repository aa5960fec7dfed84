/**
 * A cheap guess at the tense of the clause around a date expression, for choosing the year of "May 9" or the week of
 * "on Tuesday" the way HeidelTime does for news: the nearest tense-bearing word before the expression in its sentence,
 * else the first one after it. `strong` limits the cues to unambiguous ones (modal "will", "ago", "was") before
 * the expression.
 */
export type Tense = 'past' | 'future' | 'present' | undefined;

const WINDOW = 120;

const STRONG_FUTURE = new Set([
	'will',
	"'ll",
	'shall',
	'would',
	'going',
	'scheduled',
	'upcoming',
	'next',
	'due',
	'expected',
	'planned',
	'plans',
	'planning',
	'forthcoming',
	'invited',
	'wo',
	'soon',
	'effective',
]);
const STRONG_PAST = new Set(['was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'since']);
const FUTURE = new Set([
	...STRONG_FUTURE,
	'would',
	'plan',
	'planning',
	'expects',
	'intends',
	'intend',
	'set',
	'aims',
	'hopes',
	'ahead',
	'prepare',
	'prepares',
	'preparing',
	'by',
]);
const PAST = new Set([
	...STRONG_PAST,
	'said',
	'told',
	'went',
	'came',
	'took',
	'met',
	'made',
	'gave',
	'held',
	'began',
	'saw',
	'won',
	'led',
	'left',
	'sent',
	'spoke',
	'fell',
	'rose',
	'got',
	'became',
	'brought',
	'thought',
	'felt',
	'kept',
	'lost',
	'paid',
	'sold',
	'bought',
	'struck',
	'wrote',
	'ran',
	'broke',
	'chose',
	'drew',
	'grew',
	'knew',
	'shot',
	'hit',
	'former',
	'previously',
	'been',
]);
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'says', 'does', 'do', 'continues', 'remains']);
/** Words ending in -ed that are no past tense. */
const NOT_PAST = new Set([
	'need',
	'indeed',
	'speed',
	'seed',
	'feed',
	'hundred',
	'bed',
	'red',
	'united',
	'limited',
	'based',
	'proposed',
	'unprecedented',
	'concerned',
	'interested',
	'related',
	'advanced',
	'detailed',
	'armed',
	'agreed',
	'coordinated',
	'committed',
	'dedicated',
	'sustained',
	'naked',
	'wicked',
	'sacred',
]);

function classify(word: string, strong: boolean): Tense {
	const w = word.toLowerCase();
	if (strong) return STRONG_FUTURE.has(w) ? 'future' : STRONG_PAST.has(w) ? 'past' : undefined;
	if (FUTURE.has(w)) return 'future';
	if (PAST.has(w)) return 'past';
	if (PRESENT.has(w)) return 'present';
	if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
	return undefined;
}

const WORD = /[A-Za-z']+/g;
/** Sentence ends, and quotation marks: the tense inside a quotation is not that of the reporting clause. */
const SENTENCE_END = /[.!?]\s|[\n\r"“”]|''|``/g;

/** Words right before a date that look ahead: "until Tuesday", "as early as Tuesday", "as soon as Tuesday", "ahead
 * of the weekend". */
const AHEAD = new Set(['until', 'till']);
const AHEAD_AS = new Set(['early', 'soon']);

/**
 * The tense of the verb a weekday follows ("announced Wednesday", "said on Sunday", "closed Wednesday"), or of a word
 * before it that looks ahead ("until Tuesday"); undefined when the word before is neither.
 */
export function verbBefore(text: string, start: number): Tense {
	let [w, at] = wordBefore(text, start);
	if (w === 'on') [w, at] = wordBefore(text, at);
	// lower case: "Until Thursday, they had not..." opens a sentence of the past
	if (AHEAD.has(w)) return text.charCodeAt(at) >= 97 ? 'future' : undefined;
	if (w === 'as') return AHEAD_AS.has(wordBefore(text, at)[0]) ? 'future' : undefined;
	if (w === 'of') return wordBefore(text, at)[0] === 'ahead' ? 'future' : undefined;
	// "set to resume Monday", "plans to vote on Tuesday": an infinitive looks ahead (not "to NATO on Friday")
	if (wordBefore(text, at)[0] === 'to' && text.charCodeAt(at) >= 97 && !PAST.has(w)) return 'future';
	if (!(PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)))) return undefined;
	// a participle after "be" ("will be paid Dec. 14") has the tense of its auxiliary, read by tenseAround
	return PASSIVE.has(wordBefore(text, at)[0]) ? undefined : 'past';
}

const PASSIVE = new Set(['be', 'been', 'being', 'is', 'are']);

/** "Wednesday's ruling": a weekday's event named so is known, and past (TimeBank: 14 times in 14, or the day itself). */
export function possessiveAfter(text: string, end: number): Tense {
	const c = text.charCodeAt(end);
	return (c === 39 || c === 0x2019) && (text.charCodeAt(end + 1) | 32) === 115 && !isLetter(text.charCodeAt(end + 2))
		? 'past'
		: undefined;
}

/** The word (lower case) right before `end` across spaces on the line, and where it starts; '' after punctuation. */
function wordBefore(text: string, end: number): [string, number] {
	let i = end;
	while (i > 0 && end - i < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
	let j = i;
	while (j > 0 && i - j < 20 && isLetter(text.charCodeAt(j - 1))) j--;
	return [text.slice(j, i).toLowerCase(), j];
}

const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;

/** The tense cue nearest to the expression `text[start, end)` within its sentence. */
export function tenseAround(text: string, start: number, end: number, strong = false): Tense {
	const before = text.slice(Math.max(0, start - WINDOW), start);
	// Only the part of the window after the last sentence end.
	let from = 0;
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) from = m.index + m[0].length;
	const words = before.slice(from).match(WORD) ?? [];
	for (let i = words.length - 1; i >= 0; i--) {
		const t = classify(words[i]!, strong);
		if (t) return t;
	}
	if (strong) return undefined;
	let after = text.slice(end, end + WINDOW);
	SENTENCE_END.lastIndex = 0;
	const stop = SENTENCE_END.exec(after);
	if (stop) after = after.slice(0, stop.index);
	for (const w of after.match(WORD) ?? []) {
		const t = classify(w, strong);
		if (t) return t;
	}
	return undefined;
}
