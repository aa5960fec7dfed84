/** The date grammar: every rule, in the order in which they are tried at one position (longer forms first). */
import type { Rule } from './rule';
import { BARE_MONTH_RULE, CALENDAR_RULES } from './rulesCalendar';
import { DEICTIC_RULES, WEEKDAY_RULE } from './rulesDeictic';
import { PERIOD_RULES } from './rulesPeriods';
import { BARE_YEAR_RULE, YEAR_RULES } from './rulesYears';

export const RULES: readonly Rule[] = [
	...CALENDAR_RULES,
	...YEAR_RULES,
	...PERIOD_RULES,
	...DEICTIC_RULES,
	WEEKDAY_RULE,
	BARE_MONTH_RULE,
	BARE_YEAR_RULE,
];
