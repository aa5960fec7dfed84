/**
 * Patterns of Russian organization names: capitalized adjectives before an organization word, with the topic after
 * "по" ("Международная организация по русскому языку", "Межправительственная комиссия по торгово-экономическому,
 * научно-техническому и гуманитарному сотрудничеству", "Славянский университет"), in any case form.
 */
import type { RuToken } from './tokenize';

/** Stems of the words that head an organization's name. */
const ORG_HEADS =
	/^(?:организаци|комисси|университет|союз|фонд|агентств|комитет|совет|министерств|служб|парти|банк|институт|академи|ассамбле|палат|корпораци|компани|движени|объединени|альянс|ассоциаци|управлени|департамент|прокуратур|дум|суд|трибунал|парламент|консерватори|училищ|колледж|лиг|федераци)/;
/** Adjective endings in every case and gender ("Международной", "Славянского", "экономическому"). */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)$/;

const isWord = (t: RuToken | undefined): t is RuToken => t !== undefined && t.kind === 'word';
const isAdjective = (t: RuToken | undefined): boolean => isWord(t) && t.lower.length > 3 && ADJECTIVE.test(t.lower);

export interface PatternSpan {
	readonly from: number;
	readonly to: number;
}

/** Organization names by pattern, in token ranges [from, to). */
export function organizationPatterns(tokens: readonly RuToken[]): PatternSpan[] {
	const out: PatternSpan[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i];
		if (!isWord(first) || !first.cap || !isAdjective(first)) continue;
		// capitalized adjectives, then lower-case ones ("Евразийский экономический союз")
		let j = i + 1;
		let capitals = 1;
		while (isAdjective(tokens[j])) {
			if ((tokens[j] as RuToken).cap) capitals++;
			j++;
		}
		const head = tokens[j];
		if (!isWord(head) || head.cap || !ORG_HEADS.test(head.lower)) continue;
		let end = j + 1;
		// the topic: "по" + adjectives joined by commas and "и" + a noun
		if (tokens[end]?.lower === 'по') {
			let k = end + 1;
			let adjectives = 0;
			while (k < tokens.length) {
				if (isAdjective(tokens[k]) && !(tokens[k] as RuToken).cap) {
					adjectives++;
					k++;
				} else if (
					adjectives > 0 &&
					(tokens[k]?.text === ',' || tokens[k]?.lower === 'и') &&
					isAdjective(tokens[k + 1])
				)
					k++;
				else break;
			}
			const noun = tokens[k];
			if (isWord(noun) && !noun.cap && !isAdjective(noun) && noun.lower.length > 3) end = k + 1;
		}
		// one capitalized adjective before a common word ("Российской компании") names no organization without a topic
		if (
			capitals < 2 &&
			end === j + 1 &&
			!/^(?:международн|межправительственн|всемирн|европейск|евразийск|государственн|федеральн|верховн|национальн|центральн)/.test(
				first.lower,
			)
		)
			continue;
		out.push({ from: i, to: end });
		i = end - 1;
	}
	return out;
}

/** Words before a name in «quotes» that make it an organization's ("компания «Металлоинвест»", "партии «Единая Россия»"). */
const QUOTED_ORG_WORDS =
	/^(?:компани|холдинг|концерн|корпораци|групп|парти|движени|банк|фонд|агентств|газет|журнал|издани|телеканал|радиостанци|клуб|организаци|объединени|ассоциаци|союз|театр|завод|комбинат|предприяти|фирм|авиакомпани|оао|зао|ооо|пао|ао|гк|ск|фк|хк)/;

/** Names in «quotes» after an organization word, the quotes left outside (NEREL's and the analysts' extent). */
export function quotedOrganizations(tokens: readonly RuToken[]): PatternSpan[] {
	const out: PatternSpan[] = [];
	for (let i = 1; i < tokens.length; i++) {
		const t = tokens[i] as RuToken;
		if (t.text !== '«' && t.text !== '"') continue;
		const before = tokens[i - 1] as RuToken;
		if (before.kind !== 'word' || !QUOTED_ORG_WORDS.test(before.lower)) continue;
		let j = i + 1;
		while (j < tokens.length && j - i <= 6 && tokens[j]?.text !== '»' && tokens[j]?.text !== '"') j++;
		const first = tokens[i + 1];
		if (j >= tokens.length || j === i + 1 || j - i > 6 || !first?.cap) continue;
		out.push({ from: i + 1, to: j });
		i = j;
	}
	return out;
}

