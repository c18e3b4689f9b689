import { skipSpace } from '../text/tokenize';
import type { NameCandidate } from './name-candidates';

/** True when the text between `from` and `to` is an opening bracket, with any space around it. */
function opensBracket(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(skipSpace(text, from, to)) !== 40) return false; // "(": most gaps fail here, before any cutting
  return /^\s*\(\s*$/.test(text.slice(from, to));
}

/**
 * Results tables and wire copy write a person's country in brackets: "Kimiko Date (Japan) beat
 * Arantxa Sanchez Vicario (Spain)". A name followed by "(" + a known country + ")" is a person,
 * and the bracketed name a place.
 */
export function applyParentheticalCues(text: string, candidates: NameCandidate[], isStrongPlace: (key: string) => boolean): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (!opensBracket(text, a.end, b.start) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    if (!isStrongPlace(b.key)) continue;
    b.locative = true;
    if (!isStrongPlace(a.key) && a.shape === null && !a.allCaps) a.personCue = true;
  }
}
