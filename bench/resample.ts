/**
 * The bootstrap over documents: a figure measured on a few hundred texts moves when the texts
 * change, and hidden data of the same kind is other texts. Resampling the documents with
 * replacement shows how far, and how often a threshold would still be met.
 */

/** A small seeded generator (mulberry32): the same resamples on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `statistic` of `rounds` samples of `docs`, each as many documents drawn with replacement. */
export function resampleDocuments<T>(docs: readonly T[], rounds: number, statistic: (sample: readonly T[]) => number, seed = 1): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  const sample: T[] = new Array<T>(docs.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < docs.length; i++) sample[i] = docs[Math.floor(random() * docs.length)]!;
    out.push(statistic(sample));
  }
  return out;
}

/** The `q` quantile (0..1) of `xs`, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The share of `xs` for which `holds` is true. */
export function shareWhere(xs: readonly number[], holds: (x: number) => boolean): number {
  return xs.filter(holds).length / Math.max(1, xs.length);
}
