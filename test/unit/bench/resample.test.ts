import { describe, expect, it } from 'vitest';
import { quantile, resampleDocuments, seededRandom, shareWhere } from '../../../bench/resample';

describe('the bootstrap over documents', () => {
  it('draws the same numbers from the same seed, other numbers from another, all in [0, 1)', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 1000 }, random);
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
    // Spread over the interval, not bunched: each tenth gets about a tenth.
    const tenths = new Array<number>(10).fill(0);
    for (const x of draw(3)) tenths[Math.floor(x * 10)]!++;
    expect(Math.min(...tenths)).toBeGreaterThan(60);
  });

  it('resamples with replacement, as many documents as there are', () => {
    const sizes = resampleDocuments([1, 2, 3, 4, 5], 50, (sample) => sample.length);
    expect(new Set(sizes)).toEqual(new Set([5]));
    // Some sample repeats a document: the count of distinct ones drops below five.
    const distinct = resampleDocuments([1, 2, 3, 4, 5], 50, (sample) => new Set(sample).size);
    expect(Math.min(...distinct)).toBeLessThan(5);
  });

  it('centres a share on the share of the whole set and spreads it by the set size', () => {
    // 30 documents of 100: a share near 0.3 whose 5th-95th range is about +-0.075 (binomial).
    const docs = Array.from({ length: 100 }, (_, i) => (i < 30 ? 1 : 0));
    const shares = resampleDocuments(docs, 2000, (sample) => sample.reduce((n: number, x) => n + x, 0) / sample.length);
    expect(quantile(shares, 0.5)).toBeCloseTo(0.3, 1);
    expect(quantile(shares, 0.05)).toBeGreaterThan(0.2);
    expect(quantile(shares, 0.05)).toBeLessThan(0.26);
    expect(quantile(shares, 0.95)).toBeGreaterThan(0.34);
    expect(quantile(shares, 0.95)).toBeLessThan(0.4);
  });

  it('reads quantiles by nearest rank and shares by count', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile(xs, 0.95)).toBe(5);
    expect(shareWhere(xs, (x) => x > 3)).toBe(0.4);
    expect(shareWhere([], () => true)).toBe(0);
  });
});
