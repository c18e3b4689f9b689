import { isAllCaps, isCapitalized, stripPossessive, type Token } from '../text/tokenize';
import { ORG_HEADS, PLACE_HEADS } from './cue-words';
import type { NameCandidate } from './name-candidates';

/** Capitals in brackets ("(OSCE)", "(U.N.)"): a block with none defines no acronym. */
const BRACKETED_CAPITALS = /\(\s*\p{Lu}[\p{Lu}.]+\s*\)/u;

/** The most letters an acronym defined in brackets has ("UNIFIL"). */
const MAX_ACRONYM = 8;

/** The most words in lower case in a row inside a defined name ("of the" of "Development Bank of the Philippines"). */
const MAX_LOWER_RUN = 2;

/** Words in lower case a defined name holds: "for" of "Organisation for Security", "in" of "Interim Force in Lebanon". */
const DEFINITION_CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'at', 'against', 'de', 'del', 'des', 'du', 'la', 'le', 'el', '&']);

/** The capital letters of an acronym token ("OSCE", "U.N."), or null when it is none. */
function acronymLetters(word: string): string | null {
  const letters = word.replace(/\./g, '');
  if (letters.length < 2 || letters.length > MAX_ACRONYM || !isAllCaps(letters) || !/^\p{Lu}+$/u.test(letters)) return null;
  return letters;
}

/**
 * The first token of the words before `end` (exclusive) whose initials spell `letters[0..j]`,
 * read backwards: each capitalised word gives its first letter (an acronym all its letters,
 * "U.N."); a connector in lower case gives its first letter where that is the one wanted ("in" of
 * "Interim Force in Lebanon (UNIFIL)") but never the first ("of" of "Organisation of Petroleum
 * Exporting Countries (OPEC)"), and is skipped otherwise, at most two in a row. Any other word
 * ends the name: "Officials in Geneva said the Trade Organisation (GTO)" defines no "Geneva". -1
 * when the words do not spell it.
 */
function definitionStart(tokens: readonly Token[], end: number, letters: string, j: number, lowerRun: number): number {
  const k = end - 1;
  if (k < 0) return -1;
  const word = tokens[k]!.text;
  if (isCapitalized(word)) {
    const own = acronymLetters(word);
    const spelled = own && own.length > 1 ? own : word[0]!.toUpperCase();
    if (spelled.length > j + 1 || letters.slice(j + 1 - spelled.length, j + 1) !== spelled) return -1;
    return j + 1 === spelled.length ? k : definitionStart(tokens, k, letters, j - spelled.length, 0);
  }
  if (lowerRun === MAX_LOWER_RUN || !DEFINITION_CONNECTORS.has(word)) return -1;
  // A name opens with a capital, so a connector never spells the first letter.
  const spells = j > 0 && word[0]!.toUpperCase() === letters[j];
  return definitionStart(tokens, k, letters, spells ? j - 1 : j, lowerRun + 1);
}

/** Words of a state's name besides its place words: "United States", "Democratic People's Republic". Lower-cased. */
const STATE_NAME_WORDS = new Set(['united', 'democratic', 'people', 'federal', 'federated', 'socialist', 'islamic', 'arab', 'popular', 'independent', 'commonwealth']);

/**
 * The words of `tokens[from..to)` name an organisation, not a state: one heads organisations'
 * names ("Organisation", "Force", "Authority"), or one is an everyday word that is no place's
 * ("Refugees and Democracy in Rwanda (RDR)"). "United States of America (USA)", "Democratic
 * People's Republic of Korea (DPRK)" and "Trinidad and Tobago (TT)" name places.
 */
function namesOrganisation(tokens: readonly Token[], from: number, to: number, isCommonWord: (lower: string) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.text;
    if (!isCapitalized(word)) continue;
    const lower = stripPossessive(word).toLowerCase();
    if (STATE_NAME_WORDS.has(lower) || PLACE_HEADS.has(lower) || PLACE_HEADS.has(lower.replace(/s$/, ''))) continue;
    if (ORG_HEADS.has(lower) || isCommonWord(lower)) return true;
  }
  return false;
}

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)", "the U.N. Interim Force in
 * Lebanon (UNIFIL)": words whose initials spell the acronym in brackets after them are the name
 * of what it stands for, an organisation, and a place or a person among them is part of that
 * name, not a mention. Only where the name reaches before the last name ahead of the bracket and
 * is no state's: a place defines its own acronym too ("New York (NY)", "Democratic
 * Republic of Congo (DRC)", "Bosnia and Herzegovina (BH)", "United States of America (USA)").
 * Such candidates, and the acronym's, are given the shape of an organisation.
 */
export function applyAcronymDefinitions(text: string, tokens: readonly Token[], candidates: NameCandidate[], isCommonWord: (lower: string) => boolean): void {
  if (!text.includes('(') || !BRACKETED_CAPITALS.test(text)) return;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')') continue;
    const letters = acronymLetters(tokens[k + 1]!.text);
    if (!letters) continue;
    const from = definitionStart(tokens, k, letters, letters.length - 1, 0);
    if (from < 0 || !namesOrganisation(tokens, from, k, isCommonWord)) continue;
    const last = candidates.find((c) => c.firstToken < k && c.endToken === k);
    if (!last || tokens[from]!.start >= last.start) continue;
    const start = tokens[from]!.start;
    for (const c of candidates) {
      if ((c.start >= start && c.end <= last.end) || c.firstToken === k + 1) c.shape = 'org';
    }
  }
}
