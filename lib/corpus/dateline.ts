import { isCapitalized, type Token } from '../text/tokenize';
/** A news dateline at the start of a story: "Washington [US], March 15 (ANI):", "LONDON 1996-08-30". */
export interface Dateline {
  /** The place as printed ("Washington", "LONDON"). */
  place: string;
  placeStart: number;
  placeEnd: number;
  /** A region after the place ("AKRON, Ohio 1996-08-25"), or null. */
  region: { start: number; end: number } | null;
  /** Offset where the story proper begins, after the dateline. */
  end: number;
}

/** A month's name, in full or short, as datelines write it. */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// Words of a place name, on one line: "NEW DELHI", "Washington", "MOUNTAIN VIEW".
const WORDS = "\\p{Lu}[\\p{L}.'’\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’\\-]*){0,3}";
/** Words of a place name in capitals: "NEW YORK", "DOWNERS GROVE". */
const CAPS_WORDS = "\\p{Lu}[\\p{Lu}.'’\\-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3}";
/** A wire's region after its place: one word, a state's abbreviation or a country ("ILL.", "Calif.", "N.J.", "Netherlands", "West Germany"); not a death notice's given names ("SMITH, John Edward, March 3 -"). */
const REGION_WORD = "(?:(?:North|South|East|West|New|NORTH|SOUTH|EAST|WEST|NEW)[ \\t]+)?\\p{Lu}[\\p{L}.'’\\-]*";
/** A dateline's place and a region after a comma maybe ("AKRON, Ohio", "STAMFORD, Conn."), each captured. */
export const PLACE = `(${WORDS})(?:,[ \\t]*(${WORDS}))?`;
const PATTERNS: RegExp[] = [
  // Washington [US], March 15 (ANI):   NEW DELHI, Jan 3 (Reuters) -
  new RegExp(`^(${WORDS})(?:[ \\t]*\\[[^\\]\\n]{1,30}\\])?,?[ \\t]+${MONTH}[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?[ \\t]*\\([^)\\n]{1,30}\\)[ \\t]*[:\\-–—]+[ \\t]*`, 'u'),
  // LONDON 1996-08-30    AKRON, Ohio 1996-08-25
  new RegExp(`^${PLACE}[ \\t]+\\d{4}-\\d{2}-\\d{2}[ \\t]*`, 'u'),
  // PARIS (AFP) -   BEIJING (Reuters):
  new RegExp(`^${PLACE}[ \\t]*\\([A-Za-z][^)\\n]{0,30}\\)[ \\t]*[:\\-–—]+[ \\t]*`, 'u'),
  // BRUSSELS —  (all-caps place then a dash)
  new RegExp(`^(\\p{Lu}[\\p{Lu}.'’\\-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3})()[ \\t]*[—–][ \\t]*`, 'u'),
];
/**
 * NEW YORK, March 9 -   DOWNERS GROVE, ILL., March 9 -   (a wire's place in capitals, a date, a
 * hyphen): read on pages. The compiler leaves it out: its place names would come in capitals
 * ("BANGALORE" for "Bangalore") and its regions' abbreviations as places ("Conn", "Ala").
 */
const WIRE_DATE = new RegExp(`^(${CAPS_WORDS})(?:,[ \\t]*(${REGION_WORD}))?,[ \\t]+${MONTH}[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?[ \\t]+[-—–][ \\t]*`, 'u');
/** Wire slugs in capitals before a date, no places: "UPDATE, March 10 -". */
const WIRE_SLUGS = new Set(['UPDATE', 'CORRECTION', 'CORRECTED', 'ANALYSIS', 'TIMELINE', 'FACTBOX', 'EXCLUSIVE', 'BREAKING', 'WRAPUP', 'COLUMN', 'PREVIEW', 'REFILE', 'RPT', 'INSIGHT', 'BRIEF', 'BRIEFS', 'FEATURE', 'INTERVIEW', 'REVIEW', 'OBITUARY', 'EDITORIAL', 'COMMENT', 'NEWS', 'SPORTS', 'SPORT', 'WEATHER', 'TV', 'RADIO']);
const PAGE_PATTERNS = [...PATTERNS, WIRE_DATE];

/** What each of the patterns holds: "(" (1, 3), an ISO date (2), a dash (4), a hyphen after a space (the wire's). */
const MAY_BE_DATELINE = /[(—–]|\d{4}-\d{2}-\d{2}|\s-/;

/** How far into a paragraph the sign of a dateline may be. */
const DATELINE_WINDOW = 160;

/** An ISO date's length ("1996-08-30"): a word that holds one is at least this long. */
const ISO_DATE_LENGTH = 10;

/** `word` holds an ASCII digit. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** ":", "-", "–", "—": what closes a dateline after its bracket ("(Reuters) -", "(ANI):"). */
function closesBracketedDateline(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 58 || c === 45 || c === 0x2013 || c === 0x2014;
}

/**
 * False when no dateline can open the block whose tokens (as `tokenize` makes them) these are:
 * in the block's first characters, `findDateline` needs a dash or a hyphen (a token of its own), an ISO date
 * (inside a word of ten characters or more, digits among them), or a closing bracket followed by a
 * colon or a dash (a token each: "(Reuters) -", "(ANI):").
 */
export function mayOpenWithDateline(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= DATELINE_WINDOW) return false;
    const c = t.text.charCodeAt(0);
    if (t.text.length === 1) {
      if (c === 0x2014 || c === 0x2013 || c === 45) return true; // "—", "–", "-"
      if (c === 41) {
        // ")": the next token, in the window, closes the dateline.
        const next = tokens[k + 1];
        if (next && next.start < DATELINE_WINDOW && closesBracketedDateline(next.text)) return true;
      }
    } else if (t.text.length >= ISO_DATE_LENGTH && hasDigit(t.text)) return true;
  }
  return false;
}

/** Finds a dateline at `offset` in `text` (the start of a paragraph), or null; `wireDates`: "NEW YORK, March 9 -" too (a page's). */
export function findDateline(text: string, offset = 0, wireDates = false): Dateline | null {
  // Every pattern opens with a capital, and holds a bracket, a dash or an ISO date: most
  // paragraphs are ruled out before the patterns are tried.
  if (!isCapitalized(text.slice(offset, offset + 2))) return null;
  const rest = text.slice(offset, offset + DATELINE_WINDOW);
  if (!MAY_BE_DATELINE.test(rest)) return null;
  for (const pattern of wireDates ? PAGE_PATTERNS : PATTERNS) {
    const m = pattern.exec(rest);
    if (m && m[1] && !(pattern === WIRE_DATE && WIRE_SLUGS.has(m[1]))) {
      const place = m[1].replace(/[,.]+$/, '');
      let region: Dateline['region'] = null;
      if (m[2]) {
        const at = rest.indexOf(m[2], m[1].length);
        const name = m[2].replace(/[,.]+$/, '');
        region = { start: offset + at, end: offset + at + name.length };
      }
      return { place, placeStart: offset, placeEnd: offset + place.length, region, end: offset + m[0].length };
    }
  }
  return null;
}

/** Datelines at the start of any of the first paragraphs (a byline may come first). */
export function findDatelines(text: string, paragraphs = 3): Dateline[] {
  const out: Dateline[] = [];
  let offset = 0;
  for (let i = 0; i < paragraphs && offset < text.length; i++) {
    const d = findDateline(text, offset);
    if (d) out.push(d);
    const next = text.indexOf('\n\n', offset);
    if (next < 0) break;
    offset = next + 2;
  }
  return out;
}
