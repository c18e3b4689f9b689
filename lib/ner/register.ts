import { findDateline, MONTH, PLACE } from '../corpus/dateline';

/**
 * The register of a document: news copy, a brief text (a post, a caption, a comment of a few lines),
 * or a conversation (a brief text that speaks as "I" to "you" or bears marks of chat). In news, a
 * capitalised word the corpus does not know is as often a company, a club or a product as a
 * person, and a person is named in full before a first name alone stands for them; in a post,
 * where people write to each other about people they know, mostly a person. A long text speaking
 * as "I" to "you" is an article still (a column, a how-to), with news's habits.
 */
export type Register = 'news' | 'brief' | 'conversation';

/**
 * Datelines `findDateline` leaves to the news reader: a place, a month and a day, a year maybe,
 * then a dash ("STAMFORD, Conn., March 2 -", "WASHINGTON, March 2, 2024 —"), or a day and a month
 * with the agency's name ("Paris, 2 March (AFP) –").
 */
const WIRE_DATELINE = new RegExp(
  `^${PLACE},[ \\t]+(?:${MONTH}[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?[ \\t]*(?:\\([^)\\n]{1,30}\\)[ \\t]*)?[-–—]|\\d{1,2}[ \\t]+${MONTH}(?:[ \\t]+\\d{4})?[ \\t]*\\([^)\\n]{1,30}\\)[ \\t]*[-–—:])`,
  'u',
);
/**
 * Words in capitals before a dash or a colon ("LONDON - ", "NEW DELHI: "): a place's, unless a
 * post's label or chat ("EDIT:", "PS:", "OMG -"), and four letters at least ("WOW -", "TIL -").
 */
const CAPITALS_DATELINE = /^(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,}){0,3})[ \t]*[-–—:][ \t]/u;
/** Labels that open posts in capitals, lower-cased: no place. */
const POST_LABELS = new Set(['edit', 'update', 'nsfw', 'icymi', 'tldr', 'psa', 'rip', 'hbd', 'til', 'ama', 'wow', 'ps', 'pss', 'note', 'spoiler', 'spoilers', 'repost']);

/** `block` opens with a dateline. */
function opensWithDateline(block: string): boolean {
  if (findDateline(block) !== null || WIRE_DATELINE.test(block)) return true;
  const capitals = CAPITALS_DATELINE.exec(block);
  if (capitals === null || capitals[1]!.replace(/[^\p{L}]/gu, '').length < 4) return false;
  const label = capitals[1]!.toLowerCase();
  return !isChatWord(label) && !POST_LABELS.has(label);
}

/**
 * News copy's marks in a brief text: a day of the week ("on Tuesday"), a sum or a share ("200,000
 * dlrs", "4 pct", "$5 million"). Posts about people seldom date or count so.
 */
const NEWS_MARKS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|[$£€]\s?\d|\d\s?(?:%|pct\b|percent\b|per cent\b|million\b|billion\b|mln\b|bn\b|dlrs\b)/u;

/** The register of a whole document (see the file's comment). A dateline or news's marks make news copy of a brief. */
export function registerOf(blocks: readonly string[]): Register {
  const count = wordCount(blocks, MAX_POST_WORDS);
  if (count === 0 || count > MAX_POST_WORDS) return 'news';
  if (speaksAsInChat(blocks)) return 'conversation';
  return blocks.some((b) => opensWithDateline(b) || NEWS_MARKS.test(b)) ? 'news' : 'brief';
}

/** Words of a speaker addressing a reader: "I", "you". Lower-cased, apostrophes straight. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', "i'm", "i've", "i'll", "i'd", 'you', 'your', 'yours', 'yourself', "you're", "you've", "you'll"]);
/** Their chat spellings, counted only as written here, in lower case ("U" is the U of "U.S."). */
const CHAT_WORDS = new Set(['u', 'ur', 'im', 'ive', 'omg']);
/** Chat's interjections and abbreviations, capitalised when they open a post ("Haha", "Tbh"): no names. Lower-cased. */
const CHAT_INTERJECTIONS = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'omg', 'omfg', 'wtf', 'smh', 'tbh', 'idk', 'btw', 'imo', 'imho', 'ikr', 'fyi', 'brb', 'thx', 'pls', 'plz', 'yup', 'yep', 'nope', 'nah', 'ugh', 'aww', 'ily', 'irl', 'ngl', 'wow', 'yay', 'oops', 'meh', 'bruh', 'damn', 'fuck', 'fck', 'shit']);

/**
 * Quoted speech: in news, the people quoted say "I" and "you" too. Double quotes, and single curly
 * ones (British papers) whose closing mark is no apostrophe inside a word ("don’t").
 */
