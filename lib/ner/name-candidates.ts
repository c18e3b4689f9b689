import { foldName } from '../text/normalize';
import { isAllCaps, isCapitalized, isSpaceAt, startsLowerCase, stripPossessive, type Token } from '../text/tokenize';
import { isInterjection } from './register';
import { isGenerational } from './surname';
import {
  APPOSITIVE_ARTICLES,
  CALENDAR_WORDS,
  HONORIFICS,
  LOCATIVE_CUES,
  NAME_CONNECTORS,
  ORG_HEADS,
  COMPANY_TAILS,
  PERSON_FOLLOWERS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  SPEECH_VERBS,
  TITLE_HEADS,
  DESCRIPTOR_HEADS,
  FUNCTION_WORDS,
  SIDE_ROLES,
  SHARED_SIDE_ROLES,
  MARKET_WORDS_AFTER,
  MARKET_WORD_OPENERS,
  PLACE_NOUNS_AFTER_NAMES,
  COMPASS_DIRECTIONS,
  PLACE_ADJECTIVES,
  TABLE_LABELS,
  NATIONALITY_NOUNS,
  PARTY_MEMBERS,
  FIRM_CLOSERS,
} from './cue-words';

/** Head-noun shape of a name: "The Washington Post" is an organisation, "South China Sea" a place. */
export type NameShape = 'org' | 'place' | null;

/** A capitalised name found in text, with the context cues around it. */
export interface NameCandidate {
  /** Offsets of the name itself (no title, no possessive). */
  start: number;
  end: number;
  /** Folded tokens of the name joined by one space: the alias key. */
  key: string;
  tokenCount: number;
  /** Role text from a title before the name or an appositive after it ("US Secretary of State"). */
  role: string | null;
  /** The name's tokens in the block's: `tokens[firstToken..endToken)` (a possessive stays on the last). */
  firstToken: number;
  endToken: number;
  /** Where a title inside the capitalised run starts ("U.S. President Jo Reed": at "U.S."); -1 when none. */
  titleFrom: number;
  /** A title or honorific stands before the name. */
  titled: boolean;
  shape: NameShape;
  /** "The" opens the phrase ("The Washington Post"). */
  theBefore: boolean;
  /** A locative preposition or verb comes before ("in Xinjiang", "visited Japan"). */
  locative: boolean;
  /** A place's noun in lower case follows: "the disputed Kelvara region", "Dunvale province". */
  placeNounAfter: boolean;
  /** Words of the markets follow ("Dow Jones industrial average", "Jones common stock"): an index's or a company's name. */
  marketAfter: boolean;
  /** A verb of saying or "who" follows ("Blinken said", "Austin, who"). */
  personCue: boolean;
  /** "who" or "whom" follows: only people take it ("Hamilton, who hired her"); "Washington said" may be its government. */
  whoAfter: boolean;
  /** The name opens a sentence, so its capital letter proves nothing. */
  sentenceInitial: boolean;
  /** The name is written in capitals ("LONDON", "NATO"). */
  allCaps: boolean;
  /** Possessive after the name ("Blinken's"). */
  possessive: boolean;
  /** A number follows on the same line, as in results tables ("Phil Mickelson 70 66 68"). */
  numberAfter: boolean;
  /** The name opens with a particle of names ("De Wilde", "van der Westhuizen"). */
  particleFirst: boolean;
  /**
   * The words around say the name is a side's, a club's: a role in a side and a name follow
   * ("Surrey captain Chris Lewis"), or a side's noun or a player's verb stands before it ("first
   * division side Nice", "played for Nice"): 'side'. 'in sports copy' where the role is one a firm
   * has too ("Tokyo manager Ken Sato").
   */
  namesSide: SideCue;
}

/** What the words around a name say of it being a side's (see `NameCandidate.namesSide`). */
export type SideCue = 'side' | 'in sports copy' | null;

export interface CandidateOptions {
  /** True for lower-case words common enough that a sentence-initial capital is just grammar. */
  isCommonWord: (lower: string) => boolean;
  /** True for a folded name known as a whole ("north korea"): its first word is never dropped. */
  isKnownName?: (key: string) => boolean;
  /** True for adjectives of nationality ("american"): dropped from the front of a longer name. */
  isDemonym?: (lower: string) => boolean;
  /** True for a folded name of a place the lexicon knows, or a city of the gazetteer's lists. */
  isPlaceName?: (key: string) => boolean;
  /** True for a folded name of a country ("usa", "uk"). */
  isCountry?: (key: string) => boolean;
  /** True for a first name, folded ("omar"): a surname with Arabic's article joins only a name holding one, or a title. */
  isFirstName?: (key: string) => boolean;
  /** True for a first name of the list that is an everyday word too, in lower case ("mark", "buck"). */
  isEverydayFirstName?: (lower: string) => boolean;
  /**
   * Read a title in small letters straight after the name's comma as its role ("Bill James,
   * president of Falconbridge Ltd,"): a card's words, which the compiler reads; a page leaves
   * them, as its rules weigh a role for a title before the name.
   */
  rolesAfterComma?: boolean;
}

/**
 * A noun of geography in lower case at `tokens[k]`, after the name opening at `tokens[a]`. Not
 * one an adjective takes: before "of" ("the Sunni city of Tikrit", "the Protestant town of
 * Portadown") or after "a" ("a Hutu village").
 */
function placeNounAt(words: BlockWords, k: number, a: number): boolean {
  const { tokens } = words;
  // The set holds words in lower case: a word found in it is written so.
  if (!PLACE_NOUNS_AFTER_NAMES.has(tokens[k]!.text)) return false;
  if (tokens[k + 1]?.text === 'of') return false;
  const before = a > 0 ? words.lower(a - 1) : '';
  return before !== 'a' && before !== 'an';
}

/** Lower-case nouns that make "NOUN of Name" a place: "the port of Mombasa". */
const PLACE_OF_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'island', 'district', 'county', 'suburb', 'outskirts']);

/** Heads that take "of" inside a name besides places, organisations and titles. */
const OF_HEADS = new Set(['house', 'houses', 'bank', 'ministry', 'school', 'institute', 'council', 'museum', 'church', 'duchy', 'principality', 'commonwealth', 'federation', 'isle', 'city', 'town', 'port', 'statue', 'battle', 'treaty']);

/** Marks that end a sentence, and that open a quote, as one-character tokens. */
const SENTENCE_END = '.!?:;•|—–';
const OPEN_QUOTES = '"“‘\'([«';
/** Quotation marks that open a quoted sentence. */
const QUOTE_MARKS = '"“«';

/** The quotation mark `tokens[k]` opens a quote: a curly or a guillemet one, or a straight one after an even number of straight ones ('profits, "Hope said' closes one). */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.text !== '"') return true;
  let before = 0;
  for (let i = 0; i < k; i++) if (tokens[i]!.text === '"') before++;
  return before % 2 === 0;
}

/** `text` is one of the characters of `marks`. */
function isMark(text: string, marks: string): boolean {
  return text.length === 1 && marks.includes(text);
}

/**
 * Bits of the cue-word lists a lower-case word is in. A name's few words around it are asked
 * about many lists: each word is looked up once, in one map, and its bits kept (see `BlockWords`).
 */
const CUE = {
  function: 1,
  connector: 2,
  title: 4,
  honorific: 8,
  descriptor: 16,
  org: 32,
  company: 64,
  placeHead: 128,
  placePrefix: 256,
  locative: 512,
  speech: 1024,
  appositive: 2048,
  personFollower: 4096,
  placeOfNoun: 8192,
  ofHead: 16384,
  side: 32768,
  sideRole: 65536,
  placeAdjective: 131072,
  /** The stem of an honorific or a title the cue lists write with a dot: "mr" of "mr.", "gov" of "gov.". */
  shortHonorific: 1 << 18,
  shortTitle: 1 << 19,
  sideNoun: 1 << 20,
  playerVerb: 1 << 21,
  sharedSideRole: 1 << 22,
  firmCloser: 1 << 23,
  nationalityNoun: 1 << 24,
  partyMember: 1 << 25,
} as const;

function isWordToken(t: Token): boolean {
  return /^[\p{L}\p{Nd}]/u.test(t.text);
}

/**
 * Verbs in the past or plain form that stand before an occupation in news copy ("met golfer Jo
 * Reed", "sign Real Madrid striker Jo Reed"), and the particles after them ("tapped up Arsenal
 * defender Jo Reed", "pulled down Colombian forward Jo Reed").
 */
const VERBS_BEFORE_ROLES = new Set([
  ...['met', 'meet', 'meets', 'told', 'tell', 'gave', 'give', 'gives', 'beat', 'beats', 'sent', 'saw', 'see', 'made', 'make', 'took', 'take', 'won', 'lost'],
  ...['include', 'includes', 'play', 'plays', 'face', 'faces', 'join', 'joins', 'sign', 'signs', 'replace', 'replaces', 'thank', 'thanks'],
  ...['up', 'down', 'out', 'back', 'away'],
]);

/**
 * `tokens[k]` is more of a role read backwards from a title before a name: a word on the title's
 * line, neither a function word nor a verb of saying, nor another verb ("quoted chairman Jo Reed",
 * "signed Charlton midfielder Jo Reed": a word in small letters ending in "-ed", or one of
 * `VERBS_BEFORE_ROLES`), nor a preposition or a time (`NOT_IN_ROLES`), nor a possessive but a
 * group's or a place's (`isPlaceName`). A dateline on the line above is no part of it ("GENEVA 1996-08-22").
 */
function extendsRole(words: BlockWords, k: number, isPlaceName: CandidateOptions['isPlaceName']): boolean {
  const { text, tokens } = words;
  const t = tokens[k]!;
  if (!isWordToken(t) || words.cue(k) & (CUE.function | CUE.speech) || breaksLine(text, t.end, tokens[k + 1]!.start)) return false;
  const lower = words.lower(k);
  // "alongside French actress", "last month Social Affairs minister", "Pugh's fellow player": a
  // preposition, a time, someone's possessive or "fellow" before the role is no part of it; a
  // group's or a place's possessive is ("women's champion", "England's cricket captain").
  if (NOT_IN_ROLES.has(lower)) return false;
  const bare = stripPossessive(t.text);
  if (bare !== t.text && !GROUP_POSSESSORS.has(bare.toLowerCase()) && !isPlaceName?.(foldName(bare))) return false;
  if (lower !== t.text) return true;
  // "past president", "left winger", "off spinner": the role's before a title's word, a particle
  // or a verb elsewhere ("sprinted past front runner", "which left former world champion").
  if (PARTICLES_BEFORE_ROLES.has(lower)) {
    // "past" only before an office ("past president", not "surged past compatriot").
    const next = words.cue(k + 1);
    return (next & CUE.title) !== 0 && !(lower === 'past' && next & CUE.descriptor);
  }
  return !isVerbBeforeRole(lower);
}

/** Some word of `tokens[from..to)` has a cue of `bits`. */
function anyCueIn(words: BlockWords, from: number, to: number, bits: number): boolean {
  for (let k = from; k < to; k++) if (words.cue(k) & bits) return true;
  return false;
}

/** The words a firm's name closes with after "and" or "&": "and Co", "& Sons". */
const FIRM_PARTNERS = new Set(['Co', 'Company', 'Sons', 'Associates', 'Partners', 'Brothers']);

/**
 * `tokens[to]` is "and" or "&" before one of `FIRM_PARTNERS`, on the same line, and no name goes
 * on after it but a company's tail ("and Co Inc"; "and Co Tyrone" is an Irish county).
 */
