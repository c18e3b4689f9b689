import { describe, expect, test } from 'vitest';
import { seededRandom } from '../helpers/random';
import { isAllCaps, isCapitalized, isSpaceAt, skipSpace, startsLowerCase, stripPossessive, tokenize } from '../../../lib/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  test.each([
    ["Blinken's trip to Japan", ["Blinken's", 'trip', 'to', 'Japan']],
    ['Blinken’s visit', ['Blinken’s', 'visit']],
    ['the U.S. and the U.K. said', ['the', 'U.S.', 'and', 'the', 'U.K.', 'said']],
    ['the Indo-Pacific region', ['the', 'Indo-Pacific', 'region']],
    ['Pedro Sánchez said', ['Pedro', 'Sánchez', 'said']],
    ["O'Neill and J. Smith", ["O'Neill", 'and', 'J.', 'Smith']],
    ['"force multipliers," they wrote.', ['"', 'force', 'multipliers', ',', '"', 'they', 'wrote', '.']],
    ['March 15 (ANI):', ['March', '15', '(', 'ANI', ')', ':']],
    ['push back -- that is', ['push', 'back', '-', '-', 'that', 'is']],
  ])('%j -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('every token carries UTF-16 offsets into the source string', () => {
    const text = "  Secretary Blinken's U.S. trip, via the Indo-Pacific, met Sánchez 🎉 in São Paulo.";
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const sanchez = tokens.find((t) => t.text === 'Sánchez')!;
    expect(sanchez).toEqual({ text: 'Sánchez', start: text.indexOf('Sánchez'), end: text.indexOf('Sánchez') + 7 });
    // The emoji is two UTF-16 code units, one token.
    const emoji = tokens.find((t) => t.text === '🎉')!;
    expect(emoji.end - emoji.start).toBe(2);
    const paulo = tokens.find((t) => t.text === 'Paulo')!;
    expect(paulo.start).toBe(text.indexOf('Paulo'));
  });

  test('a decomposed accent (combining mark) stays inside the word', () => {
    const text = 'Sa\u0301nchez said';
    expect(tokenize(text)[0]).toEqual({ text: 'Sa\u0301nchez', start: 0, end: 8 });
  });

  test('a lone capital followed by a dot is an initial only before another capital', () => {
    expect(words('J. Smith')).toEqual(['J.', 'Smith']);
    expect(words('plan B. then')).toEqual(['plan', 'B', '.', 'then']);
  });
});

describe('word shape helpers', () => {
  test.each([
    ['Blinken', true, false],
    ['US', true, true],
    ['U.S.', true, true],
    ['NATO', true, true],
    ['McDonald', true, false],
    ['Ángela', true, false],
    ['blinken', false, false],
    ['42', false, false],
  ])('%s: capitalized=%s, all caps=%s', (word, capitalized, allCaps) => {
    expect(isCapitalized(word)).toBe(capitalized);
    expect(isAllCaps(word)).toBe(allCaps);
  });

  test.each([
    ['said', true],
    ['éclair', true],
    ['Said', false],
    ['Éclair', false],
    ['42', false],
    ['', false],
  ])('%s starts lower case: %s', (word, lower) => {
    expect(startsLowerCase(word)).toBe(lower);
  });

  test.each([
    ["Blinken's", 'Blinken'],
    ['Blinken’s', 'Blinken'],
    ["CHINA'S", 'CHINA'],
    ["Jones'", "Jones'"],
    ['Austin', 'Austin'],
  ])('stripPossessive(%j) = %j', (word, expected) => {
    expect(stripPossessive(word)).toBe(expected);
  });
});

describe('word shape helpers read as their definitions on any text', () => {
  // Random words over the characters the fast paths treat apart; the definitions are the regexes.
  const alphabet = ['A', 'Z', 'a', 'z', 's', 'S', "'", '’', '.', '-', '7', 'É', 'é', 'ß', 'Ж', 'ж', '٣', '🎉', '`'];
  const random = seededRandom(7);
  const next = () => random(alphabet.length);
  const words = Array.from({ length: 4000 }, (_, n) => Array.from({ length: 1 + (n % 9) }, () => alphabet[next()]!).join(''));
  test('isAllCaps: a letter, and no lower-case letter', () => {
    for (const w of words) expect(isAllCaps(w), w).toBe(/\p{L}/u.test(w) && !/\p{Ll}/u.test(w));
  });
  test("stripPossessive: drops a closing 's or ’s", () => {
    for (const w of words) expect(stripPossessive(w), w).toBe(/['’][sS]$/.test(w) ? w.slice(0, -2) : w);
  });
  test('isSpaceAt and skipSpace: white space as \\s reads it', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085', '\u001c'];
    for (const ch of [...spaces, ...alphabet]) expect(isSpaceAt(`x${ch}`, 1), JSON.stringify(ch)).toBe(/\s/.test(ch[0]!));
    for (const w of words) {
      const text = w.replace(/[.\-]/g, ' ').replace(/[`]/g, '\u00a0');
      expect(skipSpace(text, 0, text.length), JSON.stringify(text)).toBe(/^\s*/.exec(text)![0].length);
    }
  });
});
