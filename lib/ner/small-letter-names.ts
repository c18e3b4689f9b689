import { foldName } from '../text/normalize';
import { isCapitalized, isSpaceAt, stripPossessive, type Token } from '../text/tokenize';
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
 * ("@emma", "#ryan", "emma@mail.com", "site.com/emma"), nor a word beside a capitalised name,
 * which the names with capitals read ("Tarek ben Vollan", "glenda Vollan"). Only for
 * conversations: news copy writes names with capitals. Spans, in order.
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
    const next = tokens[k + 1];
    // The surname follows after one space, the first name bearing no possessive.
    if (first === t.text && next && next.start === t.end + 1 && isSpaceAt(text, t.end) && text[t.end] !== '\n') {
      const surname = stripPossessive(next.text);
      if (SMALL_WORD.test(surname) && surname.length > 2 && !lexicon.isCommonWord(foldName(surname)) && !isChatWord(surname) && !inAddress(text, next.start, next.end)) {
        end = next.start + surname.length;
        k++;
      }
    }
    out.push({ start: t.start, end });
  }
  return out;
}

/** The word at `start..end` is part of a handle, a hashtag, an e-mail address or a link. */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === '@' || before === '#' || before === '/' || (before === '.' && /\w/.test(text[start - 2] ?? ''))) return true;
  const after = text[end];
  return after === '@' || ((after === '.' || after === '/') && /\w/.test(text[end + 1] ?? ''));
}

/**
 * A capitalised name stands next to `tokens[k]` on its line, with only a space between: not an
 * everyday word opening a sentence ("Wait glenda wears glasses"), nor "I".
 */
function besideCapital(text: string, tokens: readonly Token[], k: number, lexicon: SmallLetterLexicon): boolean {
  const t = tokens[k]!;
  const name = (w: Token) => isCapitalized(w.text) && w.text !== 'I' && !lexicon.isCommonWord(foldName(w.text));
  const beside = (a: Token, b: Token) => b.start - a.end <= 1 && !text.slice(a.end, b.start).includes('\n');
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (!!prev && beside(prev, t) && name(prev)) || (!!next && beside(t, next) && name(next));
}
