import { skipSpace } from '../text/tokenize';
import type { NameCandidate } from './name-candidates';

const COORDINATORS = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/** How the text between two names joins them: by a comma alone, by "and" or "or" (with or without a comma), or not at all. */
function coordination(text: string, from: number, to: number): 'comma' | 'word' | null {
  // The first character past any space must open a coordinator: most gaps are ruled out without
  // cutting them out of the text.
  const c = text.charCodeAt(skipSpace(text, from, to));
  if (c !== 44 && c !== 97 && c !== 111) return null; // ",", "a", "o"
  const gap = text.slice(from, to);
  if (!COORDINATORS.test(gap)) return null;
  return gap.trim() === ',' ? 'comma' : 'word';
}

/** "to" or "from" straight before `start`: cues too weak to share ("a letter from Obama"). */
const WEAK_LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:to|from)\s+$/iu;

/**
 * Shares cues across a coordination: in "in Xinjiang and Tibet" Tibet is locative too, and in
 * "Blinken and Austin wrote" Blinken is a speaker too. Cues flow both ways along a chain. A comma
 * joins names in a list that an "and" or an "or" closes, or a place to the larger place it is in
 * ("in Dover, Delaware"); else it ends a phrase ("In Boston, Teodor Varga hit", "the
 * ambassador to the United Nations, Teodora Vasquez,"). "to" and "from" take people as often
 * as places: only a known place shares them.
 *
 * Without `isKnownPlace` every comma joins and every preposition is shared: discovery weighs a
 * name's cues over the whole corpus, where "Chicago, Ill." and "Taiyuan, Shanxi" teach places and a
 * person's few stray cues are outweighed; a page decides each mention alone.
 */
export function linkCoordinatedCues(text: string, candidates: NameCandidate[], isKnownPlace?: (key: string) => boolean): NameCandidate[] {
  // Most blocks join no names: nothing is allocated for them.
  let joins: ('comma' | 'word' | null)[] | null = null;
  for (let i = 1; i < candidates.length; i++) {
    const join = coordination(text, candidates[i - 1]!.end, candidates[i]!.start);
    if (join) (joins ??= new Array<'comma' | 'word' | null>(candidates.length).fill(null))[i] = join;
  }
  if (!joins) return candidates;
  const joined = joins.map((j) => j !== null);
  for (let i = 1; i < joins.length && isKnownPlace; i++) {
    if (joins[i] !== 'comma') continue;
    let k = i;
    while (joins[k] === 'comma') k++;
    if (joins[k] !== 'word') for (let n = i; n < k; n++) joined[n] = isKnownPlace(candidates[n]!.key);
    i = k;
  }
  // A weak cue is shared from a known place only: "flights from Frankfurt and Tarvosh", not
  // "a letter from Teodor Varga and Rhys Tallon".
  const weak = candidates.map((c) => !!isKnownPlace && c.locative && WEAK_LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) && !isKnownPlace(c.key));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i - 1]!;
      const b = candidates[i]!;
      if (!joined[i] || a.possessive) continue;
      if (a.locative && !weak[i - 1] && !b.titled) b.locative = true;
      if (b.locative && !weak[i] && !a.titled && pass === 1) a.locative = true;
      if (b.personCue && !a.locative) a.personCue = true;
      if (a.personCue && !b.locative && pass === 1) b.personCue = true;
      // "the former Blackburn and Southampton skipper", "played for Nice and Lyon": sides both.
      if (joins[i] === 'word' && b.namesSide && !a.namesSide && !a.locative) a.namesSide = b.namesSide;
      if (joins[i] === 'word' && a.namesSide && !b.namesSide && !b.locative && pass === 1) b.namesSide = a.namesSide;
    }
  }
  return candidates;
}