const QUOTED = /["“][^"“”]*["”]|‘(?:[^’]|’(?=\p{L}))*’(?!\p{L})/gu;
/** What a quote leaves behind: an ellipsis, not a bare space, so the words around it do not meet ("said. she"). */
const QUOTE_GAP = ' … ';
const WORD = /[\p{L}'’]+/gu;
/** Longer than this, a text is an article, not a post or a comment. */
const MAX_POST_WORDS = 60;
/** Share of a document's words, outside quotes, that speak as "I" or to "you", or marks of chat, in a conversation. */
const MIN_SHARE = 0.03;

/**
 * Marks of chat that copy editors never let through: an emoji (not ©, ® or ™) or emoticon, a hashtag
 * or @name, a sentence opening in lower case after a word of four letters or more ("Corp. said" is
 * an abbreviation), "!!" or "??", laughter.
 */
const CHAT_MARKS = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[:;]-?[()DPp](?!\w)|(?:^|\s)[#@]\p{L}|(?:^|(?<!\p{L})\p{Ll}{4,}[.!?]\s+)\p{Ll}|[!?]{2,}|\b(?:ha){2,}\b|\blol\b/gu;

/** True for a word of chat that is no name when capitalised (`lower` lower-cased). */
export function isChatWord(lower: string): boolean {
  return isInterjection(lower) || CHAT_WORDS.has(lower);
}

/** True for chat's interjection ("lol", "Awww", "Bruh"; `lower` lower-cased): not its spellings of words ("Im" may be a surname). */
export function isInterjection(lower: string): boolean {
  return CHAT_INTERJECTIONS.has(lower) || STRETCHED_CHAT.test(lower);
}

/** Laughter and chat's words drawn out or shortened: "hahahaha", "ahaha", "hihihi", "lmaooo", "lolz", "xoxo", "tho", "awww", "ewww", "hmmm". */
const STRETCHED_CHAT = /^(?:a?(?:ha|he|hi|xo){2,}[ah]?|l+o+l+(?:o+l+)*z?|l+m+f?a+o+|tho|thx|a+w{2,}|e+w{2,}|h+m{2,})$/;

const LETTER = /\p{L}/u;

/** True for a character of a word as `WORD` reads them: a letter or an apostrophe (`code` a code point). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39;
  return code === 0x2019 || LETTER.test(String.fromCodePoint(code));
}

/**
 * Words of `blocks` (runs of letters, as `WORD` reads them), counted only as far as `max` + 1. By
 * character codes, not `WORD`: this runs on every batch a page sends.
 */
export function wordCount(blocks: readonly string[], max: number): number {
  let words = 0;
  for (const block of blocks) {
    let inWord = false;
    for (let i = 0; i < block.length; i++) {
      const unit = block.charCodeAt(i);
      let word: boolean;
      if (unit < 128) word = (unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || unit === 39;
      else {
        const code = block.codePointAt(i)!;
        if (code > 0xffff) i++;
        word = isWordChar(code);
      }
      if (word && !inWord && ++words > max) return words;
      inWord = word;
    }
  }
  return words;
}

/** Curly apostrophes made straight ("i’m" -> "i'm"), as `FIRST_AND_SECOND_PERSON` lists them. */
function straightApostrophes(word: string): string {
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** True when the document reads as a conversation rather than news copy (see the file's comment). */
export function isConversational(blocks: readonly string[]): boolean {
  // Cheap first: a story or a page's batch of blocks is longer than any post.
  const count = wordCount(blocks, MAX_POST_WORDS);
  return count > 0 && count <= MAX_POST_WORDS && speaksAsInChat(blocks);
}

/** A text no longer than a post speaks as "I" to "you", or bears marks of chat, often enough (`MIN_SHARE`). */
function speaksAsInChat(blocks: readonly string[]): boolean {
  // One text: wire copy wraps its lines, and a quote or a sentence runs on to the next one.
  const unquoted = blocks.join('\n').replace(QUOTED, QUOTE_GAP);
  const words = unquoted.match(WORD) ?? [];
  if (words.length === 0) return false;
  // Words first: enough of them, and the marks of chat need not be searched for.
  let marks = 0;
  for (const word of words) {
    if (CHAT_WORDS.has(word) || FIRST_AND_SECOND_PERSON.has(straightApostrophes(word.toLowerCase()))) {
      if (++marks / words.length >= MIN_SHARE) return true;
    }
  }
  marks += unquoted.match(CHAT_MARKS)?.length ?? 0;
  return marks / words.length >= MIN_SHARE;
}