function partnersAfter(words: BlockWords, to: number): boolean {
  const { text, tokens } = words;
  const and = tokens[to];
  const partners = tokens[to + 1];
  if (!and || !partners || !(and.text === 'and' || and.text === '&') || !FIRM_PARTNERS.has(partners.text) || breaksLine(text, tokens[to - 1]!.end, partners.start)) return false;
  const next = tokens[to + 2];
  return !next || !isNameWord(next) || breaksLine(text, partners.end, next.start) || (words.cue(to + 2) & CUE.company) !== 0;
}

/** Prepositions that no function word list holds, and words of time: a role opens after them. */
const NOT_IN_ROLES = new Set(['fellow', 'alongside', 'beside', 'besides', 'including', 'behind', 'beyond', 'amid', 'like', 'unlike', 'via', 'near', 'day', 'week', 'weekend', 'month', 'year', 'today', 'yesterday', 'tomorrow', 'tonight']);

/** Words that are a role's before a title ("past president", "left winger", "off spinner"), a particle or a verb elsewhere. */
const PARTICLES_BEFORE_ROLES = new Set(['past', 'left', 'off']);

/** `lower` is a verb that stands before an occupation: in "-ed", or one of `VERBS_BEFORE_ROLES`. */
function isVerbBeforeRole(lower: string): boolean {
  return (lower.length > 3 && lower.endsWith('ed')) || VERBS_BEFORE_ROLES.has(lower);
}

/** `tokens[k]` is the tail of a number written with a separator ("000m" of "10,000m"): no role opens with it. */
function isNumberFragment(words: BlockWords, k: number): boolean {
  const t = words.tokens[k]!;
  return k > 0 && /^\d/.test(t.text) && words.tokens[k - 1]!.end === t.start;
}

/** A pronoun or verb with its contraction ("I'll", "You're", "Who'd", "Don't"): never a name ("Sa'd" is one). */
const CONTRACTED = /^(?:i|you|we|they|he|she|it|who|that|there|what|where|how|here|let|don|can|won|isn|aren|wasn|weren|didn|doesn|hasn|haven|hadn|couldn|wouldn|shouldn|ain)['’](?:ll|re|ve|m|d|t)$/i;

/**
 * The first two letters of the names of days and months ("Mo", "Ja"): bit `second - 97` of entry
 * `first - 65`, for ASCII letters (the second in lower case).
 */
const CALENDAR_STARTS = new Uint32Array(26);
for (const w of CALENDAR_WORDS) CALENDAR_STARTS[w.charCodeAt(0) - 97]! |= 1 << (w.charCodeAt(1) - 97);

/** A capitalised word opening as a day or a month does ("Mo", "JA"): only those need the look-up. */
function mayBeCalendar(word: string): boolean {
  const first = word.charCodeAt(0) - 65;
  const second = (word.charCodeAt(1) | 0x20) - 97;
  return first >= 0 && first < 26 && second >= 0 && second < 26 && (CALENDAR_STARTS[first]! & (1 << second)) !== 0;
}

/** What a contraction (`CONTRACTED`) ends with, lower-cased ("ll", "re", "ve", "m", "d", "t"): bit `letter - 97`. */
const CONTRACTION_ENDS = ['l', 'e', 'm', 'd', 't'].reduce((bits, c) => bits | (1 << (c.charCodeAt(0) - 97)), 0);

/** `code`, lower-cased if an ASCII capital, is a letter a contraction ends with. */
function endsLikeContraction(code: number): boolean {
  const letter = (code | 32) - 97;
  return letter >= 0 && letter < 26 && ((CONTRACTION_ENDS >>> letter) & 1) === 1;
}

/** The longest contraction `CONTRACTED` reads ("shouldn've"). */
const LONGEST_CONTRACTION = 10;

function isNameWord(t: Token): boolean {
  const word = t.text;
  if (!isCapitalized(word)) return false;
  // A contraction is short and ends in one of a few letters: most names are no contraction by their shape.
  const mayBeContraction = word.length <= LONGEST_CONTRACTION && endsLikeContraction(word.charCodeAt(word.length - 1));
  if (mayBeContraction && (word.includes("'") || word.includes('’')) && CONTRACTED.test(word)) return false;
  return !mayBeCalendar(word) || (!CALENDAR_WORDS.has(stripPossessive(word).toLowerCase()) && !isCalendarRange(word));
}

/** Arabic's article joined to a surname in small letters: "al-Bashir", "el-Sisi", "ash-Shater". */
const ARTICLE_SURNAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/**
 * "al-Bashir" of "Omar Hassan al-Bashir", "el-Sisi" of "Abdel Fattah el-Sisi": a surname with its
 * article, which goes on a name though in small letters (see `joinsArticleSurname`). It opens none:
 * "al-Qaeda" alone is no one's.
 */
function isArticleSurname(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 97 || c === 101) && ARTICLE_SURNAME.test(word); // "a", "e"
}

/** "St" or "ST": a street's abbreviation closing a name, or a saint's opening the next. */
function isStreetOrSaint(word: string): boolean {
  return word === 'St' || word === 'ST';
}

/** Two to four capitals with no dot, a firm's letters ("BP", "GM", "ICI"); not initials with dots ("J.K."). */
function isFirmsLetters(word: string): boolean {
  return word.length >= 2 && word.length <= 4 && /^[A-Z]+$/.test(word);
}

/** Prepositions that take people as often as places. */
const TO_OR_FROM = new Set(['to', 'from']);

/** Words before a name that make it a place's, besides prepositions of place: "at the Mina al-Ahmadi refinery", "off Ras al-Khaimah". */
const PLACE_WORDS_BEFORE = new Set(['the', 'off', 'along', 'toward', 'towards']);

/**
 * A surname with Arabic's article goes on the name `tokens[from..to)`: a title stands in it or
 * before it ("President Bashar al-Assad"), or a word of it is a first name (see
 * `CandidateOptions.isFirstName`) and no preposition of place nor "the" stands before it. Not after
 * a word that opens places' names ("Ras al-Khaimah"); "Shatt al-Arab" (a river), "Jabhat al-Nusra"
 * (a group) hold no first name.
 */
function joinsArticleSurname(words: BlockWords, from: number, to: number, options: CandidateOptions): boolean {
  if (!options.isFirstName || ARABIC_PLACE_OPENERS.has(words.lower(to - 1))) return false;
  if (from > 0 && words.cue(from - 1) & (CUE.title | CUE.honorific)) return true;
  for (let k = from; k < to; k++) if (words.cue(k) & (CUE.title | CUE.honorific)) return true;
  if (from > 0 && (words.cue(from - 1) & CUE.locative || PLACE_WORDS_BEFORE.has(words.lower(from - 1)))) return false;
  for (let k = from; k < to; k++) if (options.isFirstName(foldName(words.lower(k)))) return true;
  return false;
}

/** Words that open Arabic places' names before the article: "Ras al-Khaimah", "Bab al-Azizia", "Mina al-Ahmadi". */
const ARABIC_PLACE_OPENERS = new Set(['ras', 'bab', 'mina', 'dar', 'umm', 'ain', 'deir', 'tell', 'tal', 'wadi', 'jebel', 'jabal', 'bir', 'qasr', 'beit', 'bayt', 'hay', 'camp', 'shatt', 'darb']);

/** "October-December", "April-to-June": a span of months or days, no name ("May-Britt" is one). */
function isCalendarRange(word: string): boolean {
  if (!word.includes('-')) return false;
  const lower = stripPossessive(word).toLowerCase();
  return CALENDAR_WORDS.has(lower.slice(0, lower.indexOf('-'))) && CALENDAR_WORDS.has(lower.slice(lower.lastIndexOf('-') + 1));
}

/** `isCapitalized(t.text)`, read from the block's `text`. */
function opensWithCapital(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return c < 128 ? c >= 65 && c <= 90 : isCapitalized(t.text);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A line break between `from` and `to` in `text` (the gap between two tokens, mostly a space). */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * "British-born", "Pakistan-based", "In-form": a compound ending in an everyday word in lower case
 * describes. Not "Jae-myung" (Lee Jae-myung), nor a title ("Vice-president"). Only read where it
 * opens a name: inside one, "Ban Ki-moon" ends in an everyday word too.
 */
function isDescriptiveCompound(word: string, isCommonWord: (lower: string) => boolean): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return false;
  // "Ex-Yankee", "Ex-champion": what someone was.
  if (hyphen === 2 && (word[0] === 'E' || word[0] === 'e') && (word[1] === 'x' || word[1] === 'X')) return true;
  const last = stripPossessive(word.slice(hyphen + 1));
  if (!/^\p{Ll}/u.test(last)) return false;
  return isCommonWord(last) && !TITLE_HEADS.has(last);
}

function startsSentence(words: BlockWords, i: number): boolean {
  const { text, tokens } = words;
  let j = i - 1;
  while (j >= 0 && isMark(tokens[j]!.text, OPEN_QUOTES)) j--;
  if (j < 0) return true;
  const prev = tokens[j]!;
  // A quote opened after a verb of saying and a comma, or a colon, is a sentence: 'Kaufman said,
  // "Unlike Paul Volcker'; not 'heard, "Super Mario Run"', nor a quote closed on the comma ('the
  // law," Justice Byron White wrote').
  const quote = tokens[j + 1];
  if (j === i - 2 && (prev.text === ':' || (prev.text === ',' && j > 0 && words.cue(j - 1) & CUE.speech)) && isMark(quote!.text, QUOTE_MARKS) && prev.end < quote!.start && quote!.end === tokens[i]!.start && opensQuote(tokens, j + 1)) return true;
  if ((isMark(prev.text, SENTENCE_END) && !abbreviatedCueAt(words, j, CUE.shortHonorific | CUE.shortTitle)) || (prev.text.endsWith('.') && prev.text.length > 2)) return true;
  return breaksLine(text, prev.end, tokens[i]!.start);
}

/**
 * `tokens[k]` follows a hyphen with white space on both sides, which stands for a dash: after a
 * wire dateline ("BOSTON, Oct 19 - Analyst Jo Reed said"), or opening a list's line.
 */
function afterSpacedDash(words: BlockWords, k: number): boolean {
  const { text, tokens } = words;
  const t = tokens[k - 1];
  return !!t && t.text === '-' && (t.start === 0 || isSpaceAt(text, t.start - 1)) && isSpaceAt(text, t.end);
}

/**
 * `tokens[dot]` is the dot of an honorific or a title written short ("Mr.", "Dr.", "Gov.", "Sen."),
 * as the cue lists write them (`bits`: `CUE.shortHonorific`, `CUE.shortTitle`): no sentence ends
 * there, and the name after it is titled. "MS." (a disease's letters, a headline's capitals) is no "Ms.".
 */
function abbreviatedCueAt(words: BlockWords, dot: number, bits: number): boolean {
  const { tokens } = words;
  const t = tokens[dot];
  if (!t || t.text !== '.' || dot === 0) return false;
  const word = tokens[dot - 1]!;
  if (word.end !== t.start || (words.cue(dot - 1) & bits) === 0) return false;
  return isCapitalized(word.text) && !(word.text.length > 1 && isAllCaps(word.text));
}

/**
 * Finds capitalised names in `text` and reads their context: titles and roles, head nouns, the
 * preposition before and the verb after. It decides nothing about kind; callers weigh the cues.
 */
