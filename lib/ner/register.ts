/**
 * The register of a document: news copy, or a conversation (a post, a comment, a chat message). In
 * news, a capitalised word the corpus does not know is as often a company, a club or a product as a
 * person; in a post, where people write to each other about people they know, mostly a person. A
 * long text speaking as "I" to "you" is an article still (a column, a how-to), with news's habits.
 */

/** Words of a speaker addressing a reader: "I", "you". Lower-cased, apostrophes straight. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', "i'm", "i've", "i'll", "i'd", 'you', 'your', 'yours', 'yourself', "you're", "you've", "you'll"]);
/** Their chat spellings, counted only as written here, in lower case ("U" is the U of "U.S."). */
const CHAT_WORDS = new Set(['u', 'ur', 'im', 'ive', 'lol', 'omg']);
/** Quoted speech: in news, the people quoted say "I" and "you" too. */
const QUOTED = /["“][^"“”]*["”]/g;
const WORD = /[\p{L}'’]+/gu;
/** Longer than this, a text is an article, not a post or a comment. */
const MAX_POST_WORDS = 60;
/** Share of a document's words, outside quotes, that speak as "I" or to "you", or marks of chat, in a conversation. */
const MIN_SHARE = 0.03;

/**
 * Marks of chat that copy editors never let through: an emoji or emoticon, a hashtag or @name, a
 * sentence opening in lower case, "!!" or "??", laughter.
 */
const CHAT_MARKS = /\p{Extended_Pictographic}|[:;]-?[()DPp](?!\w)|(?:^|\s)[#@]\w|(?:^|\p{Ll}{2}[.!?]\s+)\p{Ll}|[!?]{2,}|\b(?:ha){2,}\b|\blol\b/gu;

/** True when `blocks` hold more than `max` words (runs of characters other than spaces), read only as far as needed. */
function exceedsWords(blocks: readonly string[], max: number): boolean {
  let words = 0;
  for (const block of blocks) {
    let inWord = false;
    for (let i = 0; i < block.length; i++) {
      const c = block.charCodeAt(i);
      const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
      if (!space && !inWord && ++words > max) return true;
      inWord = !space;
    }
  }
  return false;
}

/** True when the document reads as a conversation rather than news copy (see the file's comment). */
export function isConversational(blocks: readonly string[]): boolean {
  // Cheap first: a story or a page's batch of blocks is longer than any post.
  if (exceedsWords(blocks, MAX_POST_WORDS)) return false;
  // One text: wire copy wraps its lines, and a quote or a sentence runs on to the next one.
  const unquoted = blocks.join('\n').replace(QUOTED, ' ');
  const words = unquoted.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_POST_WORDS) return false;
  let marks = unquoted.match(CHAT_MARKS)?.length ?? 0;
  for (const word of words) if (CHAT_WORDS.has(word) || FIRST_AND_SECOND_PERSON.has(word.toLowerCase().replace(/’/g, "'"))) marks++;
  return marks / words.length >= MIN_SHARE;
}
