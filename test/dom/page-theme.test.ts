// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { luminance, pageTheme } from '../../dom/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageTheme', () => {
  test.each([
    ['white body', 'background-color: rgb(255, 255, 255)', 'light'],
    ['cream body', 'background-color: rgb(253, 246, 227)', 'light'],
    ['near-black body', 'background-color: rgb(18, 18, 18)', 'dark'],
    ['dark slate body', 'background-color: rgb(30, 41, 59)', 'dark'],
    ['mostly transparent body', 'background-color: rgba(0, 0, 0, 0.1)', null],
  ])('%s → %s', (_what, style, expected) => {
    document.body.setAttribute('style', style);
    expect(pageTheme(document)).toBe(expected);
  });

  test('a page that paints no background leaves the choice to the system scheme', () => {
    expect(pageTheme(document)).toBeNull();
  });

  test('the root element counts when the body paints nothing', () => {
    document.documentElement.setAttribute('style', 'background-color: rgb(10, 10, 10)');
    expect(pageTheme(document)).toBe('dark');
  });
});

describe('luminance', () => {
  test('white is 1, black is 0, mid grey in between (WCAG formula)', () => {
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 119, g: 119, b: 119 })).toBeCloseTo(0.184, 2);
  });
});
