import { describe, expect, test } from 'vitest';
import { seededRandom } from '../helpers/random';
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

describe('foldName reads as its definition on any text', () => {
  test('NFKD without combining marks, apostrophes straight, lower case', () => {
    const alphabet = ['A', 'z', ' ', "'", '’', '‘', '`', 'É', 'é', '\u0301', 'ß', 'Ж', 'ﬁ', '1', '.', '-'];
    const random = seededRandom(11);
    const next = () => random(alphabet.length);
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + (n % 12) }, () => alphabet[next()]!).join('');
      const expected = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").toLowerCase();
      expect(foldName(text), JSON.stringify(text)).toBe(expected);
    }
  });
});
