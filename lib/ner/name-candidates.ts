import { foldName } from '../text/normalize';
import { isAllCaps, isCapitalized, stripPossessive, type Token } from '../text/tokenize';
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
  isFunctionWord,
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
  /** A verb of saying or "who" follows ("Blinken said", "Austin, who"). */
  personCue: boolean;
  /** The name opens a sentence, so its capital letter proves nothing. */
  sentenceInitial: boolean;
  /** The name is written in capitals ("LONDON", "NATO"). */
  allCaps: boolean;
  /** Possessive after the name ("Blinken's"). */
  possessive: boolean;
  /** A number follows on the same line, as in results tables ("Phil Mickelson 70 66 68"). */
  numberAfter: boolean;
}

export interface CandidateOptions {
  /** True for lower-case words common enough that a sentence-initial capital is just grammar. */
  isCommonWord: (lower: string) => boolean;
  /** True for a folded name known as a whole ("north korea"): its first word is never dropped. */
  isKnownName?: (key: string) => boolean;
  /** True for adjectives of nationality ("american"): dropped from the front of a longer name. */
  isDemonym?: (lower: string) => boolean;
}

/** Lower-case nouns that make "NOUN of Name" a place: "the port of Mombasa". */
const PLACE_OF_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'island', 'district', 'county', 'suburb', 'outskirts']);

/** Heads that take "of" inside a name besides places, organisations and titles. */
const OF_HEADS = new Set(['house', 'houses', 'bank', 'ministry', 'school', 'institute', 'council', 'museum', 'church', 'duchy', 'principality', 'commonwealth', 'federation', 'isle', 'city', 'town', 'port', 'statue', 'battle', 'treaty']);

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '•', '|', '—', '–']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function isWordToken(t: Token): boolean {
  return /^[\p{L}\p{Nd}]/u.test(t.text);
}

/** A pronoun or verb with its contraction ("I'll", "You're", "Who'd", "Don't"): never a name ("Sa'd" is one). */
const CONTRACTED = /^(?:i|you|we|they|he|she|it|who|that|there|what|where|how|here|let|don|can|won|isn|aren|wasn|weren|didn|doesn|hasn|haven|hadn|couldn|wouldn|shouldn|ain)['’](?:ll|re|ve|m|d|t)$/i;

/** The first two letters of the names of days and months ("Mo", "Ja"), as `calendarStart` codes them. */
const CALENDAR_STARTS = new Set([...CALENDAR_WORDS].map((w) => calendarStart(w.toUpperCase())));

/** A word's first two character codes, the second lower-cased if an ASCII capital: "Monday", "MONDAY" -> "Mo". */
function calendarStart(word: string): number {
  return (word.charCodeAt(0) << 16) | (word.charCodeAt(1) | 0x20);
}

function isNameWord(t: Token): boolean {
  const word = t.text;
  if (!isCapitalized(word)) return false;
  if ((word.includes("'") || word.includes('’')) && CONTRACTED.test(word)) return false;
  // Only a word opening as a day or a month does ("Mo", "Ja") needs the look-up.
  return !CALENDAR_STARTS.has(calendarStart(word)) || !CALENDAR_WORDS.has(stripPossessive(word).toLowerCase());
}

/**
 * The lower-case form of `tokens[k]`, made once per token of a block and only when asked: the
 * rules read the same few words around each name many times over.
 */
function lowerOf(tokens: Token[], lowers: string[], k: number): string {
  return (lowers[k] ??= tokens[k]!.text.toLowerCase());
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
  const last = stripPossessive(word.slice(hyphen + 1));
  if (!/^\p{Ll}/u.test(last)) return false;
  return isCommonWord(last) && !TITLE_HEADS.has(last);
}

function startsSentence(text: string, tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPEN_QUOTES.has(tokens[j]!.text)) j--;
  if (j < 0) return true;
  const prev = tokens[j]!;
  if (SENTENCE_END.has(prev.text) || prev.text.endsWith('.') && prev.text.length > 2) return true;
  return breaksLine(text, prev.end, tokens[i]!.start);
}

/**
 * Finds capitalised names in `text` and reads their context: titles and roles, head nouns, the
 * preposition before and the verb after. It decides nothing about kind; callers weigh the cues.
 */
