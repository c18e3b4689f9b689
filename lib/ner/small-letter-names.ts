import { isSpaceAt, stripPossessive, type Token } from '../text/tokenize';
import { isChatWord } from './register';

/** What the lexicon says of a folded word, as the page's look-ups need it here. */
export interface SmallLetterLexicon {
  /** A first name of the maintained list, and no everyday word. */
  isFirstName: (lower: string) => boolean;
  /** A word of the dictionary, or one the corpus writes in small letters. */
  isCommonWord: (lower: string) => boolean;
}

const SMALL_WORD = /^\p{Ll}[\p{Ll}\p{M}'’\-]*$/u;

/**
 * Names written in small letters, as posts and comments write them ("omg emma is so cute", "i
 * love rick astley"): a first name that is no everyday word nor a word of chat, with the next word
 * when that is no everyday word either (a surname). Not a handle or a hashtag ("@emma", "#ryan").
 * Only for conversations: news copy writes names with capitals. Spans, in order.
 */
export function namesInSmallLetters(text: string, tokens: readonly Token[], lexicon: SmallLetterLexicon): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const first = stripPossessive(t.text);
    // The look-up first: it rules out most words, whatever their case (the list is in small letters).
    if (first.length < 3 || !lexicon.isFirstName(first) || !SMALL_WORD.test(first) || isChatWord(first)) continue;
    const before = t.start > 0 ? text[t.start - 1] : '';
    if (before === '@' || before === '#') continue;
    let end = t.start + first.length;
    const next = tokens[k + 1];
    // The surname follows after one space, the first name bearing no possessive.
    if (first === t.text && next && next.start === t.end + 1 && isSpaceAt(text, t.end) && text[t.end] !== '\n') {
      const surname = stripPossessive(next.text);
      if (SMALL_WORD.test(surname) && surname.length > 2 && !lexicon.isCommonWord(surname) && !isChatWord(surname)) {
        end = next.start + surname.length;
        k++;
      }
    }
    out.push({ start: t.start, end });
  }
  return out;
}
