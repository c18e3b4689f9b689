/**
 * A seeded random number generator for property tests (mulberry32): the same cases on every run.
 * Not the classic `(state * 1103515245 + 12345) % 2 ** 31` in floating point, which loses its low
 * bits and then draws the same index over and over from a small alphabet.
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * n | 0;
  };
}
