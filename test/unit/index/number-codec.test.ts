import { describe, expect, test } from 'vitest';
import { decodeNumbers, encodeNumbers } from '../../../lib/index/number-codec';

describe('numbers as index text', () => {
  test.each([
    ['nothing', []],
    ['small numbers', [0, 1, 2, 59]],
    ['around the carry', [59, 60, 61, 1919, 1920, 1921]],
    ['story indices of a 19k corpus', [19047, 0, 18304, 145, 269, 56, 74]],
    ['large numbers', [2 ** 31, 2 ** 40 + 7]],
  ])('%s survive the round trip', (_, values) => {
    const text = encodeNumbers(values);
    expect(decodeNumbers(text)).toEqual(values);
    // Safe inside a JSON string without escapes, and free of the column separator.
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(text).not.toContain(' ');
  });

  test('small numbers cost one character each', () => {
    expect(encodeNumbers([0, 5, 59])).toHaveLength(3);
  });

  test('refuses what it cannot write, and text it did not write', () => {
    expect(() => encodeNumbers([-1])).toThrow(/non-negative integers/);
    expect(() => encodeNumbers([1.5])).toThrow(/non-negative integers/);
    expect(() => decodeNumbers('ab"')).toThrow(/bad number character/);
    expect(() => decodeNumbers(encodeNumbers([5000]).slice(0, 1))).toThrow(/middle of a number/);
  });
});