export function findNameCandidates(text: string, tokens: Token[], options: CandidateOptions): NameCandidate[] {
  const out: NameCandidate[] = [];
  const lowers: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    // Grow the chunk: capitalised words, connectors between them, stop at a possessive or a new line.
    let j = i + 1;
    let possessive = stripPossessive(tokens[i]!.text) !== tokens[i]!.text;
    while (!possessive && j < tokens.length) {
      const t = tokens[j]!;
      if (breaksLine(text, tokens[j - 1]!.end, t.start)) break;
      if (isNameWord(t)) {
        possessive = stripPossessive(t.text) !== t.text;
        j++;
        continue;
      }
      const next = tokens[j + 1];
      // A connector joins two capitalised words on one line: "Bay of Bengal", "Procter & Gamble".
      if (!(NAME_CONNECTORS.has(t.text) || t.text === '&') || !next || !isNameWord(next) || breaksLine(text, t.end, next.start)) break;
      // "of" joins only after a head noun ("Bay of Bengal", "Secretary of State", "University of
      // Texas"); after a name it starts an affiliation ("John Casesa of Schroder Wertheim").
      if (t.text === 'of') {
        const prevLower = lowerOf(tokens, lowers, j - 1);
        if (!PLACE_HEADS.has(prevLower) && !ORG_HEADS.has(prevLower) && !TITLE_HEADS.has(prevLower) && !OF_HEADS.has(prevLower)) break;
      }
      j += 1;
    }
    const candidate = analyseChunk(text, tokens, lowers, i, j, possessive, options);
    if (candidate) out.push(candidate);
    i = j;
  }
  return out;
}

/** A middle initial: "H." of "George H. Bush". */
const INITIAL = /^\p{Lu}\.$/u;

const SIDES = new Set(['west', 'east', 'north', 'south', 'left', 'right']);

/**
 * Where the rest of an office ends when the chunk `tokens[a..to)` follows "<title> of the", as in
 * "Chancellor of the | Exchequer Nigel Lawson" or "director of the | New York Public Library Paul
 * Lenard": the name is the last two words (three with a middle initial), the office all before it.
 * -1 when no title stands there, nothing is left for the office, or the name is no personal name
 * (opening with an everyday word, holding an organisation or place word or an acronym: "Television
 * Advertising Bureau").
 */
function officeOfTheEnd(tokens: Token[], lowers: string[], from: number, a: number, to: number, isCommonWord: (lower: string) => boolean): number {
  if (a !== from || from < 3 || lowerOf(tokens, lowers, from - 1) !== 'the' || tokens[from - 2]!.text !== 'of') return -1;
  if (!TITLE_HEADS.has(lowerOf(tokens, lowers, from - 3))) return -1;
  const end = to - (INITIAL.test(tokens[to - 2]!.text) ? 3 : 2);
  if (end <= a || SIDES.has(lowerOf(tokens, lowers, end))) return -1; // "East Asia"
  // A given name is no everyday word; a surname may be one ("George Walker").
  const personal = tokens.slice(end, to).every((t, i) => {
    const lower = stripPossessive(t.text).toLowerCase();
    // No acronym either ("Ainsworth MP").
    return isNameWord(t) && (INITIAL.test(t.text) || !(isAllCaps(t.text) && t.text.length > 1)) && (i > 0 || !isCommonWord(lower)) && !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower);
  });
  return personal ? end : -1;
}

/** The alias key of `tokens[from..to)`: folded words joined by one space, the last without a possessive. */
function chunkKey(tokens: Token[], from: number, to: number): string {
  let joined = '';
  for (let k = from; k < to; k++) joined += (k > from ? ' ' : '') + (k === to - 1 ? stripPossessive(tokens[k]!.text) : tokens[k]!.text);
  return foldName(joined);
}

/** Every word of the name `tokens[from..to)` in capitals (`bareLast`: its last word without a possessive). */
function allCapsFrom(tokens: Token[], from: number, to: number, bareLast: string): boolean {
  for (let k = from; k < to - 1; k++) if (!isAllCaps(tokens[k]!.text)) return false;
  return isAllCaps(bareLast);
}

/** A chunk of several words known as a whole ("North Korea"): its words are not dropped or split. */
function knownWhole(tokens: Token[], from: number, to: number, isKnownName: CandidateOptions['isKnownName']): boolean {
  return to - from > 1 && !!isKnownName?.(chunkKey(tokens, from, to));
}

