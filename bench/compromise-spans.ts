/**
 * The baseline's spans, read the way the gold data writes them. compromise's match offsets start
 * at the first word but run for the length of the match's text, which holds the punctuation around
 * it: "(P. Simmons)" is given from "P" for 12 characters, "Chris Adams," with its comma. Scored as
 * they come, half its right answers count as wrong (CoNLL valid PER F1 0.40 instead of 0.56).
 */
import nlp from 'compromise';

export interface BaselineSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Letters with dots to the end, an acronym: its last dot is part of it ("D.C.", "U.S."). */
const ACRONYM_END = /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u;
const POSSESSIVE = /['’]s$/i;

/**
 * The span of a match that starts at `start` in `text` and reads `matchText` (its punctuation
 * before and after included): without that punctuation, keeping an acronym's last dot, and
 * without a possessive ("Hussain's" is "Hussain" in the gold data, as in Backstory's).
 */
export function trimMatch(text: string, start: number, matchText: string): { start: number; end: number } {
  let lead = 0;
  while (lead < matchText.length && !LETTER_OR_DIGIT.test(matchText[lead]!)) lead++;
  let end = Math.min(text.length, start + matchText.length - lead);
  while (end > start && !LETTER_OR_DIGIT.test(text[end - 1]!)) end--;
  if (text[end] === '.' && ACRONYM_END.test(text.slice(Math.max(0, start), end + 1))) end++;
  if (POSSESSIVE.test(text.slice(start, end))) end -= 2;
  return { start, end };
}

/** compromise's `people()` and `places()` of `text`, as spans. */
export function compromiseSpans(text: string): BaselineSpan[] {
  const doc = nlp(text);
  const out: BaselineSpan[] = [];
  const add = (list: { text: string; offset: { start: number } }[], type: 'PER' | 'LOC') => {
    for (const x of list) out.push({ ...trimMatch(text, x.offset.start, x.text), type });
  };
  add(doc.people().json({ offset: true }) as never, 'PER');
  add(doc.places().json({ offset: true }) as never, 'LOC');
  return out;
}
