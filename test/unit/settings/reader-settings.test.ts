import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, highlightsDiffer, normalizeSettings } from '../../../lib/reader-settings';

describe('normalizeSettings', () => {
  test.each([
    ['nothing stored yet', undefined],
    ['null', null],
    ['a string', 'underline'],
    ['an array', []],
  ])('%s gives the defaults', (_what, stored) => {
    expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  test('the default is a subtle underline on every name, 300 ms hover intent, no key, library-only names kept off pages', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      highlightStyle: 'underline',
      firstMentionOnly: false,
      highlightPeople: true,
      highlightPlaces: true,
      hoverDelayMs: 300,
      hoverModifier: 'none',
      libraryNamesOnPages: false,
    });
  });

  test('valid values are kept', () => {
    const chosen = { highlightStyle: 'background', firstMentionOnly: true, highlightPeople: false, highlightPlaces: true, hoverDelayMs: 650, hoverModifier: 'Alt', libraryNamesOnPages: true };
    expect(normalizeSettings(chosen)).toEqual(chosen);
  });

  test('damaged fields fall back one by one; good ones survive', () => {
    expect(normalizeSettings({ highlightStyle: 'neon', firstMentionOnly: 'yes', highlightPeople: false, hoverDelayMs: 'fast', hoverModifier: 'Hyper' })).toEqual({
      ...DEFAULT_SETTINGS,
      highlightPeople: false,
    });
  });

  test.each([
    [-50, 0],
    [0, 0],
    [1000, 1000],
    [2500, 1000],
    [333.6, 334],
    [Number.NaN, 300],
    [Number.POSITIVE_INFINITY, 300],
  ])('hover delay %s is kept within 0–1000 ms as %s', (stored, expected) => {
    expect(normalizeSettings({ hoverDelayMs: stored }).hoverDelayMs).toBe(expected);
  });

  test('unknown extra fields from a newer version are dropped, not kept half-understood', () => {
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, sparkle: true })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('highlightsDiffer', () => {
  test('which names are highlighted needs a rescan; card timing does not', () => {
    expect(highlightsDiffer(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hoverDelayMs: 0, hoverModifier: 'Shift' })).toBe(false);
    // Allowing the library's names on pages changes which names are found: a rescan.
    expect(highlightsDiffer(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, libraryNamesOnPages: true })).toBe(true);
    expect(highlightsDiffer(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, firstMentionOnly: true })).toBe(true);
    expect(highlightsDiffer(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, highlightPlaces: false })).toBe(true);
  });
});