export function findNameCandidates(text: string, tokens: Token[], options: CandidateOptions): NameCandidate[] {
  const out: NameCandidate[] = [];
  const words = new BlockWords(text, tokens);
  let i = 0;
  while (i < tokens.length) {
    // Most words are in lower case: read their first letter in the block's text, which is at hand,
    // not in each word's own string.
    if (!opensWithCapital(text, tokens[i]!) || !isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    // Grow the chunk: capitalised words, connectors between them, stop at a possessive or a new line.
    let j = i + 1;
    let possessive = stripPossessive(tokens[i]!.text) !== tokens[i]!.text;
    while (!possessive && j < tokens.length) {
      const t = tokens[j]!;
      if (breaksLine(text, tokens[j - 1]!.end, t.start)) break;
      // "Florida Sen. Marco Rubio", "Army Gen. Jo Reed": a title written short ends the name before
      // it; the name after it is titled.
      if (tokens[j + 1]?.text === '.' && abbreviatedCueAt(words, j + 1, CUE.shortTitle | CUE.shortHonorific)) break;
      if (isNameWord(t) || (isArticleSurname(t.text) && joinsArticleSurname(words, i, j, options))) {
        // "Charlotte, N.C. The firm said", "the U.K. Has no plan": after an abbreviation's dot a
        // function word opens a sentence (after initials it may be a surname: "P. Such", "P.M. Such").
        const before = tokens[j - 1]!;
        if (before.end - before.start > 2 && text.charCodeAt(before.end - 1) === 46 && words.cue(j) & CUE.function && !SURNAME_LIKE_FUNCTION_WORDS.has(t.text)) break;
        possessive = stripPossessive(t.text) !== t.text;
        j++;
        continue;
      }
      let next = tokens[j + 1];
      // "St. Louis", "Ft. Lauderdale": a saint's or a fort's dot stays inside a place's name.
      // Only opening the name: "Market St. Officers said" is a street's, then a new sentence.
      if (t.text === '.' && (j - 1 === i || (j - 2 === i && (words.cue(i) & CUE.function) !== 0)) && t.start === tokens[j - 1]!.end && PLACE_ABBREVIATIONS.has(tokens[j - 1]!.text) && next && isNameWord(next) && !breaksLine(text, t.end, next.start)) {
        j += 2;
        continue;
      }
      // Two particles in a row join too: "Joost van der Westhuizen", "Juan de la Cruz".
      if (next && isParticle(words, j) && isParticle(words, j + 1) && !breaksLine(text, t.end, next.start)) {
        j += 1;
        next = tokens[j + 1];
      }
      // A connector joins two capitalised words on one line: "Bay of Bengal", "Procter & Gamble".
      if (!(t.text === '&' || words.isCue(j, CUE.connector)) || !next || !isNameWord(next) || breaksLine(text, tokens[j]!.end, next.start)) break;
      // "of" joins only after a head noun ("Bay of Bengal", "Secretary of State", "University of
      // Texas"); after a name it starts an affiliation ("John Casesa of Schroder Wertheim"), after
      // a firm's closing word its seat ("Allied Research Inc of Salem").
      if (t.text === 'of' && (!(words.cue(j - 1) & (CUE.placeHead | CUE.org | CUE.title | CUE.ofHead)) || words.cue(j - 1) & CUE.firmCloser)) break;
      j += 1;
    }
    const candidate = analyseChunk(words, i, j, possessive, options);
    if (candidate) out.push(candidate);
    i = j;
  }
  return out;
}

/** Words before "to" that make it no motion: "according to Hamilton", "in addition to Hamilton", "married to Jo Reed". */
const RELATION_BEFORE_TO = new Set(['according', 'addition', 'thanks', 'owing', 'due', 'contrary', 'compared', 'similar', 'married', 'loyal']);

/** `tokens[k]` is a "to" of relation, not of motion (see `RELATION_BEFORE_TO`). */
function isRelationTo(words: BlockWords, k: number): boolean {
  return k > 0 && words.tokens[k]!.text === 'to' && RELATION_BEFORE_TO.has(words.lower(k - 1));
}

/** "Son of", "daughter of" inside Arabic names, in small letters: "bin", "ibn", "bint". */
const SON_OF = new Set(['bin', 'ibn', 'bint']);

/** Abbreviations that open places' names with a dot: "St. Louis", "Ste. Foy", "Ft. Worth", "Mt. Kenya". */
const PLACE_ABBREVIATIONS = new Set(['St', 'ST', 'Ste', 'STE', 'Ft', 'FT', 'Mt', 'MT']);

/** Words that open a noun phrase, never a first name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'all', 'any', 'some', 'each', 'every', 'both', 'either', 'neither', 'no', 'many', 'much', 'more', 'most', 'other', 'such', 'its', 'his', 'her', 'their', 'our', 'your', 'my']);

/** Function words that are surnames too ("P.M. Such", "Theresa May", "Thomas More"): after initials they may close a name. */
const SURNAME_LIKE_FUNCTION_WORDS = new Set(['Such', 'May', 'Will', 'More', 'Most', 'Still', 'Just', 'Even']);

/** Nouns a person's or a family's name qualifies after "the": "the Ambani family", "the Bush administration". */
const HOUSEHOLD_NOUNS = new Set(['family', 'families', 'clan', 'dynasty', 'household', 'administration', 'government', 'regime', 'era', 'years', 'brothers', 'sisters']);

/** `tokens[k]` is a particle of names in lower case ("van", "der", "de", "la", "bin"): a connector that is no "of" or "y". */
function isParticle(words: BlockWords, k: number): boolean {
  return isParticleWord(words.tokens[k]!.text) && words.isCue(k, CUE.connector);
}

/** `lower` (a connector in lower case) is a particle of names: no "of" or "y". */
function isParticleWord(lower: string): boolean {
  return lower !== 'of' && lower !== 'y';
}

/**
 * `tokens[k]`, capitalised, is a particle opening a name: "De Wilde", "Van Moer", "Al Gore", "La
 * Paz", "El Salvador". Not "Of", nor "Y".
 */
function isOpeningParticle(words: BlockWords, k: number): boolean {
  return isParticleWord(words.lower(k)) && (words.cue(k) & CUE.connector) !== 0 && isCapitalized(words.tokens[k]!.text);
}

/** Words that make "manager" a bank's part in a deal: "lead manager Morgan Stanley", "joint lead manager". */
const DEAL_ROLE_OPENERS = new Set(['lead', 'sole', 'joint', 'co-lead']);

/** `tokens[k]` is "manager" of a bank's part in a deal ("lead manager"), the firm's role, not a person's title. */
function isDealRole(words: BlockWords, k: number): boolean {
  const word = words.tokens[k]!.text;
  return (word === 'manager' || word === 'managers') && k > 0 && DEAL_ROLE_OPENERS.has(words.lower(k - 1));
}

/** A middle initial: "H." of "George H. Bush". */
const INITIAL = /^\p{Lu}\.$/u;

const SIDES = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

/** Nouns for a side, written in lower case before its name: "first division side Nice". */
const SIDE_NOUNS = new Set(['side', 'club']);
/** A player's verbs before "for" or "from" and a side's name: "played for Nice", "signed from Nantes". */
const PLAYER_VERBS = new Set(['played', 'plays', 'playing', 'play', 'signed', 'signs', 'signing', 'sign', 'transferred']);

const CUES = new Map<string, number>();
for (const [words, bit] of [
  [FUNCTION_WORDS, CUE.function],
  [NAME_CONNECTORS, CUE.connector],
  [TITLE_HEADS, CUE.title],
  [HONORIFICS, CUE.honorific],
  [DESCRIPTOR_HEADS, CUE.descriptor],
  [ORG_HEADS, CUE.org],
  [COMPANY_TAILS, CUE.company],
  [PLACE_HEADS, CUE.placeHead],
  [PLACE_PREFIXES, CUE.placePrefix],
  [LOCATIVE_CUES, CUE.locative],
  [SPEECH_VERBS, CUE.speech],
  [APPOSITIVE_ARTICLES, CUE.appositive],
  [PERSON_FOLLOWERS, CUE.personFollower],
  [PLACE_OF_NOUNS, CUE.placeOfNoun],
  [OF_HEADS, CUE.ofHead],
  [SIDES, CUE.side],
  [SIDE_ROLES, CUE.sideRole],
  [SHARED_SIDE_ROLES, CUE.sharedSideRole],
  [PLACE_ADJECTIVES, CUE.placeAdjective],
  [SIDE_NOUNS, CUE.sideNoun],
  [PLAYER_VERBS, CUE.playerVerb],
  [FIRM_CLOSERS, CUE.firmCloser],
  [NATIONALITY_NOUNS, CUE.nationalityNoun],
  [PARTY_MEMBERS, CUE.partyMember],
] as const) {
  for (const w of words) CUES.set(w, (CUES.get(w) ?? 0) | bit);
}
for (const [w, bits] of [...CUES]) {
  if (!w.endsWith('.') || w.length < 3) continue;
  const stem = w.slice(0, -1);
  const short = (bits & CUE.honorific ? CUE.shortHonorific : 0) | (bits & CUE.title ? CUE.shortTitle : 0);
  if (short) CUES.set(stem, (CUES.get(stem) ?? 0) | short);
}

/** The cue bits of a lower-case word (0 for none). */
function cueOfWord(lower: string): number {
  return CUES.get(lower) ?? 0;
}

/**
 * Which (length, first letter, last letter) the cue words have, ASCII letters folded by `& 31`:
 * most words around a name are no cue word, and this says so without lower-casing and hashing
 * them. The cue words are ASCII, and the only other character that lower-cases to ASCII is the
 * Kelvin sign ("K" to "k"), one for one: a word that lower-cases to a cue word has its length and,
 * when its first and last characters are ASCII, their shape.
 */
const CUE_SHAPES = new Uint8Array(32 * 32 * 32);
const cueShape = (word: string) => ((Math.min(word.length, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31));
for (const w of CUES.keys()) CUE_SHAPES[cueShape(w)] = 1;

/** False when `word`, in lower case, is surely no cue word. */
function mayBeCue(word: string): boolean {
  if (word.charCodeAt(0) >= 128 || word.charCodeAt(word.length - 1) >= 128) return true;
  return CUE_SHAPES[cueShape(word)] === 1;
}

/** `word` is "of" in any case. */
function isOf(word: string): boolean {
  return word.length === 2 && (word.charCodeAt(0) | 32) === 111 && (word.charCodeAt(1) | 32) === 102;
}

/** `word` is "the" in any case. */
function isThe(word: string): boolean {
  return word.length === 3 && (word.charCodeAt(0) | 32) === 116 && (word.charCodeAt(1) | 32) === 104 && (word.charCodeAt(2) | 32) === 101;
}

/** A block's tokens, with each one's lower-case form and cue bits made once, when first asked. */
class BlockWords {
  private readonly lowers: (string | undefined)[];
  // A plain array, not a typed one: most blocks are short, and a typed array costs more to make.
  private readonly cues: (number | undefined)[];
  constructor(
    readonly text: string,
    readonly tokens: Token[],
  ) {
    this.lowers = new Array(tokens.length);
    this.cues = new Array(tokens.length);
  }
  lower(k: number): string {
    return (this.lowers[k] ??= this.tokens[k]!.text.toLowerCase());
  }
  /** The cue bits of `tokens[k]`, in lower case. */
  cue(k: number): number {
    return (this.cues[k] ??= mayBeCue(this.tokens[k]!.text) ? cueOfWord(this.lower(k)) : 0);
  }
  /** `tokens[k]` is the cue word of `bit` as written, in lower case ("of", not "Of"). */
  isCue(k: number, bit: number): boolean {
    return (this.cue(k) & bit) !== 0 && this.tokens[k]!.text === this.lower(k);
  }
}

/**
 * Where the rest of an office ends when the chunk `tokens[a..to)` follows "<title> of the" or "to
 * the", as in "Chancellor of the | Exchequer Nigel Lawson", "Chief Secretary to the | Treasury Jo
 * Reed" or "director of the | New York Public Library Paul Lenard": the name is the last two words
 * (three with a middle initial), the office all before it.
 * -1 when no title stands there, nothing is left for the office, or the name is no personal name
 * (opening with an everyday word, holding an organisation or place word or an acronym: "Television
 * Advertising Bureau").
 */
function officeOfTheEnd(words: BlockWords, from: number, a: number, to: number, isCommonWord: (lower: string) => boolean): number {
  const tokens = words.tokens;
  if (a !== from || from < 3 || !isThe(tokens[from - 1]!.text)) return -1;
  // "to the": an office that is no title itself ("secretary to the King Jo Reed" is the King's name).
  if (tokens[from - 2]!.text !== 'of' && (tokens[from - 2]!.text !== 'to' || words.cue(from) & (CUE.title | CUE.honorific))) return -1;
  if (!(words.cue(from - 3) & CUE.title)) return -1;
  const end = to - (INITIAL.test(tokens[to - 2]!.text) ? 3 : 2);
  if (end <= a || words.cue(end) & CUE.side) return -1; // "East Asia"
  // A given name is no everyday word; a surname may be one ("George Walker").
  const personal = tokens.slice(end, to).every((t, i) => {
    const lower = stripPossessive(t.text).toLowerCase();
    // No acronym either ("Ainsworth MP").
    return isNameWord(t) && (INITIAL.test(t.text) || !(isAllCaps(t.text) && t.text.length > 1)) && (i > 0 || !isCommonWord(lower)) && !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower);
  });
  return personal ? end : -1;
}

/**
 * A function word with a capital opening a name of several words straight after a title or an
 * honorific in lower case is a first name: "captain Will Carling", "singer Will Young". Inside a
 * sentence nothing else gives "Will" its capital.
 */
function opensNameAfterTitle(words: BlockWords, from: number, to: number, sentenceInitial: boolean, isCommonWord: (lower: string) => boolean): boolean {
  // Two words, a first name and a surname; a determiner opens the title of a work or a company's
  // name ("nominee The Fisher King", "rival All Nippon").
  if (sentenceInitial || to - from !== 2 || from === 0 || DETERMINERS.has(words.lower(from))) return false;
  const before = words.tokens[from - 1]!;
  // Nor in a headline in title case, where every word has its capital ("Nato chief Will Stay on
  // Until March").
  return (words.cue(from - 1) & (CUE.title | CUE.honorific)) !== 0 && !isCapitalized(before.text) && isNameWord(words.tokens[from + 1]!) && !inTitleCase(words, from, isCommonWord);
}

/**
 * The line of `tokens[k]` is a headline in title case: of its everyday words longer than three
 * letters (names have capitals anywhere), at least three and three in four have a capital.
 */
function inTitleCase(words: BlockWords, k: number, isCommonWord: (lower: string) => boolean): boolean {
  const { text, tokens } = words;
  let first = k;
  while (first > 0 && !breaksLine(text, tokens[first - 1]!.end, tokens[first]!.start)) first--;
  let long = 0;
  let capitalised = 0;
  for (let i = first; i < tokens.length && (i === first || !breaksLine(text, tokens[i - 1]!.end, tokens[i]!.start)); i++) {
    const word = tokens[i]!.text;
    if (word.length <= 3 || !/^\p{L}/u.test(word) || !(isCommonWord(words.lower(i)) || words.cue(i) & CUE.function)) continue;
    long++;
    if (isCapitalized(word)) capitalised++;
  }
  return long >= 3 && capitalised * 4 >= long * 3;
}

/** The alias key of `tokens[from..to)`: folded words joined by one space, the last without a possessive. */
function chunkKey(tokens: Token[], from: number, to: number): string {
  let joined = '';
  for (let k = from; k < to; k++) joined += (k > from && tokens[k]!.text !== '.' ? ' ' : '') + (k === to - 1 ? stripPossessive(tokens[k]!.text) : tokens[k]!.text);
  return foldName(joined);
}

/**
 * `tokens[of]` is "of" and a place the lexicon knows runs from it to `to`: a title's complement
 * that is a place is the place still ("the King of Spain", "the Mayor of New York said"). Not a
 * word in capitals in a line in small letters, but for a country's ("President of AMBO" is a
 * body's, "President of USA" the country's).
 */
function ofPlaceToEnd(words: BlockWords, of: number, to: number, { isPlaceName, isCountry }: CandidateOptions): boolean {
  const { tokens } = words;
  if (of + 1 >= to || tokens[of]!.text !== 'of') return false;
  const key = chunkKey(tokens, of + 1, to);
  const only = tokens[of + 1]!.text;
  if (to - of === 2 && only.length > 1 && isAllCaps(only) && !isAllCaps(tokens[of - 1]?.text ?? '') && !isCountry?.(key)) return false;
  return !!isPlaceName?.(key);
}

/**
 * How many words of `tokens[from..to)` a title's complement takes: a known place's words ("Mayor of
 * New York Rudolph Giuliani"), one word otherwise ("Governor of Texas George Bush").
 */
function placeWordsAt(words: BlockWords, from: number, to: number, isPlaceName: CandidateOptions['isPlaceName']): number {
  for (let n = Math.min(3, to - from); n > 1; n--) if (isPlaceName?.(chunkKey(words.tokens, from, from + n))) return n;
  return 1;
}

/** Every word of the name `tokens[from..to)` in capitals (`bareLast`: its last word without a possessive). */
function allCapsFrom(tokens: Token[], from: number, to: number, bareLast: string): boolean {
  for (let k = from; k < to - 1; k++) if (!isAllCaps(tokens[k]!.text)) return false;
  return isAllCaps(bareLast);
}

/** Participles closing a compound that describes by origin or owner: "-based", "-born", "-led". */
const DESCRIPTIVE_PARTICIPLES = new Set(['based', 'born', 'bred', 'led', 'owned', 'run', 'backed', 'controlled', 'funded', 'listed', 'registered', 'made']);

/**
 * The letters closing `tokens[from..to)` ("MP", "MEP") are a seat's or a party's member's, not a
 * person's: after a determiner ("a Plaid Cymru MP"), before "for" or "of" ("Lib Dem MEP for
 * London"), after a place ("Sheffield Tarvosh MP") or a place's or a body's head word ("Green
 * Party MP").
 */
function memberOfSeatOrParty(words: BlockWords, from: number, to: number, isPlaceName: CandidateOptions['isPlaceName']): boolean {
  const { tokens } = words;
  if (words.cue(from) & CUE.function || (from > 0 && DETERMINERS.has(words.lower(from - 1)))) return true;
  if (tokens[to]?.text === 'for' || tokens[to]?.text === 'of') return true;
  if ((words.cue(to - 2) | words.cue(to - 3)) & (CUE.org | CUE.placeHead | CUE.function)) return true;
  return !!isPlaceName?.(words.lower(to - 3));
}

/** Letters after a name for a seat or a rank at the bar, in capitals: "MP", "MSP", "QC" (a possessive too). */
const POST_NOMINALS = new Set(['MP', 'MEP', 'MSP', 'MLA', 'QC', 'KC']);

function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(stripPossessive(word));
}

