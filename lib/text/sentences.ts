/** Half-open ranges of sentences in a text. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'mt', 'ft', 'rev', 'gov',
]);

/** Capitals with dots between them, up to three: "J.P", "A.R" (the last dot is the one read). */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,2}$/u;
/** Words that open sentences, never a name after its initials. */
const OPENS_SENTENCE = /^(?:The|He|She|It|They|We|I|This|That|There|But|And|In|On|At|A|An|His|Her|Its|Their)\b/;

/**
 * Splits text into sentences at ., ! or ? followed by space and a capital, digit or quote, and at
 * line breaks; abbreviations and initials ("Mr.", "J.", "J.P.") do not end a sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < text.length && text[k] !== '\n' && !/[\p{Lu}\p{Nd}"“'‘(\[]/u.test(text[k]!)) continue;
    if (c === '.') {
      const wordStart = text.lastIndexOf(' ', i - 1) + 1;
      const written = text.slice(wordStart, i).replace(/^[("“']+/, '');
      const word = written.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      // A name's initials go on with the name ("Anthony J.P. Farris", "analyst at C.J. Lawrence"),
      // but a sentence may end on a place's ("in Washington, D.C. The project") or on "p.m.".
      if (DOTTED_INITIALS.test(written) && !OPENS_SENTENCE.test(text.slice(k, k + 6))) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return spans;
}
