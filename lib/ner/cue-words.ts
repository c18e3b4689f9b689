/*
 * Grammar and news-style cue words the engine reads context with. These are general English,
 * not names: no person or place is listed here. Places come from the gazetteer package and the
 * corpus; people only from the corpus.
 */

// Free of side effects: a bundle that uses only some of these sets (the content script uses
// FUNCTION_WORDS alone) leaves the others out instead of building them at start-up.
const set = /* @__NO_SIDE_EFFECTS__ */ (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Titles and offices written with a capital before a name: "Secretary", "Prime Minister", "Coach".
 * Lower-cased.
 */
const FORMAL_TITLES = `
  secretary minister president vice-president premier chancellor senator sen. rep. representative congressman
  congresswoman governor gov. mayor king queen prince princess pope ambassador envoy chairman chairwoman chairperson
  chair chief director commissioner general gen. admiral colonel col. captain capt. lieutenant lt. sergeant sgt.
  commander judge justice spokesman spokeswoman spokesperson leader speaker coach secretary-general ceo attorney
  prosecutor officer inspector superintendent detective sheikh emir sultan ayatollah bishop archbishop cardinal
  pastor rabbi imam professor prof. deputy undersecretary under-secretary mp mep msp mla councillor councilman treasurer
  comptroller marshal president-elect minister-president crown monarch emperor empress tsar czar viceroy consul
  undersecretary-general chancellor-elect director-general governor-general premier-elect patriarch metropolitan
  mufti sheik general-secretary chairman-elect dj pm
`;
/**
 * Occupations and descriptions that stand before a name in lower case only ("singer Madonna",
 * "golfer Nick Faldo"): written with a capital inside a name they are part of it ("Writer Prize").
 * Lower-cased.
 */
const DESCRIPTORS = `
  manager striker midfielder defender goalkeeper executive lawmaker candidate nominee founder economist analyst
  correspondent editor dictator diplomat negotiator mediator official aide adviser advisor lawyer champion seed
  skipper batsman bowler jockey driver rider winger forward quarterback pitcher boxer golfer swimmer sprinter runner
  cyclist player trainer owner chef actor actress singer author novelist writer poet artist veteran rookie
  spokesman-elect pilot teammate compatriot countryman countrywoman opponent rival
  fullback full-back fly-half scrum-half wicketkeeper wicket-keeper all-rounder spinner paceman seamer playmaker
`;
export const DESCRIPTOR_HEADS = set(DESCRIPTORS);

/**
 * The formal titles whose holder the news names by surname alone: "President Yeltsin",
 * "Yeltsin, the president". Lower-cased.
 */
export const OFFICES = set(`
  president vice-president president-elect premier minister secretary chancellor senator sen. governor gov. mayor
  king queen prince princess pope emperor sultan emir sheikh ayatollah ambassador congressman congresswoman rep.
  representative speaker chairman
`);

/** Words that head a person's title, office or description: "Secretary", "Prime Minister", "coach". Lower-cased. */
export const TITLE_HEADS = set(`${FORMAL_TITLES} ${DESCRIPTORS}`);

/** Honorifics: they mark a person but are not a role. Lower-cased, with and without the dot. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness baron duke duchess madame monsieur herr mme`);

/** Last words of organisation names: "The Washington Post", "Communist Party". Lower-cased. */
export const ORG_HEADS = set(`
  party post times journal news herald tribune telegraph gazette chronicle observer guardian economist
  law act bill treaty accord agreement department ministry office bank group inc inc. corp corp. corporation ltd ltd. co co. bros
  plc llc company companies association council committee university college school academy institute agency
  commission court club airlines airways exchange organization organisation federation league cup championship
  championships games olympics tournament open army navy force forces police service services board authority
  foundation fund trust society church hospital museum network television radio tv press parliament congress
  senate assembly cabinet government administration movement front alliance coalition brigade industries
  holdings motors systems technologies labs studios records pictures index union fc united rovers athletic
  wanderers albion hotspur team conference summit forum festival awards prize report review magazine
  classic expo fair marathon rally series regatta prix
  channel broadcasting media stock shares bonds securities partners capital investments energy oil petroleum airline
  railway railways declaration charter convention protocol program programme project initiative operation campaign
  commissioners regiment division battalion guard guards corps nations oy ab ag nv bv gmbh bhd sa spa newsroom desk
  bancorp bancorporation bancshares lp llp resources networks communications electronics enterprises properties
  minerals metals pharmaceuticals chemicals ventures associates partnership b.v. n.v. s.a. a.g. l.p. s.p.a.
`);

/** Heads of roles that say only whom a person stands beside: "Russian rival", "his compatriot", "Spanish countryman". Lower-cased. */
export const RELATIONAL_ROLE_HEADS = set(`rival rivals compatriot compatriots countryman countrywoman counterpart team-mate teammate colleague partner opponent`);

/**
 * Heads of events' and shows' names that a person's name may open ("The Catherine Tate Show", "the
 * Bradley Hughes Trophy"): no place's, though prepositions of place stand before them ("at the
 * New York Auto Show"). Lower-cased.
 */
export const SHOW_HEADS = set(`show shows trophy`);

/** Words that close a company's name: "Media General Inc", "Judge Industries Corp". Lower-cased. */
export const COMPANY_TAILS = set(`
  inc corp corporation ltd limited co plc llc lp llp company companies holdings industries group bank bancorp bancorporation
  bancshares bros bros. oy ab ag nv bv gmbh bhd sa spa b.v. n.v. s.a. a.g. l.p. s.p.a.
`);

/**
 * Heads of institutions' names that are no one's surname or given name: a person's name holding
 * one after its first word is an institution's, or an institution's glued to a person's ("Exchange
 * Commission John Shad"). Not "court", "church", "law", "bill" (Margaret Court, Charlotte Church,
 * Denis Law, Sonny Bill Williams). Lower-cased.
 */
export const INSTITUTION_HEADS = set(`
  commission commissioners committee agency institute association organization organisation ministry department
  authority foundation federation council university academy corp corp. inc inc. plc ltd ltd. llc bank
  group fund club party union service services board society
`);

/**
 * Words that close a firm's name, after which "of" says where the firm is ("Allied Research Inc of
 * Salem", "LG Electronics of South Korea"), not more of its name ("Bank of England"). Lower-cased.
 */
export const FIRM_CLOSERS = set(`
  inc corp corporation ltd co plc llc lp llp bros bros. oy ab ag nv bv gmbh bhd sa spa b.v. n.v. s.a. a.g. l.p. s.p.a. resources
  networks communications electronics enterprises properties minerals metals
  pharmaceuticals chemicals ventures associates industries holdings
`);

/** Last words of place names: "South China Sea", "Hudson River". Lower-cased. */
export const PLACE_HEADS = set(`
  sea ocean river lake mountain mountains mount island islands isle isles province county state republic kingdom
  gulf bay strait straits valley peninsula desert coast street avenue road square airport canal delta basin plateau
  region territory territories highlands hills heights falls harbour harbor cape port district prefecture oblast
  emirate emirates sahara archipelago glacier forest reef lagoon border st st.
`);

/** First words that make a place: "Mount Everest", "Lake Victoria", "Cape Town". */
export const PLACE_PREFIXES = set(`mount mt. lake loch lough cape port fort saint st. san santa`);

/** Prepositions and verbs after which a capitalised name is usually a place. */
export const LOCATIVE_CUES = set(`
  in at from to near into across throughout toward towards via outside inside around within
  visit visited visiting visits arrived landed flew travelled traveled returned headed based born
`);

/**
 * Adjectives that set a place among others or in time, between a locative cue and the place:
 * "in former Yugoslavia", "in northern Iraq", "from neighbouring Kenya". Lower-cased.
 */
export const PLACE_ADJECTIVES = set(`
  former northern southern eastern western central north-eastern north-western south-eastern south-western
  northeastern northwestern southeastern southwestern neighbouring neighboring nearby downtown rural coastal
  federal war-torn mainland
`);

/** Verbs of saying: a name right before one is usually a person (or an organisation). */
export const SPEECH_VERBS = set(`
  said says told added wrote stated argued announced insisted asked explained noted warned claimed replied
  declared urged acknowledged admitted testified tweeted recalled conceded confirmed denied responded
`);

/**
 * Nouns for a people's members, which the gazetteer's adjectives ("Swedish", "French") do not
 * list: "Swede Anja Pearson", "Frenchman Cedric Piolette" describe the person after them. Lower-cased.
 */
export const NATIONALITY_NOUNS = set(`
  briton britons brit brits swede swedes dane danes pole poles finn finns turk turks spaniard spaniards scot scots
  frenchman frenchwoman frenchmen dutchman dutchwoman dutchmen englishman englishwoman englishmen irishman
  irishwoman irishmen scotsman scotswoman scotsmen welshman welshwoman welshmen kiwi kiwis aussie aussies arab arabs
  kurd kurds
`);

/** A party's members, written before a name ("Liberal Democrat Alan Beith", "Tory Jo Reed"): no part of it. Lower-cased. */
export const PARTY_MEMBERS = set(`
  democrat democrats republican republicans tory tories conservative conservatives liberal liberals socialist
  socialists communist communists unionist unionists nationalist nationalists
`);

/**
 * A faith's members ("Christians", "Muslims", "Sunnis"): a people, no one's name alone, nor the
 * surname it is of someone ("F. Wilhelm Christians"). Lower-cased; not "christian", a first name.
 */
export const FAITH_MEMBERS = set(`
  christians muslim muslims moslem moslems jew jews hindu hindus buddhist buddhists sikh sikhs catholics protestants
  anglicans mormons shia shias shiite shiites sunnis evangelicals
`);

/** Small words allowed inside a name between capitalised words: "Bay of Bengal", "Vincent van Gogh". */
export const NAME_CONNECTORS = set(`of de da del della der den van von la le du dos das bin bint al el y di dal dei ter ten`);

/** Words that are never a name on their own, even when capitalised at a sentence start. Lower-cased. */
export const FUNCTION_WORDS = set(`
  the a an this that these those there here it its it's he she they we you i his her their our your my me him them us
  in on at by for with from to of and or but nor so yet if when while after before since as because although though
  not no yes all any some each every both either neither many much more most other such what which who whom whose
  where why how than then also just only even still already again ever never always sometimes meanwhile however
  moreover therefore thus hence indeed instead otherwise according despite during under over about above below
  between among against into onto upon without within across through throughout toward towards until unless
  is are was were be been being has have had do does did will would shall should can could may might must

  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Month and day names: capitalised, but never a person or place. */
export const CALENDAR_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december
`);

/** Words that end a name when they follow it with a comma: "Austin, the defence secretary". */
export const APPOSITIVE_ARTICLES = set(`the a an`);

/**
 * A player's or a coach's place in a side, written after the side's name and before the person's:
 * "Surrey captain Chris Lewis", "Lancashire batsman Graham Lloyd". Lower-cased.
 */
export const SIDE_ROLES = set(`
  captain skipper vice-captain coach striker midfielder defender goalkeeper winger
  batsman bowler all-rounder wicketkeeper wicket-keeper spinner paceman seamer quarterback pitcher
  teammate team-mate fullback full-back fly-half scrum-half centre-back playmaker
`);

/**
 * Roles in a side that other walks of life have too: "Leeds manager Howard Wilkinson", but "the
 * firm's Tokyo manager Ken Sato". After an owner they make the name before them a side's in
 * sports copy only. Lower-cased.
 */
export const SHARED_SIDE_ROLES = set(`manager keeper forward opener`);

/** Labels that open a line of a results table or a notice before a colon ("Scorers: Dean Saunders"): no venues. Lower-cased. */
export const TABLE_LABELS = set(`scorers scorer goalscorers referee referees umpires teams squad squads note notes source sources contact`);

/** Tokens after a name that say it is a person: "Blinken, who", "Austin, 67,". */
export const PERSON_FOLLOWERS = set(`who whom whose`);

/** Words that cannot start a name (drop them from a chunk's front). */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

/** A word of a name with a capital inside after one of the particles of names ("McCain", "O'Neill", "DiCaprio", "ElBaradei", "FitzGerald"). */
export const NAME_PARTICLE = /^(?:Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von|El|Al|Fitz)\p{Lu}\p{Ll}+$/u;

/**
 * Words of the markets after a name: "the Dow Jones industrial average", "the Nikkei index",
 * "Jones common stock". A name they follow names an index or a company, not a person. Not a verb
 * with its object: "Phil Mickelson shares the lead", "Shearer bonds well".
 */
export const MARKET_WORDS_AFTER = /^\s+(?:common\s+|preferred\s+)?(?:industrial average|index|indices|shares|stock|stocks|bonds|securities|futures|industrials)\b(?!\s+(?:the|a|an|his|her|their|its|our|this|that|first|second|third|well|with|in)\b)/;
/** The first words `MARKET_WORDS_AFTER` reads: only a name followed by one is read further. */
export const MARKET_WORD_OPENERS = new Set(['common', 'preferred', 'industrial', 'index', 'indices', 'shares', 'stock', 'stocks', 'bonds', 'securities', 'futures', 'industrials']);

/**
 * Nouns of geography that, in lower case after a name, make it a place: "Dunvale province", "the
 * Kelvara mountains", "Zelnik airport". Not "republic", "state" or "border", which adjectives
 * take as often ("Soviet republic", "Jewish state", "Zairean border").
 */
export const PLACE_NOUNS_AFTER_NAMES = set(`
  province region district county prefecture oblast mountains mountain river valley lake
  port airport harbour harbor island islands peninsula coast delta basin plateau desert
  village town city suburb stadium
`);

/**
 * Words for buildings and the bodies that sit in them, which the news writes with a capital:
 * "White House", "Trump Tower", "House Republicans" name no one, whoever's name opens them. Not
 * "hall" nor "castle": surnames as often ("Stuart Hall", "Barbara Castle").
 */
export const BUILDING_WORDS = set(`house palace tower towers centre center cathedral abbey chapel building stadium arena theatre theater gallery station`);

/** Buildings' words that are surnames as often: a building's after a word that is no first name ("Carnegie Hall"). */
export const BUILDING_SURNAMES = set(`hall castle`);

/** Points of the compass in lower case: "east of Tarvosh" is a place. */
export const COMPASS_DIRECTIONS = set(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west`);

/** Peoples' adjectives that are common surnames too: "Frank Welsh", "Peter English", "Dawn French". Lower-cased. */
export const SURNAME_DEMONYMS = set(`english welsh french german irish`);

/** Text ending with "in", "at", "near"... just before a name (with its "the"): prepositions of place that take no person ("to" and "from" do). */
export const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|inside|outside|within|across|throughout|into)\s+(?:the\s+)?$/iu;