/** An acronym of three letters or more ("EADS", "CIA"), no Roman numeral: two letters may be initials ("AR Rahman"). */
export function isOpeningAcronym(word: string): boolean {
  return word.length >= 3 && isAllCaps(word) && /^\p{Lu}+$/u.test(word) && !/^[IVXLC]+$/.test(word);
}

/**
 * `tokens[from..to)` may be a personal name: no everyday word, point of the compass, nor head of
 * places' or organisations' names (`commonSurname`: the last word may be an everyday word, as
 * surnames are: "Philippe Sands").
 */
function personalAfter(words: BlockWords, from: number, to: number, isCommonWord: (lower: string) => boolean, commonSurname = false): boolean {
  for (let k = from; k < to; k++) {
    const lower = words.lower(k);
    if ((isCommonWord(lower) && !(commonSurname && k === to - 1)) || COMPASS_DIRECTIONS.has(lower) || words.cue(k) & (CUE.placeHead | CUE.org)) return false;
  }
  return true;
}

/** Formal titles that are adjectives as often ("General Refractories", "Chief Executive", "Premier League"). */
const ADJECTIVE_TITLES = new Set(['general', 'gen', 'chief', 'premier', 'crown', 'metropolitan', 'justice', 'chair', 'speaker', 'officer', 'leader', 'pm']);

/** `tokens[k]` is a formal title or an honorific, not an occupation ("Rival Sony", "Veteran Labour MP") nor an adjective's look-alike. */
function isFormalTitle(words: BlockWords, k: number): boolean {
  const cue = words.cue(k);
  return (cue & (CUE.title | CUE.honorific)) !== 0 && !(cue & CUE.descriptor) && !ADJECTIVE_TITLES.has(words.lower(k));
}

/**
 * `tokens[from..to)` reads as the name a title opening the sentence is followed by: capitalised
 * words of a personal name, no party's member, people's noun or letters after a name ("Veteran
 * Labour MP", "President da Silva" are left as they were).
 */
function titleOpensName(words: BlockWords, from: number, to: number, options: CandidateOptions): boolean {
  for (let k = from; k < to; k++) if (!isCapitalized(words.tokens[k]!.text) || words.cue(k) & (CUE.partyMember | CUE.nationalityNoun) || isPostNominal(words.tokens[k]!.text)) return false;
  // "Captain America", "Lady Liberty", "Miss Saigon": a title before a place's name alone names a character or a show.
  if (to - from === 1 && options.isPlaceName?.(foldName(stripPossessive(words.tokens[from]!.text)))) return false;
  return personalAfter(words, from, to, options.isCommonWord);
}

/**
 * `tokens[from..to)` reads as a personal name after a capitalised occupation: two words or more,
 * no head of places' or organisations' names, the last no everyday word ("Mark Hughes", not
 * "Intelligence Unit" nor "International").
 */
function personalNameAt(words: BlockWords, from: number, to: number, isCommonWord: (lower: string) => boolean): boolean {
  if (to - from < 2 || isCommonWord(words.lower(to - 1))) return false;
  for (let k = from; k < to; k++) if (words.cue(k) & (CUE.placeHead | CUE.org)) return false;
  return true;
}

/**
 * `tokens[a..to)` opens with "The" and names a place known whole whose other words name no place
 * alone: "The Hague" ("Hague" is someone's surname), not "The Netherlands".
 */
function placeOnlyWithThe(tokens: Token[], a: number, to: number, { isKnownName, isPlaceName }: CandidateOptions): boolean {
  return to - a > 1 && isThe(tokens[a]!.text) && knownWhole(tokens, a, to, isKnownName) && !isPlaceName?.(chunkKey(tokens, a + 1, to));
}

/** A chunk of several words known as a whole ("North Korea"): its words are not dropped or split. */
function knownWhole(tokens: Token[], from: number, to: number, isKnownName: CandidateOptions['isKnownName']): boolean {
  return to - from > 1 && !!isKnownName?.(chunkKey(tokens, from, to));
}

/** Everyday first names that open firms' and products' names more than people's ("Sky Italia", "Land Rover"). */
const BRAND_WORDS = new Set(['sky', 'urban', 'land', 'star', 'royal', 'rock', 'park', 'field', 'bank', 'port', 'page', 'ring']);

/** Everyday first names that open a sentence as grammar ("Even Clinton agreed", "Had Blair known"); "Will" is read by the question it asks. */
const GRAMMAR_OPENERS = new Set(['any', 'else', 'even', 'far', 'had', 'see', 'saw', 'say', 'read', 'wait', 'win', 'way', 'early', 'fair', 'free', 'happy', 'lucky', 'north', 'west', 'rich', 'tore', 'wake', 'wash', 'nil', 'con', 'pro', 'mar']);