/** Words of a title before a name ("министр", "президент", "глава"), lower case. */
const ROLE_WORDS = new Set([
	'министр',
	'министра',
	'министру',
	'министром',
	'замминистра',
	'президент',
	'президента',
	'президенту',
	'президентом',
	'премьер-министр',
	'премьер-министра',
	'премьер',
	'премьера',
	'вице-президент',
	'вице-премьер',
	'глава',
	'главы',
	'главе',
	'главой',
	'председатель',
	'председателя',
	'генсек',
	'генсека',
	'секретарь',
	'секретаря',
	'посол',
	'посла',
	'спикер',
	'спикера',
	'канцлер',
	'канцлера',
	'король',
	'короля',
	'королева',
	'губернатор',
	'губернатора',
	'мэр',
	'мэра',
	'лидер',
	'лидера',
	'госсекретарь',
	'госсекретаря',
	'представитель',
	'представителя',
	'советник',
	'советника',
	'директор',
	'директора',
]);
/** Lower-case words inside a title ("иностранных дел", "обороны"). */
const ROLE_INSIDE =
	/^(?:иностранных|дел|обороны|правительства|республики|генеральный|генерального|официальный|официального|постоянный|постоянного|первый|первого|заместитель|заместителя|экономики|финансов|юстиции|здравоохранения|образования)$/;

/** A patronymic in any case ("Григорьевич", "Сергеевны"). */
const PATRONYMIC = /(?:ович|евич|ич|овн|евн|ичн)(?:а|у|ем|е|ом|ы|ой)?$/;

export interface RoleSpans {
	readonly person: PatternSpan;
	/** the one capitalized word between the title and the name ("Риверленда"): the country of the title */
	readonly place?: PatternSpan;
	/** "МИД Риверленда": the ministry of that country, when the title names the ministry before it */
	readonly ministry?: PatternSpan;
}

/**
 * A title, then a name: "министр иностранных дел России Сергей Лавров", "президент Киргизии Садыр Жапаров",
 * "глава МИД Норланда Йонас Вельдт". The name is the last two capitalized words; one capitalized word in the genitive
 * before them ("Риверленда") is the country of the title, not a part of the name.
 */
export function rolePatterns(tokens: readonly RuToken[]): RoleSpans[] {
	const out: RoleSpans[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (!ROLE_WORDS.has((tokens[i] as RuToken).lower)) continue;
		let j = i + 1;
		while (j < tokens.length && j - i <= 4 && ROLE_INSIDE.test((tokens[j] as RuToken).lower)) j++;
		let k = j;
		while (
			k < tokens.length &&
			k - j < 5 &&
			(tokens[k] as RuToken).kind === 'word' &&
			(tokens[k] as RuToken).cap &&
			(k === j || !(tokens[k] as RuToken).sentStart)
		)
			k++;
		const count = k - j;
		if (count < 2) continue;
		const first = tokens[k - 2] as RuToken;
		const last = tokens[k - 1] as RuToken;
		if (first.allCaps || last.allCaps || first.text.length < 2 || last.text.length < 2) continue;
		const before = count >= 3 ? (tokens[k - 3] as RuToken) : undefined;
		// "России Сергей Лавров": a country in the genitive; "Реджеп Тайип Эрдоган", "Виталий Григорьевич Костомаров":
		// a name of three words (a ministry, "Минздрава", is neither)
		const genitive =
			before !== undefined &&
			!before.allCaps &&
			/[аяиы]$/.test(before.lower) &&
			!/^мин/.test(before.lower) &&
			!PATRONYMIC.test(first.lower);
		const place = genitive ? { from: k - 3, to: k - 2 } : undefined;
		const threeWords = before !== undefined && !genitive && !before.allCaps && !/^мин/.test(before.lower);
		const ministry =
			genitive && k - 4 > i && (tokens[k - 4] as RuToken).lower === 'мид' ? { from: k - 4, to: k - 2 } : undefined;
		out.push({
			person: { from: threeWords ? k - 3 : k - 2, to: k },
			...(place && { place }),
			...(ministry && { ministry }),
		});
		i = k - 1;
	}
	return out;
}
