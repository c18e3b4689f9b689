import type { NameCandidate } from './name-candidates';

/**
 * Results tables and wire copy write a person's country in brackets: "Kimiko Date (Japan) beat
 * Arantxa Sanchez Vicario (Spain)". A name followed by "(" + a known country + ")" is a person,
 * and the bracketed name a place.
 */
export function applyParentheticalCues(text: string, candidates: NameCandidate[], isStrongPlace: (key: string) => boolean): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    if (!isStrongPlace(b.key)) continue;
    b.locative = true;
    if (!isStrongPlace(a.key) && a.shape === null && !a.allCaps) a.personCue = true;
  }
}
