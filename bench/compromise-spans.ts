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

const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;
/** Letters with dots to the end, an acronym: its last dot is part of it ("D.C.", "U.S."). */
const ACRONYM_END = /(?:^|[^\p{L}])(?:\p{L}\.){2,}$/u;
const POSSESSIVE = /['’]s$/i;

/**
 * The span of a match that starts at `start` in `text` and reads `matchText` (its punctuation
 * before and after included): without that punctuation, keeping an acronym's last dot, and
 * without a possessive ("Hussain's" is "Hussain" in the gold data, as in Backstory's). compromise
 * starts a match after the punctuation before its first word ("(P. Simmons)" from "P"), or at a
 * symbol that is part of it ("#Paris" from "#"). Null when nothing is left.
 */
export function trimMatch(text: string, start: number, matchText: string): { start: number; end: number } | null {
  const lead = LEADING.exec(matchText)?.[0].length ?? 0;
  let from = start;
  let end = Math.min(text.length, start + matchText.length);
  if (text.startsWith(matchText, start)) from += lead;
  else end -= lead;
  end = from + text.slice(from, end).replace(TRAILING, '').length;
  if (text[end] === '.' && ACRONYM_END.test(text.slice(from, end + 1))) end++;
  if (POSSESSIVE.test(text.slice(from, end))) end -= 2;
  return end > from ? { start: from, end } : null;
}

/** compromise's `people()` and `places()` of `text`, as spans. */
export function compromiseSpans(text: string): BaselineSpan[] {
  const doc = nlp(text);
  const out: BaselineSpan[] = [];
  const add = (list: { text: string; offset: { start: number } }[], type: 'PER' | 'LOC') => {
    for (const x of list) {
      const span = trimMatch(text, x.offset.start, x.text);
      if (span) out.push({ ...span, type });
    }
  };
  add(doc.people().json({ offset: true }) as never, 'PER');
  add(doc.places().json({ offset: true }) as never, 'LOC');
  return out;
}