/**
 * "Mark McNulty scored", "6. Buck Cullen": opening a sentence, a first name that is an everyday
 * word too, before one more capitalised word that is no everyday word nor a place (a middle
 * initial between them: "Mark J. McNulty"), is the name's
 * first word. Dropped, it left the surname to link another of the corpus's people. Not a title
 * ("King Hussein") nor a word that opens sentences as grammar, but "Will" in a sentence that asks
 * nothing ("Will Smith stars", not "Will Clinton sign?"). Inside a sentence (`initial` false), a
 * function word with its capital is the name's too ("among them Will Smith").
 */
function opensWithEverydayFirstName(words: BlockWords, a: number, to: number, options: CandidateOptions, initial = true): boolean {
  const lower = words.lower(a);
  // "Jan Berry said", "Amnesty's Jan Shaw": January's short form is a first name before a name.
  const jan = lower === 'jan' && !!options.isFirstName?.(lower);
  // A middle initial may stand before the surname ("Mark J. Tarvosh").
  const middle = to - a === 3 && INITIAL.test(words.tokens[a + 1]!.text);
  const last = middle ? a + 2 : a + 1;
  if (to - last !== 1 || !(jan || options.isEverydayFirstName?.(lower))) return false;
  if (lower === 'will' ? asksQuestion(words.text, words.tokens[last]!.end) : initial && GRAMMAR_OPENERS.has(lower)) return false;
  // "Bank Hapoalim", "Sky Deutschland", "Urban Outfitters": a firm's word, not a first name.
  if (words.cue(a) & (CUE.company | CUE.placeHead | CUE.placePrefix) || BRAND_WORDS.has(lower)) return false;
  // Of the function words only "Will" and "Jan" are first names ("the Mar Thoma church" has none).
  if (words.cue(a) & (CUE.title | CUE.honorific) || (words.cue(a) & CUE.function && lower !== 'will' && !jan)) return false;
  const surname = stripPossessive(words.tokens[last]!.text);
  if (!isCapitalized(surname) || isAllCaps(surname) || options.isCommonWord(surname.toLowerCase()) || words.cue(last) & CUE.function) return false;
  // "Urban Outfitters", "Land Rovers": a plural of an everyday word is no surname.
  if (surname.endsWith('s') && options.isCommonWord(surname.slice(0, -1).toLowerCase())) return false;
  return !options.isPlaceName?.(foldName(surname));
}

/** Honorifics that are no everyday word: written in small letters they are honorifics still ("mr smith"). */
const BARE_HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);

/**
 * The honorific word at `tokens[k]` is one before the name after it: "will miss England's opener"
 * has none, nor "DR Congo", "DR CONGO" (in capitals before a place's name; "MS Dhoni" has one).
 */
function isHonorificAt(words: BlockWords, k: number, options: CandidateOptions): boolean {
  const word = words.tokens[k]!.text;
  if (!isCapitalized(word)) return BARE_HONORIFICS.has(words.lower(k));
  const next = words.tokens[k + 1];
  return !(word.length > 1 && isAllCaps(word) && !!next && !!options.isPlaceName?.(foldName(stripPossessive(next.text))));
}

/**
 * `tokens[k + 1]` is a title followed by more of the name, and `tokens[k]` belongs with it: a
 * portfolio ("Finance | Minister Jo Reed", "Housing | Minister", "Labour | MP"), a title, a body or
 * a party ("Attorney | General", "Council | President", "Deputy | Prime Minister") or a qualifier
 * ("Former | President", "Shadow | Chancellor"); not "Unlike President".
 */
function titleAfter(words: BlockWords, k: number, to: number): boolean {
  if (k + 2 >= to) return false;
  const qualifies = (words.cue(k) & (CUE.title | CUE.org | CUE.partyMember)) !== 0 || ROLE_MODIFIERS.has(words.lower(k));
  let t = k + 1;
  // "Deputy | Prime Minister": a title or a qualifier before an office of two words.
  if (qualifies && !(words.cue(t) & CUE.title) && t + 2 < to && words.cue(t + 1) & CUE.title) t++;
  if (t + 1 >= to || !(words.cue(t) & CUE.title) || !isCapitalized(words.tokens[t]!.text)) return false;
  return qualifies || PORTFOLIO_TITLES.has(words.lower(t));
}

/** Words that qualify any title before it: "Former President", "Acting Mayor" (not "Unlike President"). */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'senior', 'junior', 'interim', 'outgoing', 'incoming', 'retiring', 'departing', 'then', 'new', 'shadow']);

/** Titles that take a portfolio or a body before them: "Finance Minister", "Health Secretary", "Bank Governor" (not "Unlike President"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'governor', 'director', 'chairman', 'chairwoman', 'chairperson', 'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'attorney', 'ambassador', 'envoy', 'mp', 'mep', 'msp', 'mla']);

/** A title's or an honorific's word is among `tokens[from..to)` ("Prime | Minister Jo Reed"). */
function titleAmong(words: BlockWords, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words.cue(k) & (CUE.title | CUE.honorific)) return true;
  return false;
}

/** The name ending at `tokens[to - 1]` closes with a firm's word, a possessive aside ("Vollan Corp's"). */
function closesFirmsName(words: BlockWords, to: number): boolean {
  const last = stripPossessive(words.tokens[to - 1]!.text);
  return mayBeCue(last) && (cueOfWord(last.toLowerCase()) & (CUE.company | CUE.org)) !== 0;
}

/** A place's name opens `tokens[from..to)` with its first two words ("New York City") or is one of its words ("Credit Foncier de France"). */
function placeAmong(words: BlockWords, from: number, to: number, isPlaceName: CandidateOptions['isPlaceName']): boolean {
  if (!isPlaceName) return false;
  if (from + 2 <= to && isPlaceName(chunkKey(words.tokens, from, from + 2))) return true;
  for (let k = from; k < to; k++) if (isPlaceName(foldName(stripPossessive(words.tokens[k]!.text)))) return true;
  return false;
}

/** Every word of `tokens[from..to)` is an everyday word or a title's ("Prime", "Energy", "Trade"). */
function officeWordsOnly(words: BlockWords, from: number, to: number, isCommonWord: (lower: string) => boolean): boolean {
  for (let k = from; k < to; k++) if (!isCommonWord(words.lower(k)) && !(words.cue(k) & CUE.title)) return false;
  return true;
}

/** `tokens[from..to)` is a first name of the lists and one or two more name words: "Melvin Sims", "John R. Farquharson". */
function firstNameAndSurname(words: BlockWords, from: number, to: number, options: CandidateOptions): boolean {
  if (to - from < 2 || to - from > 3 || !opensWithAnyFirstName(words, from, options)) return false;
  return personalAfter(words, from + 1, to, options.isCommonWord, true);
}

/** A capitalised name that heads organisations' names runs on from `tokens[k]`: "Research Institute", "Hospital", "Party". */
function orgHeadAt(words: BlockWords, k: number): boolean {
  const { text, tokens } = words;
  for (let i = k; i < tokens.length && i < k + 4 && isCapitalized(tokens[i]!.text) && (i === k || !breaksLine(text, tokens[i - 1]!.end, tokens[i]!.start)); i++) if (words.cue(i) & (CUE.org | CUE.company)) return true;
  return false;
}

/** Plural nouns whose possessive closes an institution's name: "Children's", "Women's", "People's". */
const GROUP_POSSESSORS = new Set(['children', 'women', 'men', 'people', 'peoples', 'workers', 'veterans', 'teachers', 'farmers', 'miners']);

/** `word` is "of" or "for", which join an office and its complement ("Minister of Finance", "Minister for Europe"). */
function isOfOrFor(word: string): boolean {
  return word === 'of' || word === 'for';
}

/** `tokens[k]` is an everyday word with its capital in an office's complement ("Foreign", "Affairs", "Finance"): no title's or function word, no first name ("Bill"). */
function isOfficeWord(words: BlockWords, k: number, options: CandidateOptions): boolean {
  const lower = foldName(words.lower(k));
  return isCapitalized(words.tokens[k]!.text) && !(words.cue(k) & (CUE.title | CUE.honorific | CUE.function)) && options.isCommonWord(lower) && !options.isFirstName?.(lower) && !options.isEverydayFirstName?.(lower);
}

/**
 * Where the name starts in `tokens[from..to)` when the chunk goes on with an office written before
 * it ("Minister of State for | Finance Jo Reed", "Minister of Trade and | Industry Jo Reed"): after
 * its everyday words, when "for", "and" or "of" after a capitalised word stands before the chunk
 * and a first name opens a name of two words or more after them. `from` otherwise.
 */
function endOfOfficeTail(words: BlockWords, from: number, to: number, options: CandidateOptions): number {
  const { tokens } = words;
  const joiner = tokens[from - 1]?.text;
  if (from < 2 || to - from < 3 || !(joiner === 'for' || joiner === 'and' || joiner === 'of') || !isCapitalized(tokens[from - 2]!.text)) return from;
  let k = from;
  while (k < to - 2 && isOfficeWord(words, k, options)) k++;
  // Not a firm's name ("Orange Julius Canada Limited").
  if (k === from || !personalAfter(words, k + 1, to, options.isCommonWord, true) || words.cue(to - 1) & CUE.company) return from;
  // After an office any first name opens the name ("Minister of Trade and Industry Peter Okafor"),
  // and so do two words or more that are no everyday word nor place, which the lists lack
  // ("Secretary for Finance and Economic Planning Kwesi Botchwey"); after another name only a
  // first name that is no everyday word ("the Organisation for Economic Cooperation and
  // Development Jean-Claude Paye", not "the Institute for Human Gene Therapy").
  const afterOffice = () => officeBefore(words, from - 1, options) && (opensWithAnyFirstName(words, k, options) || (to - k >= 2 && personalAfter(words, k, to, options.isCommonWord) && noPlaceWordIn(words, k, to, options)));
  if (!(opensWithFirstName(words, k, options) || afterOffice())) return from;
  // Nor a place's name ("Boston and New York City").
  const isPlaceName = options.isPlaceName;
  return isPlaceName && (isPlaceName(chunkKey(tokens, from, from + 2)) || isPlaceName(chunkKey(tokens, from, from + 3))) ? from : k;
}

/** No word of `tokens[from..to)` is a place's name alone ("Ireland Peter Hain"). */
function noPlaceWordIn(words: BlockWords, from: number, to: number, options: CandidateOptions): boolean {
  for (let k = from; k < to; k++) if (options.isPlaceName?.(foldName(stripPossessive(words.tokens[k]!.text)))) return false;
  return true;
}

/** The few capitalised words and connectors before `tokens[joiner]`, no first name among them, hold an office's word: "Minister of Trade | and", "Secretary of State | for". */
function officeBefore(words: BlockWords, joiner: number, options: CandidateOptions): boolean {
  const { tokens } = words;
  for (let k = joiner - 1; k >= 0 && k >= joiner - 8; k--) {
    const t = tokens[k]!;
    if (words.cue(k) & CUE.title && isCapitalized(t.text)) return true;
    // A personal name between them ("Analyst Jo Vollan of | Golden West Financial") ends the
    // office; a list of its portfolios does not ("Minister for Children, Young People and").
    const connector = isOfOrFor(t.text) || t.text === 'and' || t.text === ',' || isThe(t.text);
    if (!connector && (!isCapitalized(t.text) || opensWithAnyFirstName(words, k, options))) return false;
  }
  return false;
}

