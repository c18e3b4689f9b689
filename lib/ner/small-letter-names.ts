import { foldName } from '../text/normalize';
import { isCapitalized, isSpaceAt, stripPossessive, type Token } from '../text/tokenize';
import { CALENDAR_WORDS } from './cue-words';
import { isChatWord } from './register';

/** What the lexicon says of a word, folded (`foldName`), as the page's look-ups need it here. */
export interface SmallLetterLexicon {
  /** A first name of the maintained list, and no everyday word. */
  isFirstName: (lower: string) => boolean;
  /** A word of the dictionary, or one the corpus writes in small letters. */
  isCommonWord: (lower: string) => boolean;
}

const SMALL_WORD = /^\p{Ll}[\p{Ll}\p{M}'’\-]*$/u;
const SMALL_START = /^\p{Ll}/u;

/** `word` is ASCII: in small letters (as `SMALL_WORD` asks), it is folded already. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * Names written in small letters, as posts and comments write them ("omg emma is so cute", "i
 * love rick astley"): a first name that is no everyday word nor a word of chat, with the next word
 * when that is no everyday word either (a surname). Not a handle, a hashtag, an address or a link
 * ("@emma", "#ryan", "emma@mail.com", "site.com/emma"), nor a word before a capitalised name
 * (see `besideCapital`). Only for conversations: news copy writes names with capitals. Spans, in
 * order.
 */
export function namesInSmallLetters(text: string, tokens: readonly Token[], lexicon: SmallLetterLexicon): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A small letter first, then the look-up: they rule out most words.
    const code = t.text.charCodeAt(0);
    if (code < 128 ? code < 97 || code > 122 : !SMALL_START.test(t.text)) continue;
    const first = stripPossessive(t.text);
    if (first.length < 3 || !lexicon.isFirstName(isAscii(first) ? first : foldName(first)) || !SMALL_WORD.test(first) || isChatWord(first)) continue;
    if (inAddress(text, t.start, t.end) || besideCapital(text, tokens, k, lexicon)) continue;
    let end = t.start + first.length;
    // The surname follows after one space, the first name bearing no possessive.
    const surnameEnd = first === t.text ? smallSurnameEnd(text, tokens, k, lexicon) : -1;
    if (surnameEnd >= 0) {
      end = surnameEnd;
      k++;
    }
    out.push({ start: t.start, end });
  }
  return out;
}

/**
 * Where a surname in small letters ends, one space after the first name `tokens[k]` on its line
 * ("emma watson", "Travis scott"): a word in small letters that is no everyday word, no chat and
 * no part of an address. -1 when there is none.
 */
export function smallSurnameEnd(text: string, tokens: readonly Token[], k: number, lexicon: SmallLetterLexicon): number {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || next.start !== t.end + 1 || !isSpaceAt(text, t.end) || text[t.end] === '\n') return -1;
  const surname = stripPossessive(next.text);
  if (!SMALL_WORD.test(surname) || surname.length <= 2 || lexicon.isCommonWord(foldName(surname)) || isChatWord(surname) || inAddress(text, next.start, next.end)) return -1;
  return next.start + surname.length;
}

/** Endings of web addresses after a dot: "mail.com", "site.co.uk". */
const WEB_ENDING = /^(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|me|tv|ly|gg|info|app|dev)\b/;

/** The word at `start..end` is part of a handle, a hashtag, an e-mail address or a link ("glenda.she" is a missing space). */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === '@' || before === '#' || before === '/' || (before === '.' && /\w/.test(text[start - 2] ?? '') && WEB_ENDING.test(text.slice(start, end)))) return true;
  const after = text[end];
  return after === '@' || after === '/' || (after === ':' && text[end + 1] === '/') || (after === '.' && WEB_ENDING.test(text.slice(end + 1, end + 6)));
}

/** Capitalised words that name no one beside a name: "I", "I'm", chat ("LOL", "Haha"), days and months. */
function namesNoOne(word: string): boolean {
  const lower = word.toLowerCase();
  return word === 'I' || /^i['’]/.test(lower) || isChatWord(lower) || CALENDAR_WORDS.has(lower);
}

/**
 * `tokens[k]` stands in a capitalised name, a space apart on its line: a capitalised word that is
 * no everyday word and names someone stands before it ("Tarek ben Vollan", "Travis scott") or
 * after it ("glenda Vollan"; not after a possessive, "glenda's TikTok"). The capitals' rules read
 * that name; the word in small letters is left to them.
 */
function besideCapital(text: string, tokens: readonly Token[], k: number, lexicon: SmallLetterLexicon): boolean {
  const name = (w: Token | undefined) => !!w && isCapitalized(w.text) && !namesNoOne(w.text) && !lexicon.isCommonWord(foldName(w.text));
  const spaced = (a: Token, b: Token) => b.start === a.end + 1 && text[a.end] === ' ';
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const nameAfter = !!next && spaced(t, next) && name(next) && stripPossessive(t.text) === t.text;
  return nameAfter || (!!prev && spaced(prev, t) && name(prev));
}
