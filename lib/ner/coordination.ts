import { skipSpace } from '../text/tokenize';
import type { NameCandidate } from './name-candidates';

const COORDINATORS = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/** True when the text between two names joins them: ",", "and", "or", ", and", ", or". */
function coordinates(text: string, from: number, to: number): boolean {
  // The first character past any space must open a coordinator: most gaps are ruled out without
  // cutting them out of the text.
  const c = text.charCodeAt(skipSpace(text, from, to));
  if (c !== 44 && c !== 97 && c !== 111) return false; // ",", "a", "o"
  return COORDINATORS.test(text.slice(from, to));
}

/**
 * Shares cues across a coordination: in "in Xinjiang and Tibet" Tibet is locative too, and in
 * "Blinken and Austin wrote" Blinken is a speaker too. Cues flow both ways along a chain.
 */
export function linkCoordinatedCues(text: string, candidates: NameCandidate[]): NameCandidate[] {
  const joined = candidates.map((b, i) => i > 0 && coordinates(text, candidates[i - 1]!.end, b.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i - 1]!;
      const b = candidates[i]!;
      if (!joined[i] || a.possessive) continue;
      if (a.locative && !b.titled) b.locative = true;
      if (b.locative && !a.titled && pass === 1) a.locative = true;
      if (b.personCue && !a.locative) a.personCue = true;
      if (a.personCue && !b.locative && pass === 1) b.personCue = true;
    }
  }
  return candidates;
}