/** `tokens[k]` is capitalised and a first name of the lists or the corpus's, an everyday word or not ("Peter", "Mark"). */
function opensWithAnyFirstName(words: BlockWords, k: number, options: CandidateOptions): boolean {
  const first = foldName(words.lower(k));
  return isCapitalized(words.tokens[k]!.text) && (!!options.isFirstName?.(first) || !!options.isEverydayFirstName?.(first));
}

/** Offices' words that are surnames too ("Carole King", "Ann Bishop", "Stephen Judge"). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'judge', 'marshal', 'chancellor', 'sheriff', 'dean', 'pope', 'prince', 'cardinal', 'abbot', 'provost', 'knight']);

/** `tokens[k]` is a first name of the lists or the corpus's, no everyday word ("Lion King"), with its capital. */
function opensWithFirstName(words: BlockWords, k: number, options: CandidateOptions): boolean {
  const word = words.tokens[k]!.text;
  if (!isCapitalized(word) || (word.length > 1 && isAllCaps(word))) return false;
  return !!options.isFirstName?.(foldName(words.lower(k)));
}

/** A full stop that ends a sentence: after a word of four letters or more ("Chelsea."), not an abbreviation's ("vs.", "No.", "St.", "E.U."). */
const SENTENCE_STOP = /[\p{L}\p{Nd}]{4,}\.(?=\s|$)/u;

/** The sentence going on at `from` ends with a question mark (its first "?" comes before its end). */
function asksQuestion(text: string, from: number): boolean {
  const rest = text.slice(from);
  const question = rest.indexOf('?');
  if (question < 0) return false;
  const before = rest.slice(0, question);
  return !before.includes('!') && !before.includes('\n') && !SENTENCE_STOP.test(before);
}

