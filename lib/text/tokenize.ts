/** A word or punctuation mark with its place in the source string (UTF-16 offsets, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/*
 * Order matters: acronyms with dots ("U.S."), then single initials followed by a capital ("J. Smith"),
 * then words (letters, digits, inner apostrophes and hyphens: "Blinken's", "Indo-Pacific", "O'Neill"),
 * then any other single non-space character.
 */
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s*\p{Lu})|[\p{L}\p{M}\p{Nd}]+(?:['’\-][\p{L}\p{M}\p{Nd}]+)*|[^\s\p{L}\p{M}\p{Nd}]/gu;

/** `TOKEN` from a given place only: `test` reads where a token ends without making a match array. */
const TOKEN_HERE = new RegExp(TOKEN.source, 'uy');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Every character that is no white space opens a token, and a token holds no white space.
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    TOKEN_HERE.lastIndex = i;
    // Never false (the last alternative takes any other character); if it were, the character is
    // skipped, as a search for the next token would skip it.
    if (!TOKEN_HERE.test(text)) {
      i++;
      continue;
    }
    const end = TOKEN_HERE.lastIndex;
    tokens.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

const LOWER_START = /^\p{Ll}/u;

/** "said", "éclair" — starts with a small letter. */
export function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(word);
}

/** "Blinken", "US", "U.S.", "McDonald" — starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII fast path: this runs on every word of every page.
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** "NATO", "LONDON", "U.S." — letters, none lower case. */
export function isAllCaps(word: string): boolean {
  // ASCII fast path: a letter, and no lower-case one.
  let letter = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LETTER.test(word) && !HAS_LOWER.test(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

/** Strips an English possessive: "Blinken's" -> "Blinken", "Jones'" stays (ambiguous). */
export function stripPossessive(word: string): string {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  if (s !== 115 && s !== 83) return word; // "s", "S"
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019 ? word.slice(0, -2) : word;
}

const SPACE = /\s/;

/** True when the character of `text` at `i` (a UTF-16 code unit) is white space as `\s` reads it. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // ASCII by its code: this runs between every pair of names on a page.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]!);
}

/** The first index from `from` (before `to`) that is no white space; `to` when none is. */
export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}
