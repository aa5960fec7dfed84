/**
 * Hand-written lists of the name recognizer: organizations a diplomatic news reader meets, the words that make
 * titles, organization and place names. Written for this project (see server/data/SOURCES.md).
 */

/** International and regional organizations: [full name, ...acronyms and other names]. */
export const INTERNATIONAL_ORGS: readonly (readonly string[])[] = [
	['United Nations', 'UN', 'U.N.', 'UNO'],
	['UN Security Council', 'UNSC', 'U.N. Security Council', 'United Nations Security Council', 'Security Council'],
	['UN General Assembly', 'UNGA', 'U.N. General Assembly', 'United Nations General Assembly', 'General Assembly'],
	['United Nations Educational, Scientific and Cultural Organization', 'UNESCO'],
	['United Nations Children\'s Fund', 'UNICEF'],
	['United Nations High Commissioner for Refugees', 'UNHCR'],
	['United Nations Development Programme', 'UNDP'],
	['United Nations Relief and Works Agency', 'UNRWA'],
	['World Food Programme', 'WFP'],
	['International Atomic Energy Agency', 'IAEA'],
	['World Health Organization', 'WHO'],
	['World Trade Organization', 'WTO'],
	['International Monetary Fund', 'IMF'],
	['World Bank'],
	['International Court of Justice', 'ICJ'],
	['International Criminal Court', 'ICC'],
	['International Labour Organization', 'ILO', 'International Labor Organization'],
	['Food and Agriculture Organization', 'FAO'],
	['Eurasian Economic Union', 'EAEU', 'EEU'],
	['Eurasian Economic Commission', 'EEC'],
	['Eurasian Development Bank', 'EDB'],
	['Collective Security Treaty Organization', 'CSTO', 'Collective Security Treaty Organisation'],
	['Shanghai Cooperation Organization', 'SCO', 'Shanghai Cooperation Organisation'],
	['Commonwealth of Independent States', 'CIS'],
	['Organization for Security and Co-operation in Europe', 'OSCE', 'Organization for Security and Cooperation in Europe'],
	['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation'],
	['European Union', 'EU', 'E.U.'],
	['European Commission'],
	['European Parliament'],
	['European Council'],
	['Council of Europe'],
	['European Central Bank', 'ECB'],
	['European Bank for Reconstruction and Development', 'EBRD'],
	['Asian Development Bank', 'ADB'],
	['Asian Infrastructure Investment Bank', 'AIIB'],
	['Association of Southeast Asian Nations', 'ASEAN'],
	['African Union', 'AU'],
	['Arab League', 'League of Arab States'],
	['Gulf Cooperation Council', 'GCC'],
	['Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
	['Organization of the Petroleum Exporting Countries', 'OPEC'],
	['Organisation for Economic Co-operation and Development', 'OECD'],
	['Organization of American States', 'OAS'],
	['Conference on Interaction and Confidence Building Measures in Asia', 'CICA'],
	['Organization of Turkic States', 'OTS'],
	['Economic Cooperation Organization', 'ECO'],
	['Group of Seven', 'G7', 'G-7'],
	['Group of Eight', 'G8', 'G-8'],
	['Group of Twenty', 'G20', 'G-20'],
	['BRICS'],
	['International Committee of the Red Cross', 'ICRC', 'Red Cross', 'Red Crescent'],
	['Interpol'],
	['Amnesty International'],
	['Human Rights Watch'],
	['Greenpeace'],
	['Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'],
	['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', "Da'esh", 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
	['al-Qaeda', 'Al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda'],
	['Taliban'],
	['Hamas'],
	['Hezbollah', 'Hizbollah'],
	['Muslim Brotherhood'],
	['Kurdistan Workers\' Party', 'PKK'],
	['Syrian Democratic Forces', 'SDF'],
	['Free Syrian Army', 'FSA'],
	['Palestine Liberation Organization', 'PLO'],
	['International Olympic Committee', 'IOC'],
	['FIFA'],
];

/** Government bodies, parliaments, security services and political parties. */
export const GOVERNMENT_ORGS: readonly string[] = [
	'Kremlin', 'White House', 'Pentagon', 'State Department', 'Foreign Office', 'Foreign Ministry', 'Defense Ministry',
	'Defence Ministry', 'Interior Ministry', 'Finance Ministry', 'Justice Ministry', 'Economy Ministry',
	'Congress', 'Senate', 'House of Representatives', 'House of Commons', 'House of Lords', 'Parliament',
	'State Duma', 'Duma', 'Federation Council', 'Bundestag', 'Bundesrat', 'Knesset', 'Majlis', 'Verkhovna Rada',
	'Rada', 'Sejm', 'Jogorku Kenesh', 'Mazhilis', 'Oliy Majlis', 'Milli Majlis', 'National Assembly',
	'Supreme Court', 'Constitutional Court', 'Security Council', 'National Security Council', 'Cabinet of Ministers',
	'Downing Street', 'Elysee', 'Élysée', 'Elysee Palace', 'Quai d\'Orsay', 'Zhongnanhai', 'Politburo',
	'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'SVR', 'GRU', 'MI5', 'MI6', 'Mossad', 'NASA', 'Roscosmos', 'Rosatom',
	'Gazprom', 'Rosneft', 'Federal Reserve', 'Fed', 'Treasury', 'Bundesbank', 'Bank of England', 'Central Bank',
	'Republicans', 'Democrats', 'Republican Party', 'Democratic Party', 'GOP', 'Communist Party', 'Labour',
	'Labour Party', 'Conservative Party', 'Conservatives', 'Tories', 'Liberal Democrats', 'United Russia',
	'Christian Democrats', 'Social Democrats', 'Bharatiya Janata Party', 'BJP', 'Congress Party',
	'European Commission', 'Ministry of Foreign Affairs', 'MFA', 'Foreign Affairs Ministry', 'Home Office',
	'Department of State', 'Department of Defense', 'Homeland Security', 'Justice Department', 'Defense Department',
	'Commerce Department', 'Treasury Department', 'Energy Department', 'Army', 'Navy', 'Air Force', 'Marine Corps',
	'Marines', 'National Guard', 'Coast Guard', 'Joint Chiefs of Staff', 'Central Command', 'CENTCOM',
];

/** News agencies, broadcasters and newspapers (mostly as sources of a report). */
export const MEDIA_ORGS: readonly string[] = [
	'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'TASS', 'ITAR-TASS',
	'RIA Novosti', 'RIA', 'Interfax', 'Sputnik', 'RT', 'Xinhua', 'Trend', 'Trend News Agency', 'APA', 'Azertac',
	'Kabar', 'AKIpress', '24.kg', 'Kazinform', 'Tengrinews', 'Anadolu', 'Anadolu Agency', 'IRNA', 'Tasnim', 'Fars',
	'ISNA', 'Kyodo', 'Yonhap', 'KCNA', 'EFE', 'ANSA', 'DPA', 'UPI', 'Bloomberg', 'BBC', 'CNN', 'Fox News', 'NBC',
	'CBS', 'ABC', 'PBS', 'NPR', 'MSNBC', 'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Euronews', 'Deutsche Welle',
	'Radio Free Europe', 'Radio Liberty', 'RFE/RL', 'Voice of America', 'VOA', 'New York Times', 'Washington Post',
	'Wall Street Journal', 'Financial Times', 'Guardian', 'Times', 'Economist', 'Le Monde', 'Kommersant', 'Izvestia',
	'Pravda', 'Vedomosti', 'Rossiyskaya Gazeta', 'Global Times', 'China Daily', 'People\'s Daily', 'Dawn', 'Hurriyet',
	'Haaretz', 'Politico', 'Axios', 'Bloomberg News', 'Dow Jones', 'Nikkei',
];

/**
 * Title words and phrases that can stand before a person's name. Lower case; phrases are matched as token
 * sequences. A title may be followed by "of <place>" ("President of Kyrgyzstan Sadyr Zhaparov").
 */
export const TITLES: readonly string[] = [
	'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'first deputy prime minister',
	'minister', 'foreign minister', 'defense minister', 'defence minister', 'interior minister', 'finance minister',
	'economy minister', 'justice minister', 'energy minister', 'trade minister', 'health minister', 'education minister',
	'culture minister', 'agriculture minister', 'deputy minister', 'deputy foreign minister', 'first deputy minister',
	'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'under secretary', 'undersecretary',
	'assistant secretary', 'deputy secretary', 'foreign secretary', 'home secretary', 'defense secretary',
	'defence secretary', 'treasury secretary', 'press secretary', 'state secretary', 'chancellor', 'vice chancellor',
	'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'sheikh', 'shaikh', 'emir', 'amir',
	'sultan', 'ambassador', 'envoy', 'special envoy', 'special representative', 'consul', 'consul general',
	'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'lt. gov.',
	'lieutenant governor', 'mayor', 'deputy mayor', 'speaker', 'deputy speaker', 'chairman', 'chairwoman', 'chair',
	'vice chairman', 'deputy chairman', 'chief', 'head', 'leader', 'premier', 'director', 'director general',
	'director-general', 'deputy director', 'commissioner', 'high commissioner', 'ombudsman', 'attorney general',
	'general', 'gen.', 'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'brigadier general',
	'brig. gen.', 'lt.', 'lieutenant', 'col.', 'colonel', 'lt. col.', 'lieutenant colonel', 'major', 'maj.',
	'captain', 'capt.', 'sgt.', 'sergeant', 'staff sergeant', 'cpl.', 'corporal', 'pvt.', 'private', 'admiral', 'adm.',
	'vice admiral', 'rear admiral', 'commander', 'cmdr.', 'marshal', 'field marshal', 'petty officer', 'officer',
	'judge', 'justice', 'chief justice', 'prosecutor', 'prosecutor general', 'pope', 'cardinal', 'archbishop',
	'bishop', 'patriarch', 'metropolitan', 'rev.', 'reverend', 'father', 'rabbi', 'imam', 'ayatollah', 'grand ayatollah',
	'mullah', 'dr.', 'dr', 'doctor', 'prof.', 'professor', 'mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'sir',
	'dame', 'lord', 'lady', 'baron', 'baroness', 'count', 'countess', 'duke', 'duchess', 'ceo', 'chief executive',
	'chief executive officer', 'executive director', 'managing director', 'spokesman', 'spokeswoman', 'spokesperson',
	'coach', 'manager', 'aide', 'adviser', 'advisor', 'national security adviser', 'chief of staff', 'his excellency',
	'her excellency', 'h.e.', 'acting president', 'interim president', 'president-elect', 'first lady',
	'hon.', 'honorable', 'comrade', 'pastor', 'deputy', 'mp', 'mep', 'state councillor', 'state councilor',
	'foreign affairs minister', 'minister of foreign affairs', 'minister for foreign affairs', 'ex-president',
	'former president', 'former prime minister', 'presidential candidate', 'candidate', 'secretary-general',
	'dictator', 'general secretary', 'first secretary', 'president of the republic', 'chief of the general staff',
];

/**
 * Words that end an organization's name ("... University", "... Bank"). The flag `prep` marks heads that may take
 * a complement: "Ministry of Foreign Affairs", "Commission on Trade", "Organization for the Russian Language".
 */
export const ORG_HEADS: readonly (readonly [string, boolean])[] = [
	['ministry', true], ['department', true], ['office', true], ['commission', true], ['committee', true],
	['council', true], ['organization', true], ['organisation', true], ['union', true], ['association', true],
	['federation', true], ['institute', true], ['institution', true], ['university', true], ['college', true],
	['academy', true], ['bank', true], ['agency', true], ['authority', true], ['board', true], ['bureau', true],
	['center', true], ['centre', true], ['fund', true], ['foundation', true], ['court', true], ['party', true],
	['movement', true], ['front', true], ['alliance', true], ['league', true], ['corporation', true],
	['company', true], ['group', false], ['society', true], ['forum', false], ['assembly', true], ['parliament', true],
	['service', true], ['army', true], ['navy', false], ['forces', true], ['force', false], ['command', false],
	['guard', false], ['brigade', false], ['battalion', false], ['batallion', false], ['regiment', false],
	['division', false], ['wing', false], ['squadron', false], ['corps', false], ['police', false], ['church', true],
	['mosque', false], ['club', false], ['team', false], ['times', false], ['post', false], ['journal', false],
	['news', false], ['press', false], ['radio', false], ['television', false], ['tv', false], ['network', false],
	['exchange', false], ['museum', true], ['library', true], ['hospital', false], ['school', true], ['inc.', false],
	['inc', false], ['corp.', false], ['corp', false], ['co.', false], ['ltd.', false], ['ltd', false], ['llc', false],
	['plc', false], ['ag', false], ['gmbh', false], ['holdings', false], ['industries', false], ['airlines', false],
	['airways', false], ['motors', false], ['systems', false], ['technologies', false], ['bancorp', false],
	['productions', false], ['recordings', false], ['records', false], ['studios', false], ['stores', false],
	['resort', false], ['hotel', false], ['inn', false], ['congress', true], ['secretariat', false],
	['directorate', true], ['administration', false], ['government', false], ['ministries', false],
	['cabinet', false], ['tribunal', false], ['chamber', true], ['conference', true],
	['coalition', false], ['consortium', false], ['cooperative', false], ['trust', false], ['partnership', false],
	['program', false], ['programme', false], ['project', false], ['initiative', false], ['mission', true],
	['secretariat', false], ['observatory', false], ['laboratory', false], ['laboratories', false], ['labs', false],
	['enterprises', false], ['group', false], ['inc', false], ['associates', false], ['partners', false],
	['brothers', false], ['bros.', false], ['complex', false], ['centre', true], ['sa', false], ['nv', false],
	['co', false], ['company', true], ['command', true], ['wing', false], ['guards', false], ['parliament', true],
];

/** Words that make a place name after capitalized words ("Cherating River", "Tiananmen Square"). */
export const PLACE_TAILS: readonly string[] = [
	'river', 'valley', 'mountains', 'mountain', 'mountain range', 'range', 'hills', 'heights', 'plateau', 'plain',
	'plains', 'desert', 'island', 'islands', 'isles', 'lake', 'bay', 'sea', 'ocean', 'gulf', 'strait', 'straits',
	'canal', 'peninsula', 'coast', 'beach', 'harbor', 'harbour', 'forest', 'park', 'square', 'street', 'st.',
	'avenue', 'ave.', 'boulevard', 'blvd.', 'road', 'highway', 'expressway', 'freeway', 'bridge', 'airport',
	'province', 'county', 'district', 'region', 'oblast', 'krai', 'governorate', 'prefecture', 'territory',
	'dam', 'falls', 'circle', 'village', 'city', 'town', 'oasis', 'gorge', 'pass', 'glacier', 'crossing',
	'border crossing', 'neighborhood', 'quarter', 'port', 'station', 'base', 'air base', 'airbase', 'canyon',
];

/** Words that make a place name before capitalized words ("Mount Sinjar", "Lake Issyk-Kul", "Gulf of Aden"). */
export const PLACE_HEADS: readonly (readonly [string, boolean])[] = [
	['mount', false], ['mt.', false], ['lake', false], ['cape', false], ['fort', false], ['ft.', false], ['port', false],
	['gulf', true], ['bay', true], ['sea', true], ['strait', true], ['isle', true], ['island', true], ['republic', true],
	['state', true], ['province', true], ['city', true], ['kingdom', true], ['emirate', true], ['sultanate', true],
	['principality', true], ['region', true], ['valley', true], ['plains', true],
];

/** Connectors allowed inside a multi-word name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'du', 'des', 'da', 'do', 'dos',
	'der', 'den', 'van', 'von', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'bint', 'y', 'e', 'di', '&', '&amp;', 'in', 'at', 'to']);

/** Function words: never at the edge of a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
	'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'and', 'but', 'or',
	'if', 'when', 'while', 'after', 'before', 'during', 'since', 'until', 'because', 'although', 'though', 'however',
	'meanwhile', 'also', 'so', 'then', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how',
	'all', 'some', 'many', 'most', 'more', 'other', 'such', 'no', 'not', 'yes', 'according', 'under', 'about',
	'against', 'between', 'both', 'each', 'every', 'even', 'only', 'still', 'yet', 'thus', 'therefore', 'moreover',
	'furthermore', 'additionally', 'instead', 'despite', 'regarding', 'per', 'via', 'is', 'was', 'are', 'were', 'will',
	'would', 'can', 'could', 'should', 'do', 'does', 'did', 'has', 'have', 'had', 'be', 'been', 'near', 'into', 'over',
	'amid', 'among', 'within', 'without', 'through', 'across', 'upon', 'toward', 'towards', 'around', 'said', 'says',
	'like', 'just', 'very', 'any', 'few', 'several', 'another', 'whether', 'either', 'neither', 'nor', 'once', 'again',
	'already', 'soon', 'later', 'earlier', 'recently', 'currently', 'finally', 'indeed', 'perhaps', 'maybe', 'unlike',
	'following', 'let', 'please', 'thank', 'thanks', 'well', 'oh', 'ok', 'now', 'today', 'yesterday', 'tomorrow',
	"i'm", "i'll", "i've", "i'd", "it's", "he's", "she's", "that's", "there's", "here's", "what's", "we're", "we'll",
	"we've", "we'd", "they're", "they'll", "they've", "you're", "you'll", "let's", "don't", "can't", "won't", "didn't",
	"isn't", "doesn't", "wasn't", "aren't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't",
]);

/** Capitalized phrases that are names of other things (events, wars, weather, holidays): claimed, never emitted. */
export const OTHER_NAMES: readonly string[] = [
	'Great Patriotic War', 'World War I', 'World War II', 'World War Two', 'First World War', 'Second World War',
	'Cold War', 'Gulf War', 'Iraq War', 'Vietnam War', 'Korean War', 'Civil War', 'Holocaust', 'Victory Day',
	'El Nino', 'La Nina', 'Olympics', 'Olympic Games', 'Winter Olympics', 'Summer Olympics', 'Paralympics', 'World Cup',
	'Christmas', 'Easter', 'Ramadan', 'Eid', 'Eid al-Fitr', 'Eid al-Adha', 'Nowruz', 'Navruz', 'Thanksgiving',
	'New Year', 'Independence Day', 'Constitution Day', 'Labor Day', 'Memorial Day', 'Hanukkah', 'Passover',
	'Internet', 'Islam', 'Christianity', 'Judaism', 'Buddhism', 'Bible', 'Koran', 'Quran', 'Torah', 'Nobel Prize',
	'Nobel Peace Prize', 'Communique', 'Constitution', 'Geneva Conventions', 'Arab Spring',
	'Belt and Road', 'Belt and Road Initiative', 'Wall Street', 'Oval Office', 'Rose Garden', 'Main Street',
	'Greenwich Mean Time', 'Coordinated Universal Time', 'Eastern Standard Time', 'Eastern Time', 'Pacific Time', 'Moscow time', 'Brexit', 'COVID-19', 'Covid-19', 'Big Board', 'Dow Jones Industrial Average',
];

/**
 * Capitalized words that are never a name alone: function words at a sentence start, months and days (dates are
 * recognized elsewhere), pronouns and common sentence openers.
 */
export const NEVER_ALONE: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
	'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'and', 'but', 'or',
	'if', 'when', 'while', 'after', 'before', 'during', 'since', 'until', 'because', 'although', 'though', 'however',
	'meanwhile', 'also', 'so', 'then', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how',
	'all', 'some', 'many', 'most', 'more', 'other', 'such', 'no', 'not', 'yes', 'one', 'two', 'three', 'first', 'last',
	'next', 'new', 'old', 'now', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday',
	'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
	'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
	'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'according', 'under',
	'about', 'against', 'between', 'both', 'each', 'every', 'even', 'only', 'still', 'yet', 'thus', 'therefore',
	'moreover', 'furthermore', 'additionally', 'instead', 'despite', 'regarding', 'as regards', 'per', 'via', 'ok',
	'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'god', 'lord',
	'christmas', 'easter', 'ramadan', 'internet', 'web', 'tv', 'said', 'says', 'is', 'was', 'are', 'were', 'will',
	'would', 'can', 'could', 'should', 'do', 'does', 'did', 'has', 'have', 'had', 'be', 'been', 'not', 'please',
	'thank', 'thanks', 'well', 'oh', 'mister', 'sir', 'madam', 'president', 'minister', 'secretary', 'ambassador',
	'chairman', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'general', 'colonel', 'captain',
	'government', 'state', 'republic', 'ministry', 'department', 'office', 'university', 'bank', 'council',
	'committee', 'commission', 'court', 'party', 'union', 'army', 'police', 'navy', 'city', 'country', 'program',
	'programme', 'project', 'section', 'article', 'chapter', 'part', 'page', 'figure', 'table', 'update', 'note',
	'photo', 'video', 'read', 'see', 'source', 'sources', 'related', 'editor', 'editors', 'copyright', 'reporting',
	'let', 'like', 'just', 'very', 'much', 'any', 'few', 'several', 'another', 'same', 'whether', 'either', 'neither',
	'nor', 'once', 'again', 'already', 'soon', 'later', 'earlier', 'recently', 'currently', 'finally', 'overall',
	'indeed', 'perhaps', 'maybe', 'unlike', 'following', 'amid', 'among', 'within', 'without', 'through', 'across',
	'into', 'over', 'upon', 'toward', 'towards', 'near', 'around', 'above', 'below', 'outside', 'inside', 'beyond',
	'last', 'second', 'third', 'mid', 'senior', 'junior', 'former', 'late', 'acting', 'deputy', 'chief', 'head',
	'coalition', 'allies', 'staff', 'forces', 'troops', 'people', 'women', 'men', 'children', 'members', 'officials',
]);