function analyseChunk(words: BlockWords, from: number, chunkEnd: number, chunkPossessive: boolean, options: CandidateOptions): NameCandidate | null {
  const { isCommonWord, isKnownName, isDemonym, isPlaceName } = options;
  const { text, tokens } = words;
  let to = chunkEnd;
  let possessive = chunkPossessive;
  // "the San Francisco-based firm", "a New York-born singer": a name closed by a participle of
  // origin or ownership describes what follows; it names nothing ("Ban Ki-moon" is a name).
  const lastHyphen = tokens[to - 1]!.text.lastIndexOf('-');
  if (to - from > 1 && lastHyphen > 0 && DESCRIPTIVE_PARTICIPLES.has(stripPossessive(tokens[to - 1]!.text.slice(lastHyphen + 1)).toLowerCase())) return null;
  // "San Diego-based IVAC": inside a name, it describes the name after it, which is read alone.
  for (let k = from; k < to - 1; k++) {
    const hyphen = tokens[k]!.text.lastIndexOf('-');
    if (hyphen > 0 && DESCRIPTIVE_PARTICIPLES.has(tokens[k]!.text.slice(hyphen + 1).toLowerCase())) return analyseChunk(words, k + 1, chunkEnd, chunkPossessive, options);
  }
  // "Tom McCabe MSP", "Jo Reed QC", "Philippe Sands QC" (a surname may be an everyday word): the
  // letters after a personal name are no part of it.
  if (to - from >= 3 && isPostNominal(tokens[to - 1]!.text) && !memberOfSeatOrParty(words, from, to, isPlaceName) && personalAfter(words, to - 3, to - 1, isCommonWord, true)) {
    to--;
    possessive = false;
  }
  // "a bid for Nicolas Anelka I will speak": "I" after a name of two words or more and before a
  // word in small letters opens the next clause; a regnal number follows one name or a title
  // ("Charles I was", "Queen Elizabeth I was"), or closes a name the lexicon knows ("Haile Selassie I").
  if (to - from >= 3 && tokens[to - 1]!.text === 'I' && !possessive && !!tokens[to] && startsLowerCase(tokens[to]!.text) && !anyCueIn(words, from, to - 1, CUE.title | CUE.function) && !isKnownName?.(chunkKey(tokens, from, to))) to--;
  let a = from;
  let theBefore = false;
  const initial = startsSentence(words, from);
  // Its capital is a first name's, not the sentence's.
  const everydayFirstName = initial && opensWithEverydayFirstName(words, from, to, options);
  // "King Hughes had no heir", "President Vollan said": a title opening the sentence before a
  // name's word is the title still, everyday word or not ("General Motors said" is a firm's); so
  // is one before its complement and a name ("Minister of Foreign Affairs Jo Reed said").
  const titleOpens = initial && to - from >= 2 && isFormalTitle(words, from) && (titleOpensName(words, from + 1, to, options) || (to - from >= 5 && isOfOrFor(tokens[from + 1]!.text)));
  let sentenceInitial = initial && !everydayFirstName;
  // "Minister of State for Finance Jo Reed", "Minister of Trade and Industry Jo Reed": everyday
  // words after "for", "and" or "of" that closes an office end it; the name follows them.
  const officeTailEnd = initial ? from : endOfOfficeTail(words, from, to, options);
  // Drop leading function words ("The", "In") and a common word opening the sentence ("Citing"),
  // the cheap tests first.
  while (a < to) {
    const word = tokens[a]!.text;
    const cue = words.cue(a);
    if (isThe(word)) theBefore = true;
    const drop =
      (cue & CUE.function && !(word.length > 1 && isAllCaps(word)) && !(a === from && opensNameAfterTitle(words, from, to, initial, isCommonWord)) && !placeOnlyWithThe(tokens, a, to, options) && !(a === from && (everydayFirstName || (!initial && opensWithEverydayFirstName(words, a, to, options, false))))) ||
      (cue & CUE.connector && !(a === from && to - a >= 2 && isOpeningParticle(words, a))) ||
      // "Citing ...", but not "North Korea fired ...": a name known whole keeps its first word.
      // After a wire dateline's dash, before a personal name, too: "NEW YORK, June 19 - Investor Jo
      // Reed said"; not a first name ("- Grant Edward Reed"), nor before a firm's name
      // ("Blockbuster Vollan Corp's") or a title, which it is part of ("Finance Minister Jo Reed").
      (a === from && (initial || (afterSpacedDash(words, a) && !cue && !opensWithAnyFirstName(words, a, options) && personalNameAt(words, a + 1, to, isCommonWord) && !closesFirmsName(words, to) && !titleAmong(words, a + 1, to) && !placeAmong(words, a, to, isPlaceName))) && isCommonWord(words.lower(a)) && !isAllCaps(word) && !knownWhole(tokens, from, to, isKnownName) && !everydayFirstName && !titleOpens && !titleAfter(words, a, to)) ||
      // "Awww Didga", "Wow Tarek Vollan": chat's interjection opening a sentence is no name's
      // ("Im Kwon-taek" is a name: chat's spelling of "I'm" is no interjection).
      (a === from && initial && to - a >= 2 && isInterjection(words.lower(a))) ||
      // "American Dennis Mitchell", "The Australian Darnell Vickers", "Outspoken Australian
      // Darnell Vickers": a nationality before a longer name is description, not name, as is
      // "British-born"; so is a party's member ("Liberal Democrat Alan Beith"). After other dropped
      // words, only before a personal name: "The German Democratic Republic", "The Dutch East
      // Indies" keep their nationality.
      ((a === from || personalAfter(words, a + 1, to, isCommonWord)) && ((to - a >= 3 && ((cue & CUE.nationalityNoun && !particleOrInitialAt(words, a + 1)) || cue & CUE.partyMember || !!isDemonym?.(words.lower(a)))) || isDescriptiveCompound(word, isCommonWord))) ||
      // "Liberal Democrat David Laws": the party's name goes on, whatever the surname.
      (a > from && to - a >= 3 && (cue & words.cue(a - 1) & CUE.partyMember) !== 0) ||
      // "group EADS Philippe Camus": an organisation's acronym before a personal name in small
      // letters says whose the person is; it is no part of the name.
      (a === from && to - a >= 3 && isOpeningAcronym(word) && !allCapsFrom(tokens, a + 1, to, stripPossessive(tokens[to - 1]!.text)) && personalAfter(words, a + 1, to, isCommonWord));
    if (!drop && a >= officeTailEnd) break;
    a++;
    sentenceInitial = false;
  }
  if (a >= to) return null;
  if (a > 0 && isThe(tokens[a - 1]!.text)) theBefore = true;

  // A title inside the chunk: "US Secretary of State Antony Blinken" -> role + name.
  let titled = a > from && a === officeTailEnd;
  let role: string | null = null;
  let titleFrom = -1;
  let nameFrom = a;
  // "Media General Inc": a chunk closed by a company word is the company's name, title word or not.
  const last = tokens[to - 1]!;
  const bareLast = stripPossessive(last.text);
  // The cue bits of the last word without its possessive.
  const bareLastCue = bareLast === last.text ? words.cue(to - 1) : mayBeCue(bareLast) ? cueOfWord(bareLast.toLowerCase()) : 0;
  const companyName = to - a > 1 && (bareLastCue & CUE.company) !== 0;
  // "Chancellor of the Exchequer Nigel Lawson", "leader of the Labour Party Tony Blair": the chunk
  // opens with the rest of a title that stands before it.
  let officeEnd = companyName ? -1 : officeOfTheEnd(words, from, a, to, isCommonWord);
  if (officeEnd > 0 && knownWhole(tokens, from, to, isKnownName)) officeEnd = -1;
  if (officeEnd > 0) {
    let b = from - 3;
    // Capitalised words before the title are part of it ("British Chancellor"), "The" is not.
    // Not a possessive: "Thatcher's Chancellor of the Exchequer" is hers.
    while (b > 0 && from - 3 - b < 3 && isNameWord(tokens[b - 1]!) && !(words.cue(b - 1) & CUE.function) && stripPossessive(tokens[b - 1]!.text) === tokens[b - 1]!.text && !startsSentence(words, b)) b--;
    titled = true;
    titleFrom = tokens[b]!.start;
    role = text.slice(tokens[b]!.start, tokens[officeEnd - 1]!.end);
    nameFrom = officeEnd;
    sentenceInitial = false;
  }
  for (let k = to - 2; k >= a && !companyName && officeEnd < 0; k--) {
    const cue = words.cue(k);
    // "Writer Prize": an occupation written with a capital is part of a name, not a title.
    // Opening a sentence, or after a dash ("BOSTON, Oct 19 - Analyst Jo Reed"), its capital proves
    // nothing; nor before a first name and a surname ("USDA General Sales Manager Melvin Sims").
    if (cue & CUE.descriptor && isCapitalized(tokens[k]!.text) && !(k === a && (sentenceInitial || (afterSpacedDash(words, a) && personalNameAt(words, a + 1, to, isCommonWord)))) && !firstNameAndSurname(words, k + 1, to, options)) continue;
    // "DJ Khaled": before one word a DJ's title is their stage name ("DJ Pete Mitchell" is a DJ);
    // nor is "DJ" one before everyday words ("the DJ Industrial Average", Dow Jones's; "DJ Mark
    // Radcliffe" is a DJ).
    if (words.lower(k) === 'dj' && (k === to - 2 || (isCommonWord(words.lower(k + 1)) && isCommonWord(words.lower(k + 2))))) continue;
    if (cue & CUE.honorific && !(cue & CUE.title) && !isHonorificAt(words, k, options)) continue;
    // "General Motors", "Premier League": a title and one word that closes organisations' names
    // are the organisation's name ("Mr Law" is a person).
    if (k === a && k === to - 2 && bareLastCue & CUE.org && !(cue & CUE.honorific)) continue;
    // "Deputy PM John Prescott", not "4.30 PM EDT": a time's "PM" before letters is none.
    if (words.lower(k) === 'pm' && isAllCaps(tokens[k + 1]!.text)) continue;
    // "Zaid bin Sultan al-Nahayan": a word after "bin" is a father's name, no title.
    if (k > a && SON_OF.has(tokens[k - 1]!.text)) continue;
    // "Major-General", "Vice-Admiral": the last part of a hyphenated title is the head.
    const lower = tokens[k]!.text.includes('-') ? words.lower(k) : '';
    const hyphen = lower.lastIndexOf('-');
    if (cue & (CUE.title | CUE.honorific) || (hyphen >= 0 && cueOfWord(lower.slice(hyphen + 1)) & CUE.title)) {
      let roleEnd = k + 1;
      const of = tokens[roleEnd]?.text;
      if ((of === 'of' || of === 'for') && roleEnd + 1 < to - 1) {
        let complement = placeWordsAt(words, roleEnd + 1, to, isPlaceName);
        // "Minister of Foreign Affairs Jo Reed", "Secretary of Economic Planning Jo Reed": the
        // complement goes on over everyday words before a name of two words ("Minister of Finance Bill
        // English", "Secretary of State Warren Christopher").
        while (roleEnd + 1 + complement < to - 2 && isOfficeWord(words, roleEnd + 1 + complement, options)) complement++;
        roleEnd += 1 + complement;
        // "the Chairman of Hong Kong Telecom": one word after a place goes on with the
        // complement's name (a firm's), no one's.
        if (to - roleEnd === 1 && isPlaceName?.(chunkKey(tokens, roleEnd - complement, roleEnd))) return null;
      }
      // "Chief Executive Dana Whitlock", "General Manager Jo Reed": an occupation after a title is
      // more of the title, not the name's first word; before "of" it is read as before ("Chief
      // Executive of Hereford Hospitals").
      else if (!(cue & CUE.honorific)) {
        let end = roleEnd;
        while (end < to - 1 && words.cue(end) & CUE.descriptor) end++;
        if (tokens[end]!.text !== 'of' && tokens[end]!.text !== 'for') roleEnd = end;
      }
      if (roleEnd >= to) {
        if (ofPlaceToEnd(words, k + 1, to, options)) return analyseChunk(words, k + 2, to, possessive, options);
        break;
      }
      // "Martin Luther King Jr": an office's word before "Jr" alone is the surname.
      if (to - roleEnd === 1 && isGenerational(words.lower(to - 1))) continue;
      titled = true;
      titleFrom = tokens[a]!.start;
      if (!(cue & CUE.honorific)) role = text.slice(tokens[a]!.start, tokens[roleEnd - 1]!.end);
      nameFrom = roleEnd;
      sentenceInitial = false;
      break;
    }
  }
  // Honorific or title just before the chunk: "defence secretary Lloyd Austin", "Mr Blinken".
  const before = tokens[from - 1];
  if (!titled && before && from === a) {
    const cue = words.cue(from - 1);
    if ((cue & CUE.honorific && isHonorificAt(words, from - 1, options)) || abbreviatedCueAt(words, from - 1, CUE.shortHonorific | CUE.shortTitle)) titled = true; // "Mr Blinken", "Mr. Blinken", "Gov. Hochul"
    // "official" before a name is mostly the adjective: "the official Tanjug news agency".
    else if (cue & CUE.title && words.lower(from - 1) !== 'official' && !isCapitalized(before.text) && !isDealRole(words, from - 1)) {
      titled = true;
      let b = from - 1;
      // The role opens after a verb of saying ("said club chairman Jo Reed") and after a firm's
      // closing word ("Smith Barney & Co analyst Jo Reed": "analyst").
      while (b > 0 && from - b < 5 && extendsRole(words, b - 1, isPlaceName)) b--;
      while (b < from - 1 && (words.cue(b) & CUE.company || isNumberFragment(words, b))) b++;
      // "Royal Bank of Scotland chief executive Fred Goodwin": capitalised words after "of" end a
      // body's name, which the role cannot hold whole.
      if (b >= 2 && tokens[b - 1]!.text === 'of' && isCapitalized(tokens[b - 2]!.text)) while (b < from - 1 && isCapitalized(tokens[b]!.text)) b++;
      // "10,000 metres champion": a number's tail and its unit name no role.
      if (b > 0 && isNumberFragment(words, b - 1)) while (b < from - 1 && !(words.cue(b) & CUE.title)) b++;
      role = text.slice(tokens[b]!.start, before.end);
    }
  }
  // "Secretary of Defence": a title with nothing after it but its own complement.
  if (nameFrom >= to || words.isCue(nameFrom, CUE.connector)) {
    return ofPlaceToEnd(words, nameFrom, to, options) ? analyseChunk(words, nameFrom + 1, to, possessive, options) : null;
  }
  // "Mr", "Mrs" alone, before a dot ("Mr. Blinken"), or an office alone after a title ("Attorney
  // General", "Lt. Col. Oliver North"): the name follows, or there is none. After an honorific an
  // office's word is a surname ("Mr King").
  if (to - nameFrom === 1) {
    const cue = words.cue(nameFrom);
    if (cue & CUE.honorific || abbreviatedCueAt(words, to, CUE.shortHonorific | CUE.shortTitle)) return null;
    if (cue & CUE.title && !(nameFrom > 0 && (words.cue(nameFrom - 1) & CUE.honorific || abbreviatedCueAt(words, nameFrom - 1, CUE.shortHonorific)))) return null;
  }
  const count = to - nameFrom;
  const start = tokens[nameFrom]!.start;
  const end = last.start + bareLast.length;

  // Head nouns: "Gulf of Mexico" (head before "of"), "The Washington Post" (last word).
  let shape: NameShape = null;
  let ofAt = -1;
  for (let k = nameFrom; k < to; k++) {
    if (isOf(k === to - 1 ? bareLast : tokens[k]!.text)) {
      ofAt = k - nameFrom;
      break;
    }
  }
  const headAt = ofAt > 0 ? nameFrom + ofAt - 1 : to - 1;
  // The last word's cues are those of its bare form.
  const headCue = headAt === to - 1 ? bareLastCue : words.cue(headAt);
  const firstCue = nameFrom === to - 1 ? bareLastCue : words.cue(nameFrom);
  // A bank after a side is a river's ("West Bank", "Left Bank"), not a lender.
  const riverBank = ofAt < 0 && count === 2 && (firstCue & CUE.side) !== 0 && bareLast.toLowerCase() === 'bank';
  if (riverBank) shape = 'place';
  else if (headCue & CUE.org && (ofAt > 0 || count > 1 || theBefore)) shape = 'org';
  // "Murdoch Children's Research Institute", "the Tarvosh Women's Institute": a name closed by a
  // group's possessive before an institution's words is the institution's, whoever the first
  // word's namesake is; not a headline's ("Serena Williams Wins Women's Final") nor a place's
  // ("the Pakistan People's Party").
  else if (possessive && count > 1 && count <= 3 && GROUP_POSSESSORS.has(bareLast.toLowerCase()) && orgHeadAt(words, chunkEnd) && !isPlaceName?.(foldName(words.lower(nameFrom)))) shape = 'org';
  // "Downing St", "Wall St"; not a stock table's "ST" ("ASEA ST", "VOLV ST"), nor a saint's
  // before its dot ("East St. Louis", "Cie de St. Gobain", read in two).
  else if (headCue & CUE.placeHead && count > 1 && !(isStreetOrSaint(tokens[headAt]!.text) && (tokens[headAt]!.text === 'ST' || tokens[headAt + 1]?.text === '.'))) shape = 'place';
  else if (firstCue & CUE.placePrefix && count > 1) shape = 'place';
  // "Edward D. Jones and Co", "Abdulla Fouad and Sons": a name before "and" and a firm's
  // partners is the firm's, its founder's name or not; not a full name the lexicon knows ("Wayne
  // Rooney and Co were beaten": his team; "Goldman, Sachs and Co" is the bank).
  else if (!possessive && partnersAfter(words, to) && !(count > 1 && isKnownName?.(chunkKey(tokens, nameFrom, to)))) shape = 'org';
  // "BP America", "GM Canada": a firm's letters before a country or a continent name its branch
  // there (not a headline's "NEW YORK", nor "JM Barrie", nor a country's letters: "US Iraq policy",
  // "DR Congo").
  else if (count === 2 && isFirmsLetters(tokens[nameFrom]!.text) && tokens[nameFrom]!.text !== 'DR' && !isAllCaps(tokens[to - 1]!.text) && !!options.isCountry?.(words.lower(to - 1)) && !options.isCountry(words.lower(nameFrom))) shape = 'org';
  // A bare title: "Secretary of State", "the Lion King"; a first name before an office's word
  // that is a surname too makes it a surname ("Paul King", "Ann Bishop"; not "Ralph Lauren CEO"),
  // not after "the"; after a title an everyday first name does too ("Party leader Mark Bishop",
  // not "1995's Lion King").
  // So is a name of everyday words closed by an office after a title, which is more of the office
  // ("the Deputy Prime Minister", "Assistant Energy Secretary"); not a personal name ("Governor
  // Mervyn King"), nor after an honorific ("Mr King") or an occupation ("golfer Gary Player").
  const moreOfTheOffice = () => !(headCue & CUE.descriptor) && officeWordsOnly(words, nameFrom, to - 1, options.isCommonWord) && !(nameFrom > 0 && (words.cue(nameFrom - 1) & CUE.honorific || abbreviatedCueAt(words, nameFrom - 1, CUE.shortHonorific)));
  if (headCue & CUE.title && (!titled || moreOfTheOffice()) && !(ofAt < 0 && !theBefore && SURNAME_TITLES.has(bareLast.toLowerCase()) && count >= 2 && count <= 3 && (opensWithFirstName(words, nameFrom, options) || (titled && opensWithAnyFirstName(words, nameFrom, options))))) return null;

  // The word before the name, the chunk's dropped opening word included ("In Denver, ...").
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  const next0 = tokens[to];
  // "Hove: Sussex 231 and 402": a name opening a line and followed by a colon is a venue.
  // Not a label ("Scorers:", "Fax:", "ISSUER:", "Attendance: 9,000"): a venue is written in
  // capitals and small letters, and a side's name follows it.
  const venue =
    !!next0 &&
    next0.text === ':' &&
    (from === 0 || breaksLine(text, tokens[from - 1]!.end, tokens[from]!.start)) &&
    to - from <= 3 &&
    !allCapsFrom(tokens, from, to, bareLast) &&
    !(to - from === 1 && TABLE_LABELS.has(words.lower(from))) &&
    !!tokens[to + 1] &&
    isNameWord(tokens[to + 1]!) &&
    !breaksLine(text, next0.end, tokens[to + 1]!.start);
  const locative =
    venue ||
    (!!prev &&
      (((words.cue(a - 1) & CUE.locative) !== 0 && !isRelationTo(words, a - 1)) ||
        // Not "in the Ambani family", "in the Bush administration": the name says whose.
        (isThe(prev.text) && !!prev2 && (words.cue(a - 2) & CUE.locative) !== 0 && !(next0 && HOUSEHOLD_NOUNS.has(next0.text))) ||
        // "the port of Mombasa", "the city of Kisumu": a lower-case place noun, then "of".
        // "ten km east of Tarvosh": a point of the compass, then "of".
        // "Allied Research Inc of Salem": a firm's seat.
        (prev.text === 'of' && !!prev2 && (words.isCue(a - 2, CUE.placeOfNoun) || COMPASS_DIRECTIONS.has(prev2.text) || ((to - a === 1 || !!isPlaceName?.(chunkKey(tokens, a, to))) && firmSeatOf(words, a - 1)))) ||
        // "in former Yugoslavia", "in the former Yugoslavia": an adjective of place after the cue,
        // unless a noun follows the name, which then describes it ("in the former Soviet republic").
        (words.isCue(a - 1, CUE.placeAdjective) &&
          !!prev2 &&
          ((words.cue(a - 2) & CUE.locative) !== 0 || (isThe(prev2.text) && a >= 3 && (words.cue(a - 3) & CUE.locative) !== 0)) &&
          !nounAfter(words, to))));
  // "Ft. Lauderdale", "Mt. Kenya": a fort's or a mountain's dot and one word name a place; a
  // saint's after a preposition ("in St. Petersburg", not "the feast of St. Anthony"). "St. Jude
  // Medical", "St. Louis Post-Dispatch" are companies.
  // Without its dot as well ("at St Andrews", "Mt Kenya"), but not in capitals ("the FT Lex
  // column"), and a saint's only after a preposition of place ("prayed to St Jude" is the saint).
  const abbreviation = tokens[nameFrom]!.text;
  const dotted = tokens[nameFrom + 1]?.text === '.';
  const saint = /^st/i.test(abbreviation);
  const placeByAbbreviation = dotted ? locative || !saint : !isAllCaps(abbreviation) && (!saint || (locative && nameFrom > 0 && !TO_OR_FROM.has(words.lower(nameFrom - 1))));
  if (shape === null && nameFrom + (dotted ? 3 : 2) === to && PLACE_ABBREVIATIONS.has(abbreviation) && placeByAbbreviation) shape = 'place';
  const next = tokens[to];
  // A verb of saying or an appositive may follow the letters after the name ("Jo Reed QC said").
  const said = chunkPossessive ? -1 : chunkEnd;
  let personCue = false;
  let whoAfter = false;
  if (said >= 0 && tokens[said]) {
    if (words.cue(said) & CUE.speech) personCue = true;
    else if (tokens[said]!.text === ',' && tokens[said + 1] && words.cue(said + 1) & CUE.personFollower) {
      personCue = true;
      // "whose" follows places too: "Paris, whose museums". After "of" or a preposition of place
      // "who" is someone else's: "the governor of Texas, who", "a woman from Bristol, who"; so
      // after a town and its comma ("a woman in Columbus, Indiana, who"), not after a sentence's
      // opening word ("However, Hamilton, who").
      const preposition = prev?.text;
      const townBefore = preposition === ',' && a >= 2 && isCapitalized(tokens[a - 2]!.text) && !startsSentence(words, a - 2);
      whoAfter = (tokens[said + 1]!.text === 'who' || tokens[said + 1]!.text === 'whom') && preposition !== 'of' && !townBefore && !locative;
    }
  }
  if (!role && said >= 0 && tokens[said]?.text === ',') {
    role = appositiveRole(words, said + 1, !!options.rolesAfterComma);
    if (role) titled = true;
  }
  return {
    start,
    end,
    key: chunkKey(tokens, nameFrom, to),
    tokenCount: count,
    firstToken: nameFrom,
    endToken: to,
    role,
    titleFrom,
    titled,
    shape,
    theBefore,
    locative,
    placeNounAfter: !possessive && !!next && placeNounAt(words, to, a),
    marketAfter: !possessive && !!next && MARKET_WORD_OPENERS.has(next.text) && MARKET_WORDS_AFTER.test(text.slice(last.end, last.end + 32)),
    personCue,
    whoAfter,
    sentenceInitial,
    allCaps: allCapsFrom(tokens, nameFrom, to, bareLast),
    possessive,
    numberAfter: !!next && isDigit(next.text.charCodeAt(0)) && !breaksLine(text, last.end, next.start),
    namesSide: sideBefore(words, a) || sideAfter(words, to, possessive, bareLast, initial && a === from) ? 'side' : transferBefore(words, a) ? 'in sports copy' : !possessive && next ? sideRoleAt(words, to, a) : null,
    particleFirst: count > 1 && (words.cue(nameFrom) & CUE.connector) !== 0 && isParticleWord(words.lower(nameFrom)),
  };
}