function analyseChunk(
  text: string,
  tokens: Token[],
  lowers: string[],
  from: number,
  to: number,
  possessive: boolean,
  { isCommonWord, isKnownName, isDemonym }: CandidateOptions,
): NameCandidate | null {
  let a = from;
  let theBefore = false;
  const initial = startsSentence(text, tokens, from);
  let sentenceInitial = initial;
  // Drop leading function words ("The", "In") and a common word opening the sentence ("Citing"),
  // the cheap tests first.
  while (a < to) {
    const word = tokens[a]!.text;
    const lower = lowerOf(tokens, lowers, a);
    if (lower === 'the') theBefore = true;
    const drop =
      (isFunctionWord(lower) && !(word.length > 1 && isAllCaps(word))) ||
      NAME_CONNECTORS.has(lower) ||
      (a === from &&
        // "Citing ...", but not "North Korea fired ...": a name known whole keeps its first word.
        ((initial && isCommonWord(lower) && !isAllCaps(word) && !knownWhole(tokens, from, to, isKnownName)) ||
          // "American Dennis Mitchell": a nationality before a longer name is description, not name.
          (to - a >= 3 && !!isDemonym?.(lower)) ||
          isDescriptiveCompound(word, isCommonWord)));
    if (!drop) break;
    a++;
    sentenceInitial = false;
  }
  if (a >= to) return null;
  if (a > 0 && lowerOf(tokens, lowers, a - 1) === 'the') theBefore = true;

  // A title inside the chunk: "US Secretary of State Antony Blinken" -> role + name.
  let titled = false;
  let role: string | null = null;
  let titleFrom = -1;
  let nameFrom = a;
  // "Media General Inc": a chunk closed by a company word is the company's name, title word or not.
  const companyName = to - a > 1 && COMPANY_TAILS.has(stripPossessive(tokens[to - 1]!.text).toLowerCase());
  // "Chancellor of the Exchequer Nigel Lawson", "leader of the Labour Party Tony Blair": the chunk
  // opens with the rest of a title that stands before it.
  let officeEnd = companyName ? -1 : officeOfTheEnd(tokens, lowers, from, a, to, isCommonWord);
  if (officeEnd > 0 && knownWhole(tokens, from, to, isKnownName)) officeEnd = -1;
  if (officeEnd > 0) {
    let b = from - 3;
    // Capitalised words before the title are part of it ("British Chancellor"), "The" is not.
    // Not a possessive: "Thatcher's Chancellor of the Exchequer" is hers.
    while (b > 0 && from - 3 - b < 3 && isNameWord(tokens[b - 1]!) && !isFunctionWord(lowerOf(tokens, lowers, b - 1)) && stripPossessive(tokens[b - 1]!.text) === tokens[b - 1]!.text && !startsSentence(text, tokens, b)) b--;
    titled = true;
    titleFrom = tokens[b]!.start;
    role = text.slice(tokens[b]!.start, tokens[officeEnd - 1]!.end);
    nameFrom = officeEnd;
    sentenceInitial = false;
  }
  for (let k = to - 2; k >= a && !companyName && officeEnd < 0; k--) {
    const lower = lowerOf(tokens, lowers, k);
    // "Major-General", "Vice-Admiral": the last part of a hyphenated title is the head.
    const headPart = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : lower;
    // "Writer Prize": an occupation written with a capital is part of a name, not a title.
    if (DESCRIPTOR_HEADS.has(lower) && isCapitalized(tokens[k]!.text) && !(k === a && sentenceInitial)) continue;
    if (TITLE_HEADS.has(lower) || HONORIFICS.has(lower) || (headPart !== lower && TITLE_HEADS.has(headPart))) {
      let roleEnd = k + 1;
      const of = tokens[roleEnd]?.text;
      if ((of === 'of' || of === 'for') && roleEnd + 1 < to - 1) roleEnd += 2;
      if (roleEnd >= to) break;
      titled = true;
      titleFrom = tokens[a]!.start;
      if (!HONORIFICS.has(lower)) role = text.slice(tokens[a]!.start, tokens[roleEnd - 1]!.end);
      nameFrom = roleEnd;
      sentenceInitial = false;
      break;
    }
  }
  // Honorific or title just before the chunk: "defence secretary Lloyd Austin", "Mr Blinken".
  const before = tokens[from - 1];
  if (!titled && before && from === a) {
    const lower = lowerOf(tokens, lowers, from - 1);
    if (HONORIFICS.has(lower)) titled = true; // "mr." and the others with a dot are there without one too
    // "official" before a name is mostly the adjective: "the official Tanjug news agency".
    else if (TITLE_HEADS.has(lower) && lower !== 'official' && !isCapitalized(before.text)) {
      titled = true;
      let b = from - 1;
      while (b > 0 && from - b < 5 && isWordToken(tokens[b - 1]!) && !isFunctionWord(lowerOf(tokens, lowers, b - 1))) b--;
      role = text.slice(tokens[b]!.start, before.end);
    }
  }
  // "Secretary of Defence": a title with nothing after it but its own complement.
  if (nameFrom >= to || NAME_CONNECTORS.has(tokens[nameFrom]!.text)) return null;
  const count = to - nameFrom;
  const last = tokens[to - 1]!;
  const bareLast = stripPossessive(last.text);
  const start = tokens[nameFrom]!.start;
  const end = last.start + bareLast.length;
  /** The name's words in lower case, the last without its possessive. */
  const lowerAt = (k: number) => (k === to - 1 ? bareLast.toLowerCase() : lowerOf(tokens, lowers, k));

  // Head nouns: "Gulf of Mexico" (head before "of"), "The Washington Post" (last word).
  let shape: NameShape = null;
  let ofAt = -1;
  for (let k = nameFrom; k < to; k++) {
    const word = k === to - 1 ? bareLast : tokens[k]!.text;
    if (word.length === 2 && lowerAt(k) === 'of') {
      ofAt = k - nameFrom;
      break;
    }
  }
  const head = ofAt > 0 ? lowerAt(nameFrom + ofAt - 1) : lowerAt(to - 1);
  const firstLower = lowerAt(nameFrom);
  // A bank after a side is a river's ("West Bank", "Left Bank"), not a lender.
  const riverBank = head === 'bank' && ofAt < 0 && count === 2 && SIDES.has(firstLower);
  if (riverBank) shape = 'place';
  else if (ORG_HEADS.has(head) && (ofAt > 0 || count > 1 || theBefore)) shape = 'org';
  else if (PLACE_HEADS.has(head) && count > 1) shape = 'place';
  else if (PLACE_PREFIXES.has(firstLower) && count > 1) shape = 'place';
  if (TITLE_HEADS.has(head) && !titled) return null; // a bare title: "Secretary of State"

  // The word before the name, the chunk's dropped opening word included ("In Denver, ...").
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  const next0 = tokens[to];
  // "Hove: Sussex 231 and 402": a name opening a line and followed by a colon is a venue.
  const venue = !!next0 && next0.text === ':' && (from === 0 || text.slice(tokens[from - 1]!.end, tokens[from]!.start).includes('\n')) && to - from <= 3;
  const locative =
    venue ||
    (!!prev &&
    (LOCATIVE_CUES.has(lowerOf(tokens, lowers, a - 1)) ||
      (lowerOf(tokens, lowers, a - 1) === 'the' && !!prev2 && LOCATIVE_CUES.has(lowerOf(tokens, lowers, a - 2))) ||
      // "the port of Mombasa", "the city of Kisumu": a lower-case place noun, then "of".
      (prev.text === 'of' && !!prev2 && PLACE_OF_NOUNS.has(prev2.text))));
  const next = tokens[to];
  const next2 = tokens[to + 1];
  let personCue = false;
  if (!possessive && next) {
    const lower = lowerOf(tokens, lowers, to);
    if (SPEECH_VERBS.has(lower)) personCue = true;
    else if (next.text === ',' && next2 && PERSON_FOLLOWERS.has(lowerOf(tokens, lowers, to + 1))) personCue = true;
  }
  if (!role && !possessive && next?.text === ',') {
    role = appositiveRole(text, tokens, lowers, to + 1);
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
    personCue,
    sentenceInitial,
    allCaps: allCapsFrom(tokens, nameFrom, to, bareLast),
    possessive,
    numberAfter: !!next && isDigit(next.text.charCodeAt(0)) && !breaksLine(text, last.end, next.start),
  };
}

/** "Austin, the defence secretary," -> "defence secretary"; null when no title word closes the phrase. */
function appositiveRole(text: string, tokens: Token[], lowers: string[], at: number): string | null {
  const first = tokens[at];
  if (!first || !APPOSITIVE_ARTICLES.has(lowerOf(tokens, lowers, at))) return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k]!;
    if (!isWordToken(t)) return null;
    if (TITLE_HEADS.has(lowerOf(tokens, lowers, k))) {
      let end = k;
      const after = tokens[k + 1];
      if (after && (after.text === 'of' || after.text === 'for') && tokens[k + 2] && isWordToken(tokens[k + 2]!)) end = k + 2;
      const stop = tokens[end + 1];
      if (stop && !/^[,.;:)]$/.test(stop.text)) return null;
      return text.slice(tokens[at + 1]!.start, tokens[end]!.end);
    }
  }
  return null;
}
