import type { InteractionKind } from '../../shared/views';

/**
 * What a sentence says two actors did together, by the verbs of diplomatic news in English and Russian. A sentence
 * may say several ("met and signed"); the network labels an edge with what its sentences say most.
 */
const PATTERNS: readonly (readonly [InteractionKind, RegExp])[] = [
	[
		'signed',
		/\b(?:sign(?:s|ed|ing)?|co-?signed|initialled|concluded an? (?:agreement|treaty|memorandum))\b|(?:^|[^\p{L}])(?:подписа(?:л|ла|ли|ть|ние|нии|ны)|подпишут)(?![\p{L}])/iu,
	],
	[
		'talks',
		/\b(?:(?:held|hold|holds|holding) (?:\w+ )?(?:talks|negotiations|consultations)|talks (?:with|between)|negotiat(?:ed|ions|ing) with|discussed)\b|(?:^|[^\p{L}])(?:переговор(?:ы|ов|ах)|провели? (?:\p{L}+ )?(?:переговоры|консультации)|обсудили)(?![\p{L}])/iu,
	],
	[
		'met',
		/\b(?:met|meets?|meeting (?:with|between)|hosted|welcomed)\b|(?:^|[^\p{L}])(?:встрети(?:л|ла|ли)(?:сь|ся)?|встреч(?:а|и|у|е)|приня(?:л|ла|ли))(?![\p{L}])/iu,
	],
	[
		'visited',
		/\b(?:visit(?:s|ed|ing)?|trip to|arrived in|travel(?:l?ed|s) to)\b|(?:^|[^\p{L}])(?:визит(?:а|е|ом)?|посети(?:л|ла|ли|т)|прибы(?:л|ла|ли))(?![\p{L}])/iu,
	],
	[
		'called',
		/\b(?:(?:phone|telephone) (?:call|conversation|talk)s?|called(?! (?:for|on|upon)\b)|spoke (?:by phone )?(?:with|to)|calls? (?:with|between))\b|(?:^|[^\p{L}])(?:телефонн(?:ый|ого|ом) (?:разговор|беседе?)|созвонили(?:сь)?)(?![\p{L}])/iu,
	],
];

/** Word starts each pattern needs, one of which must occur (lower case) before its expression is tried: most sentences have none, and the expressions are long. */
const STEMS: Readonly<Record<InteractionKind, readonly string[]>> = {
	signed: ['sign', 'initial', 'conclud', 'подпис'],
	talks: ['talk', 'negotiat', 'consult', 'discuss', 'перегов', 'консульт', 'обсуд'],
	met: ['met', 'meet', 'host', 'welcom', 'встре', 'приня'],
	visited: ['visit', 'trip', 'arriv', 'travel', 'визит', 'посет', 'прибы'],
	called: ['phone', 'call', 'spoke', 'телефон', 'созвон'],
};

/** The kinds of interaction a sentence names, in a fixed order. */
export function interactionsIn(sentence: string): InteractionKind[] {
	const lower = sentence.toLowerCase();
	return PATTERNS.filter(([kind, re]) => STEMS[kind].some((stem) => lower.includes(stem)) && re.test(sentence)).map(
		([kind]) => kind,
	);
}