/**
 * `tokens[of]` is the "of" of a firm's seat: "Dorvant Inc of Tarvosh", "Dorvant Inc. of Tarvosh".
 * The firm's closing word ends a name of two words or more; alone, opening a sentence, it is an
 * everyday word ("Holdings of Warren Buffett rose").
 */
function firmSeatOf(words: BlockWords, of: number): boolean {
  const { tokens } = words;
  let closer = of - 1;
  if (tokens[closer]?.text === '.' && closer > 0 && tokens[closer - 1]!.end === tokens[closer]!.start) closer--;
  if (closer < 1 || !(words.cue(closer) & CUE.firmCloser) || !isCapitalized(tokens[closer]!.text)) return false;
  return isNameWord(tokens[closer - 1]!) && !breaksLine(words.text, tokens[closer - 1]!.end, tokens[closer]!.start);
}

/** `tokens[k]` is a particle of names ("van", "de") or an initial ("J."): what follows a first name, not a nationality. */
function particleOrInitialAt(words: BlockWords, k: number): boolean {
  const t = words.tokens[k];
  return !!t && (INITIAL.test(t.text) || ((words.cue(k) & CUE.connector) !== 0 && isParticleWord(words.lower(k))));
}

/** The words before the name at `tokens[a]` say it is a side's (see `NameCandidate.namesSide`). */
function sideBefore(words: BlockWords, a: number): boolean {
  if (a === 0) return false;
  if (words.isCue(a - 1, CUE.sideNoun)) return true;
  const prev = words.tokens[a - 1]!.text;
  return (prev === 'for' || prev === 'from') && a >= 2 && words.isCue(a - 2, CUE.playerVerb);
}

/**
 * A player's move before the name: "joined Newcastle", "transferred to Milan", "moved to Lyon". In
 * sports copy a side's; elsewhere people join firms and move to towns.
 */
function transferBefore(words: BlockWords, a: number): boolean {
  if (a === 0) return false;
  const prev = words.tokens[a - 1]!.text;
  if (prev === 'joined' || prev === 'joins' || prev === 'joining') return true;
  return prev === 'to' && a >= 2 && TRANSFER_VERBS.has(words.tokens[a - 2]!.text);
}

/** Verbs of a player's move before "to" and a side: "transferred to Milan". */
const TRANSFER_VERBS = new Set(['moved', 'moves', 'move', 'moving', 'transferred', 'loaned', 'sold', 'switched']);

/**
 * The words after a name say it is a side's: a plural verb after a name in the singular opening a
 * sentence ("Nice have been unable to win", "Milan were beaten"; inside one the verb is most often
 * another subject's: "leaders in Chechnya have said"), or its home result ("Nice's home defeat").
 * Countries stay places where the page reads the cue (news copy names national sides by them).
 */
function sideAfter(words: BlockWords, to: number, possessive: boolean, bareLast: string, opensSentence: boolean): boolean {
  const next = words.tokens[to];
  if (!next) return false;
  if (possessive) return next.text === 'home' && HOME_RESULTS.has(words.tokens[to + 1]?.text ?? '');
  if (!opensSentence) return false;
  const last = bareLast.charCodeAt(bareLast.length - 1) | 32;
  return last !== 115 && (next.text === 'have' || next.text === 'are' || next.text === 'were'); // not "Leeds", "Wales"
}

/** What a side has at home: "Nice's home defeat", "their home win". */
const HOME_RESULTS = new Set(['defeat', 'defeats', 'win', 'wins', 'victory', 'draw', 'loss', 'game', 'games', 'match', 'form', 'record', 'crowd', 'fans', 'ground']);

/**
 * A role in a side at `tokens[k]`, in lower case, then a name on the same line: "captain Chris
 * Lewis", "team mate Les Ferdinand", "Chelsea manager Jose Mourinho". A role other walks of life
 * have too, after an owner ("the firm's Tokyo manager Ken Sato", "its London manager"), is a
 * side's in sports copy only (`a`: the name's first token).
 */
function sideRoleAt(words: BlockWords, k: number, a: number): SideCue {
  const { text, tokens } = words;
  let roleEnd = k + 1;
  let cue: SideCue = 'side';
  if (words.isCue(k, CUE.sharedSideRole)) cue = a > 0 && isOwner(tokens[a - 1]!.text) ? 'in sports copy' : 'side';
  else if (!words.isCue(k, CUE.sideRole)) {
    if (tokens[k]!.text !== 'team' || tokens[k + 1]?.text !== 'mate') return null;
    roleEnd = k + 2;
  }
  const name = tokens[roleEnd];
  if (!!name && isNameWord(name) && !breaksLine(text, tokens[roleEnd - 1]!.end, name.start)) return cue;
  // With no name after it, a player's role still makes the place before it a side ("the former
  // Southampton skipper said"); not a role other walks of life have, nor a coach (a bus, too).
  return cue === 'side' && roleEnd === k + 1 && words.isCue(k, CUE.sideRole) && tokens[k]!.text !== 'coach' ? 'side' : null;
}

/** A possessive or a possessive pronoun: "firm's", "its", "their". */
function isOwner(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'its' || lower === 'their' || lower === 'our' || lower === 'his' || lower === 'her' || stripPossessive(word) !== word;
}

/**
 * A word in lower case at `tokens[k]` that may be a noun the name before it describes ("Soviet
 * republic"): no function word, nor a verb ("Zaire killed 30", "Iraq said").
 */
function nounAfter(words: BlockWords, k: number): boolean {
  const t = words.tokens[k];
  if (!t || !/^\p{Ll}/u.test(t.text) || words.cue(k) & (CUE.function | CUE.speech)) return false;
  // "-ed" with a number or a function word after it is a verb ("killed 30", "shelled the town");
  // else a participle describing what follows ("armed forces", "walled city").
  const after = words.tokens[k + 1];
  return !(t.text.endsWith('ed') && !!after && (isDigit(after.text.charCodeAt(0)) || (words.cue(k + 1) & CUE.function) !== 0));
}

/** "Austin, the defence secretary," -> "defence secretary"; null when no title word closes the phrase. */
function appositiveRole(words: BlockWords, at: number, titleFirst: boolean): string | null {
  const { text, tokens } = words;
  const first = tokens[at];
  if (!first) return null;
  // After its article ("Jo Reed, the company's chairman,"), or with `titleFirst` a title in small
  // letters at once ("Bill James, president of Falconbridge Ltd, said").
  const from = words.cue(at) & CUE.appositive ? at + 1 : titleFirst && words.cue(at) & CUE.title && !isCapitalized(first.text) ? at : -1;
  if (from < 0) return null;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k]!;
    if (!isWordToken(t)) return null;
    // "Banque Paribas, the lead manager": a bank's part in a deal, no person's.
    if (words.cue(k) & CUE.title && isDealRole(words, k)) return null;
    if (words.cue(k) & CUE.title) {
      let end = k;
      const after = tokens[k + 1];
      if (after && (after.text === 'of' || after.text === 'for') && tokens[k + 2] && isWordToken(tokens[k + 2]!)) {
        // The body's name, capitalised words ("of Falconbridge Ltd"), or one word ("of research").
        end = k + 2;
        while (end < k + 5 && tokens[end + 1] && isWordToken(tokens[end + 1]!) && isCapitalized(tokens[end]!.text) && isCapitalized(tokens[end + 1]!.text)) end++;
      }
      const stop = tokens[end + 1];
      if (stop && !/^[,.;:)]$/.test(stop.text)) return null;
      return text.slice(tokens[from]!.start, tokens[end]!.end);
    }
  }
  return null;
}
