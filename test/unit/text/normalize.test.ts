import { describe, expect, test } from 'vitest';
import { foldName, slugify, squashSpace } from '../../../lib/text/normalize';
import { hashText } from '../../../lib/text/hash';

describe('foldName', () => {
  test.each([
    ['Antony Blinken', 'antony blinken'],
    ['Sánchez', 'sanchez'],
    ['Sa\u0301nchez', 'sanchez'],
    ['São Paulo', 'sao paulo'],
    ['O’Neill', "o'neill"],
    ['‘Quoted’', "'quoted'"],
    ['ＮＡＴＯ', 'nato'],
    ['Indo-Pacific', 'indo-pacific'],
    ['Łódź', 'łodz'],
  ])('%j -> %j', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });

  test('precomposed and decomposed spellings fold to the same key', () => {
    expect(foldName('Pedro S\u00e1nchez')).toBe(foldName('Pedro Sa\u0301nchez'));
  });
});

describe('slugify', () => {
  test.each([
    ['Antony Blinken', 'antony-blinken'],
    ['Lloyd Austin', 'lloyd-austin'],
    ['Sánchez', 'sanchez'],
    ["Blinken's", 'blinken'],
    ['O’Neill', 'o-neill'],
    ['South China Sea', 'south-china-sea'],
    ['Indo-Pacific', 'indo-pacific'],
    ['  --Hello, World!--  ', 'hello-world'],
    ['Addis Ababa', 'addis-ababa'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
  ])('%j -> %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('squashSpace', () => {
  test('collapses runs of white space and trims', () => {
    expect(squashSpace('  Ruto \n\t told   reporters ')).toBe('Ruto told reporters');
  });
});

describe('hashText', () => {
  test('is 16 hex digits, deterministic, and sensitive to every character', () => {
    expect(hashText('Antony Blinken')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('Antony Blinken')).toBe(hashText('Antony Blinken'));
    expect(hashText('Antony Blinken')).not.toBe(hashText('Antony Blinkem'));
    expect(hashText('ab')).not.toBe(hashText('ba'));
  });

  test('several parts hash as their concatenation', () => {
    expect(hashText('Antony', '\u0000', 'Blinken')).toBe(hashText('Antony\u0000Blinken'));
    expect(hashText('', 'ab', '')).toBe(hashText('ab'));
    expect(hashText('Antony Blinken')).toBe('628e75af3cf6d679');
  });
});
