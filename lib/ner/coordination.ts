import type { NameCandidate } from './name-candidates';

const COORDINATORS = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/**
 * Shares cues across a coordination: in "in Xinjiang and Tibet" Tibet is locative too, and in
 * "Blinken and Austin wrote" Blinken is a speaker too. Cues flow both ways along a chain.
 */
export function linkCoordinatedCues(text: string, candidates: NameCandidate[]): NameCandidate[] {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < candidates.length; i++) {
      const a = candidates[i - 1]!;
      const b = candidates[i]!;
      if (!COORDINATORS.test(text.slice(a.end, b.start)) || a.possessive) continue;
      if (a.locative && !b.titled) b.locative = true;
      if (b.locative && !a.titled && pass === 1) a.locative = true;
      if (b.personCue && !a.locative) a.personCue = true;
      if (a.personCue && !b.locative && pass === 1) b.personCue = true;
    }
  }
  return candidates;
}
