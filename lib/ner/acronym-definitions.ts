import { isAllCaps, isCapitalized, type Token } from '../text/tokenize';
import type { NameCandidate } from './name-candidates';

/** The most letters an acronym defined in brackets has ("UNIFIL"). */
const MAX_ACRONYM = 8;

/** The capital letters of an acronym token ("OSCE", "U.N."), or null when it is none. */
function acronymLetters(word: string): string | null {
  const letters = word.replace(/\./g, '');
  if (letters.length < 2 || letters.length > MAX_ACRONYM || !isAllCaps(letters) || !/^\p{Lu}+$/u.test(letters)) return null;
  return letters;
}

/**
 * The first token of the words before `close` (exclusive) whose initials spell `letters`, read
 * backwards: each capitalised word gives its first letter (an acronym all its letters, "U.N."), a
 * word in lower case its first letter where that is the one wanted ("in" of "Interim Force in
 * Lebanon (UNIFIL)") and is skipped otherwise ("and", "for"). -1 when they do not spell it.
 */
function definitionStart(tokens: readonly Token[], close: number, letters: string): number {
  let j = letters.length - 1;
  for (let k = close - 1; k >= 0; k--) {
    const word = tokens[k]!.text;
    if (!/^[\p{L}\p{Nd}]/u.test(word)) return -1; // a comma, a bracket: the name has ended
    if (isCapitalized(word)) {
      const own = acronymLetters(word);
      const spelled = own && own.length > 1 ? own : word[0]!.toUpperCase();
      if (spelled.length > j + 1 || letters.slice(j + 1 - spelled.length, j + 1) !== spelled) return -1;
      j -= spelled.length;
    } else if (word[0]!.toUpperCase() === letters[j]) {
      j--;
    }
    if (j < 0) return isCapitalized(word) ? k : -1;
  }
  return -1;
}

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)", "the U.N. Interim Force in
 * Lebanon (UNIFIL)": words whose initials spell the acronym in brackets after them are the name
 * of what it stands for, an organisation, and a place or a person among them is part of that
 * name, not a mention. Only where the name reaches before the last name ahead of the bracket: a
 * place defines its own acronym too ("New York (NY)", "Democratic Republic of Congo (DRC)").
 * Such candidates, and the acronym's, are given the shape of an organisation.
 */
export function applyAcronymDefinitions(text: string, tokens: readonly Token[], candidates: NameCandidate[]): void {
  if (!text.includes('(')) return;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')') continue;
    const letters = acronymLetters(tokens[k + 1]!.text);
    if (!letters) continue;
    const from = definitionStart(tokens, k, letters);
    if (from < 0) continue;
    const last = candidates.find((c) => c.firstToken < k && c.endToken === k);
    if (!last || tokens[from]!.start >= last.start) continue;
    const start = tokens[from]!.start;
    for (const c of candidates) {
      if ((c.start >= start && c.end <= last.end) || c.firstToken === k + 1) c.shape = 'org';
    }
  }
}
